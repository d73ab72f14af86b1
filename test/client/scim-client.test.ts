import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ExchangeLog, ScimClient } from '../../lib/client/index.ts';
import type { Exchange } from '../../lib/exchange.ts';
import { BASE_PATH, replyJson, TestServer } from './test-server.ts';

const TOKEN = 'round-trip-token-0123456789';

describe('ScimClient requests', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start();
  });
  after(() => server.close());

  test('JSON body goes out as SCIM JSON and comes back parsed', async (t) => {
    server.reset((req, res) => replyJson(res, 201, { ...JSON.parse(req.body.toString('utf8')), id: '42' }));
    const log = new ExchangeLog();
    const seen: Exchange[] = [];
    const client = server.client(t, { token: TOKEN, log, onExchange: (ex) => seen.push(ex) });

    const user = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'ada@example.com' };
    const res = await client.post('/Users', user);

    const [received] = server.received;
    assert.equal(received?.method, 'POST');
    assert.equal(received?.url, `${BASE_PATH}/Users`);
    assert.equal(received?.headers['content-type'], 'application/scim+json; charset=utf-8');
    assert.equal(received?.headers.authorization, `Bearer ${TOKEN}`);
    assert.match(received?.headers.accept ?? '', /application\/scim\+json/);
    assert.equal(res.status, 201);
    assert.equal(res.contentType, 'application/scim+json; charset=utf-8');
    assert.deepEqual(res.json(), { ...user, id: '42' });

    const ex = res.exchange;
    assert.equal(ex.seq, 1);
    assert.equal(ex.url, `${server.baseUrl}/Users`);
    assert.equal(ex.requestBody, JSON.stringify(user));
    assert.equal(ex.responseBody, res.text);
    assert.equal(ex.attempts, 1);
    assert.ok(!Number.isNaN(Date.parse(ex.startedAt)), `startedAt "${ex.startedAt}" is not a date`);
    assert.equal(log.last(), ex);
    assert.deepEqual(seen, [ex]);
  });

  test('a raw body arrives byte for byte, with no Content-Type added', async (t) => {
    server.reset((_req, res) => replyJson(res, 400, {}));
    const client = server.client(t);
    const bytes = Uint8Array.of(0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d);

    const res = await client.request({ method: 'POST', path: '/Users', body: bytes });

    const [received] = server.received;
    assert.deepEqual(received?.body, Buffer.from(bytes));
    assert.equal(received?.headers['content-type'], undefined);
    assert.match(res.exchange.requestBody ?? '', /\uFFFD/, 'invalid UTF-8 is shown with U+FFFD in the exchange');
  });

  test('a raw body keeps the Content-Type the request names', async (t) => {
    server.reset((_req, res) => replyJson(res, 415, {}));
    const client = server.client(t);

    await client.request({ method: 'POST', path: '/Users', body: '{"userName":', headers: { 'Content-Type': 'text/plain' } });

    assert.equal(server.received[0]?.headers['content-type'], 'text/plain');
    assert.equal(server.received[0]?.body.toString('utf8'), '{"userName":');
  });

  test('a query string is sent verbatim, in either space encoding', async (t) => {
    server.reset((_req, res) => replyJson(res, 200, {}));
    const client = server.client(t);

    await client.get('/Users', 'filter=userName%20eq%20%22a%40b.c%22');
    await client.get('/Users', 'filter=userName+eq+%22x%22&startIndex=1');

    assert.deepEqual(
      server.received.map((r) => r.url),
      [`${BASE_PATH}/Users?filter=userName%20eq%20%22a%40b.c%22`, `${BASE_PATH}/Users?filter=userName+eq+%22x%22&startIndex=1`],
    );
  });

  test('a query object is encoded with encodeURIComponent and skips undefined values', async (t) => {
    server.reset((_req, res) => replyJson(res, 200, {}));
    const client = server.client(t);

    const res = await client.get('/Groups', { filter: 'displayName eq "Ops & Co"', count: 10, startIndex: undefined });

    const expected = `${BASE_PATH}/Groups?filter=displayName%20eq%20%22Ops%20%26%20Co%22&count=10`;
    assert.equal(server.received[0]?.url, expected);
    assert.equal(res.exchange.url, server.origin + expected);
  });

  test('a request can replace, change the case of, or drop the Authorization header', async (t) => {
    server.reset((_req, res) => replyJson(res, 401, {}));
    const client = server.client(t, { token: TOKEN });

    const other = await client.get('/Users', undefined, { headers: { Authorization: 'Bearer another-tenant-token' } });
    await client.get('/Users', undefined, { headers: { authorization: 'Basic Zm9vOmJhcg==' } });
    await client.get('/Users', undefined, { auth: false });
    await client.get('/Users', undefined, { headers: { Authorization: undefined } });

    assert.deepEqual(
      server.received.map((r) => r.headers.authorization),
      ['Bearer another-tenant-token', 'Basic Zm9vOmJhcg==', undefined, undefined],
    );
    assert.equal(other.exchange.requestHeaders.authorization, 'Bearer [REDACTED]');
  });

  test('default headers are sent and a request header of the same name wins', async (t) => {
    server.reset((_req, res) => replyJson(res, 200, {}));
    const client = server.client(t, { userAgent: 'Okta SCIM Client 1.0.0', defaultHeaders: { 'X-Run': 'a' } });

    await client.get('/Users');
    await client.get('/Users', undefined, { headers: { 'x-run': 'b' } });

    assert.equal(server.received[0]?.headers['user-agent'], 'Okta SCIM Client 1.0.0');
    assert.deepEqual(
      server.received.map((r) => r.headers['x-run']),
      ['a', 'b'],
    );
  });

  test('an absolute Location URL on the same origin reuses the pooled connection', async (t) => {
    server.reset((req, res) => {
      if (req.method === 'POST') replyJson(res, 201, { id: '42' }, { location: `${server.baseUrl}/Users/42` });
      else replyJson(res, 200, { id: '42' });
    });
    // One connection: a second pool would have to open a second socket.
    const client = server.client(t, { connections: 1 });

    const created = await client.post('/Users', { userName: 'grace' });
    const location = created.headers.location ?? '';
    const fetched = await client.get(location);

    assert.equal(fetched.status, 200);
    assert.equal(fetched.exchange.url, location);
    assert.equal(server.received[1]?.url, `${BASE_PATH}/Users/42`);
    assert.equal(server.received[1]?.socket, server.received[0]?.socket, 'both requests used one connection');
  });

  test('an absolute URL on another origin is followed too', async (t) => {
    const elsewhere = await TestServer.start();
    t.after(() => elsewhere.close());
    elsewhere.reset((_req, res) => replyJson(res, 200, { id: 'x' }));
    server.reset((_req, res) => replyJson(res, 500, {}));
    const client = server.client(t);

    const res = await client.get(`${elsewhere.baseUrl}/Users/x`, { attributes: 'userName' });

    assert.deepEqual(res.json(), { id: 'x' });
    assert.equal(elsewhere.received[0]?.url, `${BASE_PATH}/Users/x?attributes=userName`);
    assert.equal(server.received.length, 0);
  });
});

