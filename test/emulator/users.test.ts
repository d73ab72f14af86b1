import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { MINIMAL_ACCOUNT_ACCESS_ROLE_ID, SUPER_ADMINISTRATOR_ROLE_ID } from '../../emulator/roles.ts';
import {
  createUser,
  filterQuery,
  newUser,
  patchOp,
  scim,
  USER_URN,
  v4,
  type ErrorBody,
  type ListBody,
  type MemberBody,
  type UserBody,
  type V4Body,
} from './support.ts';

const emulator = new Emulator();
const client = scim(emulator);
beforeEach(() => emulator.reset());

async function members(): Promise<MemberBody[]> {
  return (await v4(emulator).get<V4Body<MemberBody[]>>('/members?per_page=50')).body.result;
}

describe('POST /Users (cloudflare-account)', () => {
  it('creates an account member with Minimal Account Access and answers 201 with Location', async () => {
    const body = newUser();
    const reply = await client.post<UserBody>('/Users', body);
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.headers.get('content-type'), 'application/scim+json; charset=utf-8');
    const user = reply.body;
    assert.match(user.id, /^[0-9a-f]{32}$/);
    assert.equal(reply.headers.get('location'), `http://emulator.test${emulator.account('primary').scimBasePath}/Users/${user.id}`);
    assert.deepEqual(user.meta, { resourceType: 'User' }, 'Cloudflare meta has the resource type only');
    assert.deepEqual(user.emails, [{ value: body.userName, type: 'work', primary: true }]);
    assert.equal(user.active, true);
    const member = (await members()).find((m) => m.user.id === user.id);
    assert.ok(member, 'the user is an account member');
    assert.deepEqual(member.roles.map((r) => r.id), [MINIMAL_ACCOUNT_ACCESS_ROLE_ID]);
    assert.deepEqual(emulator.audit('primary').map((e) => e.action), ['Create SCIM User']);
  });

  it('tolerates every IdP quirk and never returns password', async () => {
    const userName = 'quirky@example.com';
    const reply = await client.post<UserBody>('/Users', {
      schemas: [USER_URN, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', 'urn:example:unknown'],
      id: 'client-chosen',
      userName,
      password: 'Secret123!',
      groups: [],
      roles: [],
      meta: { resourceType: 'User' },
      locale: 'en-US',
      photos: [{ value: 'https://example.com/a.png' }],
      emails: [{ value: userName, type: 'other' }],
      name: { givenName: '   ', familyName: 'Lovelace', formatted: ' ' },
      title: null,
      active: 'True',
    });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.password, undefined);
    assert.notEqual(reply.body.id, 'client-chosen');
    assert.deepEqual(reply.body.name, { familyName: 'Lovelace', formatted: 'Lovelace' });
    assert.equal(reply.body.displayName, 'Lovelace', 'displayName falls back to the formatted name');
    assert.ok(!reply.text.includes('Secret123!'));
  });

  it('accepts emails: [] and a missing active', async () => {
    const reply = await client.post<UserBody>('/Users', { schemas: [USER_URN], userName: 'bare@example.com', emails: [] });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.displayName, 'bare@example.com', 'displayName falls back to userName');
  });

  for (const [title, body, scimType] of [
    ['a body without the core User schema', { schemas: ['urn:example'], userName: 'x@example.com' }, 'invalidSyntax'],
    ['a userName that is not an email', { schemas: [USER_URN], userName: 'not-an-email' }, 'invalidValue'],
    ['a primary email that differs from userName', { schemas: [USER_URN], userName: 'a@example.com', emails: [{ value: 'b@example.com', primary: true }] }, 'invalidValue'],
    ['active false', { schemas: [USER_URN], userName: 'a@example.com', active: false }, 'invalidValue'],
  ] as const) {
    it(`refuses ${title} with 400 ${scimType}`, async () => {
      const reply = await client.post<ErrorBody>('/Users', body);
      assert.equal(reply.status, 400, reply.text);
      assert.equal(reply.body.scimType, scimType);
      assert.equal(reply.body.status, '400');
    });
  }

  it('a duplicate userName (any case) answers 409 uniqueness', async () => {
    const user = await createUser(client);
    const reply = await client.post<ErrorBody>('/Users', newUser({ userName: user.userName.toUpperCase(), emails: [] }));
    assert.equal(reply.status, 409, reply.text);
    assert.equal(reply.body.scimType, 'uniqueness');
  });

  it('answers 400 invalidSyntax to a body that is not JSON, and 415 to a non-JSON media type', async () => {
    const broken = await client.request<ErrorBody>('POST', '/Users', '{"schemas":', { 'content-type': 'application/scim+json' });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.scimType, 'invalidSyntax');
    const json = await client.request('POST', '/Users', JSON.stringify(newUser()), { 'content-type': 'application/json; charset=utf-8' });
    assert.equal(json.status, 201, 'application/json is accepted too');
    const xml = await client.request('POST', '/Users', '<user/>', { 'content-type': 'application/xml' });
    assert.equal(xml.status, 415);
  });

  it('answers 413 to a body over 1 MiB', async () => {
    const reply = await client.post<ErrorBody>('/Users', { ...newUser(), padding: 'x'.repeat(1024 * 1024) });
    assert.equal(reply.status, 413);
    assert.equal(reply.body.status, '413');
  });
});

