import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { ACCOUNT_ROLES, MINIMAL_ACCOUNT_ACCESS_ROLE_ID, ROLES, SUPER_ADMINISTRATOR_ROLE_ID } from '../../emulator/roles.ts';
import {
  createGroup,
  createUser,
  filterQuery,
  GROUP_URN,
  patchOp,
  scim,
  v4,
  type ErrorBody,
  type GroupBody,
  type ListBody,
  type MemberBody,
  type Reply,
  type UserBody,
  type V4Body,
} from './support.ts';

const emulator = new Emulator();
const client = scim(emulator);
const accountId = emulator.account('primary').id;
const adminRole = ACCOUNT_ROLES.find((r) => r.name === 'Administrator')!;
const adminGroupId = `cloudflare-v1-${adminRole.id}`;
beforeEach(() => emulator.reset());

async function rolesOf(userId: string): Promise<string[]> {
  const list = await v4(emulator).get<V4Body<MemberBody[]>>('/members?per_page=50');
  const member = list.body.result.find((m) => m.user.id === userId);
  assert.ok(member, `user ${userId} is a member`);
  return member.roles.map((r) => r.id);
}

async function memberIds(groupId: string): Promise<string[]> {
  const reply = await client.get<GroupBody>(`/Groups/${groupId}`);
  assert.equal(reply.status, 200, reply.text);
  return (reply.body.members ?? []).map((m) => m.value);
}

describe('GET /Groups (user-groups model)', () => {
  it('lists one system group per account-scoped role first, then custom groups, without members', async () => {
    const user = await createUser(client);
    const custom = await createGroup(client, 'Engineering', [user.id]);
    const reply = await client.get<ListBody<GroupBody>>('/Groups?count=100');
    assert.equal(reply.body.totalResults, ACCOUNT_ROLES.length + 1);
    const [first] = reply.body.Resources;
    assert.equal(first?.id, `cloudflare-v1-${SUPER_ADMINISTRATOR_ROLE_ID}`);
    assert.equal(first?.displayName, `CF-${accountId} - Super Administrator - All Privileges`);
    assert.equal(reply.body.Resources.at(-1)?.id, custom.id);
    assert.ok(reply.body.Resources.every((g) => g.members === undefined), 'list items never carry members');
  });

  it('pages across system and custom groups', async () => {
    const a = await createGroup(client, 'Alpha');
    const b = await createGroup(client, 'Beta');
    const reply = await client.get<ListBody<GroupBody>>(`/Groups?startIndex=${ACCOUNT_ROLES.length}&count=2`);
    assert.deepEqual(reply.body.Resources.map((g) => g.id), [`cloudflare-v1-${ACCOUNT_ROLES.at(-1)!.id}`, a.id]);
    const tail = await client.get<ListBody<GroupBody>>(`/Groups?startIndex=${ACCOUNT_ROLES.length + 2}&count=5`);
    assert.deepEqual(tail.body.Resources.map((g) => g.id), [b.id]);
  });

  it('filters on displayName eq, case-insensitively, for system and custom groups', async () => {
    const custom = await createGroup(client, 'Engineering');
    const found = await client.get<ListBody<GroupBody>>(`/Groups?${filterQuery('displayName eq "ENGINEERING"')}&excludedAttributes=members`);
    assert.deepEqual(found.body.Resources.map((g) => g.id), [custom.id]);
    const system = await client.get<ListBody<GroupBody>>(`/Groups?${filterQuery(`displayname eq "cf-${accountId} - administrator"`)}`);
    assert.deepEqual(system.body.Resources.map((g) => g.id), [adminGroupId]);
    const other = await client.get<ErrorBody>(`/Groups?${filterQuery('externalId eq "x"')}`);
    assert.equal(other.status, 400);
    assert.equal(other.body.scimType, 'invalidFilter');
  });

  it('a custom group always has members (at least []); a system group has none', async () => {
    const empty = await createGroup(client, 'Empty');
    assert.deepEqual((await client.get<GroupBody>(`/Groups/${empty.id}`)).body.members, []);
    const system = await client.get<GroupBody>(`/Groups/${adminGroupId}`);
    assert.equal(system.status, 200);
    assert.equal(system.body.members, undefined);
    assert.equal((await client.get('/Groups/nope')).status, 404);
  });
});

