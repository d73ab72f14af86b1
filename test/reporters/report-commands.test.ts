import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { withoutAnalytics } from '../../scripts/report/allure-html.ts';
import { reportSettings } from '../../scripts/report/report-settings.ts';
import { runArgs } from '../../scripts/report/run-args.ts';
import { runOutcome } from '../../scripts/report/run-outcome.ts';
import type { Summary } from '../../reporters/summary-types.ts';

describe('runArgs', () => {
  it('passes everything but the runner flag to Playwright', () => {
    assert.deepEqual(runArgs(['--project', 'okta', '--no-html-report', '--grep', '@users'], {}), { playwrightArgs: ['--project', 'okta', '--grep', '@users'], skipHtmlReport: '--no-html-report was given' });
    assert.deepEqual(runArgs(['--project', 'okta'], {}), { playwrightArgs: ['--project', 'okta'], skipHtmlReport: undefined });
  });

  it('skips the HTML report when told to, for a shard, and for a proof run', () => {
    assert.equal(runArgs([], { SCIM_HTML_REPORT: '0' }).skipHtmlReport, 'SCIM_HTML_REPORT=0');
    assert.match(runArgs(['--shard', '2/4'], {}).skipHtmlReport ?? '', /^this is one shard; merge the shards with npm run merge/);
    assert.match(runArgs(['--shard=2/4'], {}).skipHtmlReport ?? '', /one shard/);
    assert.deepEqual(runArgs(['--shard=2/4'], {}).playwrightArgs, ['--shard=2/4']);
    assert.equal(runArgs([], { SCIM_PROOF: '1' }).skipHtmlReport, 'a proof run checks the harness, not a target');
  });
});

describe('reportSettings', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'report-settings-'));

  it('defaults to reports/ and its history folder, with the HTML report on', () => {
    assert.deepEqual(reportSettings({ SCIM_ENV_FILE: '/dev/null' }, cwd), { reportsDir: join(cwd, 'reports'), historyFile: join(cwd, 'reports', 'history', 'allure-history.jsonl'), htmlReport: true });
  });

  it('reads the folders from the environment or .env, the environment winning', () => {
    writeFileSync(join(cwd, '.env'), 'SCIM_REPORTS_DIR=out\nSCIM_HISTORY_DIR=cache/allure\nSCIM_HTML_REPORT=0\n');
    assert.deepEqual(reportSettings({}, cwd), { reportsDir: join(cwd, 'out'), historyFile: join(cwd, 'cache', 'allure', 'allure-history.jsonl'), htmlReport: false });
    assert.equal(reportSettings({ SCIM_REPORTS_DIR: '/tmp/elsewhere' }, cwd).reportsDir, '/tmp/elsewhere');
  });
});

describe('runOutcome', () => {
  const summary = (complete: boolean, failed: number) => ({ run: { complete }, totals: { failed } }) as Summary;

  it('is ok only when no MUST check failed and the run was complete', () => {
    assert.deepEqual(runOutcome(summary(true, 0)), { ok: true, verdict: 'conformant' });
    assert.deepEqual(runOutcome(summary(true, 2)), { ok: false, verdict: '2 MUST check(s) failed' });
    assert.deepEqual(runOutcome(summary(false, 0)), { ok: false, verdict: 'the run was incomplete' });
  });
});

describe('withoutAnalytics', () => {
  it("takes Allure's analytics tag and its configuration out of the report, and nothing else", () => {
    const report = [
      '<div id="app"></div>',
      '    <script async src="https://www.googletagmanager.com/gtag/js?id=G-LNDJ3J7WT0"></script>',
      '    <script>',
      '        window.dataLayer = window.dataLayer || [];',
      '        function gtag(){dataLayer.push(arguments);}',
      "        gtag('js', new Date());",
      "        gtag('config', 'G-LNDJ3J7WT0', { \"report\": \"awesome\" });",
      '    </script>',
      '    <script async>window.allureReportData = {};</script>',
    ].join('\n');
    const stripped = withoutAnalytics(report);
    assert.ok(!/googletagmanager|gtag|dataLayer/.test(stripped), stripped);
    assert.match(stripped, /<div id="app"><\/div>/);
    assert.match(stripped, /<script async>window\.allureReportData = \{\};<\/script>/);
  });
});
