import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

import type { Browser, Page } from 'playwright';

import { certificationView } from '../../reporters/certification/certification-model.ts';
import type { Summary, SummaryCheck } from '../../reporters/summary-types.ts';
import { chromiumMissing, DEFECT, embeddedReportData, launchChromium, REPORT_GREP, runMerge, runReport, type CommandRun } from './report-support.ts';
import { runConformance, type SuiteRun } from './run-suite.ts';

const scratch = mkdtempSync(join(tmpdir(), 'scimc-report-'));
const stepSummary = join(scratch, 'github-step-summary.md');
const historyDir = join(scratch, 'history');
/** One unsharded run with a defect switched on for the whole run: the reports below, and the shards' yardstick. */
const reportRun = runConformance({ SCIM_EMULATOR_DEFECTS: DEFECT, GITHUB_STEP_SUMMARY: stepSummary, SCIM_HISTORY_DIR: historyDir }, REPORT_GREP);

/**
 * The reports as a reviewer meets them: the run's Allure report and certification summary opened in
 * real Chromium. Screenshots land in <reports>/screenshots, printed as a diagnostic, so a person can
 * look at what the test saw.
 */
describe('the reports of a run with a MUST failure', { timeout: 300_000 }, () => {
  let run: SuiteRun;
  let summary: Summary;

  before(async () => {
    run = await reportRun;
    summary = run.summary();
  });

  it('exits 1 for the MUST failure, and writes every report', () => {
    assert.equal(run.exitCode, 1, run.output);
    assert.deepEqual(summary.checks.filter((c) => c.status === 'failed').map((c) => [c.idp, c.requirement]), [['protocol', DEFECT]]);
    for (const name of ['summary.json', 'junit.xml', 'allure-results', 'allure-report/index.html', 'certification.html', 'certification.md']) {
      assert.ok(existsSync(join(run.reportsDir, name)), `${name} is written`);
    }
    assert.equal(readdirSync(join(run.reportsDir, 'blob-report')).filter((f) => f.endsWith('.zip')).length, 1, 'one blob, for a merge');
    assert.match(run.output, /^scim-conformance: Allure report in .*allure-report\/index\.html$/m);
  });

  it('keeps summary.json, JUnit, Allure results and the certification summary consistent', () => {
    const { totals, checks } = summary;
    const junit = readFileSync(join(run.reportsDir, 'junit.xml'), 'utf8');
    const [tests, failures, skipped, errors] = /<testsuites [^>]*tests="(\d+)" failures="(\d+)" skipped="(\d+)" errors="(\d+)"/.exec(junit)!.slice(1).map(Number);
    // Playwright's JUnit counts a thrown assertion as an error, not a failure; together they are the red checks.
    assert.deepEqual([tests, failures! + errors!, skipped], [checks.length, totals.failed + totals.broken, totals.skipped]);
    assert.match(junit, /<testcase name="\[protocol\] GET \/Users\/\{id\} of an unknown id answers 404 with a SCIM error"/);

    const resultsDir = join(run.reportsDir, 'allure-results');
    const results = readdirSync(resultsDir).filter((f) => f.endsWith('-result.json')).map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as { status: string; labels: Array<{ name: string; value: string }> });
    assert.equal(results.length, checks.length);
    const verdicts = (status: string) => results.filter((r) => r.labels.some((l) => l.name === 'verdict' && l.value === status)).length;
    assert.deepEqual([verdicts('passed'), verdicts('failed'), verdicts('skipped')], [totals.passed, totals.failed, totals.skipped]);

    const markdown = readFileSync(join(run.reportsDir, 'certification.md'), 'utf8');
    assert.match(markdown, new RegExp(`\\*\\*${totals.passed}\\*\\* passed · \\*\\*${totals.failed}\\*\\* failed`));
    assert.equal(readFileSync(stepSummary, 'utf8'), `${markdown}\n`, 'the job summary gets the certification Markdown');
  });

  it('adds each report to the trend history, and the report calls no third party', async () => {
    const history = () => readFileSync(join(historyDir, 'allure-history.jsonl'), 'utf8').trim().split('\n').length;
    assert.equal(history(), 1);
    // The next night, as far as the history can tell: npm run report draws the report again.
    const again = await runReport(run.reportsDir, { SCIM_HISTORY_DIR: historyDir });
    assert.equal(again.exitCode, 0, again.output);
    assert.equal(history(), 2);
    const html = readFileSync(join(run.reportsDir, 'allure-report', 'index.html'), 'utf8');
    assert.ok(!html.includes('googletagmanager'), 'no analytics tag');
    assert.ok(embeddedReportData(html).some((d) => d.text.includes('authorization: Bearer [REDACTED]')), 'the transcripts are in the report, redacted');
  });

  describe('in Chromium', () => {
    let browser: Browser | undefined;
    let page: Page;
    const shots = () => {
      const dir = join(run.reportsDir, 'screenshots');
      mkdirSync(dir, { recursive: true });
      return dir;
    };
    /** Anything but a file of the report is refused and counted: a report must open offline. */
    const outside: string[] = [];

    before(async () => {
      if (chromiumMissing() !== undefined) return;
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.route(/^(?!file:|data:|blob:)/, (route) => {
        outside.push(route.request().url());
        return route.abort();
      });
    });
    after(() => browser?.close());

    it('shows the certification summary: verdict, IdP x lifecycle matrix, failure, environment', async (t) => {
      if (browser === undefined) return t.skip(chromiumMissing());
      await page.goto(pathToFileURL(join(run.reportsDir, 'certification.html')).href);
      await page.getByText('Not conformant: 1 MUST check failed', { exact: true }).waitFor();
      const matrix = page.locator('#idp-matrix');
      const columns = certificationView(summary).idpColumns;
      assert.ok(['okta', 'entra', 'authentik'].every((idp) => columns.some((c) => c.startsWith(idp))), columns.join(', '));
      for (const column of columns) assert.ok(await matrix.getByRole('columnheader', { name: column, exact: true }).isVisible(), `${column} column`);
      for (const row of ['L1', 'L2', 'L3', 'L4', 'L5', 'idp-flow']) assert.ok(await matrix.getByRole('row').filter({ hasText: row }).first().isVisible(), `${row} row`);
      assert.ok(await page.getByText(`[protocol] ${DEFECT}`).isVisible());
      assert.ok(await page.getByRole('cell', { name: '20261123' }).isVisible(), 'the seed');
      await page.screenshot({ path: join(shots(), 'certification.png'), fullPage: true });
      t.diagnostic(`screenshots in ${shots()}`);
    });

    it('shows the Allure overview with the environment, opened from the file alone', async (t) => {
      if (browser === undefined) return t.skip(chromiumMissing());
      await page.goto(pathToFileURL(join(run.reportsDir, 'allure-report', 'index.html')).href);
      await page.getByText('SCIM conformance', { exact: true }).first().waitFor({ timeout: 30_000 });
      for (const text of ['Target profile', 'cloudflare-account', 'Seed', '20261123', 'Harness', 'Playwright']) {
        await page.getByText(text, { exact: true }).first().waitFor({ timeout: 10_000 });
      }
      await page.screenshot({ path: join(shots(), 'allure-overview.png') });
    });

    it('draws the trend across runs from the history', async (t) => {
      if (browser === undefined) return t.skip(chromiumMissing());
      await page.getByText('Report', { exact: true }).first().click();
      await page.getByText('Graphs', { exact: true }).first().click();
      await page.getByText('Status dynamics', { exact: true }).first().waitFor();
      await page.screenshot({ path: join(shots(), 'allure-trend.png') });
      await page.goto(pathToFileURL(join(run.reportsDir, 'allure-report', 'index.html')).href);
      await page.getByText('SCIM conformance', { exact: true }).first().waitFor({ timeout: 30_000 });
    });

    it('shows the failing check with its category, error and transcript', async (t) => {
      if (browser === undefined) return t.skip(chromiumMissing());
      await page.getByPlaceholder('Search tests').fill('unknown id');
      await page.getByText('GET /Users/{id} of an unknown id answers 404 with a SCIM error', { exact: true }).first().click();
      await page.getByText('Conformance failures (MUST violated)').first().waitFor();
      await page.getByText(/came back with a body that is not a JSON object/).first().waitFor();
      await page.screenshot({ path: join(shots(), 'allure-failing-check.png') });
      await page.getByText('transcript', { exact: true }).first().click();
      const transcript = page.getByText(/^#1 {2}GET http:\/\/127\.0\.0\.1:\d+\/.* -> 404/);
      await transcript.first().waitFor();
      await transcript.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots(), 'allure-transcript.png') });
      assert.deepEqual(outside, [], 'the report asked for nothing outside its file');
    });
  });
});

