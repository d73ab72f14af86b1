import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { registerSecret } from '../../lib/secrets.ts';
import { buildSummary, NO_REQUIREMENT } from '../../reporters/summary-model.ts';
import { note, project, result, run, RUN_METADATA, testCase } from './fakes.ts';

const CREATE = 'users/create/201-with-id';
const READ = 'users/read/by-id';
const IDP_CREATE = 'idp/create-user';

describe('buildSummary', () => {
  it('writes the run facts, keys in contract order, and a complete run', () => {
    const summary = buildSummary(run([project('protocol', [testCase('creates a user', { requirement: CREATE })])]));
    assert.deepEqual(summary.run, {
      ...RUN_METADATA,
      startedAt: '2025-01-02T03:04:05.000Z',
      durationMs: 1234,
      complete: true,
      incompleteReasons: [],
    });
    assert.deepEqual(Object.keys(summary), ['run', 'totals', 'checks', 'cleanup']);
    assert.deepEqual(Object.keys(summary.run).slice(0, 6), ['target', 'profile', 'seed', 'startedAt', 'durationMs', 'complete']);
  });

  it('maps a check with the level and refs of its requirement, plus the extra refs', () => {
    const test = testCase('replays the create', { requirement: IDP_CREATE, staticAnnotations: [note('refs', 'okta:scim-2.0  rfc7644#3.3')] });
    const withRegistryRefs = testCase('creates a user', { requirement: CREATE, staticAnnotations: [note('refs', 'rfc7644#3.3 okta:scim-2.0')] });
    const { checks } = buildSummary(run([project('okta', [test, withRegistryRefs], { idp: 'okta', variant: 'oin' })]));
    assert.deepEqual(checks[0], {
      requirement: CREATE,
      title: 'creates a user',
      idp: 'okta',
      level: 'MUST',
      status: 'passed',
      refs: ['rfc7644#3.3', 'rfc7643#3.1', 'okta:scim-2.0'],
      message: '',
      variant: 'oin',
    });
    assert.deepEqual(checks[1]?.refs, ['okta:scim-2.0', 'rfc7644#3.3']);
  });

  it('counts the last result only', () => {
    const retried = testCase('creates a user', {
      requirement: CREATE,
      results: [result('failed', [note('verdict', 'failed')], [{ message: 'first try' }]), result('passed', [note('warning', 'second try')])],
    });
    const summary = buildSummary(run([project('protocol', [retried])]));
    assert.equal(summary.checks[0]?.status, 'warning');
    assert.equal(summary.checks[0]?.message, 'second try');
    assert.deepEqual(summary.totals, { passed: 0, failed: 0, warnings: 1, skipped: 0, broken: 0 });
  });

  it('counts every status in the totals', () => {
    const tests = [
      testCase('a', { requirement: CREATE }),
      testCase('b', { requirement: CREATE, results: [result('failed', [note('verdict', 'failed')])] }),
      testCase('c', { requirement: CREATE, results: [result('passed', [note('deviation', 'documented')])] }),
      testCase('d', { requirement: CREATE, results: [result('skipped', [note('skip', 'n/a')])] }),
      testCase('e', { requirement: CREATE, results: [result('skipped', [note('skip', 'n/a')])] }),
      testCase('f', { requirement: CREATE, results: [result('interrupted')] }),
    ];
    const summary = buildSummary(run([project('protocol', tests)]));
    assert.deepEqual(summary.totals, { passed: 1, failed: 1, warnings: 1, skipped: 2, broken: 1 });
    assert.equal(summary.checks[2]?.deviation, true);
  });

  it('orders checks by project, then file, then title, whatever order they arrive in', () => {
    const protocol = project('protocol', [
      testCase('zeta', { requirement: READ, file: 'specs/protocol/users.spec.ts', line: 1 }),
      testCase('alpha', { requirement: READ, file: 'specs/protocol/users.spec.ts', line: 9 }),
      testCase('omega', { requirement: READ, file: 'specs/protocol/discovery.spec.ts' }),
    ]);
    const okta = project('okta', [testCase('alpha', { requirement: IDP_CREATE, file: 'specs/idp/create.spec.ts' })]);
    const order = (projects: typeof protocol[]) => buildSummary(run(projects)).checks.map((c) => `${c.idp} ${c.title}`);
    assert.deepEqual(order([protocol, okta]), ['protocol omega', 'protocol alpha', 'protocol zeta', 'okta alpha']);
    assert.deepEqual(order([okta, protocol]), ['okta alpha', 'protocol omega', 'protocol alpha', 'protocol zeta']);
    const reversed = { ...protocol, tests: [...protocol.tests].reverse() };
    assert.deepEqual(order([reversed, okta]), order([protocol, okta]));
  });

  it('keeps a merge of shards in project order: a project is placed where its name first appears', () => {
    const shard1 = [project('protocol', [testCase('zeta', { requirement: READ })]), project('okta', [testCase('alpha', { requirement: IDP_CREATE })])];
    const shard2 = [project('protocol', [testCase('alpha', { requirement: CREATE })]), project('okta', [testCase('beta', { requirement: IDP_CREATE })])];
    const checks = buildSummary(run([...shard1, ...shard2])).checks.map((c) => `${c.idp} ${c.title}`);
    assert.deepEqual(checks, ['protocol alpha', 'protocol zeta', 'okta alpha', 'okta beta']);
  });

  it('adds the shard and the environment after the contract keys', () => {
    const summary = buildSummary(run([project('protocol', [testCase('creates a user', { requirement: CREATE })])], { shard: { current: 2, total: 4 }, environment: { Seed: '42' } }));
    assert.deepEqual(summary.run.shard, { current: 2, total: 4 });
    assert.deepEqual(summary.environment, { Seed: '42' });
    assert.deepEqual(Object.keys(summary), ['run', 'totals', 'checks', 'cleanup', 'environment']);
    assert.equal(buildSummary(run([project('protocol', [])], { shard: null })).run.shard, undefined);
  });

  it('keeps describe titles in the check title', () => {
    const test = testCase('answers 404', { requirement: READ, describe: ['unknown ids'] });
    assert.equal(buildSummary(run([project('protocol', [test])])).checks[0]?.title, 'unknown ids › answers 404');
  });

  it('falls back to the project name when the project has no idp in its metadata', () => {
    const summary = buildSummary(run([project('entra-flag', [testCase('x', { requirement: IDP_CREATE })], {})]));
    assert.equal(summary.checks[0]?.idp, 'entra-flag');
    assert.equal(summary.checks[0]?.variant, undefined);
  });

  it('collects cleanup failures without changing the verdict', () => {
    const test = testCase('creates a user', {
      requirement: CREATE,
      results: [result('passed', [note('cleanup-error', 'DELETE /Users/1 answered 500'), note('cleanup-error', 'DELETE /Groups/2 answered 500')])],
    });
    const summary = buildSummary(run([project('okta', [test], { idp: 'okta', variant: 'oin' })]));
    assert.equal(summary.checks[0]?.status, 'passed');
    assert.equal(summary.run.complete, true);
    assert.deepEqual(summary.cleanup, [
      { requirement: CREATE, idp: 'okta', variant: 'oin', title: 'creates a user', message: 'DELETE /Users/1 answered 500' },
      { requirement: CREATE, idp: 'okta', variant: 'oin', title: 'creates a user', message: 'DELETE /Groups/2 answered 500' },
    ]);
  });

  it('redacts a registered secret everywhere it appears', () => {
    const secret = 'scim-token-0123456789abcdef';
    registerSecret(secret);
    const test = testCase(`sends ${secret}`, {
      requirement: CREATE,
      results: [result('failed', [note('verdict', 'failed'), note('cleanup-error', `401 for Bearer ${secret}`)], [{ message: `Authorization: Bearer ${secret}` }])],
    });
    const summary = buildSummary(run([project('protocol', [test])], { metadata: { ...RUN_METADATA, target: `https://x.test/v2?token=${secret}` } }));
    const written = JSON.stringify(summary);
    assert.ok(!written.includes(secret), `the summary still contains the secret: ${written}`);
    assert.equal(summary.checks[0]?.message, 'Authorization: Bearer [REDACTED]');
    assert.equal(summary.checks[0]?.title, 'sends [REDACTED]');
    assert.equal(summary.cleanup[0]?.message, '401 for Bearer [REDACTED]');
    assert.equal(summary.run.target, 'https://x.test/v2?token=[REDACTED]');
  });
});

