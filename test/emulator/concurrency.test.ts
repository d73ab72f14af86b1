import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Pool } from 'undici';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import { GROUP_URN, newUser, PATCH_URN } from './support.ts';

/**
 * Concurrent writers over real HTTP: 100 membership PATCHes to one group, all on the wire together,
 * and then 50 concurrent removes. Every acknowledged change must be in the group afterwards.
 */
const WRITERS = 100;

describe('concurrent membership PATCHes to one group', () => {
  const emulator = new Emulator();
  const account = emulator.account('primary');
  let server: RunningServer;
  let pool: Pool;
  const headers = { authorization: `Bearer ${account.tokens.scim}`, 'content-type': 'application/scim+json' };

  async function call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const reply = await pool.request({ method, path: `${account.scimBasePath}${path}`, headers, body: body === undefined ? null : JSON.stringify(body) });
    return { status: reply.statusCode, body: (await reply.body.json()) as T };
  }

  before(async () => {
    server = await emulator.listen({ port: 0, host: '127.0.0.1' });
    pool = new Pool(server.url, { connections: WRITERS });
  });
  after(async () => {
    await pool.close();
    await server.close();
  });

  it(`${WRITERS} adds and ${WRITERS / 2} removes lose nothing`, async () => {
    const users = await Promise.all(Array.from({ length: WRITERS }, async () => (await call<{ id: string }>('POST', '/Users', newUser())).body.id));
    const group = (await call<{ id: string }>('POST', '/Groups', { schemas: [GROUP_URN], displayName: 'Concurrent Writers', members: [] })).body.id;
    const patch = (op: 'add' | 'remove', id: string) => call('PATCH', `/Groups/${group}`, { schemas: [PATCH_URN], Operations: [{ op, path: op === 'add' ? 'members' : `members[value eq "${id}"]`, value: op === 'add' ? [{ value: id }] : undefined }] });

    const added = await Promise.all(users.map((id) => patch('add', id)));
    assert.deepEqual([...new Set(added.map((r) => r.status))], [200]);
    const full = await call<{ members: Array<{ value: string }> }>('GET', `/Groups/${group}`);
    assert.deepEqual(full.body.members.map((m) => m.value).sort(), [...users].sort());

    const leaving = users.slice(0, WRITERS / 2);
    const removed = await Promise.all(leaving.map((id) => patch('remove', id)));
    assert.deepEqual([...new Set(removed.map((r) => r.status))], [200]);
    const half = await call<{ members: Array<{ value: string }> }>('GET', `/Groups/${group}`);
    assert.deepEqual(half.body.members.map((m) => m.value).sort(), users.slice(WRITERS / 2).sort());
  });
});
