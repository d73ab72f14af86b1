import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ScimClient, TransportError } from '../../lib/client/index.ts';
import { hangUp, replyJson, TestServer, unusedPort } from './test-server.ts';

/** Runs `fn`, expecting a TransportError, and returns it for further assertions. */
async function transportError(fn: () => Promise<unknown>): Promise<TransportError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof TransportError) return err;
    throw err;
  }
  assert.fail('the request succeeded; a TransportError was expected');
}

describe('ScimClient retries', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start();
  });
  after(() => server.close());

  test('429 with Retry-After waits that long, then returns the retried response', async (t) => {
    server.reset((_req, res) => {
      if (server.received.length === 1) replyJson(res, 429, { status: '429' }, { 'retry-after': '1' });
      else replyJson(res, 200, { ok: true });
    });
    const client = server.client(t);

    const started = performance.now();
    const res = await client.post('/Users', { userName: 'throttled' });
    const waited = performance.now() - started;

    assert.equal(res.status, 200);
    assert.equal(res.exchange.attempts, 2);
    assert.equal(server.received.length, 2);
    assert.ok(waited >= 900, `the client retried after ${Math.round(waited)} ms, before the 1 s Retry-After`);
  });

  test('503 still failing after the last retry is returned as the response', async (t) => {
    server.reset((_req, res) => replyJson(res, 503, { detail: 'maintenance' }, { 'retry-after': '0' }));
    const client = server.client(t, { retry: { maxRetries: 2 } });

    const res = await client.get('/Users');

    assert.equal(res.status, 503);
    assert.deepEqual(res.json(), { detail: 'maintenance' });
    assert.equal(res.exchange.attempts, 3);
    assert.equal(server.received.length, 3);
  });

  test('retry: false returns the first 429', async (t) => {
    server.reset((_req, res) => replyJson(res, 429, {}, { 'retry-after': '0' }));
    const client = server.client(t);

    const res = await client.get('/Users', undefined, { retry: false });

    assert.equal(res.status, 429);
    assert.equal(res.exchange.attempts, 1);
  });

  test('a GET whose connection is dropped is sent again', async (t) => {
    server.reset((req, res) => {
      if (server.received.length === 1) hangUp(req);
      else replyJson(res, 200, { id: '1' });
    });
    const client = server.client(t);

    const res = await client.get('/Users/1');

    assert.equal(res.status, 200);
    assert.equal(res.exchange.attempts, 2);
    assert.equal(server.received.length, 2);
  });

  test('a POST whose connection is dropped is not replayed and throws TransportError', async (t) => {
    server.reset((req) => hangUp(req));
    const client = server.client(t);

    const err = await transportError(() => client.post('/Users', { userName: 'once' }));

    assert.equal(server.received.length, 1, 'the POST reached the server more than once');
    assert.match(err.code, /^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/);
    assert.match(err.message, /^POST http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Users: .+ after 1 attempt$/);
    assert.equal(err.exchange.status, undefined);
    assert.equal(err.exchange.attempts, 1);
    assert.equal(err.exchange.requestBody, '{"userName":"once"}');
    assert.ok(err.exchange.transportError?.includes(err.code), `transportError "${err.exchange.transportError}" does not name ${err.code}`);
  });

  test('no answer within timeoutMs is a TIMEOUT; a POST is not retried', async (t) => {
    server.reset(() => {});
    const client = server.client(t);

    const err = await transportError(() => client.post('/Users', {}, { timeoutMs: 200 }));

    assert.equal(err.code, 'TIMEOUT');
    assert.match(err.message, /no response within 200 ms \(TIMEOUT\) after 1 attempt$/);
    assert.equal(server.received.length, 1);
  });

  test('a GET that timed out is sent again', async (t) => {
    server.reset((_req, res) => {
      if (server.received.length > 1) replyJson(res, 200, { id: '1' });
    });
    const client = server.client(t, { timeoutMs: 150 });

    const res = await client.get('/Users/1');

    assert.equal(res.status, 200);
    assert.equal(res.exchange.attempts, 2);
  });
});

test('a refused connection fails at once with a one-line message', async (t) => {
  const port = await unusedPort();
  const client = new ScimClient({ baseUrl: `http://127.0.0.1:${port}/scim/v2` });
  t.after(() => client.close());

  const started = performance.now();
  const err = await transportError(() => client.post('/Users', {}));
  const elapsed = performance.now() - started;

  assert.equal(err.code, 'ECONNREFUSED');
  assert.equal(err.message, `POST http://127.0.0.1:${port}/scim/v2/Users: connection refused (ECONNREFUSED) after 1 attempt`);
  assert.equal(err.exchange.attempts, 1);
  assert.equal(err.exchange.transportError, 'connection refused (ECONNREFUSED)');
  assert.ok(elapsed < 1000, `failing took ${Math.round(elapsed)} ms`);

  const get = await transportError(() => client.get('/Users'));
  assert.equal(get.exchange.attempts, 1, 'a GET that was never sent is not retried either');
});
