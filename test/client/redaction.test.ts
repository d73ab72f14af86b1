import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ExchangeLog, ScimClient, TransportError } from '../../lib/client/index.ts';
import { replyJson, TestServer, unusedPort } from './test-server.ts';

/** Characters that change under URL encoding, so both forms have to be caught. */
const TOKEN = 'scim/Tok+en=0123456789abcdef';
const ENCODED = encodeURIComponent(TOKEN);

let server: TestServer;
before(async () => {
  server = await TestServer.start();
});
after(() => server.close());

function assertNoToken(recorded: unknown, what: string): void {
  const text = JSON.stringify(recorded);
  assert.ok(!text.includes(TOKEN), `${what} contains the token: ${text}`);
  assert.ok(!text.includes(ENCODED), `${what} contains the URL-encoded token: ${text}`);
}

test('the token appears in no recorded exchange, even when the server echoes it', async (t) => {
  server.reset((req, res) =>
    replyJson(res, 200, { authorization: req.headers.authorization, url: req.url, body: req.body.toString('utf8') }, {
      'x-echo-authorization': req.headers.authorization ?? '',
    }),
  );
  const log = new ExchangeLog();
  const client = server.client(t, { token: TOKEN, log });

  const echoed = await client.post('/Users', { password: TOKEN });
  await client.get('/Users', { access_token: TOKEN });
  await client.get('/Users', `access_token=${ENCODED}`);
  await client.get('/Users', undefined, { headers: { Authorization: TOKEN } });

  assert.equal(log.all().length, 4);
  assertNoToken(log.all(), 'the exchange log');
  assert.equal(echoed.exchange.requestHeaders.authorization, 'Bearer [REDACTED]');
  assert.equal(echoed.exchange.responseHeaders['x-echo-authorization'], 'Bearer [REDACTED]');
  assert.equal((echoed.json() as { authorization: string }).authorization, `Bearer ${TOKEN}`, 'the response itself is not altered');
});

test('a transport failure message and its exchange are redacted', async (t) => {
  const port = await unusedPort();
  const client = new ScimClient({ baseUrl: `http://127.0.0.1:${port}/scim/v2`, token: TOKEN });
  t.after(() => client.close());

  const err = await client.get('/Users', { access_token: TOKEN }).then(
    () => assert.fail('the request to a closed port succeeded'),
    (e: unknown) => e,
  );

  assert.ok(err instanceof TransportError, `expected a TransportError, got ${String(err)}`);
  assertNoToken(err.message, 'the error message');
  assertNoToken(err.exchange, 'the exchange');
});
