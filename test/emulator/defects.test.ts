import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFECTS, type DefectName } from '../../emulator/defects.ts';
import { Emulator } from '../../emulator/index.ts';
import { findRequirement } from '../../requirements/index.ts';
import { createGroup, createUser, filterQuery, newUser, patchOp, scim, v4, type Client, type ListBody, type MemberBody, type UserBody, type V4Body } from './support.ts';
import * as accessProbes from '../access/defect-probes.ts';
import { IDP_LIFECYCLE_RULE_PROBES } from '../idp/defect-probes.ts';
import { PROTOCOL_PROBES } from '../protocol/defect-probes/index.ts';

/**
 * Every defect changes what it says it changes: each probe runs once healthy and once with the
 * defect on, and reports a small observation to compare.
 */
interface Probe {
  run(client: Client, emulator: Emulator): Promise<unknown>;
  healthy: unknown;
  broken: unknown;
}

async function isMember(emulator: Emulator, userId: string): Promise<boolean> {
  const list = await v4(emulator).get<V4Body<MemberBody[]>>('/members?per_page=50');
  return list.body.result.some((m) => m.user.id === userId);
}

const PROBES: Record<DefectName, Probe> = {
  'discovery/service-provider-config/served': {
    run: async (c) => (await c.get('/ServiceProviderConfig')).status,
    healthy: 200,
    broken: 404,
  },
  'discovery/service-provider-config/capabilities-declared': {
    run: async (c) => {
      const spc = (await c.get<Record<string, unknown>>('/ServiceProviderConfig')).body;
      return ['etag', 'authenticationSchemes'].map((k) => k in spc);
    },
    healthy: [true, true],
    broken: [false, false],
  },
  'discovery/resource-types/listed': {
    run: async (c) => (await c.get<ListBody<{ id: string }>>('/ResourceTypes')).body.Resources.map((r) => r.id),
    healthy: ['User', 'Group'],
    broken: ['User'],
  },
  'discovery/schemas/listed': {
    run: async (c) => (await c.get<ListBody<{ id: string }>>('/Schemas')).body.Resources.length,
    healthy: 2,
    broken: 1,
  },
  'users/create/201-with-id': {
    run: async (c) => (await c.post('/Users', newUser())).status,
    healthy: 201,
    broken: 200,
  },
  'users/create/201-with-id~no-id': {
    run: async (c) => {
      const reply = await c.post<UserBody>('/Users', newUser());
      return [reply.status, typeof reply.body.id];
    },
    healthy: [201, 'string'],
    broken: [201, 'undefined'],
  },
  'users/read/by-id': {
    run: async (c) => {
      const user = await createUser(c);
      return (await c.get<UserBody>(`/Users/${user.id}`)).body.userName === user.userName;
    },
    healthy: true,
    broken: false,
  },
  'users/read/unknown-id-404': {
    run: async (c) => {
      const reply = await c.get('/Users/unknown');
      return [reply.status, reply.headers.get('content-type')];
    },
    healthy: [404, 'application/scim+json; charset=utf-8'],
    broken: [404, 'text/plain; charset=utf-8'],
  },
  'users/delete/204-then-404': {
    run: async (c, e) => {
      const user = await createUser(c);
      const deleted = await c.delete(`/Users/${user.id}`);
      return [deleted.status, (await c.get(`/Users/${user.id}`)).status, await isMember(e, user.id)];
    },
    healthy: [204, 404, false],
    broken: [204, 200, true],
  },
  ...PROTOCOL_PROBES,
  ...IDP_LIFECYCLE_RULE_PROBES,
  'security/auth/unauthenticated-401': {
    run: async (_c, e) => (await scim(e, 'primary', 'none').get('/Users')).status,
    healthy: 401,
    broken: 200,
  },
  'security/auth/permission-required-403': {
    run: async (_c, e) => (await scim(e, 'primary', 'readOnly').post('/Users', newUser())).status,
    healthy: 403,
    broken: 201,
  },
  'security/isolation/foreign-token-reads-nothing': {
    run: async (_c, e) => {
      const foreign = scim(e, 'primary', { raw: `Bearer ${e.account('secondary').tokens.scim}` });
      return [(await foreign.get('/Users')).status, (await foreign.post('/Users', newUser())).status];
    },
    healthy: [401, 401],
    broken: [200, 401],
  },
  'security/isolation/foreign-token-writes-nothing': {
    run: async (_c, e) => {
      const foreign = scim(e, 'primary', { raw: `Bearer ${e.account('secondary').tokens.scim}` });
      return [(await foreign.get('/Users')).status, (await foreign.post('/Users', newUser())).status];
    },
    healthy: [401, 401],
    broken: [401, 201],
  },
  'security/returned-never/password': {
    run: async (c) => 'password' in (await c.post<UserBody>('/Users', newUser({ password: 'Secret123!' }))).body,
    healthy: false,
    broken: true,
  },
  'security/errors/no-internals': {
    run: async (c) => /at JSON\.parse/.test((await c.request('POST', '/Users', '{"userName":')).text),
    healthy: false,
    broken: true,
  },
  'robustness/bad-input/4xx-scim-error': {
    run: async (c) => [(await c.request('POST', '/Users', '{"userName":')).status, (await c.get('/Users/unknown')).status],
    healthy: [400, 404],
    broken: [500, 500],
  },
  'robustness/filters/hostile-values-literal': {
    run: async (c) => [(await c.get(`/Users?${filterQuery('userName eq "x\' OR \'1\'=\'1"')}`)).status, (await c.get(`/Users?${filterQuery('userName eq "x"')}`)).status],
    healthy: [200, 200],
    broken: [500, 200],
  },
  'robustness/concurrency/membership-updates-kept': {
    run: async (c) => {
      const [a, b] = [await createUser(c), await createUser(c)];
      const group = await createGroup(c, 'Concurrent Writers');
      const path = `/Groups/${group.id}`;
      await Promise.all([a, b].map((u) => c.patch(path, patchOp({ op: 'add', path: 'members', value: [{ value: u.id }] }))));
      return (await c.get<{ members?: unknown[] }>(path)).body.members?.length;
    },
    healthy: 2,
    broken: 1,
  },
  'access/groups/listed-for-policies': { run: (_c, e) => accessProbes.pushedGroupsListed(e), healthy: 1, broken: 0 },
  'access/policy/decided-at-next-login': { run: (_c, e) => accessProbes.appAfterJoiningGroupA(e), healthy: 200, broken: 403 },
  'access/deprovision/revokes-sessions': { run: (_c, e) => accessProbes.sessionsAfterDeactivation(e), healthy: 0, broken: 1 },
  'access/deprovision/removes-seat': { run: (_c, e) => accessProbes.seatAfterDeactivation(e), healthy: false, broken: true },
  'access/scim-config/seat-needs-user-deprovision': { run: (_c, e) => accessProbes.seatWithoutUserDeprovision(e), healthy: 400, broken: 200 },
  'access/identity-update/reauth-revokes-sessions': { run: (_c, e) => accessProbes.sessionsAfterReauthChange(e), healthy: 0, broken: 1 },
  'access/identity-update/automatic-updates-identity': { run: (_c, e) => accessProbes.identityGroupsAfterAutomaticChange(e), healthy: 1, broken: 0 },
};