describe('ScimResponse.json', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start();
  });
  after(() => server.close());

  test('parses only when asked, once', async (t) => {
    server.reset((_req, res) => replyJson(res, 200, { totalResults: 0 }));
    const client = server.client(t);
    const parse = t.mock.method(JSON, 'parse');

    const res = await client.get('/Users');
    assert.equal(parse.mock.callCount(), 0, 'the response was parsed before json() was called');
    const first = res.json();
    const second = res.json();

    assert.equal(parse.mock.callCount(), 1);
    assert.equal(first, second);
    assert.deepEqual(first, { totalResults: 0 });
  });

  test('is undefined for an empty body and for a body that is not JSON', async (t) => {
    server.reset((req, res) => {
      if (req.method === 'DELETE') {
        res.writeHead(204).end();
      } else {
        res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>oops</h1>');
      }
    });
    const client = server.client(t);

    const deleted = await client.delete('/Users/1');
    const broken = await client.get('/Users');

    assert.equal(deleted.status, 204);
    assert.equal(deleted.text, '');
    assert.equal(deleted.json(), undefined);
    assert.equal(broken.text, '<h1>oops</h1>');
    assert.equal(broken.contentType, 'text/html');
    assert.equal(broken.json(), undefined);
  });
});

describe('ScimClient options', () => {
  test('a bad setting fails at construction and names the setting', () => {
    assert.throws(() => new ScimClient({ baseUrl: 'ftp://example.com/scim' }), /baseUrl: "ftp:\/\/example\.com\/scim" is not an http or https URL/);
    assert.throws(() => new ScimClient({ baseUrl: 'http://127.0.0.1:1', connections: 0 }), /connections must be a whole number of at least 1, got 0/);
    assert.throws(() => new ScimClient({ baseUrl: 'http://127.0.0.1:1', retry: { maxRetries: -1 } }), /retry\.maxRetries/);
  });

  test('json and body together are refused before anything is sent', async (t) => {
    const client = new ScimClient({ baseUrl: 'http://127.0.0.1:1/scim/v2' });
    t.after(() => client.close());

    await assert.rejects(client.request({ method: 'POST', path: '/Users', json: {}, body: '{}' }), /give either json or body, not both/);
    assert.equal(client.requestCount, 0);
  });
});