describe('POST /Groups', () => {
  it('creates a custom group with members and externalId (201, Location, members with display)', async () => {
    const user = await createUser(client);
    const reply = await client.post<GroupBody>('/Groups', {
      schemas: [GROUP_URN, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
      displayName: 'Cloudflare-Admins',
      externalId: 'okta-123',
      members: [{ value: user.id, display: user.userName, $ref: null }],
      meta: { resourceType: 'Group' },
    });
    assert.equal(reply.status, 201, reply.text);
    assert.match(reply.body.id, /^[0-9a-f]{32}$/);
    assert.ok(reply.headers.get('location')?.endsWith(`/Groups/${reply.body.id}`));
    assert.deepEqual(reply.body.members, [{ value: user.id, display: user.userName }]);
    assert.equal(reply.body.externalId, 'okta-123');
    assert.deepEqual(reply.body.meta, { resourceType: 'Group' });
    const read = await client.get<UserBody>(`/Users/${user.id}`);
    assert.ok(read.body.groups?.includes(reply.body.id), 'the user lists the group id as a plain string');
    assert.equal(emulator.audit('primary').at(-1)?.action, 'Create SCIM Group');
  });

  for (const name of ['CF-Admins', 'CFO office']) {
    it(`refuses the reserved CF prefix: "${name}" answers 400 invalidValue`, async () => {
      const reply = await client.post<ErrorBody>('/Groups', { schemas: [GROUP_URN], displayName: name });
      assert.equal(reply.status, 400, reply.text);
      assert.equal(reply.body.scimType, 'invalidValue');
    });
  }

  it('answers a POST of a system group\'s own name with 409 uniqueness, so an IdP can look it up and link it', async () => {
    const reply = await client.post<ErrorBody>('/Groups', { schemas: [GROUP_URN], displayName: `CF-${accountId} - Administrator` });
    assert.equal(reply.status, 409, reply.text);
    assert.equal(reply.body.scimType, 'uniqueness');
  });

  it('refuses an empty displayName, a duplicate name (409) and a non-member', async () => {
    assert.equal((await client.post('/Groups', { schemas: [GROUP_URN], displayName: '  ' })).status, 400);
    await createGroup(client, 'Team');
    const duplicate = await client.post<ErrorBody>('/Groups', { schemas: [GROUP_URN], displayName: 'team' });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.scimType, 'uniqueness');
    const stranger = await client.post<ErrorBody>('/Groups', { schemas: [GROUP_URN], displayName: 'Other', members: [{ value: 'not-a-member' }] });
    assert.equal(stranger.status, 400);
    assert.equal(stranger.body.scimType, 'invalidValue');
  });
});