/**
 * What makes a check the same check with the same verdict, whichever machine ran it. Messages are left
 * out: they quote resource ids the target assigned, which differ from run to run.
 */
const identity = (c: SummaryCheck) => [c.idp, c.variant ?? '', c.requirement, c.title, c.level, c.status].join(' | ');

function blobOf(run: SuiteRun): string {
  const dir = join(run.reportsDir, 'blob-report');
  const zips = readdirSync(dir).filter((f) => f.endsWith('.zip'));
  assert.equal(zips.length, 1, `one blob in ${dir}`);
  return join(dir, zips[0]!);
}

function blobFolder(...runs: SuiteRun[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scimc-blobs-'));
  for (const run of runs) copyFileSync(blobOf(run), join(dir, readdirSync(join(run.reportsDir, 'blob-report'))[0]!));
  return dir;
}

function summaryIn(reportsDir: string): Summary {
  return JSON.parse(readFileSync(join(reportsDir, 'summary.json'), 'utf8')) as Summary;
}

function count(dir: string, suffix: string): number {
  return readdirSync(dir).filter((f) => f.endsWith(suffix)).length;
}

/**
 * Sharding as CI does it: the same seed and the same defect on two machines, each running half, then
 * one merge. The merged reports must say what one unsharded run says.
 */
describe('two shards merged, against one unsharded run with the same seed', { timeout: 600_000 }, () => {
  const env = { SCIM_EMULATOR_DEFECTS: DEFECT };
  let whole: SuiteRun;
  let shards: SuiteRun[];
  let merge: CommandRun;
  const mergedDir = mkdtempSync(join(tmpdir(), 'scimc-merged-'));

  before(async () => {
    [whole, ...shards] = await Promise.all([
      reportRun,
      runConformance(env, [...REPORT_GREP, '--shard', '1/2']),
      runConformance(env, [...REPORT_GREP, '--shard', '2/2']),
    ]);
    merge = await runMerge(blobFolder(...shards), mergedDir, { SCIM_HISTORY_DIR: join(mergedDir, 'history') });
  });

  it('runs each shard on part of the checks, says so, and leaves the HTML report to the merge', () => {
    const parts = shards.map((s) => s.summary());
    assert.deepEqual(parts.map((p) => p.run.shard), [{ current: 1, total: 2 }, { current: 2, total: 2 }]);
    assert.ok(parts.every((p) => p.checks.length > 0 && p.checks.length < whole.summary().checks.length));
    for (const shard of shards) {
      assert.ok(!existsSync(join(shard.reportsDir, 'allure-report')));
      assert.match(shard.output, /no Allure HTML report \(this is one shard; merge the shards with npm run merge for the report\)/);
    }
    parts.forEach((part, i) => {
      assert.equal(part.environment?.['Shard'], `${i + 1} of 2`);
      // A shard with the failure is not conformant on its own; a clean one says it is only a part.
      const headline = readFileSync(join(shards[i]!.reportsDir, 'certification.md'), 'utf8').split('\n', 1)[0]!;
      assert.match(headline, part.totals.failed > 0 ? /Not conformant: 1 MUST check failed$/ : new RegExp(`Shard ${i + 1} of 2: no MUST check failed in this shard`));
    });
  });

  it('merges into the totals and checks of the unsharded run, in the same order, with the same exit code', () => {
    assert.equal(merge.exitCode, whole.exitCode, merge.output);
    assert.equal(merge.exitCode, 1, 'the MUST failure fails the merge as it fails the run');
    const merged = summaryIn(mergedDir);
    const single = whole.summary();
    assert.deepEqual(merged.totals, single.totals);
    assert.deepEqual(merged.checks.map(identity), single.checks.map(identity));
    assert.equal(merged.run.complete, true, merged.run.incompleteReasons.join('; '));
    assert.equal(merged.run.seed, single.run.seed);
    assert.equal(merged.run.shard, undefined);
    assert.equal(merged.environment?.['Projects'], single.environment?.['Projects']);
  });

  it('writes the same JUnit, Allure results, certification summary and an HTML report', () => {
    const tests = (dir: string) => /<testsuites [^>]*tests="(\d+)"/.exec(readFileSync(join(dir, 'junit.xml'), 'utf8'))?.[1];
    assert.equal(tests(mergedDir), tests(whole.reportsDir));
    assert.equal(count(join(mergedDir, 'allure-results'), '-result.json'), count(join(whole.reportsDir, 'allure-results'), '-result.json'));
    const headline = (dir: string) => readFileSync(join(dir, 'certification.md'), 'utf8').split('\n', 1)[0];
    assert.equal(headline(mergedDir), headline(whole.reportsDir));
    assert.ok(existsSync(join(mergedDir, 'allure-report', 'index.html')));
    assert.match(merge.output, /^scim-conformance merge: shard 1 of 2, shard 2 of 2$/m);
  });

  it('calls a merge that misses a shard incomplete', async () => {
    const partial = mkdtempSync(join(tmpdir(), 'scimc-partial-'));
    const run = await runMerge(blobFolder(shards[1]!), partial, { SCIM_HTML_REPORT: '0' });
    assert.equal(run.exitCode, 1, run.output);
    const summary = summaryIn(partial);
    assert.equal(summary.run.complete, false);
    assert.ok(summary.run.incompleteReasons.includes('shard 1 of 2 is missing'), summary.run.incompleteReasons.join('; '));
  });

  it('stops with one line when there is nothing to merge', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'scimc-empty-'));
    mkdirSync(join(empty, 'blobs'));
    const run = await runMerge(join(empty, 'blobs'), empty);
    assert.equal(run.exitCode, 2);
    assert.match(run.output.trim(), /^scim-conformance merge: no blob reports \(\*\.zip\) in .*blobs; each shard writes one to reports\/blob-report\/$/);
  });
});
