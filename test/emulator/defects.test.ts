import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFECTS, type DefectName } from '../../emulator/defects.ts';
import { Emulator } from '../../emulator/index.ts';
import { findRequirement } from '../../requirements/index.ts';
import { createUser, filterQuery, newUser, patchOp, scim, v4, type Client, type ListBody, type MemberBody, type UserBody, type V4Body } from './support.ts';

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
  'idp/connection-test~okta-count-strings': {
    run: async (c) => {
      const body = (await c.get<Record<string, unknown>>('/Users?startIndex=1&count=2')).body;
      return [typeof body.totalResults, typeof body.itemsPerPage, typeof body.startIndex];
    },
    healthy: ['number', 'number', 'number'],
    broken: ['string', 'string', 'string'],
  },
  'idp/connection-test~entra-no-match-404': {
    run: async (c) => (await c.get(`/Users?${filterQuery('userName eq "0f6d4e0c-2b1a-4c55-9c3e-7d1f8a2b9e10"')}`)).status,
    healthy: 200,
    broken: 404,
  },
  'idp/connection-test~authentik-spc-incomplete': {
    run: async (c) => 'maxOperations' in ((await c.get<{ bulk: object }>('/ServiceProviderConfig')).body.bulk),
    healthy: true,
    broken: false,
  },
  'idp/create-user~okta-password-rejected': {
    run: async (c) => (await c.post('/Users', newUser({ password: 'Secret123!', groups: [] }))).status,
    healthy: 201,
    broken: 400,
  },
  'idp/create-user~entra-meta-rejected': {
    run: async (c) => (await c.post('/Users', newUser({ meta: { resourceType: 'User' }, roles: [] }))).status,
    healthy: 201,
    broken: 400,
  },
  'idp/create-user~authentik-other-email-rejected': {
    run: async (c) => {
      const body = newUser();
      return (await c.post('/Users', { ...body, emails: [{ value: body.userName, type: 'other', primary: true }] })).status;
    },
    healthy: 201,
    broken: 400,
  },
  'idp/read-user': {
    run: async (c) => {
      const user = await createUser(c);
      return 'active' in (await c.get<UserBody>(`/Users/${user.id}`)).body;
    },
    healthy: true,
    broken: false,
  },
  'idp/remove-user~okta-pathless-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      const reply = await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', value: { active: false } }));
      return [reply.status, (await c.get(`/Users/${user.id}`)).status];
    },
    healthy: [200, 404],
    broken: [200, 200],
  },
  'idp/remove-user~entra-string-boolean-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }));
      return (await c.get(`/Users/${user.id}`)).status;
    },
    healthy: 404,
    broken: 200,
  },
  'idp/remove-user~authentik-delete-405': {
    run: async (c) => {
      const user = await createUser(c);
      return (await c.delete(`/Users/${user.id}`)).status;
    },
    healthy: 204,
    broken: 405,
  },
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
