import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { filterQuery, GROUP_URN, patchOp, scim, USER_URN, type ErrorBody, type GroupBody, type ListBody, type UserBody } from './support.ts';

/** The `reference` account: a plain RFC 7643/7644 server, its filters, PATCH, projection and sort from emulator/rfc. */
const emulator = new Emulator();
const client = scim(emulator, 'reference');
beforeEach(() => emulator.reset());

async function create(userName: string, extra: Record<string, unknown> = {}): Promise<UserBody> {
  const reply = await client.post<UserBody>('/Users', { schemas: [USER_URN], userName, ...extra });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

describe('generic preset: users', () => {
  it('stores the resource as written, with full meta, a weak ETag and no password', async () => {
    const reply = await client.post<UserBody>('/Users', {
      schemas: [USER_URN],
      userName: 'plain-name',
      password: 'secret',
      title: 'Engineer',
      emails: [{ value: 'x@example.com', type: 'home' }],
    });
    assert.equal(reply.status, 201, reply.text);
    const user = reply.body as UserBody & { title?: string };
    assert.equal(user.title, 'Engineer');
    assert.equal(user.password, undefined);
    assert.deepEqual(user.emails, [{ value: 'x@example.com', type: 'home' }], 'userName need not be an email');
    assert.equal(user.meta?.resourceType, 'User');
    assert.equal(user.meta?.version, 'W/"1"');
    assert.equal(user.meta?.location, reply.headers.get('location'));
    assert.equal(reply.headers.get('etag'), 'W/"1"');
    assert.ok(user.meta?.created && user.meta.lastModified);
  });

  it('a duplicate userName answers 409 uniqueness', async () => {
    await create('dup');
    const reply = await client.post<ErrorBody>('/Users', { schemas: [USER_URN], userName: 'DUP' });
    assert.equal(reply.status, 409);
    assert.equal(reply.body.scimType, 'uniqueness');
  });

  it('PATCH follows RFC 7644 (add works) and deactivation keeps the user, inactive', async () => {
    const user = await create('patchme');
    const reply = await client.patch<UserBody>(`/Users/${user.id}`, patchOp({ op: 'add', path: 'displayName', value: 'Patched' }, { op: 'replace', path: 'active', value: false }));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.displayName, 'Patched');
    assert.equal(reply.body.active, false);
    const read = await client.get<UserBody>(`/Users/${user.id}`);
    assert.equal(read.status, 200, 'an inactive user stays readable');
    assert.equal(read.body.active, false);
  });

  it('honours If-Match: a stale version answers 412', async () => {
    const user = await create('etag');
    const stale = await client.request('PATCH', `/Users/${user.id}`, JSON.stringify(patchOp({ op: 'replace', path: 'displayName', value: 'x' })), {
      'content-type': 'application/scim+json',
      'if-match': 'W/"99"',
    });
    assert.equal(stale.status, 412);
  });

  it('DELETE removes the user: 204, then 404', async () => {
    const user = await create('gone');
    assert.equal((await client.delete(`/Users/${user.id}`)).status, 204);
    assert.equal((await client.get(`/Users/${user.id}`)).status, 404);
    const again = await create('gone');
    assert.notEqual(again.id, user.id, 'ids are never reused');
  });

  it('filters with the full grammar, sorts and projects', async () => {
    await create('carol', { name: { familyName: 'Zeta' } });
    await create('alice', { name: { familyName: 'Alpha' } });
    await create('bob', { name: { familyName: 'Alpha' } });
    const filtered = await client.get<ListBody<UserBody>>(`/Users?${filterQuery('name.familyName eq "Alpha" and userName sw "a"')}`);
    assert.equal(filtered.status, 200, filtered.text);
    assert.deepEqual(filtered.body.Resources.map((u) => u.userName), ['alice']);
    const sorted = await client.get<ListBody<UserBody>>('/Users?sortBy=userName&sortOrder=descending&count=3');
    assert.deepEqual(sorted.body.Resources.map((u) => u.userName), ['owner@reference.example.com', 'carol', 'bob']);
    const projected = await client.get<ListBody<UserBody>>(`/Users?${filterQuery('userName eq "bob"')}&attributes=userName`);
    assert.deepEqual(Object.keys(projected.body.Resources[0]!).sort(), ['id', 'schemas', 'userName']);
    const invalid = await client.get<ErrorBody>(`/Users?${filterQuery('userName zz "x"')}`);
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.scimType, 'invalidFilter');
  });
});

describe('generic preset: groups', () => {
  it('plain groups: any name, members with $ref everywhere, RFC PATCH, user groups as references', async () => {
    const user = await create('member');
    const created = await client.post<GroupBody>('/Groups', { schemas: [GROUP_URN], displayName: 'CF-Allowed-Here', members: [{ value: user.id }] });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.members?.[0]?.$ref, `http://emulator.test${emulator.account('reference').scimBasePath}/Users/${user.id}`);
    const list = await client.get<ListBody<GroupBody>>('/Groups');
    assert.equal(list.body.totalResults, 1, 'no system groups');
    assert.equal(list.body.Resources[0]?.members?.length, 1, 'list items carry members');
    const read = await client.get<UserBody>(`/Users/${user.id}`);
    assert.deepEqual(read.body.groups, [{ value: created.body.id, $ref: `http://emulator.test${emulator.account('reference').scimBasePath}/Groups/${created.body.id}`, display: 'CF-Allowed-Here' }]);
    const removed = await client.patch<GroupBody>(`/Groups/${created.body.id}`, patchOp({ op: 'remove', path: `members[value eq "${user.id}"]` }));
    assert.equal(removed.status, 200, removed.text);
    assert.deepEqual(removed.body.members ?? [], []);
  });
});
