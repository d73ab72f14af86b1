import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHROMIUM_EXECUTABLE } from '../../fixtures/access-browser.ts';
import { runConformance } from './run-suite.ts';

interface JsonResult {
  status: string;
  attachments: Array<{ name: string; contentType: string; body?: string }>;
}
interface JsonSuite {
  suites?: JsonSuite[];
  specs?: Array<{ title: string; tests: Array<{ projectName: string; results: JsonResult[] }> }>;
}

function resultsOf(suite: JsonSuite): Array<JsonResult & { title: string }> {
  return [...(suite.specs ?? []).flatMap((s) => s.tests.flatMap((t) => t.results.map((r) => ({ ...r, title: s.title })))), ...(suite.suites ?? []).flatMap(resultsOf)];
}

/** The Access check that drives Chromium, run as a user would: it passes and carries its two screenshots. */
describe('the Zero Trust Access browser check', { timeout: 300_000 }, () => {
  const skip = existsSync(CHROMIUM_EXECUTABLE) ? false : `no Chromium at ${CHROMIUM_EXECUTABLE} (Debian: apt-get install chromium)`;
  it('shows the gated page allowed, then blocked, with a screenshot of each', { skip }, async () => {
    const run = await runConformance({ SCIM_TARGET_PROFILE: 'cloudflare-access' }, ['--project', 'access', '--grep', 'Chromium', '--reporter=dot,json,./reporters/summary-reporter.ts']);
    assert.equal(run.exitCode, 0, run.output);
    const report = JSON.parse(readFileSync(join(run.reportsDir, 'playwright.json'), 'utf8')) as { suites: JsonSuite[] };
    const [result, ...others] = report.suites.flatMap(resultsOf);
    assert.deepEqual(others, []);
    assert.equal(result?.status, 'passed');
    const screenshots = result!.attachments.filter((a) => a.contentType === 'image/png');
    assert.deepEqual(screenshots.map((a) => a.name), ['member of group A: allowed', 'removed from group A, signed in again: denied']);
    for (const shot of screenshots) assert.equal(Buffer.from(shot.body ?? '', 'base64').subarray(1, 4).toString('latin1'), 'PNG');
  });
});