describe('defect catalogue', () => {
  it('each defect breaks a known requirement and is named after it', () => {
    for (const defect of DEFECTS) {
      assert.ok(findRequirement(defect.breaks), `${defect.name} breaks unknown requirement ${defect.breaks}`);
      assert.ok(defect.name === defect.breaks || defect.name.startsWith(`${defect.breaks}~`), `${defect.name} is named after ${defect.breaks}`);
      assert.ok(defect.description.length > 0);
    }
    assert.equal(new Set(DEFECTS.map((d) => d.name)).size, DEFECTS.length);
  });

  it('switches per instance and refuses unknown names with the known list', () => {
    const emulator = new Emulator();
    const other = new Emulator();
    emulator.defects.enable('idp/read-user');
    assert.ok(emulator.defects.has('idp/read-user'));
    assert.ok(!other.defects.has('idp/read-user'));
    emulator.defects.set(['users/read/by-id', 'discovery/schemas/listed']);
    assert.deepEqual(emulator.defects.active().sort(), ['discovery/schemas/listed', 'users/read/by-id']);
    emulator.defects.disable('users/read/by-id');
    assert.deepEqual(emulator.defects.active(), ['discovery/schemas/listed']);
    assert.throws(() => emulator.defects.enable('no/such/defect'), /unknown defect "no\/such\/defect"; known defects: discovery\/service-provider-config\/served/);
    assert.throws(() => emulator.defects.set(['idp/read-user', 'nope']), /unknown defect/);
    assert.deepEqual(emulator.defects.active(), ['discovery/schemas/listed'], 'a refused set changes nothing');
    emulator.reset();
    assert.deepEqual(emulator.defects.active(), ['discovery/schemas/listed'], 'reset keeps defects');
  });
});

describe('each defect changes behaviour', () => {
  const emulator = new Emulator();
  const client = scim(emulator);
  for (const defect of DEFECTS) {
    it(defect.name, async () => {
      const probe = PROBES[defect.name];
      emulator.defects.set([]);
      emulator.reset();
      assert.deepEqual(await probe.run(client, emulator), probe.healthy, `${defect.name} off`);
      emulator.defects.set([defect.name]);
      emulator.reset();
      assert.deepEqual(await probe.run(client, emulator), probe.broken, `${defect.name} on: ${defect.description}`);
      const secondary = (await scim(emulator, 'secondary').get('/ServiceProviderConfig')).status;
      assert.equal(secondary, defect.name === 'discovery/service-provider-config/served' ? 404 : 200, 'a defect applies to every account');
    });
  }
});