describe('buildSummary: completeness', () => {
  const passing = () => testCase('creates a user', { requirement: CREATE });

  function reasonsFor(...args: Parameters<typeof run>): string[] {
    const summary = buildSummary(run(...args));
    assert.equal(summary.run.complete, summary.run.incompleteReasons.length === 0, 'complete is true exactly when no reason is given');
    return summary.run.incompleteReasons;
  }

  it('is complete when the run failed on checks but finished', () => {
    const failing = testCase('creates a user', { requirement: CREATE, results: [result('failed', [note('verdict', 'failed')])] });
    assert.deepEqual(reasonsFor([project('protocol', [failing])], { status: 'failed' }), []);
  });

  it('is incomplete when the run was interrupted or timed out', () => {
    assert.deepEqual(reasonsFor([project('protocol', [passing()])], { status: 'interrupted' }), ['the run was interrupted before it finished']);
    assert.deepEqual(reasonsFor([project('protocol', [passing()])], { status: 'timedout' }), ['the run hit the global timeout before it finished']);
  });

  it('is incomplete when the merge found the shards do not add up to one run', () => {
    assert.deepEqual(reasonsFor([project('protocol', [passing()])], { mergeProblems: ['shard 3 of 4 is missing'] }), ['shard 3 of 4 is missing']);
  });

  it('is incomplete when Playwright reported errors outside any test', () => {
    const reasons = reasonsFor([project('protocol', [passing()])], { globalErrors: [{ message: '\u001b[31mError in globalSetup\u001b[39m\n  at x' }] });
    assert.deepEqual(reasons, ['1 error outside any check, the first: Error in globalSetup']);
  });

  it('leaves a selected test that never ran out of the checks and names it', () => {
    const neverRan = testCase('reads a user', { requirement: READ, results: [] });
    const summary = buildSummary(run([project('okta', [passing(), neverRan])]));
    assert.equal(summary.checks.length, 1);
    assert.deepEqual(summary.run.incompleteReasons, [`1 selected check did not run: [okta] ${READ}`]);
    assert.equal(summary.run.complete, false);
  });

  it('is incomplete when a check is broken', () => {
    const broken = testCase('creates a user', { requirement: CREATE, results: [result('failed', [note('broken', 'ECONNRESET')])] });
    assert.deepEqual(reasonsFor([project('entra', [broken])], { status: 'failed' }), [`1 check could not decide (broken): [entra] ${CREATE}`]);
  });

  it('reports a test without a requirement as "(none)" and the run as incomplete', () => {
    const bypass = testCase('does its own thing');
    const summary = buildSummary(run([project('protocol', [bypass])]));
    assert.equal(summary.checks[0]?.requirement, NO_REQUIREMENT);
    assert.equal(summary.checks[0]?.level, 'MUST');
    assert.deepEqual(summary.run.incompleteReasons, ['1 test bypassed the conformance wrapper (no requirement annotation): [protocol] does its own thing']);
  });

  it('holds a requirement missing from the registry to MUST and marks the run incomplete', () => {
    const unknown = testCase('checks something new', { requirement: 'users/not-in-registry' });
    const summary = buildSummary(run([project('protocol', [unknown, unknown])]));
    assert.equal(summary.checks[0]?.level, 'MUST');
    assert.deepEqual(summary.checks[0]?.refs, []);
    assert.deepEqual(summary.run.incompleteReasons, ['1 requirement id named by a test but missing from the registry: users/not-in-registry']);
  });

  it('is incomplete when the config gave no run metadata, and still writes the checks', () => {
    const summary = buildSummary(run([project('protocol', [passing()])], { metadata: {} }));
    assert.deepEqual(summary.run.incompleteReasons, [
      "the config's metadata has no target",
      "the config's metadata has no profile",
      "the config's metadata has no runId",
      "the config's metadata has no numeric seed, so the run cannot be reproduced",
    ]);
    assert.equal(summary.checks.length, 1);
  });

  it('accepts a seed given as a string of digits', () => {
    const summary = buildSummary(run([project('protocol', [passing()])], { metadata: { ...RUN_METADATA, seed: '1337' } }));
    assert.equal(summary.run.seed, 1337);
    assert.equal(summary.run.complete, true);
  });

  it('is incomplete when no check was selected', () => {
    assert.deepEqual(reasonsFor([project('protocol', [])]), ['no checks were selected']);
  });

  it('names five tests and counts the rest', () => {
    const neverRan = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((t) => testCase(t, { results: [] }));
    assert.deepEqual(reasonsFor([project('okta', neverRan)]), ['7 selected checks did not run: [okta] a, [okta] b, [okta] c, [okta] d, [okta] e and 2 more']);
  });
});
