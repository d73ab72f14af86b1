import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

import type { FullConfig, FullResult, Suite } from '@playwright/test/reporter';

import SummaryReporter from '../../reporters/summary-reporter.ts';
import type { Summary } from '../../reporters/summary-types.ts';
import type { CaseInput } from '../../reporters/test-input.ts';
import { writeJsonAtomic } from '../../reporters/write-json-atomic.ts';
import { note, project, result, RUN_METADATA, testCase } from './fakes.ts';

const scratch = await mkdtemp(join(tmpdir(), 'summary-reporter-'));
after(() => rm(scratch, { recursive: true, force: true }));

/** Only what the reporter touches of the root suite, the project suites and the config. */
function fakeRun(projects: Array<{ name: string; metadata: Record<string, unknown>; tests: readonly CaseInput[] }>) {
  const root = {
    suites: projects.map((p) => ({ title: p.name, project: () => ({ name: p.name, metadata: p.metadata }), allTests: () => p.tests })),
  } as unknown as Suite;
  const config = { metadata: RUN_METADATA, configFile: join(scratch, 'playwright.config.ts'), version: '1.65.1', shard: null, projects: projects.map((p) => ({ name: p.name, metadata: p.metadata })) } as unknown as FullConfig;
  return { root, config };
}

const FINISHED: FullResult = { status: 'failed', startTime: new Date('2025-01-02T03:04:05.000Z'), duration: 99 };

describe('SummaryReporter', () => {
  it('leaves progress output to the other reporters', () => {
    assert.equal(new SummaryReporter().printsToStdio(), false);
  });

  it('writes the summary beside the config file, creating the folder, with the certification summary and nothing else', async () => {
    const { root, config } = fakeRun([
      project('protocol', [testCase('creates a user', { requirement: 'users/create/201-with-id' })]),
      project('okta', [testCase('replays the create', { requirement: 'idp/create-user', results: [result('failed', [note('verdict', 'failed')], [{ message: 'no id' }])] })], {
        idp: 'okta',
        variant: 'oin',
      }),
    ]);
    const reporter = new SummaryReporter({ outputFile: 'out/nested/summary.json', printMatrix: false });
    reporter.onBegin(config, root);
    await reporter.onEnd(FINISHED);

    const folder = join(scratch, 'out', 'nested');
    assert.deepEqual((await readdir(folder)).sort(), ['certification.html', 'certification.md', 'summary.json']);
    const text = await readFile(join(folder, 'summary.json'), 'utf8');
    assert.ok(text.startsWith('{\n  "run": {\n'), 'the summary is pretty-printed');
    const summary = JSON.parse(text) as Summary;
    assert.deepEqual(
      summary.checks.map((c) => [c.idp, c.requirement, c.status]),
      [
        ['protocol', 'users/create/201-with-id', 'passed'],
        ['okta', 'idp/create-user', 'failed'],
      ],
    );
    assert.equal(summary.run.complete, true);
    assert.equal(summary.run.durationMs, 99);
  });

  it('records the environment, appends the certification Markdown to the job summary, and can leave it out', async () => {
    const { root, config } = fakeRun([project('okta', [testCase('replays the create', { requirement: 'idp/create-user' })], { idp: 'okta', variant: 'oin' })]);
    const stepSummary = join(scratch, 'job-summary.md');
    const reporter = new SummaryReporter({ outputFile: 'job/summary.json', printMatrix: false, stepSummary });
    reporter.onBegin(config, root);
    await reporter.onEnd(FINISHED);
    const summary = JSON.parse(await readFile(join(scratch, 'job', 'summary.json'), 'utf8')) as Summary;
    assert.equal(summary.environment?.['Projects'], 'okta (oin)');
    assert.equal(summary.environment?.['Playwright'], '1.65.1');
    assert.equal(await readFile(stepSummary, 'utf8'), `${await readFile(join(scratch, 'job', 'certification.md'), 'utf8')}\n`);

    const quiet = new SummaryReporter({ outputFile: 'quiet/summary.json', printMatrix: false, certification: false });
    quiet.onBegin(config, root);
    await quiet.onEnd(FINISHED);
    assert.deepEqual(await readdir(join(scratch, 'quiet')), ['summary.json']);
  });

  it('marks the run incomplete after an error outside the tests', async () => {
    const { root, config } = fakeRun([project('protocol', [testCase('creates a user', { requirement: 'users/create/201-with-id' })])]);
    const reporter = new SummaryReporter({ outputFile: 'errors/summary.json', printMatrix: false });
    reporter.onBegin(config, root);
    reporter.onError({ message: 'worker process exited unexpectedly' });
    await reporter.onEnd(FINISHED);
    const summary = JSON.parse(await readFile(join(scratch, 'errors', 'summary.json'), 'utf8')) as Summary;
    assert.deepEqual(summary.run.incompleteReasons, ['1 error outside any check, the first: worker process exited unexpectedly']);
  });

  it('prints the matrix and the summary path unless told not to', async (t) => {
    const printed: string[] = [];
    t.mock.method(process.stdout, 'write', (chunk: string) => printed.push(chunk) > 0);
    const { root, config } = fakeRun([project('protocol', [testCase('creates a user', { requirement: 'users/create/201-with-id' })])]);
    for (const printMatrix of [false, true]) {
      const reporter = new SummaryReporter({ outputFile: join(scratch, 'printed.json'), printMatrix });
      reporter.onBegin(config, root);
      await reporter.onEnd(FINISHED);
    }
    t.mock.restoreAll();
    // The test runner writes to stdout as well; only the matrices count.
    const matrices = printed.filter((chunk) => String(chunk).includes('Summary: '));
    assert.equal(matrices.length, 1, 'only the reporter with printMatrix prints');
    assert.match(matrices[0] ?? '', /^protocol {2}1\/1$/m);
    assert.match(matrices[0] ?? '', /^Summary: .*printed\.json$/m);
  });

  it('defaults to SCIM_REPORTS_DIR, else to reports/ beside the config', (t) => {
    const { root, config } = fakeRun([]);
    const reporter = new SummaryReporter();
    reporter.onBegin(config, root);
    const saved = process.env['SCIM_REPORTS_DIR'];
    t.after(() => {
      if (saved === undefined) delete process.env['SCIM_REPORTS_DIR'];
      else process.env['SCIM_REPORTS_DIR'] = saved;
    });
    delete process.env['SCIM_REPORTS_DIR'];
    assert.equal(reporter.outputPath(), join(scratch, 'reports', 'summary.json'));
    process.env['SCIM_REPORTS_DIR'] = 'nightly/reports';
    assert.equal(reporter.outputPath(), resolve('nightly/reports', 'summary.json'));
  });
});

describe('writeJsonAtomic', () => {
  it('replaces an existing file whole', async () => {
    const path = join(scratch, 'atomic', 'summary.json');
    await writeJsonAtomic(path, { first: true });
    await writeJsonAtomic(path, { second: true });
    assert.equal(await readFile(path, 'utf8'), '{\n  "second": true\n}\n');
    assert.deepEqual(await readdir(join(scratch, 'atomic')), ['summary.json']);
  });
});
