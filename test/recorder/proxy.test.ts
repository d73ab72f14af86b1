import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startRecordingProxy } from '../../emulator/recorder/proxy.ts';
import type { RecordedExchange } from '../../emulator/recorder/recorded-exchange.ts';
import { scimBasePaths } from '../../emulator/recorder/scim-bases.ts';
import { Emulator } from '../../emulator/index.ts';

describe('the recording proxy in front of the emulator', () => {
  it('forwards untouched and records SCIM requests as sent, without credentials', async () => {
    const emulator = new Emulator();
    const server = await emulator.listen();
    const recorded: RecordedExchange[] = [];
    const proxy = await startRecordingProxy({ upstream: server.url, scimBases: scimBasePaths(emulator), onExchange: (e) => recorded.push(e) });
    try {
      const account = emulator.account('primary');
      const auth = { authorization: `Bearer ${account.tokens.scim}`, cookie: 'session=abc', 'x-idp-trace': 'one' };
      const body = JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'rec@example.com', emails: [{ value: 'rec@example.com', primary: true, type: 'work' }], active: true });
      const created = await fetch(`${proxy.url}${account.scimBasePath}/Users`, { method: 'POST', headers: { ...auth, 'content-type': 'application/scim+json' }, body });
      assert.equal(created.status, 201);
      assert.ok(created.headers.get('location')?.startsWith(`${proxy.url}${account.scimBasePath}/Users/`), 'Location names the proxy: Host travels on');
      const query = 'filter=userName+eq+%22rec%40example.com%22&count=5';
      assert.equal((await fetch(`${proxy.url}${account.scimBasePath}/Users?${query}`, { headers: auth })).status, 200);
      const access = emulator.access('primary');
      assert.equal((await fetch(`${proxy.url}${access.cdnCgiScimBasePath}/Groups`, { headers: { authorization: `Bearer ${access.scimSecret}` } })).status, 200);
      assert.equal((await fetch(`${proxy.url}${account.apiBasePath}/members`, { headers: { authorization: `Bearer ${account.tokens.api}` } })).status, 200);

      assert.deepEqual(recorded.map((e) => [e.method, e.path, e.query, e.status]), [
        ['POST', '/Users', '', 201],
        ['GET', '/Users', query, 200],
        ['GET', '/Groups', '', 200],
      ]);
      assert.equal(recorded[0]?.body, body);
      const names = recorded[0]!.headers.map(([name]) => name);
      assert.ok(names.includes('x-idp-trace') && names.includes('content-type'));
      assert.ok(!names.some((n) => ['authorization', 'cookie', 'host', 'content-length', 'connection'].includes(n)), names.join(', '));
    } finally {
      await proxy.close();
      await server.close();
    }
  });
});
