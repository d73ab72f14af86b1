/**
 * What the report end-to-end tests share: the narrow selection they run (enough for every kind of
 * output, cheap enough for `npm test`), the merge command, a real Chromium, and a way to read every
 * byte a report folder holds, including inside the blob zip and the single-file HTML report.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chromium, type Browser } from 'playwright';

import { zipEntries } from '../../scripts/report/zip-entries.ts';
import { filesUnder } from './run-suite.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Protocol user checks (one of them breaks under the defect below), every IdP project's flow and
 * lifecycle checks: a failure, the IdP matrix and a clean part, in seconds.
 */
export const REPORT_GREP = ['--grep', '@(users|idp-flow|lifecycle)\\b'];

/** Switched on for the whole run: GET of an unknown user answers a bare 404 instead of a SCIM error. */
export const DEFECT = 'users/read/unknown-id-404';

export interface CommandRun {
  exitCode: number;
  output: string;
}

/** `npm run merge -- <blobDir>` as a user runs it, into `reportsDir`. */
export function runMerge(blobDir: string, reportsDir: string, env: Record<string, string> = {}): Promise<CommandRun> {
  return runScript('scripts/merge-shards.ts', [blobDir], reportsDir, env);
}

/** `npm run report` as a user runs it, on `reportsDir`. */
export function runReport(reportsDir: string, env: Record<string, string> = {}): Promise<CommandRun> {
  return runScript('scripts/report.ts', [], reportsDir, env);
}

/** A report command in a child process that sees only `env` of the harness's settings. */
function runScript(script: string, args: string[], reportsDir: string, env: Record<string, string>): Promise<CommandRun> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SCIM_|CF_|GITHUB_STEP_SUMMARY$)/.test(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...clean, SCIM_ENV_FILE: '/dev/null', SCIM_REPORTS_DIR: reportsDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
}

/** Debian's chromium (.ci/run installs it); Playwright cannot download its own browsers here. */
export const CHROMIUM = process.env['SCIM_CHROMIUM'] ?? '/usr/bin/chromium';

export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: install it (apt-get install chromium, as .ci/run does) or set SCIM_CHROMIUM`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Every file's text under a folder; a zip's entries and the single-file report's embedded data too. */
export function textsUnder(dir: string): Array<{ file: string; text: string }> {
  return filesUnder(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    const own = { file, text: bytes.toString('latin1') };
    if (file.endsWith('.zip')) return [own, ...[...zipEntries(bytes)].map(([name, content]) => ({ file: `${file}!${name}`, text: content.toString('latin1') }))];
    if (file.endsWith('.html')) return [own, ...embeddedReportData(own.text).map(({ name, text }) => ({ file: `${file}#${name}`, text }))];
    return [own];
  });
}

/** Allure's single-file report carries its data files base64-encoded: `d("data/x.json","eyJ…")`. */
export function embeddedReportData(html: string): Array<{ name: string; text: string }> {
  return [...html.matchAll(/\bd\("([^"]+)","([A-Za-z0-9+/=]*)"\)/g)].map(([, name, data]) => ({ name: name!, text: Buffer.from(data!, 'base64').toString('utf8') }));
}
