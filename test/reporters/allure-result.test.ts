import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { TestResult as AllureTestResult } from 'allure-js-commons';

import { registerSecret } from '../../lib/secrets.ts';
import { prepareResult, resultLabels, verdictValue, VERDICT_LABEL } from '../../reporters/allure-result.ts';
import type { Verdict } from '../../reporters/check-verdict.ts';

const TITLE_PATH = ['', 'okta', 'specs/idp/user-steps.spec.ts', 'create', 'user is created'];

type Written = Pick<AllureTestResult, 'labels' | 'status' | 'statusDetails' | 'steps' | 'titlePath' | 'fullName'>;

/** A result as allure-playwright hands it to the listener: its own labels, then the reporter's. */
function written(verdict: Verdict, overrides: Partial<Written> = {}): Written {
  return {
    labels: [{ name: 'epic', value: 'okta' }, ...resultLabels(verdict, TITLE_PATH)],
    status: 'passed' as Written['status'],
    statusDetails: {},
    steps: [],
    titlePath: ['scim-conformance', '..', 'fixtures', 'conformance.ts'],
    fullName: 'fixtures/conformance.ts › user is created',
    ...overrides,
  };
}

function step(name: string, attachments: AllureTestResult['steps'][number]['attachments'] = []): AllureTestResult['steps'][number] {
  return { name, status: 'passed' as AllureTestResult['status'], statusDetails: {}, stage: 'finished' as AllureTestResult['stage'], steps: [], attachments, parameters: [] };
}

const verdictOf = (labels: Written['labels']) => labels.find((l) => l.name === VERDICT_LABEL)?.value;

describe('verdictValue', () => {
  it('is the summary status, with documented and stale deviations told apart', () => {
    assert.equal(verdictValue({ status: 'failed', message: 'x' }), 'failed');
    assert.equal(verdictValue({ status: 'warning', message: 'x' }), 'warning');
    assert.equal(verdictValue({ status: 'warning', message: 'x', deviation: true }), 'deviation');
    assert.equal(verdictValue({ status: 'passed', message: 'x', deviationStale: true }), 'deviation-stale');
    assert.equal(verdictValue({ status: 'broken', message: 'x' }), 'broken');
  });
});

describe('prepareResult', () => {
  it('makes a failure that no assertion caused broken, and leaves a MUST failure failed', () => {
    const broken = written({ status: 'broken', message: 'the check could not decide: ECONNRESET' }, { status: 'failed' as Written['status'] });
    prepareResult(broken);
    assert.equal(broken.status, 'broken');
    const failed = written({ status: 'failed', message: 'Expected 404' }, { status: 'failed' as Written['status'] });
    prepareResult(failed);
    assert.equal(failed.status, 'failed');
  });

  it('keeps a warning passed, labelled, with its reason as the message', () => {
    const result = written({ status: 'warning', message: 'SHOULD not met: no Location header' });
    prepareResult(result);
    assert.equal(result.status, 'passed');
    assert.equal(verdictOf(result.labels), 'warning');
    assert.equal(result.statusDetails.message, 'SHOULD not met: no Location header');
  });

  it('never replaces the error of a failure with the verdict message', () => {
    const result = written({ status: 'failed', message: 'short' }, { statusDetails: { message: 'Error: Expected 404\n\nRequest and response: …' } });
    prepareResult(result);
    assert.equal(result.statusDetails.message, 'Error: Expected 404\n\nRequest and response: …');
  });

  it('places the check in its spec, not in the wrapper that declared it', () => {
    const result = written({ status: 'passed', message: '' });
    prepareResult(result);
    assert.deepEqual(result.titlePath, ['okta', 'specs/idp/user-steps.spec.ts', 'create']);
    assert.equal(result.fullName, 'specs/idp/user-steps.spec.ts › create › user is created');
  });

  it('removes the label that carried the facts, and the steps made of static annotations', () => {
    const transcript = step('transcript', [{ name: 'transcript', source: 'a.txt', type: 'text/plain' }]);
    const result = written({ status: 'passed', message: '' }, { steps: [step('requirement: idp/create-user'), step('refs: okta:scim-2.0'), transcript, step('requirement check')] });
    prepareResult(result);
    assert.deepEqual(result.labels.map((l) => l.name), ['epic', VERDICT_LABEL]);
    assert.deepEqual(result.steps.map((s) => s.name), ['transcript', 'requirement check']);
  });

  it('redacts a registered secret in every string of the result', () => {
    const secret = 'allure-result-secret-5b7c9d1e';
    registerSecret(secret);
    const result = written({ status: 'warning', message: `sent ${secret}` }, { steps: [step(`GET /Users?token=${secret}`)] });
    prepareResult(result);
    assert.ok(!JSON.stringify(result).includes(secret), JSON.stringify(result));
    assert.equal(result.statusDetails.message, 'sent [REDACTED]');
  });
});
