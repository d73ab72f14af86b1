import { createGroup, createUser, GROUP_URN, newUser, patchOp, repeatedPostStatus, USER_URN, type GroupBody, type ListBody, type UserBody } from '../../emulator/support.ts';
import { get, list, reference, type Json, type In, type Probe } from './probe.ts';

/** Probes of the discovery, users, groups, attributes, errors and optional-features defects. */
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function schemaAttribute(body: unknown, name: string): Json | undefined {
  return ((body as { attributes?: Json[] }).attributes ?? []).find((a) => a.name === name);
}

export const RESOURCE_PROBES: Record<In<'discovery' | 'users' | 'groups' | 'attributes' | 'errors' | 'optional-features'>, Probe> = {
  'discovery/service-provider-config/schema-valid': { run: async (c) => typeof get((await c.get('/ServiceProviderConfig')).body, 'filter.maxResults'), healthy: 'number', broken: 'string' },
  'discovery/service-provider-config/authentication-schemes': { run: async (c) => (get((await c.get('/ServiceProviderConfig')).body, 'authenticationSchemes') as unknown[]).length, healthy: 1, broken: 0 },
  'discovery/resource-types/by-id': { run: async (c) => get((await c.get('/ResourceTypes/User')).body, 'name'), healthy: 'User', broken: 'Group' },
  'discovery/resource-types/unknown-id-404': { run: async (c) => (await c.get('/ResourceTypes/Nope')).status, healthy: 404, broken: 200 },
  'discovery/resource-types/schemas-served': { run: async (c) => ((get((await c.get('/ResourceTypes/User')).body, 'schemaExtensions') as unknown[] | undefined) ?? []).length, healthy: 0, broken: 1 },
  'discovery/schemas/by-id': { run: async (c) => (await c.get(`/Schemas/${USER_URN}`)).status, healthy: 200, broken: 404 },
  'discovery/schemas/unknown-id-404': { run: async (c) => (await c.get('/Schemas/urn:nope:2.0:Thing')).status, healthy: 404, broken: 200 },
  'discovery/schemas/attribute-definitions': { run: async (c) => schemaAttribute((await c.get(`/Schemas/${USER_URN}`)).body, 'userName')?.mutability, healthy: 'readWrite', broken: 'read-write' },
  'discovery/schemas/user-name-required': {
    run: async (c) => {
      const userName = schemaAttribute((await c.get(`/Schemas/${USER_URN}`)).body, 'userName');
      return [userName?.required, userName?.uniqueness];
    },
    healthy: [true, 'server'],
    broken: [false, 'none'],
  },
  'discovery/schemas/group-members': { run: async (c) => schemaAttribute((await c.get(`/Schemas/${GROUP_URN}`)).body, 'members') !== undefined, healthy: true, broken: false },
  'discovery/lists/list-response': { run: async (c) => Array.isArray((await c.get('/Schemas')).body), healthy: false, broken: true },

  'users/create/location-header': { run: async (c) => (await c.post('/Users', newUser())).headers.get('location') !== null, healthy: true, broken: false },
  'users/create/location-header~collection': {
    run: async (c) => {
      const reply = await c.post<UserBody>('/Users', newUser());
      return reply.headers.get('location')?.endsWith(`/Users/${reply.body.id}`);
    },
    healthy: true,
    broken: false,
  },
  'users/create/meta-resource-type': { run: async (c) => get((await c.post('/Users', newUser())).body, 'meta.resourceType'), healthy: 'User', broken: 'Users' },
  'users/create/minimal': { run: async (c) => (await c.post('/Users', { schemas: [USER_URN], userName: 'minimal@example.com' })).status, healthy: 201, broken: 400 },
  'users/create/full-representation': { run: async (c) => 'name' in ((await c.post<Json>('/Users', newUser())).body), healthy: true, broken: false },
  'users/create/client-id-ignored': { run: async (c) => get((await c.post('/Users', newUser({ id: 'client-chosen' }))).body, 'id') === 'client-chosen', healthy: false, broken: true },
  'users/create/read-only-ignored': { run: async (c) => get((await c.post('/Users', newUser({ meta: { resourceType: 'Group' } }))).body, 'meta.resourceType'), healthy: 'User', broken: 'Group' },
  'users/create/duplicate-409': {
    run: repeatedPostStatus,
    healthy: 409,
    broken: 400,
  },
  'users/create/missing-user-name-400': { run: async (c) => (await c.post('/Users', { schemas: [USER_URN], active: true })).status, healthy: 400, broken: 500 },
  'users/read/meta-timestamps': {
    run: async (_c, e) => {
      const user = await createUser(reference(e));
      const meta = (await reference(e).get<UserBody>(`/Users/${user.id}`)).body.meta!;
      return meta.created === meta.lastModified;
    },
    healthy: true,
    broken: false,
  },
  'users/replace/omitted-cleared': {
    run: async (c) => {
      const body = newUser({ externalId: 'ext-1' });
      const user = (await c.post<UserBody>('/Users', body)).body;
      await c.put(`/Users/${user.id}`, { ...body, externalId: undefined });
      return (await c.get<UserBody>(`/Users/${user.id}`)).body.externalId;
    },
    healthy: undefined,
    broken: 'ext-1',
  },
  'users/replace/read-only-ignored': {
    run: async (c) => {
      const body = newUser();
      const user = (await c.post<UserBody>('/Users', body)).body;
      return get((await c.put(`/Users/${user.id}`, { ...body, meta: { resourceType: 'Group' } })).body, 'meta.resourceType');
    },
    healthy: 'User',
    broken: 'Group',
  },
  'users/replace/returns-updated': {
    run: async (c) => {
      const body = newUser();
      const user = (await c.post<UserBody>('/Users', body)).body;
      return get((await c.put(`/Users/${user.id}`, { ...body, name: { givenName: 'Ada', familyName: 'Replaced' } })).body, 'name.familyName') === 'Replaced';
    },
    healthy: true,
    broken: false,
  },
  'users/replace/created-kept': {
    run: async (_c, e) => {
      const c = reference(e);
      const body = newUser();
      const user = (await c.post<UserBody>('/Users', body)).body;
      return get((await c.put(`/Users/${user.id}`, body)).body, 'meta.created') === user.meta!.created;
    },
    healthy: true,
    broken: false,
  },
  'users/replace/unknown-id-404': { run: async (c) => (await c.put('/Users/unknown', newUser())).status, healthy: 404, broken: 400 },
  'users/delete/unknown-id-404': { run: async (c) => (await c.delete('/Users/unknown')).status, healthy: 404, broken: 204 },

  'groups/create/201-with-id': { run: async (c) => (await c.post('/Groups', { schemas: [GROUP_URN], displayName: 'Team' })).status, healthy: 201, broken: 200 },
  'groups/create/location-header': { run: async (c) => (await c.post('/Groups', { schemas: [GROUP_URN], displayName: 'Team' })).headers.get('location') !== null, healthy: true, broken: false },
  'groups/create/members': {
    run: async (c) => {
      const user = await createUser(c);
      const group = (await c.post<GroupBody>('/Groups', { schemas: [GROUP_URN], displayName: 'Team', members: [{ value: user.id }] })).body;
      return (await c.get<GroupBody>(`/Groups/${group.id}`)).body.members?.length;
    },
    healthy: 1,
    broken: 0,
  },
  'groups/read/by-id': { run: async (c) => (await c.get<GroupBody>(`/Groups/${(await createGroup(c, 'Team')).id}`)).body.displayName, healthy: 'Team', broken: 'TEAM' },
  'groups/read/unknown-id-404': { run: async (c) => (await c.get('/Groups/unknown')).status, healthy: 404, broken: 200 },
  'groups/list/list-response': { run: async (c) => Array.isArray((await c.get('/Groups')).body), healthy: false, broken: true },
  'groups/replace/put-replaces': {
    run: async (c) => {
      const [ada, bob] = [await createUser(c), await createUser(c)];
      const group = await createGroup(c, 'Team', [ada.id]);
      await c.put(`/Groups/${group.id}`, { schemas: [GROUP_URN], displayName: 'Team', members: [{ value: bob.id }] });
      return (await c.get<GroupBody>(`/Groups/${group.id}`)).body.members?.length;
    },
    healthy: 1,
    broken: 2,
  },
  'groups/delete/204-then-404': {
    run: async (c) => {
      const group = await createGroup(c, 'Team');
      return [(await c.delete(`/Groups/${group.id}`)).status, (await c.get(`/Groups/${group.id}`)).status];
    },
    healthy: [204, 404],
    broken: [204, 200],
  },
  'groups/delete/unknown-id-404': { run: async (c) => (await c.delete('/Groups/unknown')).status, healthy: 404, broken: 204 },
  'groups/membership/user-groups': {
    run: async (c) => {
      const user = await createUser(c);
      await createGroup(c, 'Team', [user.id]);
      return 'groups' in (await c.get<Json>(`/Users/${user.id}`)).body;
    },
    healthy: true,
    broken: false,
  },

  'attributes/get/attributes-param': { run: async (_c, e) => 'name' in (await reference(e).get<Json>(`/Users/${(await createUser(reference(e))).id}?attributes=userName`)).body, healthy: false, broken: true },
  'attributes/get/excluded-attributes': { run: async (_c, e) => 'name' in (await reference(e).get<Json>(`/Users/${(await createUser(reference(e))).id}?excludedAttributes=name`)).body, healthy: false, broken: true },
  'attributes/list/attributes-param': { run: async (_c, e) => 'name' in list((await reference(e).get('/Users?attributes=userName')).body)[0]!, healthy: false, broken: true },
  'attributes/list/excluded-attributes': { run: async (_c, e) => 'name' in list((await reference(e).get('/Users?excludedAttributes=name')).body)[0]!, healthy: false, broken: true },
  'attributes/always/id-returned': { run: async (c) => 'id' in (await c.get<Json>(`/Users/${(await createUser(c)).id}?attributes=userName`)).body, healthy: true, broken: false },
  'attributes/sub-attribute/narrowing': {
    run: async (_c, e) => get((await reference(e).get(`/Users/${(await createUser(reference(e))).id}?attributes=name.givenName`)).body, 'name.familyName') !== undefined,
    healthy: false,
    broken: true,
  },
  'attributes/returned/never': {
    run: async (_c, e) => 'password' in (await reference(e).get<Json>(`/Users/${(await createUser(reference(e), { password: 'Secret123!' })).id}`)).body,
    healthy: false,
    broken: true,
  },
  'attributes/uniqueness/case-insensitive': {
    run: async (c) => {
      const body = newUser();
      await c.post('/Users', body);
      const shouted = body.userName.toUpperCase();
      return (await c.post('/Users', { ...body, userName: shouted, emails: [{ value: shouted, type: 'work', primary: true }] })).status;
    },
    healthy: 409,
    broken: 201,
  },
  'attributes/names/case-insensitive': {
    run: async (c) => {
      const { userName, ...rest } = newUser();
      return (await c.post('/Users', { ...rest, UserName: userName })).status;
    },
    healthy: 201,
    broken: 400,
  },
  'attributes/extension/round-trip': {
    run: async (_c, e) => (get((await reference(e).post('/Users', newUser({ schemas: [USER_URN, ENTERPRISE], [ENTERPRISE]: { department: 'R&D' } }))).body, 'schemas') as string[]).includes(ENTERPRISE),
    healthy: true,
    broken: false,
  },

  'errors/body/shape': { run: async (c) => typeof get((await c.get('/Users/unknown')).body, 'status'), healthy: 'string', broken: 'number' },
  'errors/body/shape~no-schemas': { run: async (c) => 'schemas' in ((await c.get<Json>('/Users/unknown')).body), healthy: true, broken: false },
  'errors/scim-type/table': { run: async (c) => get((await c.get(`/Users?filter=${encodeURIComponent('userName eq')}`)).body, 'scimType'), healthy: 'invalidFilter', broken: 'invalidValue' },
  'errors/content-type/scim-json': { run: async (c) => (await c.get('/ServiceProviderConfig')).headers.get('content-type'), healthy: 'application/scim+json; charset=utf-8', broken: 'application/json; charset=utf-8' },

  'optional-features/sort/ascending': {
    run: async (_c, e) => {
      for (const givenName of ['Mia', 'Ann']) await createUser(reference(e), { name: { givenName, familyName: 'Sorted' } });
      return list((await reference(e).get<ListBody<UserBody>>('/Users?sortBy=name.givenName')).body).map((u) => get(u, 'name.givenName'));
    },
    healthy: ['Account', 'Ann', 'Mia'],
    broken: ['Account', 'Mia', 'Ann'],
  },
  'optional-features/sort/descending': {
    run: async (_c, e) => {
      for (const givenName of ['Mia', 'Ann']) await createUser(reference(e), { name: { givenName, familyName: 'Sorted' } });
      return list((await reference(e).get('/Users?sortBy=name.givenName&sortOrder=descending')).body).map((u) => get(u, 'name.givenName'));
    },
    healthy: ['Mia', 'Ann', 'Account'],
    broken: ['Account', 'Ann', 'Mia'],
  },
  'optional-features/etag/version-header': {
    run: async (_c, e) => {
      const reply = await reference(e).get<UserBody>(`/Users/${(await createUser(reference(e))).id}`);
      return reply.headers.get('etag') === reply.body.meta!.version;
    },
    healthy: true,
    broken: false,
  },
  'optional-features/etag/version-changes': {
    run: async (_c, e) => {
      const c = reference(e);
      const body = newUser();
      const user = (await c.post<UserBody>('/Users', body)).body;
      const before = (await c.get(`/Users/${user.id}`)).headers.get('etag');
      await c.put(`/Users/${user.id}`, { ...body, displayName: 'Changed' });
      return before !== (await c.get(`/Users/${user.id}`)).headers.get('etag');
    },
    healthy: true,
    broken: false,
  },
  'optional-features/etag/if-match-stale-412': {
    run: async (_c, e) => {
      const c = reference(e);
      const body = newUser();
      const user = (await c.post<UserBody>('/Users', body)).body;
      const stale = (await c.get(`/Users/${user.id}`)).headers.get('etag')!;
      await c.put(`/Users/${user.id}`, { ...body, displayName: 'First' });
      return (await c.request('PUT', `/Users/${user.id}`, { ...body, displayName: 'Late' }, { 'if-match': stale })).status;
    },
    healthy: 412,
    broken: 200,
  },
  'optional-features/etag/if-none-match-304': {
    run: async (_c, e) => {
      const c = reference(e);
      const user = await createUser(c);
      const current = (await c.get(`/Users/${user.id}`)).headers.get('etag')!;
      return (await c.get(`/Users/${user.id}`, { 'if-none-match': current })).status;
    },
    healthy: 304,
    broken: 200,
  },
  'optional-features/bulk/claimed-works': { run: async (c) => get((await c.get('/ServiceProviderConfig')).body, 'bulk.supported'), healthy: false, broken: true },
  'optional-features/change-password/claimed-works': {
    run: async (c) => {
      const user = await createUser(c);
      const claimed = get((await c.get('/ServiceProviderConfig')).body, 'changePassword.supported');
      return [claimed, (await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'password', value: 'New-Secret-1' }))).status];
    },
    healthy: [false, 200],
    broken: [true, 400],
  },
  'optional-features/search/post-search': {
    run: async (_c, e) => {
      const user = await createUser(reference(e));
      return get((await reference(e).post('/Users/.search', { filter: `userName eq "${user.userName}"` })).body, 'totalResults');
    },
    healthy: 1,
    broken: 2,
  },
  'optional-features/me/answered': { run: async (c) => (await c.get('/Me')).status, healthy: 501, broken: 404 },
};
