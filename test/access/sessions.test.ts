import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { patchOp } from '../emulator/support.ts';
import { accessApi, accessScim, accessUser, addMember, allowGroup, openApp, pushGroup, pushUser, removeMember, sessionCount, setScimConfig, signIn, teamDomain } from './support.ts';

async function memberOfGroupA(emulator: Emulator): Promise<{ userName: string; userId: string; groupId: string }> {
  const client = accessScim(emulator);
  const user = await pushUser(client);
  const group = await pushGroup(client, 'Group A');
  await addMember(client, group.id, user.id);
  assert.equal(await allowGroup(emulator, 'Group A'), 200);
  return { userName: user.userName, userId: user.id, groupId: group.id };
}

describe('signing in to the team domain', () => {
  it('lets in active users of the IdP\'s SCIM directory only', async () => {
    const emulator = new Emulator();
    assert.equal(await signIn(emulator, 'nobody@example.com'), undefined);
    const user = await pushUser(accessScim(emulator));
    assert.match((await signIn(emulator, user.userName)) ?? '', /^CF_Authorization=/);
    await accessScim(emulator).patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
    assert.equal(await signIn(emulator, user.userName), undefined);
  });

  it('creates the Access user at the first login, not at provisioning (B3)', async () => {
    const emulator = new Emulator();
    const user = await pushUser(accessScim(emulator));
    assert.equal(await accessUser(emulator, user.userName), undefined);
    await signIn(emulator, user.userName);
    const registered = await accessUser(emulator, user.userName);
    assert.equal(registered?.access_seat, true);
    assert.equal(typeof registered?.seat_uid, 'string');
  });

  it('redirects to the application path, never off the team domain', async () => {
    const emulator = new Emulator();
    const user = await pushUser(accessScim(emulator));
    const team = teamDomain(emulator);
    const offsite = await team.get(`/cdn-cgi/access/login?email=${encodeURIComponent(user.userName)}&redirect_url=${encodeURIComponent('https://evil.example/')}`);
    assert.equal(offsite.headers.get('location'), emulator.access('primary').appPath);
    const form = await team.get<string>('/cdn-cgi/access/login');
    assert.equal(form.status, 200);
    assert.match(form.text, /<form method="get">/);
  });
});

describe('the demo application gated by group A', () => {
  it('sends a visitor without a session to the login, then shows a member their identity', async () => {
    const emulator = new Emulator();
    const { userName } = await memberOfGroupA(emulator);
    const anonymous = await teamDomain(emulator).get('/access-demo/');
    assert.equal(anonymous.status, 302);
    assert.equal(anonymous.headers.get('location'), `${emulator.access('primary').loginPath}?redirect_url=${encodeURIComponent(emulator.access('primary').appPath)}`);
    const cookie = await signIn(emulator, userName);
    const page = await teamDomain(emulator).get('/access-demo/', { cookie: cookie! });
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`data-field="email">${userName.replace(/\./g, '\\.')}<`));
    const identity = await teamDomain(emulator).get<{ email: string; groups: { name: string }[] }>('/cdn-cgi/access/get-identity', { cookie: cookie! });
    assert.deepEqual([identity.body.email, identity.body.groups.map((g) => g.name)], [userName, ['Group A']]);
  });

  it('decides on the groups of the login: a membership change counts from the next login on', async () => {
    const emulator = new Emulator();
    const { userName, userId, groupId } = await memberOfGroupA(emulator);
    const first = await signIn(emulator, userName);
    assert.equal(await openApp(emulator, first), 200);
    assert.equal(await removeMember(accessScim(emulator), groupId, userId), 200);
    assert.equal(await openApp(emulator, first), 200, 'the running session keeps its groups (automatic)');
    const second = await signIn(emulator, userName);
    assert.equal(await openApp(emulator, second), 403);
    await addMember(accessScim(emulator), groupId, userId);
    assert.equal(await openApp(emulator, await signIn(emulator, userName)), 200);
  });

  it('ends the session at logout', async () => {
    const emulator = new Emulator();
    const { userName } = await memberOfGroupA(emulator);
    const cookie = await signIn(emulator, userName);
    const out = await teamDomain(emulator).get('/cdn-cgi/access/logout', { cookie: cookie! });
    assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/);
    assert.equal(await openApp(emulator, cookie), 302);
  });
});

