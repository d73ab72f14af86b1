import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { verdictOf } from '../../reporters/check-verdict.ts';
import { MAX_MESSAGE_LENGTH } from '../../reporters/text.ts';
import type { ResultInput } from '../../reporters/test-input.ts';
import { note, result, testCase } from './fakes.ts';

const ID = 'users/create/201-with-id';

function verdict(outcome: ResultInput, timeout?: number) {
  const test = testCase('creates a user', { requirement: ID, results: [outcome], ...(timeout === undefined ? {} : { timeout }) });
  return verdictOf(test, test.results[0]!);
}

describe('verdictOf', () => {
  it('reports a skipped test as skipped, with the skip reason as message', () => {
    assert.deepEqual(verdict(result('skipped', [note('skip', 'the target does not advertise patch')])), {
      status: 'skipped',
      message: 'the target does not advertise patch',
    });
  });

  it('takes the reason of a fixme as the skip reason', () => {
    assert.deepEqual(verdict(result('skipped', [note('fixme', 'emulator lacks sort')])), { status: 'skipped', message: 'emulator lacks sort' });
  });

  it('reports a skip without a reason with an empty message', () => {
    assert.deepEqual(verdict(result('skipped', [note('skip')])), { status: 'skipped', message: '' });
  });

  it('reports a plain pass with an empty message', () => {
    assert.deepEqual(verdict(result('passed', [note('seed', '42')])), { status: 'passed', message: '' });
  });

  it('grades a MUST failure under one of several defect sets as failed, though the test passed', () => {
    assert.deepEqual(verdict(result('passed', [note('run-defects', 'idp/find-user'), note('failed-under-defects', 'Expected 1 user, got 0')])), {
      status: 'failed',
      message: 'Expected 1 user, got 0',
    });
  });

  it('grades a check that could not decide under one of several defect sets as broken, though the test passed', () => {
    assert.deepEqual(verdict(result('passed', [note('run-defects', 'idp/find-user'), note('broken', 'the check could not decide: setup failed')])), {
      status: 'broken',
      message: 'the check could not decide: setup failed',
    });
  });

  it('turns a pass with a SHOULD deviation into a warning carrying its message', () => {
    assert.deepEqual(verdict(result('passed', [note('warning', 'SHOULD not met: no Location header')])), {
      status: 'warning',
      message: 'SHOULD not met: no Location header',
    });
  });

  it('turns a pass with a documented deviation into a warning marked as a deviation', () => {
    assert.deepEqual(verdict(result('passed', [note('deviation', 'documented: 400 instead of 404')])), {
      status: 'warning',
      message: 'documented: 400 instead of 404',
      deviation: true,
    });
  });

  it('joins several warnings of one check into one message', () => {
    const outcome = result('passed', [note('warning', 'first'), note('warning', 'second')]);
    assert.equal(verdict(outcome).message, 'first; second');
  });

  it('keeps a pass with a stale deviation passed, says so, and marks it', () => {
    assert.deepEqual(verdict(result('passed', [note('deviation-stale', 'the target now meets it: remove the entry')])), {
      status: 'passed',
      message: 'the target now meets it: remove the entry',
      deviationStale: true,
    });
  });

  it('reports a failure as failed with the first error, colour codes stripped', () => {
    const outcome = result('failed', [note('verdict', 'failed')], [{ message: '\u001b[31mExpected: 201\u001b[39m\nReceived: 200' }, { message: 'second error' }]);
    assert.deepEqual(verdict(outcome), { status: 'failed', message: 'Expected: 201\nReceived: 200' });
  });

  it('drops the error class prefix Playwright puts before the message', () => {
    assert.equal(verdict(result('failed', [note('verdict', 'failed')], [{ message: 'Error: Expected GET /Users/x to answer 404' }])).message, 'Expected GET /Users/x to answer 404');
  });

  it('falls back to the thrown value when a failure has no message', () => {
    assert.equal(verdict(result('failed', [note('verdict', 'failed')], [{ value: 'a string was thrown' }])).message, 'a string was thrown');
  });

  it('says so when a failure carries no error at all', () => {
    assert.deepEqual(verdict(result('failed', [note('verdict', 'failed')])), { status: 'failed', message: 'failed without an error message' });
  });

  it(`trims a failure message to ${MAX_MESSAGE_LENGTH} characters`, () => {
    const message = verdict(result('failed', [note('verdict', 'failed')], [{ message: `<html>${'x'.repeat(10_000)}</html>` }])).message;
    assert.equal(message.length, MAX_MESSAGE_LENGTH);
    assert.ok(message.endsWith('…'), 'a trimmed message ends with an ellipsis');
  });

  it('reports a failure without the wrapper\'s verdict mark as broken: nothing was decided about the target', () => {
    const outcome = result('failed', [], [{ message: "Cannot find module '/x/guards.ts'" }]);
    assert.deepEqual(verdict(outcome), { status: 'broken', message: "Cannot find module '/x/guards.ts'" });
  });

  it('reports a failure with a broken annotation as broken, with the diagnosis as message', () => {
    const outcome = result('failed', [note('broken', 'the check could not decide: ECONNRESET')], [{ message: 'ECONNRESET' }]);
    assert.deepEqual(verdict(outcome), { status: 'broken', message: 'the check could not decide: ECONNRESET' });
  });

  it('uses the error when a broken annotation has no description', () => {
    assert.deepEqual(verdict(result('failed', [note('broken')], [{ message: 'socket hang up' }])), { status: 'broken', message: 'socket hang up' });
  });

  it('reports a timeout as broken, naming the timeout', () => {
    assert.deepEqual(verdict(result('timedOut', [], [{ message: 'Test timeout of 5000ms exceeded.' }]), 5000), {
      status: 'broken',
      message: 'timed out after 5000 ms',
    });
  });

  it('adds the diagnosis to a timeout when the wrapper had one', () => {
    const outcome = result('timedOut', [note('broken', 'the check could not decide: 429 after 5 retries')]);
    assert.equal(verdict(outcome, 5000).message, 'timed out after 5000 ms: the check could not decide: 429 after 5 retries');
  });

  it('reports an interrupted test as broken', () => {
    assert.deepEqual(verdict(result('interrupted')), { status: 'broken', message: 'interrupted before it finished' });
  });

  it('reads the test annotations when the result has none (Playwright before 1.52)', () => {
    const test = testCase('creates a user', { requirement: ID, staticAnnotations: [note('warning', 'from the test')] });
    const legacy: ResultInput = { status: 'passed', errors: [] };
    assert.deepEqual(verdictOf(test, legacy), { status: 'warning', message: 'from the test' });
  });
});
