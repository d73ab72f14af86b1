import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Agent, request } from 'undici';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import { newUser } from './support.ts';

/** The same emulator over real HTTP on loopback (node:http), as the Playwright fixtures use it. */
describe('over HTTP on loopback', () => {
  const emulator = new Emulator();
  const account = emulator.account('primary');
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  let server: RunningServer;
  const auth = { authorization: `Bearer ${account.tokens.scim}` };

  before(async () => {
    server = await emulator.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await server.close();
    await agent.close();
  });

  it('listens on an ephemeral loopback port', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(server.port > 0);
  });

  it('creates and reads a user; the Location header names the host used', async () => {
    const created = await request(`${server.url}${account.scimBasePath}/Users`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/scim+json; charset=utf-8' },
      body: JSON.stringify(newUser()),
      dispatcher: agent,
    });
    assert.equal(created.statusCode, 201);
    assert.equal(created.headers['content-type'], 'application/scim+json; charset=utf-8');
    const user = (await created.body.json()) as { id: string };
    assert.equal(created.headers.location, `${server.url}${account.scimBasePath}/Users/${user.id}`);
    const read = await request(`${server.url}${account.scimBasePath}/Users/${user.id}`, { headers: { ...auth, 'content-type': 'application/scim+json' }, dispatcher: agent });
    assert.equal(read.statusCode, 200, 'a GET with a Content-Type and no body is fine (Authentik)');
    assert.equal(((await read.body.json()) as { id: string }).id, user.id);
  });

  it('keeps connections alive between requests', async () => {
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const localPorts = new Set<number>();
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = http.get(`${server.url}${account.scimBasePath}/ServiceProviderConfig`, { agent: keepAlive, headers: auth }, (res) => {
          assert.equal(res.statusCode, 200);
          assert.equal(res.headers.connection, 'keep-alive');
          localPorts.add(req.socket!.localPort!);
          res.resume().on('end', resolve);
        });
        req.on('error', reject);
      });
    }
    keepAlive.destroy();
    assert.equal(localPorts.size, 1, 'one connection served all three requests');
  });

  it('answers 413 to a body over 1 MiB', async () => {
    const reply = await request(`${server.url}${account.scimBasePath}/Users`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/scim+json' },
      body: JSON.stringify({ ...newUser(), padding: 'x'.repeat(2 * 1024 * 1024) }),
      dispatcher: agent,
    });
    assert.equal(reply.statusCode, 413);
    assert.equal(((await reply.body.json()) as { status: string }).status, '413');
  });

  it('the control interface resets state and switches defects, guarded by its token', async () => {
    const control = (path: string, init: { method?: string; body?: string; token?: string } = {}): Promise<Response> =>
      fetch(`${server.url}/__emulator/${path}`, {
        method: init.method ?? 'GET',
        headers: { 'x-emulator-control-token': init.token ?? emulator.controlToken, 'content-type': 'application/json' },
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    assert.equal((await control('accounts', { token: 'wrong-token-wrong-token' })).status, 401);
    assert.equal((await fetch(`${server.url}/__emulator/accounts`)).status, 401);

    const accounts = (await (await control('accounts')).json()) as { accounts: { key: string; id: string; tokens: { scim: string } }[] };
    assert.deepEqual(accounts.accounts.map((a) => a.key), ['primary', 'secondary', 'legacy', 'reference']);
    assert.equal(accounts.accounts[0]?.tokens.scim, account.tokens.scim);

    const defects = (await (await control('defects')).json()) as { catalogue: { name: string }[]; active: string[] };
    assert.ok(defects.catalogue.length >= 19);
    assert.deepEqual(defects.active, []);
    const set = await control('defects', { method: 'PUT', body: JSON.stringify({ active: ['idp/read-user'] }) });
    assert.equal(set.status, 200);
    assert.deepEqual(emulator.defects.active(), ['idp/read-user']);
    const unknown = await control('defects', { method: 'PUT', body: JSON.stringify({ active: ['nope'] }) });
    assert.equal(unknown.status, 400);
    assert.match(((await unknown.json()) as { error: string }).error, /known defects/);
    await control('defects', { method: 'PUT', body: JSON.stringify({ active: [] }) });

    const audit = (await (await control('audit/primary')).json()) as { entries: { action: string }[] };
    assert.ok(audit.entries.some((e) => e.action === 'Create SCIM User'));
    assert.equal((await control('audit/nobody')).status, 404);
    assert.equal((await control('reset', { method: 'POST' })).status, 204);
    assert.deepEqual(emulator.audit('primary'), []);

    assert.equal((await control('faults', { method: 'PUT', body: JSON.stringify({ rate: 7 }) })).status, 400);
    assert.equal((await control('faults', { method: 'PUT', body: JSON.stringify({ rate: 1, kinds: ['503'] }) })).status, 200);
    assert.equal((await fetch(`${server.url}${account.scimBasePath}/Users`, { headers: auth })).status, 503);
    assert.equal((await control('faults', { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${server.url}${account.scimBasePath}/Users`, { headers: auth })).status, 200);
  });

  it('transport faults: a reset drops the connection, a truncated body fails mid-read', async () => {
    emulator.faults.set({ rate: 1, kinds: ['reset'] });
    await assert.rejects(fetch(`${server.url}${account.scimBasePath}/Users`, { headers: auth }));
    emulator.faults.set({ rate: 1, kinds: ['truncate'] });
    const reply = await fetch(`${server.url}${account.scimBasePath}/Users`, { headers: auth });
    assert.equal(reply.status, 200);
    await assert.rejects(reply.text());
    emulator.faults.clear();
  });

  it('close() returns promptly with idle keep-alive connections open', async () => {
    const other = await new Emulator().listen();
    const keep = new Agent({ keepAliveTimeout: 60_000 });
    const reply = await request(`${other.url}/nowhere`, { dispatcher: keep });
    await reply.body.text();
    const started = performance.now();
    await other.close();
    assert.ok(performance.now() - started < 1000);
    await keep.close();
  });
});
