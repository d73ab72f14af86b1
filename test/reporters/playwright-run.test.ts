import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import type { Summary } from '../../reporters/summary-types.ts';
import { verdictValue } from '../../reporters/allure-result.ts';
import { readBlobRun } from '../../scripts/report/blob-runs.ts';

/**
 * The reporters under a real Playwright run: the fakes in the other tests are only as good as the
 * assumptions about what Playwright hands a reporter, and this checks those assumptions. One run feeds
 * the summary reporter, the Allure reporter and Playwright's blob.
 */
const CONFIG = fileURLToPath(new URL('./fixtures/playwright-run/playwright.config.ts', import.meta.url));
const CLI = createRequire(import.meta.url).resolve('@playwright/test/cli');
const SECRET = 'fixture-token-9f8e7d6c5b4a';

const scratch = await mkdtemp(join(tmpdir(), 'summary-run-'));
after(() => rm(scratch, { recursive: true, force: true }));

let summary: Summary;
let printed = '';

const fixtureRun = new Promise<string>((done, fail) => {
  const env = { ...process.env, SUMMARY_FIXTURE_OUTPUT_DIR: scratch, SUMMARY_FIXTURE_SECRET: SECRET, NO_COLOR: '1', CI: '', GITHUB_STEP_SUMMARY: '' };
  // Playwright exits 1 here: the fixture fails on purpose.
  execFile(process.execPath, [CLI, 'test', '-c', CONFIG], { env, timeout: 110_000 }, (error, stdout) => {
    if (error !== null && error.code !== 1) fail(error);
    else done(stdout);
  });
});

describe('summary reporter in a Playwright run', { timeout: 120_000 }, () => {
  before(async () => {
    printed = await fixtureRun;
    summary = JSON.parse(await readFile(join(scratch, 'summary.json'), 'utf8')) as Summary;
  });

  it('grades every outcome, in project order, then by title', () => {
    const statuses = summary.checks.filter((c) => c.idp === 'protocol').map((c) => [c.title, c.status]);
    assert.deepEqual(statuses, [
      ['bypasses the wrapper', 'passed'],
      ['cannot decide', 'broken'],
      ['fails a MUST', 'failed'],
      ['is not applicable', 'skipped'],
      ['leaves a resource behind', 'passed'],
      ['passes a second case of the same requirement', 'passed'],
      ['passes as a documented deviation', 'warning'],
      ['passes plainly', 'passed'],
      ['passes with a SHOULD deviation', 'warning'],
      ['runs out of time', 'broken'],
    ]);
    assert.deepEqual([...new Set(summary.checks.map((c) => c.idp))], ['protocol', 'okta']);
    assert.ok(summary.checks.filter((c) => c.idp === 'okta').every((c) => c.variant === 'oin'));
  });

  it('carries the messages, reasons and flags from the annotations', () => {
    const byTitle = new Map(summary.checks.filter((c) => c.idp === 'okta').map((c) => [c.title, c]));
    assert.equal(byTitle.get('is not applicable')?.message, 'the target does not advertise filter');
    assert.equal(byTitle.get('cannot decide')?.message, 'the check could not decide: ECONNRESET');
    assert.equal(byTitle.get('runs out of time')?.message, 'timed out after 200 ms');
    assert.equal(byTitle.get('passes as a documented deviation')?.deviation, true);
    assert.match(byTitle.get('fails a MUST')?.message ?? '', /GET after DELETE answers 404[\s\S]*Received: 404/);
    assert.deepEqual(byTitle.get('fails a MUST')?.refs, ['rfc7644#3.6']);
    assert.equal(byTitle.get('bypasses the wrapper')?.requirement, '(none)');
  });

  it('redacts a secret registered when the config loaded', () => {
    const warning = summary.checks.find((c) => c.title === 'passes with a SHOULD deviation');
    assert.equal(warning?.message, 'SHOULD not met: no Location header (sent [REDACTED])');
    assert.ok(!JSON.stringify(summary).includes(SECRET));
  });

  it('reports the run, its totals, cleanup failures and why it is incomplete', () => {
    assert.equal(summary.run.target, 'https://scim.example.test/v2');
    assert.equal(summary.run.seed, 4242);
    assert.equal(summary.run.runId, 'run-fixture');
    assert.deepEqual(summary.totals, { passed: 8, failed: 2, warnings: 4, skipped: 2, broken: 4 });
    assert.deepEqual(summary.cleanup.map((c) => [c.idp, c.requirement, c.message]), [
      ['protocol', 'idp/create-user', 'DELETE /Users/abc answered 500'],
      ['okta', 'idp/create-user', 'DELETE /Users/abc answered 500'],
    ]);
    assert.equal(summary.run.complete, false);
    assert.equal(summary.run.incompleteReasons.length, 2);
    assert.match(summary.run.incompleteReasons[0] ?? '', /^4 checks could not decide \(broken\)/);
    assert.match(summary.run.incompleteReasons[1] ?? '', /^2 tests bypassed the conformance wrapper/);
  });

  it('prints the matrix after the run', () => {
    assert.match(printed, /^idp {7}discovery {2}users {6}idp-flow {2}other$/m);
    assert.match(printed, /^okta {6}0\/2 \?2 {5}2\/5 ✗1 !2 {2}1\/1 {7}1\/1$/m);
    assert.match(printed, /^Summary: .*summary\.json$/m);
  });
});

