/**
 * `npm run merge -- <folder with the shards' blob reports> [--no-html-report]`: after
 * `npm run conformance -- --shard i/n` ran on several machines, merges their blobs
 * (reports/blob-report/report-<i>.zip of each) into one run's reports: summary.json, junit.xml,
 * allure-results, the certification summary and the Allure HTML report. Exits like a run: 0 only when
 * no MUST check failed and the merged run is complete, which needs every shard, all run with the same
 * target, profile and seed; 2 when there is nothing to merge.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { reportPaths } from '../reporters/reporter-list.ts';
import type { Summary } from '../reporters/summary-types.ts';
import { generateAllureHtml } from './report/allure-html.ts';
import { blobFiles, mergeProblems, readBlobRun, type BlobRun } from './report/blob-runs.ts';
import { reportSettings } from './report/report-settings.ts';
import { runOutcome } from './report/run-outcome.ts';

const EXIT_USAGE = 2;
const NO_HTML = '--no-html-report';
const MERGE_CONFIG = fileURLToPath(new URL('./report/merge.config.ts', import.meta.url));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const folders = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== NO_HTML);
  if (folders.length !== 1 || unknown.length > 0) {
    console.error(`scim-conformance merge: usage: npm run merge -- <folder with the shards' blob reports> [${NO_HTML}]`);
    return EXIT_USAGE;
  }
  const blobDir = resolve(folders[0]!);
  const files = existsSync(blobDir) ? blobFiles(blobDir) : [];
  if (files.length === 0) {
    console.error(`scim-conformance merge: no blob reports (*.zip) in ${blobDir}; each shard writes one to reports/blob-report/`);
    return EXIT_USAGE;
  }
  let runs: BlobRun[];
  try {
    runs = files.map((file) => readBlobRun(blobDir, file));
  } catch (error) {
    console.error(`scim-conformance merge: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_USAGE;
  }
  const problems = mergeProblems(runs);
  console.log(`scim-conformance merge: ${runs.map((r) => (r.shard ? `shard ${r.shard.current} of ${r.shard.total}` : r.file)).join(', ')}`);
  for (const problem of problems) console.log(`scim-conformance merge: ${problem}`);

  const settings = reportSettings();
  const paths = reportPaths(settings.reportsDir);
  // An earlier run's outputs must never be read as the merge's.
  rmSync(paths.summary, { force: true });
  rmSync(paths.allureResults, { recursive: true, force: true });
  // Playwright unpacks the blobs into the folder it merges; a scratch copy keeps the input as it was.
  const scratch = mkdtempSync(join(tmpdir(), 'scimc-merge-'));
  try {
    for (const file of files) copyFileSync(join(blobDir, file), join(scratch, file));
    const cli = fileURLToPath(import.meta.resolve('@playwright/test/cli'));
    const env = { ...process.env, SCIM_REPORTS_DIR: settings.reportsDir, SCIM_MERGE_PROBLEMS: JSON.stringify(problems) };
    const merged = spawnSync(process.execPath, [cli, 'merge-reports', '--config', MERGE_CONFIG, scratch], { stdio: 'inherit', env });
    if (merged.error) throw merged.error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  if (!existsSync(paths.summary)) {
    console.error(`scim-conformance merge: the merge ended without writing ${paths.summary}; see the output above.`);
    return 1;
  }
  const summary = JSON.parse(readFileSync(paths.summary, 'utf8')) as Summary;
  if (settings.htmlReport && !args.includes(NO_HTML)) {
    const html = await generateAllureHtml({ resultsDir: paths.allureResults, outputDir: paths.allureReport, historyFile: settings.historyFile });
    console.log(`scim-conformance merge: Allure report ${html.ok ? 'in ' : 'not written: '}${html.line}`);
  }
  const outcome = runOutcome(summary);
  console.log(`scim-conformance merge: ${outcome.verdict}; reports in ${settings.reportsDir}/ (seed ${summary.run.seed})`);
  return outcome.ok ? 0 : 1;
}

process.exitCode = await main();