describe('PATCH /Groups/{id} (custom groups)', () => {
  it('adds members (Entra "Add" with $ref null), idempotently, and removes exactly a value array', async () => {
    const [a, b, c] = [await createUser(client), await createUser(client), await createUser(client)];
    const group = await createGroup(client, 'Team', [a.id]);
    const add = await client.patch(`/Groups/${group.id}`, patchOp({ op: 'Add', path: 'members', value: [{ $ref: null, value: b.id }, { value: c.id }] }));
    assert.equal(add.status, 200, add.text);
    const again = await client.patch(`/Groups/${group.id}`, patchOp({ op: 'add', path: 'members', value: [{ value: b.id }] }));
    assert.equal(again.status, 200, 're-adding a member is idempotent');
    assert.deepEqual(await memberIds(group.id), [a.id, b.id, c.id]);
    const remove = await client.patch(`/Groups/${group.id}`, patchOp({ op: 'Remove', path: 'members', value: [{ value: b.id }] }));
    assert.equal(remove.status, 200);
    assert.deepEqual(await memberIds(group.id), [a.id, c.id], 'the other members survive');
  });

  it('removes by filter path, and removes all with a bare members path', async () => {
    const [a, b] = [await createUser(client), await createUser(client)];
    const group = await createGroup(client, 'Team', [a.id, b.id]);
    await client.patch(`/Groups/${group.id}`, patchOp({ op: 'remove', path: `members[value eq "${a.id}"]` }));
    assert.deepEqual(await memberIds(group.id), [b.id]);
    await client.patch(`/Groups/${group.id}`, patchOp({ op: 'remove', path: 'members' }));
    assert.deepEqual(await memberIds(group.id), []);
  });

  it('replaces members, displayName and externalId; a path-less replace ignores id and schemas (Authentik)', async () => {
    const [a, b] = [await createUser(client), await createUser(client)];
    const group = await createGroup(client, 'Team', [a.id]);
    const reply = await client.patch<GroupBody>(`/Groups/${group.id}`, {
      Operations: [{ op: 'replace', value: { id: group.id, schemas: [GROUP_URN], displayName: 'Renamed', externalId: 'ext', members: [{ value: b.id }] } }],
    });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.displayName, 'Renamed');
    assert.equal(reply.body.externalId, 'ext');
    assert.deepEqual(reply.body.members?.map((m) => m.value), [b.id]);
    const noOp = await client.patch(`/Groups/${group.id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Renamed' }));
    assert.equal(noOp.status, 200, 'a repeated rename to the same name is fine (Okta)');
    const cf = await client.patch<ErrorBody>(`/Groups/${group.id}`, patchOp({ op: 'replace', path: 'displayName', value: 'CF-Team' }));
    assert.equal(cf.status, 400);
  });

  it('a refused PATCH changes nothing (atomic)', async () => {
    const a = await createUser(client);
    const group = await createGroup(client, 'Team');
    const reply = await client.patch(`/Groups/${group.id}`, patchOp({ op: 'add', path: 'members', value: [{ value: a.id }] }, { op: 'add', path: 'members', value: [{ value: 'stranger' }] }));
    assert.equal(reply.status, 400);
    assert.deepEqual(await memberIds(group.id), []);
  });

  it('with duplicateMemberAdd conflict, re-adding answers 409 uniqueness', async () => {
    const strict = new Emulator({ accounts: [{ key: 'primary', preset: 'cloudflare-account', knobs: { duplicateMemberAdd: 'conflict' } }] });
    const c = scim(strict);
    const user = await createUser(c);
    const group = await createGroup(c, 'Team', [user.id]);
    const reply = await c.patch<ErrorBody>(`/Groups/${group.id}`, patchOp({ op: 'add', path: 'members', value: [{ value: user.id }] }));
    assert.equal(reply.status, 409);
    assert.equal(reply.body.scimType, 'uniqueness');
  });

  it('group membership never changes account membership; deleting the group keeps its members', async () => {
    const user = await createUser(client);
    const group = await createGroup(client, 'Team', [user.id]);
    await client.patch(`/Groups/${group.id}`, patchOp({ op: 'remove', path: 'members' }));
    assert.equal((await client.get(`/Users/${user.id}`)).status, 200);
    await client.patch(`/Groups/${group.id}`, patchOp({ op: 'add', path: 'members', value: [{ value: user.id }] }));
    assert.equal((await client.delete(`/Groups/${group.id}`)).status, 204);
    assert.equal((await client.get(`/Groups/${group.id}`)).status, 404);
    const read = await client.get<UserBody>(`/Users/${user.id}`);
    assert.equal(read.status, 200);
    assert.ok(!read.body.groups?.includes(group.id));
  });

  it('a deprovisioned user leaves every group', async () => {
    const user = await createUser(client);
    const group = await createGroup(client, 'Team', [user.id]);
    await client.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
    assert.deepEqual(await memberIds(group.id), []);
  });
});

describe('PUT /Groups/{id}', () => {
  it('replaces displayName, externalId and members in one request', async () => {
    const [a, b] = [await createUser(client), await createUser(client)];
    const group = await createGroup(client, 'Team', [a.id]);
    const reply = await client.put<GroupBody>(`/Groups/${group.id}`, { schemas: [GROUP_URN], displayName: 'Team 2', members: [{ value: b.id }] });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.displayName, 'Team 2');
    assert.equal(reply.body.externalId, undefined);
    assert.deepEqual(reply.body.members?.map((m) => m.value), [b.id]);
  });

  it('answers 405 when the preset predates group PUT', async () => {
    const old = new Emulator({ accounts: [{ key: 'primary', preset: 'cloudflare-account', knobs: { groupPut: false } }] });
    const group = await createGroup(scim(old), 'Team');
    assert.equal((await scim(old).put(`/Groups/${group.id}`, { schemas: [GROUP_URN], displayName: 'Team' })).status, 405);
  });
});

describe('system groups', () => {
  it('adding a member grants the role, removing revokes it, Minimal Account Access stays (L3, L4, L5)', async () => {
    const user = await createUser(client);
    assert.deepEqual(await rolesOf(user.id), [MINIMAL_ACCOUNT_ACCESS_ROLE_ID]);
    const add = await client.patch(`/Groups/${adminGroupId}`, patchOp({ op: 'add', path: 'members', value: [{ value: user.id }] }));
    assert.equal(add.status, 200, add.text);
    assert.deepEqual(await rolesOf(user.id), [MINIMAL_ACCOUNT_ACCESS_ROLE_ID, adminRole.id]);
    const read = await client.get<UserBody>(`/Users/${user.id}`);
    assert.ok(read.body.groups?.includes(adminGroupId));
    await client.patch(`/Groups/${adminGroupId}`, patchOp({ op: 'remove', path: `members[value eq "${user.id}"]` }));
    assert.deepEqual(await rolesOf(user.id), [MINIMAL_ACCOUNT_ACCESS_ROLE_ID]);
    await client.patch(`/Groups/cloudflare-v1-${MINIMAL_ACCOUNT_ACCESS_ROLE_ID}`, patchOp({ op: 'remove', path: 'members', value: [{ value: user.id }] }));
    assert.deepEqual(await rolesOf(user.id), [MINIMAL_ACCOUNT_ACCESS_ROLE_ID], 'Minimal Account Access is not removed by group changes');
  });

  it('refuses rename, externalId and delete with 400 mutability', async () => {
    for (const op of [{ op: 'replace', path: 'displayName', value: 'Admins' }, { op: 'replace', path: 'externalId', value: 'x' }]) {
      const reply = await client.patch<ErrorBody>(`/Groups/${adminGroupId}`, patchOp(op));
      assert.equal(reply.status, 400, reply.text);
      assert.equal(reply.body.scimType, 'mutability');
    }
    const del = await client.delete<ErrorBody>(`/Groups/${adminGroupId}`);
    assert.equal(del.status, 400);
    assert.equal(del.body.scimType, 'mutability');
  });

  it('removing the owner from Super Administrator is allowed, and the v4 PUT recovers it', async () => {
    const owner = emulator.account('primary').owner;
    const superGroup = `cloudflare-v1-${SUPER_ADMINISTRATOR_ROLE_ID}`;
    const reply = await client.patch(`/Groups/${superGroup}`, patchOp({ op: 'remove', path: 'members', value: [{ value: owner.id }] }));
    assert.equal(reply.status, 200, 'the guard covers deprovisioning, not group changes (CLOUDFLARE.md A5.4)');
    assert.deepEqual(await rolesOf(owner.id), []);
    const recovery = await v4(emulator, 'primary', 'scim').put<V4Body<MemberBody>>(`/members/${owner.memberId}`, { roles: [SUPER_ADMINISTRATOR_ROLE_ID] });
    assert.equal(recovery.status, 200, recovery.text);
    assert.deepEqual(await rolesOf(owner.id), [SUPER_ADMINISTRATOR_ROLE_ID]);
  });

  it('PUT on a system group changes members only', async () => {
    const user = await createUser(client);
    const displayName = `CF-${accountId} - Administrator`;
    const ok = await client.put(`/Groups/${adminGroupId}`, { schemas: [GROUP_URN], displayName, members: [{ value: user.id }] });
    assert.equal(ok.status, 200, ok.text);
    assert.ok((await rolesOf(user.id)).includes(adminRole.id));
    const rename = await client.put(`/Groups/${adminGroupId}`, { schemas: [GROUP_URN], displayName: 'Admins' });
    assert.equal(rename.status, 400);
  });
});

/** The legacy virtual groups (CLOUDFLARE.md A6): only `CF-<accountId> - <Role Name>` binds. */
describe('legacy virtual groups', () => {
  const client = scim(emulator, 'legacy');
  const legacyId = emulator.account('legacy').id;
  const domainRole = ROLES.find((r) => r.scope === 'domain')!;
  const post = (displayName: string, members: string[] = []): Promise<Reply<GroupBody & ErrorBody>> =>
    client.post('/Groups', { schemas: [GROUP_URN], displayName, members: members.map((value) => ({ value })) });

  it('lists the virtual groups like the current model lists system groups', async () => {
    const reply = await client.get<ListBody<GroupBody>>('/Groups?count=100');
    assert.equal(reply.body.totalResults, ACCOUNT_ROLES.length);
    assert.ok(reply.body.Resources.some((g) => g.displayName === `CF-${legacyId} - Administrator`));
  });

  for (const [title, name] of [
    ['the spaced form', `CF-${legacyId} - ${adminRole.name}`],
    ['the form without spaces', `CF-${legacyId}-${adminRole.name}`],
  ] as const) {
    it(`binds ${title} to the role's group (201) and grants the role to the members`, async () => {
      const user = await createUser(client);
      const reply = await post(name, [user.id]);
      assert.equal(reply.status, 201, reply.text);
      assert.equal(reply.body.id, `cloudflare-v1-${adminRole.id}`);
      const members = await v4(emulator, 'legacy').get<V4Body<MemberBody[]>>('/members');
      const member = members.body.result.find((m) => m.user.id === user.id);
      assert.ok(member?.roles.some((r) => r.id === adminRole.id), 'the member holds the role');
    });
  }

  for (const [title, name] of [
    ['a custom name', 'Engineering'],
    ['the wrong case', `CF-${legacyId} - administrator`],
    ['another account id', `CF-${accountId} - ${adminRole.name}`],
    ['an unknown role', `CF-${legacyId} - Chief Executive`],
    ['a domain-scoped role', `CF-${legacyId} - ${domainRole.name}`],
    ['extra spaces', `CF-${legacyId}  -  ${adminRole.name}`],
  ] as const) {
    it(`refuses ${title} with 400 invalidValue naming the pattern`, async () => {
      const reply = await post(name);
      assert.equal(reply.status, 400, reply.text);
      assert.equal(reply.body.scimType, 'invalidValue');
      assert.ok(reply.body.detail?.includes(`CF-${legacyId} - <Role Name>`), reply.body.detail);
    });
  }

  it('virtual groups cannot be renamed or deleted', async () => {
    const id = `cloudflare-v1-${adminRole.id}`;
    assert.equal((await client.delete(`/Groups/${id}`)).status, 400);
    assert.equal((await client.patch(`/Groups/${id}`, { Operations: [{ op: 'replace', path: 'displayName', value: 'x' }] })).status, 400);
  });
});
