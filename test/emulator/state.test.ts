import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId } from '../../emulator/accounts.ts';
import { Emulator } from '../../emulator/index.ts';
import { SUPER_ADMINISTRATOR_ROLE_ID } from '../../emulator/roles.ts';
import { GroupStore } from '../../emulator/store/groups.ts';
import { UserStore } from '../../emulator/store/users.ts';
import { createGroup, createUser, filterQuery, scim, type ListBody, type UserBody } from './support.ts';

describe('accounts', () => {
  it('seeds four accounts with deterministic 32-hex ids and base paths', () => {
    const a = new Emulator();
    const b = new Emulator();
    assert.deepEqual(a.accounts.map((x) => [x.key, x.preset]), [
      ['primary', 'cloudflare-account'],
      ['secondary', 'cloudflare-account'],
      ['legacy', 'cloudflare-account-legacy'],
      ['reference', 'generic'],
    ]);
    assert.deepEqual(a.accounts.map((x) => x.id), b.accounts.map((x) => x.id));
    assert.deepEqual(a.account('primary').owner, b.account('primary').owner);
    const primary = a.account('primary');
    assert.match(primary.id, /^[0-9a-f]{32}$/);
    assert.equal(primary.id, accountId('scim-conformance', 'primary'));
    assert.equal(primary.scimBasePath, `/client/v4/accounts/${primary.id}/scim/v2`);
    assert.equal(primary.apiBasePath, `/client/v4/accounts/${primary.id}`);
    assert.equal(primary.owner.userName, 'owner@primary.example.com');
    assert.notEqual(new Emulator({ seed: 'other' }).account('primary').id, primary.id);
    assert.throws(() => a.account('nobody'), /no account "nobody"/);
  });

  it('accounts are isolated: one account never sees another one\'s users', async () => {
    const emulator = new Emulator();
    const user = await createUser(scim(emulator));
    const there = await scim(emulator, 'secondary').get<ListBody<UserBody>>(`/Users?${filterQuery(`userName eq "${user.userName}"`)}`);
    assert.equal(there.body.totalResults, 0);
    assert.equal((await scim(emulator, 'secondary').get(`/Users/${user.id}`)).status, 404);
  });
});

describe('reset()', () => {
  it('returns to the seeded state and keeps tokens and ids', async () => {
    const emulator = new Emulator();
    const client = scim(emulator);
    const tokens = emulator.account('primary').tokens;
    const user = await createUser(client);
    await createGroup(client, 'Team', [user.id]);
    emulator.reset();
    const users = await client.get<ListBody<UserBody>>('/Users');
    assert.deepEqual(users.body.Resources.map((u) => u.id), [emulator.account('primary').owner.id]);
    assert.equal((await client.get<ListBody<unknown>>('/Groups?count=0')).body.totalResults, 30);
    assert.deepEqual(emulator.audit('primary'), []);
    assert.equal(emulator.account('primary').tokens, tokens);
    const again = await createUser(client);
    assert.match(again.id, /^[0-9a-f]{32}$/);
  });

  it('is cheap: well under a millisecond for the default seed', () => {
    const emulator = new Emulator();
    for (let i = 0; i < 50; i++) emulator.reset();
    const started = performance.now();
    for (let i = 0; i < 200; i++) emulator.reset();
    const perReset = (performance.now() - started) / 200;
    assert.ok(perReset < 2, `reset took ${perReset.toFixed(3)} ms`);
  });
});

describe('stores', () => {
  it('UserStore keeps its indexes in step with renames, externalIds, roles and removals', () => {
    const users = new UserStore();
    const a = users.add({ id: 'a', memberId: 'ma', userName: 'A@example.com', externalId: 'x', roles: ['r1'] });
    const b = users.add({ id: 'b', memberId: 'mb', userName: 'b@example.com', externalId: 'x' });
    assert.equal(users.findByUserName('a@EXAMPLE.com'), a);
    assert.deepEqual(users.findByExternalId('x'), [a, b]);
    users.rename(a, 'c@example.com');
    assert.equal(users.findByUserName('a@example.com'), undefined);
    assert.equal(users.findByUserName('C@example.com'), a);
    users.setExternalId(b, 'y');
    assert.deepEqual(users.findByExternalId('x'), [a]);
    assert.deepEqual([...users.holdersOf('r1')], ['a']);
    assert.deepEqual(users.page(1, 5), [b]);
    users.remove(a);
    assert.equal(users.get('a'), undefined);
    assert.equal(users.findByMemberId('ma'), undefined);
    assert.deepEqual(users.findByExternalId('x'), []);
    assert.deepEqual([...users.holdersOf('r1')], []);
    assert.equal(users.size, 1);
    assert.throws(() => users.add({ id: 'b2', memberId: 'm2', userName: 'B@example.com' }), /exists/);
  });

  it('GroupStore keeps membership in both directions', () => {
    const users = new UserStore();
    const groups = new GroupStore(users);
    const u = users.add({ id: 'u', memberId: 'm', userName: 'u@example.com' });
    const g = groups.add({ id: 'g', displayName: 'Team' });
    groups.addMember(g, u);
    assert.deepEqual([...g.members], ['u']);
    assert.deepEqual([...u.groups], ['g']);
    groups.rename(g, 'Crew');
    assert.equal(groups.findByDisplayName('crew'), g);
    assert.equal(groups.findByDisplayName('team'), undefined);
    groups.remove(g);
    assert.deepEqual([...u.groups], []);
    assert.equal(groups.get('g'), undefined);
  });

  it('holds 20,000 users and still answers userName filters from the index', async () => {
    const emulator = new Emulator();
    const state = emulator.state('primary');
    for (let i = 0; i < 20_000; i++) state.provisionUser({ userName: `scale${i}@example.com`, givenName: 'Scale', familyName: String(i) });
    const client = scim(emulator);
    for (const i of [0, 9_999, 19_999]) {
      const reply = await client.get<ListBody<UserBody>>(`/Users?${filterQuery(`userName eq "SCALE${i}@example.com"`)}`);
      assert.equal(reply.body.totalResults, 1);
      assert.equal(reply.body.Resources[0]?.userName, `scale${i}@example.com`);
    }
    const lastPage = await client.get<ListBody<UserBody>>('/Users?startIndex=19990&count=100');
    assert.equal(lastPage.body.totalResults, 20_001);
    assert.equal(lastPage.body.Resources.length, 12);
    const owner = emulator.state('primary').users.get(emulator.account('primary').owner.id)!;
    assert.ok(owner.roles.has(SUPER_ADMINISTRATOR_ROLE_ID));
    emulator.reset();
    assert.equal(emulator.state('primary').users.size, 1);
  });
});
