import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { newUser, scim, v4, type ErrorBody, type ListBody, type UserBody, type V4Body } from './support.ts';

describe('faults', () => {
  it('a 429 carries Retry-After and x-ratelimit headers, and the request was not processed', async () => {
    const emulator = new Emulator();
    emulator.faults.set({ rate: 1, kinds: ['429'], retryAfterSeconds: 7 });
    const body = newUser();
    const reply = await scim(emulator).post<ErrorBody>('/Users', body);
    assert.equal(reply.status, 429);
    assert.equal(reply.headers.get('retry-after'), '7');
    assert.equal(reply.headers.get('x-ratelimit-limit'), '1200');
    assert.equal(reply.headers.get('x-ratelimit-remaining'), '0');
    assert.ok(reply.headers.get('x-ratelimit-reset'));
    assert.equal(reply.body.status, '429');
    const v4Reply = await v4(emulator).get<V4Body<null>>('/members');
    assert.equal(v4Reply.status, 429);
    assert.equal(v4Reply.body.success, false);
    emulator.faults.clear();
    const list = await scim(emulator).get<ListBody<UserBody>>(`/Users?filter=${encodeURIComponent(`userName eq "${body.userName}"`)}`);
    assert.equal(list.body.totalResults, 0, 'a faulted request was not processed');
  });

  it('a 503 answers with a SCIM error', async () => {
    const emulator = new Emulator();
    emulator.faults.set({ rate: 1 });
    const reply = await scim(emulator).get<ErrorBody>('/Users');
    assert.equal(reply.status, 503);
    assert.equal(reply.body.status, '503');
  });

  it('a reset rejects the fetch like a dropped connection', async () => {
    const emulator = new Emulator();
    emulator.faults.set({ rate: 1, kinds: ['reset'] });
    await assert.rejects(scim(emulator).get('/Users'), (error: Error) => error instanceof TypeError && (error.cause as { code?: string }).code === 'ECONNRESET');
  });

  it('a truncated answer was processed, and its body fails while being read', async () => {
    const emulator = new Emulator();
    emulator.faults.set({ rate: 1, kinds: ['truncate'] });
    const body = newUser();
    const account = emulator.account('primary');
    const response = await emulator.fetch(
      new Request(`http://x${account.scimBasePath}/Users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${account.tokens.scim}`, 'content-type': 'application/scim+json' },
        body: JSON.stringify(body),
      }),
    );
    assert.equal(response.status, 201);
    await assert.rejects(response.text());
    emulator.faults.clear();
    assert.equal(emulator.state('primary').users.findByUserName(body.userName)?.userName, body.userName, 'the write happened');
  });

  it('the seeded PRNG makes a fault sequence reproducible, at the configured rate', async () => {
    async function sequence(): Promise<number[]> {
      const emulator = new Emulator();
      emulator.faults.set({ rate: 0.3, kinds: ['429', '503'], seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) statuses.push((await scim(emulator).get('/ServiceProviderConfig')).status);
      return statuses;
    }
    const first = await sequence();
    assert.deepEqual(await sequence(), first);
    const faulted = first.filter((s) => s !== 200).length;
    assert.ok(faulted > 30 && faulted < 90, `about 30% faulted, got ${faulted} of 200`);
    assert.ok(first.includes(429) && first.includes(503));
  });

  it('latency delays every request; the control interface is never faulted', async () => {
    const emulator = new Emulator();
    emulator.faults.set({ latencyMs: 30, rate: 1, kinds: ['503'] });
    const started = performance.now();
    assert.equal((await scim(emulator).get('/Users')).status, 503);
    assert.ok(performance.now() - started >= 25);
    const control = await emulator.fetch(new Request('http://x/__emulator/accounts', { headers: { 'x-emulator-control-token': emulator.controlToken } }));
    assert.equal(control.status, 200);
  });

  it('refuses invalid fault settings; reset keeps faults', () => {
    const emulator = new Emulator();
    assert.throws(() => emulator.faults.set({ rate: 2 }), /rate/);
    assert.throws(() => emulator.faults.set({ kinds: [] }), /kinds/);
    emulator.faults.set({ rate: 0.5 });
    emulator.reset();
    assert.deepEqual(emulator.faults.current()?.rate, 0.5);
  });
});