interface AllureResultFile {
  name: string;
  status: string;
  statusDetails: { message?: string };
  labels: Array<{ name: string; value: string }>;
  parameters: Array<{ name: string; value: string }>;
  titlePath: string[];
}

describe('Allure reporter in the same run', { timeout: 120_000 }, () => {
  let results: AllureResultFile[] = [];
  const resultsDir = join(scratch, 'allure-results');
  const of = (project: string, name: string) => results.find((r) => r.name === name && r.titlePath[0] === project);
  const label = (r: AllureResultFile | undefined, name: string) => r?.labels.find((l) => l.name === name)?.value;

  before(async () => {
    await fixtureRun;
    const files = (await readdir(resultsDir)).filter((f) => f.endsWith('-result.json'));
    results = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(resultsDir, f), 'utf8')) as AllureResultFile));
  });

  it('writes one result per check, with the verdict summary.json gives it', () => {
    assert.equal(results.length, summary.checks.length);
    for (const check of summary.checks) {
      const project = check.idp === 'okta' ? 'okta-oin' : check.idp;
      assert.equal(label(of(project, check.title), 'verdict'), verdictValue(check), `${project} ${check.title}`);
    }
  });

  it('marks a check that could not decide broken, and keeps a warning passed with its reason', () => {
    assert.equal(of('okta-oin', 'cannot decide')?.status, 'broken');
    assert.equal(of('okta-oin', 'runs out of time')?.status, 'broken');
    assert.equal(of('okta-oin', 'fails a MUST')?.status, 'failed');
    const warning = of('okta-oin', 'passes with a SHOULD deviation');
    assert.equal(warning?.status, 'passed');
    assert.equal(warning?.statusDetails.message, 'SHOULD not met: no Location header (sent [REDACTED])');
    assert.equal(label(of('protocol', 'passes as a documented deviation'), 'verdict'), 'deviation');
  });

  it('tells two checks of one requirement apart, and leaves a check alone with its requirement keyed by it', () => {
    assert.deepEqual(of('protocol', 'passes plainly')?.parameters.find((p) => p.name === 'check'), { name: 'check', value: 'passes plainly' });
    assert.equal(of('protocol', 'fails a MUST')?.parameters.find((p) => p.name === 'check'), undefined);
  });

  it('writes the environment of the run and leaks no secret', async () => {
    const environment = await readFile(join(resultsDir, 'environment.properties'), 'utf8');
    assert.match(environment, /^Seed=4242$/m);
    assert.match(environment, /^Projects=protocol, okta-oin \(oin\)$/m);
    for (const file of await readdir(resultsDir)) {
      assert.ok(!(await readFile(join(resultsDir, file), 'utf8')).includes(SECRET), `${file} contains the secret`);
    }
  });

  it('leaves a blob a merge can read the run from', async () => {
    const run = readBlobRun(join(scratch, 'blob-report'), 'report.zip');
    assert.equal(run.shard, undefined);
    assert.equal(run.metadata['seed'], 4242);
  });
});

