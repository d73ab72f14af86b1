/**
 * `npm run conformance [-- <playwright args>]`: validates the settings, checks the target answers, runs the
 * suite, and exits 0 only when no MUST check failed and the run was complete (DESIGN.md, Running).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, describeTarget, loadConfig } from '../lib/config/index.ts';
import { redact } from '../lib/secrets.ts';
import { preflight } from '../lib/target/preflight.ts';
import { assertNoEmulatorSettings } from '../lib/target/emulated-account.ts';
import type { Summary } from '../reporters/summary-types.ts';

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
  // A summary left by an earlier run must never be read as this run's verdict.
  rmSync(summaryPath, { force: true });
  rmSync(join(config.reportsDir, 'allure-results'), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve('@playwright/test/cli')), 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
  if (run.error) throw run.error;

  if (!existsSync(summaryPath)) {
    console.error(`scim-conformance: the run ended (exit ${run.status}) without writing ${summaryPath}; see the output above.`);
    return run.status || 1;
  }
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary;
  const ok = summary.run.complete && summary.totals.failed === 0;
  console.log(`scim-conformance: ${ok ? 'conformant' : summary.totals.failed > 0 ? `${summary.totals.failed} MUST check(s) failed` : 'the run was incomplete'}; reports in ${config.reportsDir}/ (seed ${config.seed})`);
  return ok ? 0 : 1;
}

process.exitCode = await main();