describe('GET /Users', () => {
  it('reads a user by id and answers 404 for an unknown one', async () => {
    const user = await createUser(client);
    const read = await client.get<UserBody>(`/Users/${user.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, user);
    const missing = await client.get<ErrorBody>('/Users/00000000000000000000000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.status, '404');
  });

  it('lists the owner first, then users in creation order, sliced by startIndex and count', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createUser(client));
    const all = await client.get<ListBody<UserBody>>('/Users');
    assert.equal(all.body.totalResults, 6);
    assert.equal(all.body.Resources[0]?.userName, emulator.account('primary').owner.userName);
    const page = await client.get<ListBody<UserBody>>('/Users?startIndex=3&count=2');
    assert.deepEqual(page.body.Resources.map((u) => u.id), [created[1]!.id, created[2]!.id]);
    assert.equal(page.body.startIndex, 3);
    assert.equal(page.body.itemsPerPage, 2);
    assert.equal(page.body.totalResults, 6);
  });

  it('clamps startIndex below 1 to 1, count below 0 to 0, and count above 100 to 100', async () => {
    await createUser(client);
    const low = await client.get<ListBody<UserBody>>('/Users?startIndex=-4&count=1');
    assert.equal(low.body.startIndex, 1);
    assert.equal(low.body.Resources.length, 1);
    const none = await client.get<ListBody<UserBody>>('/Users?count=-1');
    assert.equal(none.body.Resources.length, 0);
    assert.equal(none.body.totalResults, 2);
    const state = emulator.state('primary');
    for (let i = 0; i < 150; i++) state.provisionUser({ userName: `bulk${i}@example.com` });
    const capped = await client.get<ListBody<UserBody>>('/Users?count=1000');
    assert.equal(capped.body.Resources.length, 100);
  });

  it('filters on userName eq, ignoring case of attribute and value, with either encoding', async () => {
    const user = await createUser(client);
    const spaced = await client.get<ListBody<UserBody>>(`/Users?${filterQuery(`USERNAME eq "${user.userName.toUpperCase()}"`)}&startIndex=1&count=100`);
    assert.deepEqual(spaced.body.Resources.map((u) => u.id), [user.id]);
    const plus = await client.get<ListBody<UserBody>>(`/Users?filter=userName+eq+%22${encodeURIComponent(user.userName)}%22`);
    assert.equal(plus.body.totalResults, 1);
    const none = await client.get<ListBody<UserBody>>(`/Users?${filterQuery('userName eq "nobody@example.com"')}`);
    assert.equal(none.status, 200);
    assert.equal(none.body.totalResults, 0);
    assert.deepEqual(none.body.Resources, []);
  });

  it('refuses other filters with 400 invalidFilter', async () => {
    for (const expression of ['externalId eq "x"', 'userName sw "a"', 'emails[type eq "work"].value eq "a@b.c"', 'userName eq']) {
      const reply = await client.get<ErrorBody>(`/Users?${filterQuery(expression)}`);
      assert.equal(reply.status, 400, `${expression}: ${reply.text}`);
      assert.equal(reply.body.scimType, 'invalidFilter', expression);
    }
  });

  it('ignores attributes and excludedAttributes', async () => {
    const reply = await client.get<ListBody<UserBody>>('/Users?attributes=userName&excludedAttributes=emails');
    assert.ok(reply.body.Resources[0]?.emails, 'emails are still there');
  });
});

describe('PATCH /Users/{id} (replace only)', () => {
  it('replaces name parts and userName, in any op case, with or without schemas', async () => {
    const user = await createUser(client);
    const reply = await client.patch<UserBody>(`/Users/${user.id}`, {
      Operations: [
        { op: 'Replace', path: 'name.givenName', value: 'Grace' },
        { op: 'REPLACE', value: { 'name.familyName': 'Hopper', 'emails[type eq "work"].value': 'grace@example.com' } },
      ],
    });
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body.name, { givenName: 'Grace', familyName: 'Hopper', formatted: 'Grace Hopper' });
    assert.equal(reply.body.userName, 'grace@example.com');
    assert.deepEqual(reply.body.emails, [{ value: 'grace@example.com', type: 'work', primary: true }]);
  });

  it('accepts add and remove as no-ops, and ignores unknown paths', async () => {
    const user = await createUser(client);
    const reply = await client.patch<UserBody>(`/Users/${user.id}`, patchOp(
      { op: 'add', path: 'name.givenName', value: 'Changed' },
      { op: 'remove', path: 'name.familyName' },
      { op: 'replace', path: 'phoneNumbers[type eq "mobile"].value', value: '+1' },
      { op: 'replace', path: 'displayName', value: 'Ignored' },
    ));
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body.name, user.name);
  });

  it('refuses an unknown op with 400 invalidSyntax', async () => {
    const user = await createUser(client);
    const reply = await client.patch<ErrorBody>(`/Users/${user.id}`, patchOp({ op: 'move', path: 'active', value: false }));
    assert.equal(reply.status, 400);
    assert.equal(reply.body.scimType, 'invalidSyntax');
  });

  for (const [title, operation] of [
    ['a path-less replace (Okta)', { op: 'replace', value: { active: false } }],
    ['the string "False" (Entra)', { op: 'Replace', path: 'active', value: 'False' }],
    ['the string "false"', { op: 'replace', path: 'active', value: 'false' }],
    ['a boolean', { op: 'replace', path: 'active', value: false }],
  ] as const) {
    it(`deprovisions on active false given as ${title}`, async () => {
      const user = await createUser(client);
      const reply = await client.patch<UserBody>(`/Users/${user.id}`, patchOp(operation));
      assert.equal(reply.status, 200, reply.text);
      assert.equal(reply.body.active, false);
      assert.equal((await client.get(`/Users/${user.id}`)).status, 404, 'a deprovisioned user is no longer readable');
      assert.ok(!(await members()).some((m) => m.user.id === user.id), 'and no longer a member');
      assert.deepEqual(emulator.audit('primary').map((e) => e.action), ['Create SCIM User', 'Update SCIM User', 'Delete SCIM User']);
    });
  }

  it('re-provisioning the same email gives the same id (the user tag) and a new member', async () => {
    const body = newUser();
    const first = (await client.post<UserBody>('/Users', body)).body;
    const memberBefore = (await members()).find((m) => m.user.id === first.id)!;
    await client.patch(`/Users/${first.id}`, patchOp({ op: 'replace', value: { active: false } }));
    const second = await client.post<UserBody>('/Users', body);
    assert.equal(second.status, 201, second.text);
    assert.equal(second.body.id, first.id);
    const memberAfter = (await members()).find((m) => m.user.id === first.id)!;
    assert.notEqual(memberAfter.id, memberBefore.id);
  });

  it('the same email has the same user id in every account', async () => {
    const body = newUser();
    const here = await createUser(client, body);
    const there = (await scim(emulator, 'secondary').post<UserBody>('/Users', body)).body;
    assert.equal(there.id, here.id);
  });

  it('refuses to deprovision the only Super Administrator, and changes nothing else', async () => {
    const owner = emulator.account('primary').owner;
    const reply = await client.patch<ErrorBody>(`/Users/${owner.id}`, patchOp({ op: 'replace', value: { active: false, 'name.givenName': 'Changed' } }));
    assert.equal(reply.status, 400, reply.text);
    assert.equal(reply.body.scimType, 'invalidValue');
    assert.match(reply.body.detail ?? '', /only Super Administrator/);
    const read = await client.get<UserBody>(`/Users/${owner.id}`);
    assert.equal(read.body.active, true);
    assert.equal(read.body.name?.givenName, 'Account');
    assert.equal((await client.delete(`/Users/${owner.id}`)).status, 400);
  });

  it('with lastSuperAdmin silent, answers 200 and keeps the owner active', async () => {
    const silent = new Emulator({ accounts: [{ key: 'primary', preset: 'cloudflare-account', knobs: { lastSuperAdmin: 'silent' } }] });
    const owner = silent.account('primary').owner;
    const reply = await scim(silent).patch<UserBody>(`/Users/${owner.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.active, true);
  });

  it('deprovisions a Super Administrator when another one exists', async () => {
    const user = await createUser(client);
    const member = (await members()).find((m) => m.user.id === user.id)!;
    await v4(emulator).put(`/members/${member.id}`, { roles: [SUPER_ADMINISTRATOR_ROLE_ID] });
    const owner = emulator.account('primary').owner;
    const reply = await client.patch<UserBody>(`/Users/${owner.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.active, false);
  });

  it('answers 409 to a userName change onto another user', async () => {
    const a = await createUser(client);
    const b = await createUser(client);
    const reply = await client.patch<ErrorBody>(`/Users/${b.id}`, patchOp({ op: 'replace', path: 'userName', value: a.userName }));
    assert.equal(reply.status, 409);
    assert.equal(reply.body.scimType, 'uniqueness');
  });
});

describe('PUT /Users/{id}', () => {
  it('replaces name and externalId, keeps active when omitted, and ignores read-only fields', async () => {
    const user = await createUser(client);
    const reply = await client.put<UserBody>(`/Users/${user.id}`, {
      schemas: [USER_URN],
      id: 'ignored',
      userName: user.userName,
      name: { givenName: 'New', familyName: 'Name' },
      externalId: 'ext-1',
      groups: [{ value: 'whatever' }],
      meta: { resourceType: 'User' },
    });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.id, user.id);
    assert.equal(reply.body.externalId, 'ext-1');
    assert.equal(reply.body.active, true);
    assert.equal(reply.body.displayName, 'New Name');
    assert.deepEqual(emulator.audit('primary').at(-1)?.action, 'Replace SCIM User');
  });

  it('requires schemas and userName', async () => {
    const user = await createUser(client);
    assert.equal((await client.put(`/Users/${user.id}`, { userName: user.userName })).status, 400);
    assert.equal((await client.put(`/Users/${user.id}`, { schemas: [USER_URN] })).status, 400);
  });

  it('deprovisions with active false (Okta custom apps)', async () => {
    const user = await createUser(client);
    const reply = await client.put<UserBody>(`/Users/${user.id}`, { schemas: [USER_URN], userName: user.userName, active: false });
    assert.equal(reply.status, 200);
    assert.equal((await client.get(`/Users/${user.id}`)).status, 404);
  });
});

describe('DELETE /Users/{id}', () => {
  it('deprovisions (204), then the user answers 404 and is no longer a member', async () => {
    const user = await createUser(client);
    const reply = await client.delete(`/Users/${user.id}`);
    assert.equal(reply.status, 204);
    assert.equal(reply.text, '');
    assert.equal((await client.get(`/Users/${user.id}`)).status, 404);
    assert.ok(!(await members()).some((m) => m.user.id === user.id));
    assert.equal(emulator.audit('primary').at(-1)?.action, 'Delete SCIM User');
    assert.equal((await client.delete(`/Users/${user.id}`)).status, 404);
  });

  it('answers 405 when the preset has no DELETE', async () => {
    const strict = new Emulator({ accounts: [{ key: 'primary', preset: 'cloudflare-account', knobs: { userDelete: 'method-not-allowed' } }] });
    const user = await createUser(scim(strict));
    const reply = await scim(strict).delete(`/Users/${user.id}`);
    assert.equal(reply.status, 405);
    assert.match(reply.headers.get('allow') ?? '', /PATCH/);
  });

  it('an unknown SCIM path answers 404 with a SCIM error', async () => {
    const reply = await client.get<ErrorBody>('/Bulk');
    assert.equal(reply.status, 404);
    assert.equal(reply.body.status, '404');
    assert.equal(reply.headers.get('content-type'), 'application/scim+json; charset=utf-8');
  });
});
