import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import { runLoad, type LoadOptions } from '../../lib/load/run.ts';

/** The load profile at a small size against the in-process emulator: the end state must be exactly what was sent. */
describe('load profile', () => {
  const emulator = new Emulator();
  let server: RunningServer;
  let options: LoadOptions;

  before(async () => {
    server = await emulator.listen();
    const account = emulator.account('primary');
    options = {
      idp: 'entra',
      variant: 'default',
      users: 500,
      groups: 10,
      deactivateEvery: 10,
      moveEvery: 20,
      concurrency: 8,
      baseUrl: server.url + account.scimBasePath,
      token: account.tokens.scim,
      prefix: 'scimc-test-load',
      budget: undefined,
      maxRetries: 8,
      memberBatch: 1,
      quiet: true,
    };
  });
  after(() => server.close());

  it('replays the initial sync and change wave of 500 users with no lost write', async () => {
    emulator.reset();
    const result = await runLoad(options);
    assert.equal(result.stoppedBy, undefined);
    assert.deepEqual(result.errorsByStatus, {});
    assert.equal(result.verification?.ok, true, result.verification?.examples.join('; '));
    assert.equal(result.verification.usersFound, 450);
    assert.equal(result.verification.membershipsFound, 450);
  });

  it('waits out 429 answers and still ends exactly as sent', async () => {
    emulator.reset();
    emulator.faults.set({ rate: 0.05, kinds: ['429'], retryAfterSeconds: 0, seed: 3 });
    try {
      const result = await runLoad({ ...options, users: 200, memberBatch: 7 });
      assert.deepEqual(result.errorsByStatus, {});
      assert.equal(result.verification?.ok, true, result.verification?.examples.join('; '));
    } finally {
      emulator.faults.clear();
    }
  });

  it('stops at the request budget and says so', async () => {
    emulator.reset();
    const result = await runLoad({ ...options, budget: 100 });
    assert.match(result.stoppedBy ?? '', /budget of 100/);
    assert.equal(result.requests, 100);
    assert.equal(result.verification, undefined);
  });
});
