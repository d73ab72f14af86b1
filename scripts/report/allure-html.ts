/**
 * Turns Allure results into the HTML report with Allure 3 (no Java): one self-contained page, the
 * categories and environment of allurerc.ts, and the history file that carries trends from run to
 * run. The Allure CLI runs as a child process, as a user would run it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CLI sits beside the package's entry point; `allure/cli.js` itself is not an export of it. */
const ALLURE_CLI = fileURLToPath(new URL('../cli.js', import.meta.resolve('allure')));
const ALLURE_CONFIG = fileURLToPath(new URL('./allurerc.ts', import.meta.url));

export interface AllureHtmlOptions {
  resultsDir: string;
  outputDir: string;
  historyFile: string;
}

export interface AllureHtmlOutcome {
  ok: boolean;
  /** One line for the console: where the report is, or what went wrong. */
  line: string;
}

export async function generateAllureHtml(options: AllureHtmlOptions): Promise<AllureHtmlOutcome> {
  if (!existsSync(options.resultsDir) || readdirSync(options.resultsDir).length === 0) {
    return { ok: false, line: `no Allure results in ${options.resultsDir}; run the suite first` };
  }
  // A report of an earlier run must never be read as this one's.
  rmSync(options.outputDir, { recursive: true, force: true });
  mkdirSync(dirname(options.historyFile), { recursive: true });
  // ALLURE_NO_ANALYTICS: Allure 2's opt-out, which Allure 3 is to honour too (allure3 issue #476).
  const env = { ...process.env, SCIM_ALLURE_OUTPUT: options.outputDir, SCIM_ALLURE_HISTORY: options.historyFile, ALLURE_NO_ANALYTICS: 'true' };
  const { code, output } = await run(process.execPath, [ALLURE_CLI, 'generate', '--config', ALLURE_CONFIG, options.resultsDir], env);
  const index = join(options.outputDir, 'index.html');
  if (code !== 0 || !existsSync(index)) {
    return { ok: false, line: `the Allure report could not be generated (exit ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}` };
  }
  writeFileSync(index, withoutAnalytics(readFileSync(index, 'utf8')));
  return { ok: true, line: index };
}

/**
 * Allure 3.18 puts Google Analytics into every report it generates, with no way to turn it off
 * (allure3 issue #476). A conformance report is opened by certification reviewers and kept as
 * evidence: it must not call a third party, so the tag and its configuration are taken out.
 */
export function withoutAnalytics(html: string): string {
  return html.replace(/<script async src="https:\/\/www\.googletagmanager\.com\/gtag\/js[^"]*"><\/script>\s*<script>[^<]*?gtag\('config'[^<]*<\/script>/g, '');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