describe('deprovisioning and identity updates', () => {
  it('revokes every session on active false and on DELETE, with user_deprovision on', async () => {
    const emulator = new Emulator();
    for (const remove of ['deactivate', 'delete'] as const) {
      emulator.reset();
      const { userName, userId } = await memberOfGroupA(emulator);
      const cookie = await signIn(emulator, userName);
      await signIn(emulator, userName);
      assert.equal(await sessionCount(emulator, userName), 2);
      const client = accessScim(emulator);
      const reply = remove === 'delete' ? await client.delete(`/Users/${userId}`) : await client.patch(`/Users/${userId}`, patchOp({ op: 'replace', value: { active: false } }));
      assert.ok(reply.status < 300, remove);
      assert.equal(await sessionCount(emulator, userName), 0, remove);
      assert.equal(await openApp(emulator, cookie), 302, remove);
      assert.equal((await accessUser(emulator, userName))?.access_seat, true, `${remove}: revoking alone keeps the seat (B3)`);
    }
  });

  it('keeps sessions with user_deprovision off, and frees the seat with seat_deprovision on', async () => {
    const emulator = new Emulator();
    assert.equal(await setScimConfig(emulator, { user_deprovision: false }), 200);
    const { userName, userId } = await memberOfGroupA(emulator);
    await signIn(emulator, userName);
    await accessScim(emulator).patch(`/Users/${userId}`, patchOp({ op: 'replace', value: { active: false } }));
    assert.equal(await sessionCount(emulator, userName), 1);

    emulator.reset();
    assert.equal(await setScimConfig(emulator, { user_deprovision: true, seat_deprovision: true }), 200);
    const second = await memberOfGroupA(emulator);
    await signIn(emulator, second.userName);
    await accessScim(emulator).delete(`/Users/${second.userId}`);
    const after = await accessUser(emulator, second.userName);
    assert.deepEqual([after?.access_seat, after?.seat_uid], [false, null]);
  });

  it('revokes sessions on a membership change with reauth, and updates the identity at once with automatic', async () => {
    const emulator = new Emulator();
    assert.equal(await setScimConfig(emulator, { identity_update_behavior: 'reauth' }), 200);
    const { userName, userId, groupId } = await memberOfGroupA(emulator);
    await signIn(emulator, userName);
    await removeMember(accessScim(emulator), groupId, userId);
    assert.equal(await sessionCount(emulator, userName), 0);

    emulator.reset();
    const again = await memberOfGroupA(emulator);
    await signIn(emulator, again.userName);
    const person = await accessUser(emulator, again.userName);
    const identity = async () => (await accessApi(emulator).get<{ result: { groups: { name: string }[] } }>(`/users/${person!.id}/last_seen_identity`)).body.result.groups.map((g) => g.name);
    assert.deepEqual(await identity(), ['Group A']);
    const other = await pushGroup(accessScim(emulator), 'Group B');
    await addMember(accessScim(emulator), other.id, again.userId);
    assert.deepEqual(await identity(), ['Group A', 'Group B']);
    assert.equal(await sessionCount(emulator, again.userName), 1, 'automatic keeps the session');

    emulator.reset();
    assert.equal(await setScimConfig(emulator, { identity_update_behavior: 'no_action' }), 200);
    const third = await memberOfGroupA(emulator);
    await signIn(emulator, third.userName);
    await removeMember(accessScim(emulator), third.groupId, third.userId);
    const thirdPerson = await accessUser(emulator, third.userName);
    const thirdIdentity = await accessApi(emulator).get<{ result: { groups: unknown[] } }>(`/users/${thirdPerson!.id}/last_seen_identity`);
    assert.equal(thirdIdentity.body.result.groups.length, 1, 'no_action waits for the next login');
  });

  it('treats a group rename as a change for every member', async () => {
    const emulator = new Emulator();
    assert.equal(await setScimConfig(emulator, { identity_update_behavior: 'reauth' }), 200);
    const { userName, groupId } = await memberOfGroupA(emulator);
    await signIn(emulator, userName);
    await accessScim(emulator).patch(`/Groups/${groupId}`, patchOp({ op: 'replace', path: 'displayName', value: 'Group A' }));
    assert.equal(await sessionCount(emulator, userName), 1, 'a no-op rename (Okta sends one with every membership change) changes nothing');
    await accessScim(emulator).patch(`/Groups/${groupId}`, patchOp({ op: 'replace', path: 'displayName', value: 'Group A2' }));
    assert.equal(await sessionCount(emulator, userName), 0);
  });
});
