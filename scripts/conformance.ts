/**
 * `npm run conformance [-- <playwright args>]`: validates the settings, checks the target answers, runs
 * the suite, draws the Allure HTML report (not with --no-html-report or SCIM_HTML_REPORT=0, nor for a
 * shard), and exits 0 only when no MUST check failed and the run was complete (DESIGN.md, Running).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, describeTarget, loadConfig } from '../lib/config/index.ts';
import { redact } from '../lib/secrets.ts';
import { preflight } from '../lib/target/preflight.ts';
import { assertNoEmulatorSettings } from '../lib/target/emulated-account.ts';
import { reportPaths } from '../reporters/reporter-list.ts';
import type { Summary } from '../reporters/summary-types.ts';
import { generateAllureHtml } from './report/allure-html.ts';
import { reportSettings } from './report/report-settings.ts';
import { runArgs } from './report/run-args.ts';
import { runOutcome } from './report/run-outcome.ts';

const EXIT_CONFIG = 2;

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
    assertNoEmulatorSettings(config.target.kind);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`scim-conformance: ${error.message}`);
      return EXIT_CONFIG;
    }
    throw error;
  }
  const problem = await preflight(config);
  if (problem !== undefined) {
    console.error(`scim-conformance: ${redact(problem)}`);
    return EXIT_CONFIG;
  }
  console.log(`scim-conformance: target ${describeTarget(config)}, profile ${config.profile}, seed ${config.seed}, run ${config.runId}`);

  const summaryPath = join(config.reportsDir, 'summary.json');
  const paths = reportPaths(config.reportsDir);
  const { playwrightArgs, skipHtmlReport } = runArgs(process.argv.slice(2), process.env);
  // Reports left by an earlier run must never be read as this run's verdict.
  for (const stale of [summaryPath, paths.allureResults, paths.allureReport, paths.certificationHtml, paths.certificationMarkdown]) rmSync(stale, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve('@playwright/test/cli')), 'test', ...playwrightArgs], { stdio: 'inherit', env: process.env });
  if (run.error) throw run.error;

  if (!existsSync(summaryPath)) {
    console.error(`scim-conformance: the run ended (exit ${run.status}) without writing ${summaryPath}; see the output above.`);
    return run.status || 1;
  }
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary;
  if (skipHtmlReport === undefined) {
    // The report is evidence, not the verdict: failing to draw it is reported, and the exit rule stands.
    const html = await generateAllureHtml({ resultsDir: paths.allureResults, outputDir: paths.allureReport, historyFile: reportSettings().historyFile });
    console.log(`scim-conformance: Allure report ${html.ok ? 'in ' : 'not written: '}${html.line}`);
  } else {
    console.log(`scim-conformance: no Allure HTML report (${skipHtmlReport}); npm run report draws it from ${paths.allureResults}`);
  }
  const { ok, verdict } = runOutcome(summary);
  console.log(`scim-conformance: ${verdict}; reports in ${config.reportsDir}/ (seed ${config.seed})`);
  return ok ? 0 : 1;
}

process.exitCode = await main();
