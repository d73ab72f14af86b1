import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BudgetExceededError, Pacer } from '../../lib/client/index.ts';
import { replyJson, TestServer } from './test-server.ts';

let server: TestServer;
before(async () => {
  server = await TestServer.start();
});
after(() => server.close());

test('requests beyond the budget throw before anything is sent', async (t) => {
  server.reset((_req, res) => replyJson(res, 200, {}));
  const client = server.client(t, { budget: { maxRequests: 2 } });

  await client.get('/Users');
  await client.get('/Groups');

  await assert.rejects(client.get('/Schemas'), (err: unknown) => {
    assert.ok(err instanceof BudgetExceededError);
    assert.match(err.message, /GET http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Schemas was not sent: the request budget of 2 is spent/);
    return true;
  });
  assert.equal(server.received.length, 2);
  assert.equal(client.requestCount, 2);
});

test('maxInFlight bounds the requests on the wire', async (t) => {
  let inFlight = 0;
  let peak = 0;
  server.reset((_req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight--;
      replyJson(res, 200, {});
    }, 20);
  });
  const client = server.client(t, { connections: 8, maxInFlight: 2 });

  const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => client.get(`/Users/${i}`)));

  assert.ok(responses.every((r) => r.status === 200));
  assert.equal(peak, 2, `the server saw ${peak} requests at once`);
});

test('clients that share a pacer share its budget', async (t) => {
  server.reset((_req, res) => replyJson(res, 200, {}));
  const pacer = new Pacer({ maxInFlight: 4, maxRequests: 3, maxPauseMs: 1_000 });
  const [a, b] = [server.client(t, { pacer }), server.client(t, { pacer })];

  await a.get('/Users');
  await b.get('/Users');
  await a.get('/Groups');

  await assert.rejects(b.get('/Groups'), BudgetExceededError);
  assert.equal(server.received.length, 3);
  assert.equal(pacer.started, 3);
});

test('a 429 seen by one client pauses the other clients of the pacer for its Retry-After', async (t) => {
  let limited = true;
  server.reset((req, res) => {
    if (req.url.endsWith('/limited') && limited) {
      limited = false;
      return replyJson(res, 429, {}, { 'retry-after': '1' });
    }
    return replyJson(res, 200, {});
  });
  const pacer = new Pacer({ maxInFlight: 4, maxRequests: Number.POSITIVE_INFINITY, maxPauseMs: 5_000 });
  const [a, b] = [server.client(t, { pacer }), server.client(t, { pacer, retry: { maxRetries: 0 } })];

  const limitedAnswer = a.get('/limited', undefined, { retry: false });
  assert.equal((await limitedAnswer).status, 429);
  const started = Date.now();
  assert.equal((await b.get('/Users')).status, 200);
  assert.ok(Date.now() - started >= 900, `the other client waited ${Date.now() - started} ms`);
});

test('X-RateLimit-Remaining: 0 holds the next request until X-RateLimit-Reset', async (t) => {
  let first = true;
  server.reset((_req, res) => {
    const headers: Record<string, string> = first ? { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' } : { 'x-ratelimit-remaining': '99' };
    first = false;
    replyJson(res, 200, {}, headers);
  });
  const client = server.client(t);

  await client.get('/Users');
  const started = Date.now();
  await client.get('/Users');
  assert.ok(Date.now() - started >= 900, `the second request went out after ${Date.now() - started} ms`);
});
