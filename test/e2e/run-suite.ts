import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Summary } from '../../reporters/summary-types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface SuiteRun {
  exitCode: number;
  output: string;
  reportsDir: string;
  summary: () => Summary;
}

/**
 * Runs `npm run conformance` as a user would (a child process, real HTTP), with its own reports folder.
 * The settings a developer may have in the shell are cleared so the run sees exactly `env`.
 */
export function runConformance(env: Record<string, string>, args: string[] = []): Promise<SuiteRun> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'scimc-e2e-'));
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SCIM_|CF_)/.test(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/conformance.ts', ...args], {
      cwd: ROOT,
      env: { ...clean, SCIM_ENV_FILE: '/dev/null', SCIM_REPORTS_DIR: reportsDir, SCIM_SEED: '20261123', PLAYWRIGHT_JSON_OUTPUT_NAME: join(reportsDir, 'playwright.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ exitCode: code ?? 1, output, reportsDir, summary: () => JSON.parse(readFileSync(join(reportsDir, 'summary.json'), 'utf8')) as Summary }),
    );
  });
}

/** Every file under a folder, for grepping reports for secrets. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Each check's verdict, keyed by `<idp>/<variant> <requirement> <title>`: one key per check of a run. */
export function verdicts(summary: Summary): Map<string, string> {
  return new Map(summary.checks.map((c) => [checkKey(c), c.status]));
}

export function checkKey(check: Summary['checks'][number]): string {
  return `${check.idp}/${check.variant ?? ''} ${check.requirement} ${check.title}`;
}
