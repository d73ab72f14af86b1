import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BudgetExceededError } from '../../lib/client/index.ts';
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
