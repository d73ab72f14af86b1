import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { ROLES, SUPER_ADMINISTRATOR_ROLE_ID } from '../../emulator/roles.ts';
import { createUser, scim, v4, type MemberBody, type V4Body } from './support.ts';

const emulator = new Emulator();
beforeEach(() => emulator.reset());

describe('v4 members and roles (the observer)', () => {
  it('lists members in the v4 envelope with result_info, the owner holding Super Administrator', async () => {
    const reply = await v4(emulator).get<V4Body<MemberBody[]>>('/members');
    assert.equal(reply.status, 200);
    assert.equal(reply.body.success, true);
    assert.deepEqual(reply.body.errors, []);
    assert.deepEqual(reply.body.result_info, { page: 1, per_page: 20, count: 1, total_count: 1, total_pages: 1 });
    const [owner] = reply.body.result;
    const info = emulator.account('primary').owner;
    assert.equal(owner?.id, info.memberId);
    assert.equal(owner?.status, 'accepted');
    assert.equal(owner?.user.id, info.id);
    assert.equal(owner?.user.email, info.userName);
    assert.deepEqual(owner?.roles.map((r) => r.id), [SUPER_ADMINISTRATOR_ROLE_ID]);
  });

  it('pages with page and per_page (max 50)', async () => {
    const state = emulator.state('primary');
    for (let i = 0; i < 60; i++) state.provisionUser({ userName: `m${i}@example.com`, givenName: 'M', familyName: String(i) });
    const second = await v4(emulator).get<V4Body<MemberBody[]>>('/members?page=2&per_page=25');
    assert.equal(second.body.result.length, 25);
    assert.equal(second.body.result[0]?.user.email, 'm24@example.com');
    assert.deepEqual(second.body.result_info, { page: 2, per_page: 25, count: 25, total_count: 61, total_pages: 3 });
    const capped = await v4(emulator).get<V4Body<MemberBody[]>>('/members?per_page=500');
    assert.equal(capped.body.result_info?.per_page, 50);
  });

  it('reads one member and updates its roles', async () => {
    const user = await createUser(scim(emulator));
    const list = await v4(emulator).get<V4Body<MemberBody[]>>('/members');
    const memberId = list.body.result.find((m) => m.user.id === user.id)!.id;
    const one = await v4(emulator).get<V4Body<MemberBody>>(`/members/${memberId}`);
    assert.equal(one.body.result.user.first_name, 'Ada');
    const updated = await v4(emulator).put<V4Body<MemberBody>>(`/members/${memberId}`, { roles: [{ id: SUPER_ADMINISTRATOR_ROLE_ID }] });
    assert.equal(updated.status, 200, updated.text);
    assert.deepEqual(updated.body.result.roles.map((r) => r.id), [SUPER_ADMINISTRATOR_ROLE_ID]);
    const bad = await v4(emulator).put<V4Body<null>>(`/members/${memberId}`, { roles: ['nope'] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.success, false);
    assert.equal((await v4(emulator).get(`/members/${'f'.repeat(32)}`)).status, 404);
  });

  it('lists the role catalogue', async () => {
    const reply = await v4(emulator).get<V4Body<{ id: string; name: string; permissions: object }[]>>('/roles');
    assert.equal(reply.body.result.length, ROLES.length);
    assert.ok(reply.body.result.some((r) => r.id === SUPER_ADMINISTRATOR_ROLE_ID && r.name === 'Super Administrator - All Privileges'));
  });

  it('the read-only SCIM token cannot use the v4 API; unknown routes answer 7003', async () => {
    assert.equal((await v4(emulator, 'primary', 'readOnly').get('/members')).status, 403);
    const none = await v4(emulator).get<V4Body<null>>('/zones');
    assert.equal(none.status, 404);
    assert.deepEqual(none.body.errors, [{ code: 7003, message: 'No route for the URI' }]);
    const nowhere = await emulator.fetch(new Request('http://x/somewhere/else'));
    assert.equal(nowhere.status, 404);
  });
});

describe('role catalogue', () => {
  it('has the real Super Administrator id, unique ids, and both scopes', () => {
    assert.equal(new Set(ROLES.map((r) => r.id)).size, ROLES.length);
    assert.ok(ROLES.every((r) => /^[0-9a-f]{32}$/.test(r.id)));
    assert.ok(ROLES.filter((r) => r.scope === 'account').length >= 24);
    assert.ok(ROLES.some((r) => r.scope === 'domain'));
    for (const name of ['Minimal Account Access', 'Administrator', 'Administrator Read Only']) assert.ok(ROLES.some((r) => r.name === name), name);
  });
});
