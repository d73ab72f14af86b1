import type { cloudflareRulesDefects } from '../../emulator/defect-catalogue/cloudflare-rules.ts';
import type { idpFlowDefects } from '../../emulator/defect-catalogue/idp-flow.ts';
import type { lifecycleDefects } from '../../emulator/defect-catalogue/lifecycle.ts';
import type { Emulator } from '../../emulator/index.ts';
import { ACCOUNT_ROLES, ROLES } from '../../emulator/roles.ts';
import { createGroup, createUser, filterQuery, GROUP_URN, newUser, patchOp, repeatedPostStatus, scim, v4, type Client, type GroupBody, type ListBody, type MemberBody, type UserBody, type V4Body } from '../emulator/support.ts';

/**
 * Observations of the idp-flow, lifecycle and cloudflare-rules defects: test/emulator/defects.test.ts
 * runs each once healthy and once with its defect on, from a reset emulator, on the `primary`
 * (current model) account unless a probe says otherwise.
 */
interface Probe {
  run(client: Client, emulator: Emulator): Promise<unknown>;
  healthy: unknown;
  broken: unknown;
}

type Name = (typeof idpFlowDefects)[number]['name'] | (typeof lifecycleDefects)[number]['name'] | (typeof cloudflareRulesDefects)[number]['name'];

const SYSTEM_PREFIX = 'cloudflare-v1-';

function roleId(name: string): string {
  return ROLES.find((r) => r.name === name)!.id;
}

function legacyName(emulator: Emulator, role: string): string {
  return `CF-${emulator.account('legacy').id} - ${role}`;
}

async function rolesOf(emulator: Emulator, userId: string, account = 'primary'): Promise<string[] | undefined> {
  const list = await v4(emulator, account).get<V4Body<MemberBody[]>>('/members?per_page=50');
  return list.body.result.find((m) => m.user.id === userId)?.roles.map((r) => r.name);
}

async function givenName(client: Client, id: string): Promise<string | undefined> {
  return (await client.get<UserBody>(`/Users/${id}`)).body.name?.givenName;
}

async function memberCount(client: Client, groupId: string): Promise<number> {
  return (await client.get<GroupBody>(`/Groups/${groupId}`)).body.members?.length ?? 0;
}

function addMembers(...ids: string[]): Record<string, unknown> {
  return patchOp({ op: 'add', path: 'members', value: ids.map((value) => ({ value })) });
}

const ADMIN_READ_ONLY = 'Administrator Read Only';
const AUDIT_LOGS = 'Audit Logs Viewer';

/** A user added to, then (optionally) removed from, the system group of a role. */
async function throughRoleGroup(client: Client, emulator: Emulator, leave: boolean): Promise<string[] | undefined> {
  const user = await createUser(client);
  const path = `/Groups/${SYSTEM_PREFIX}${roleId(ADMIN_READ_ONLY)}`;
  await client.patch(path, addMembers(user.id));
  if (leave) await client.patch(path, patchOp({ op: 'remove', path: 'members', value: [{ value: user.id }] }));
  return rolesOf(emulator, user.id);
}

/** A member pushed in a POST of a legacy group name; the roles the v4 API then shows. */
async function legacyPush(emulator: Emulator, displayName: string): Promise<string[] | undefined> {
  const client = scim(emulator, 'legacy');
  const user = await createUser(client);
  await client.post('/Groups', { schemas: [GROUP_URN], displayName, members: [{ value: user.id }] });
  return rolesOf(emulator, user.id, 'legacy');
}

export const IDP_LIFECYCLE_RULE_PROBES: Record<Name, Probe> = {
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
    run: async (c) => 'maxOperations' in (await c.get<{ bulk: object }>('/ServiceProviderConfig')).body.bulk,
    healthy: true,
    broken: false,
  },
  'idp/find-user': {
    run: async (c) => {
      const user = await createUser(c);
      return (await c.get<ListBody<UserBody>>(`/Users?${filterQuery(`userName eq "${user.userName}"`)}`)).body.totalResults;
    },
    healthy: 1,
    broken: 0,
  },
  'idp/find-user~okta-filter-paging-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      return (await c.get<ListBody<UserBody>>(`/Users?${filterQuery(`userName eq "${user.userName}"`)}&startIndex=1&count=100`)).body.totalResults;
    },
    healthy: 1,
    broken: 0,
  },
  'idp/find-user~authentik-conflict-400': {
    run: repeatedPostStatus,
    healthy: 409,
    broken: 400,
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
  'idp/update-user': {
    run: async (c) => {
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'name.givenName', value: 'Zed' }));
      return givenName(c, user.id);
    },
    healthy: 'Zed',
    broken: 'Ada',
  },
  'idp/update-user~capitalised-op-rejected': {
    run: async (c) => (await c.patch(`/Users/${(await createUser(c)).id}`, patchOp({ op: 'Replace', path: 'name.givenName', value: 'Zed' }))).status,
    healthy: 200,
    broken: 400,
  },
  'idp/update-user~dotted-keys-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', value: { 'name.givenName': 'Zed' } }));
      return givenName(c, user.id);
    },
    healthy: 'Zed',
    broken: 'Ada',
  },
  'idp/update-user~okta-put-readonly-rejected': {
    run: async (c) => {
      const user = await createUser(c);
      const current = (await c.get<UserBody>(`/Users/${user.id}`)).body;
      return (await c.put(`/Users/${user.id}`, current)).status;
    },
    healthy: 200,
    broken: 400,
  },
  'idp/deactivate-user~okta-pathless-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      const reply = await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', value: { active: false } }));
      return [reply.status, (await c.get(`/Users/${user.id}`)).status];
    },
    healthy: [200, 404],
    broken: [200, 200],
  },
  'idp/deactivate-user~entra-string-boolean-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }));
      return (await c.get(`/Users/${user.id}`)).status;
    },
    healthy: 404,
    broken: 200,
  },
  'idp/deactivate-user~entra-active-path-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
      return (await c.get(`/Users/${user.id}`)).status;
    },
    healthy: 404,
    broken: 200,
  },
  'idp/deactivate-user~put-active-ignored': {
    run: async (c) => {
      const user = await createUser(c);
      await c.put(`/Users/${user.id}`, newUser({ userName: user.userName, emails: [{ value: user.userName, type: 'work', primary: true }], active: false }));
      return (await c.get(`/Users/${user.id}`)).status;
    },
    healthy: 404,
    broken: 200,
  },
  'idp/read-deactivated-user': {
    run: async (_c, e) => {
      const c = scim(e, 'reference');
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
      return (await c.get(`/Users/${user.id}`)).status;
    },
    healthy: 200,
    broken: 404,
  },
  'idp/reactivate-user': {
    run: async (_c, e) => {
      const c = scim(e, 'reference');
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: true }));
      return (await c.get<UserBody>(`/Users/${user.id}`)).body.active;
    },
    healthy: true,
    broken: false,
  },
  'idp/delete-user': {
    run: async (c) => (await c.delete(`/Users/${(await createUser(c)).id}`)).status,
    healthy: 204,
    broken: 405,
  },
  'idp/find-group': {
    run: async (c) => (await c.get<GroupBody>(`/Groups/${(await createGroup(c, 'Engineering Team')).id}`)).body.displayName,
    healthy: 'Engineering Team',
    broken: 'ENGINEERING TEAM',
  },
  'idp/find-group~entra-excluded-attributes-rejected': {
    run: async (c) => (await c.get(`/Groups/${(await createGroup(c, 'Engineering')).id}?excludedAttributes=members`)).status,
    healthy: 200,
    broken: 400,
  },
  'idp/create-group': {
    run: async (c) => typeof (await c.post<GroupBody>('/Groups', { schemas: [GROUP_URN], displayName: 'Engineering' })).body.id,
    healthy: 'string',
    broken: 'undefined',
  },
  'idp/create-group~entra-unknown-schema-rejected': {
    run: async (c) => (await c.post('/Groups', { schemas: [GROUP_URN, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'], displayName: 'Engineering' })).status,
    healthy: 201,
    broken: 400,
  },
  'idp/create-group~authentik-empty-members-omitted': {
    run: async (c) => 'members' in (await c.get<GroupBody>(`/Groups/${(await createGroup(c, 'Engineering')).id}`)).body,
    healthy: true,
    broken: false,
  },
  'idp/link-group': {
    run: async (_c, e) => {
      const found = await scim(e).get<ListBody<GroupBody>>(`/Groups?${filterQuery(`displayName eq "CF-${e.account('primary').id} - ${ADMIN_READ_ONLY}"`)}`);
      const bound = await scim(e, 'legacy').post('/Groups', { schemas: [GROUP_URN], displayName: legacyName(e, ADMIN_READ_ONLY) });
      return [found.body.totalResults, bound.status];
    },
    healthy: [1, 201],
    broken: [0, 400],
  },
  'idp/link-group~okta-list-empty': {
    run: async (c) => (await c.get<ListBody<GroupBody>>('/Groups?startIndex=1&count=100')).body.Resources.length > 0,
    healthy: true,
    broken: false,
  },
  'idp/add-member': {
    run: async (c) => {
      const group = await createGroup(c, 'Engineering');
      await c.patch(`/Groups/${group.id}`, addMembers((await createUser(c)).id));
      return memberCount(c, group.id);
    },
    healthy: 1,
    broken: 0,
  },
  'idp/add-member~entra-ref-null-rejected': {
    run: async (c) => {
      const group = await createGroup(c, 'Engineering');
      return (await c.patch(`/Groups/${group.id}`, patchOp({ op: 'Add', path: 'members', value: [{ $ref: null, value: (await createUser(c)).id }] }))).status;
    },
    healthy: 200,
    broken: 400,
  },
  'idp/add-member~okta-noop-rename-rejected': {
    run: async (c) => {
      const group = await createGroup(c, 'Engineering');
      return (await c.patch(`/Groups/${group.id}`, patchOp({ op: 'replace', value: { id: group.id, displayName: 'Engineering' } }))).status;
    },
    healthy: 200,
    broken: 400,
  },
  'idp/remove-member': {
    run: async (c) => {
      const user = await createUser(c);
      const group = await createGroup(c, 'Engineering', [user.id]);
      await c.patch(`/Groups/${group.id}`, patchOp({ op: 'remove', path: 'members', value: [{ value: user.id }] }));
      return memberCount(c, group.id);
    },
    healthy: 0,
    broken: 1,
  },
  'idp/remove-member~value-array-ignored': {
    run: async (c) => {
      const [a, b] = [await createUser(c), await createUser(c)];
      const group = await createGroup(c, 'Engineering', [a.id, b.id]);
      await c.patch(`/Groups/${group.id}`, patchOp({ op: 'Remove', path: 'members', value: [{ value: a.id }] }));
      return memberCount(c, group.id);
    },
    healthy: 1,
    broken: 0,
  },
  'idp/remove-member~filter-path-rejected': {
    run: async (c) => {
      const user = await createUser(c);
      const group = await createGroup(c, 'Engineering', [user.id]);
      return (await c.patch(`/Groups/${group.id}`, patchOp({ op: 'remove', path: `members[value eq "${user.id}"]` }))).status;
    },
    healthy: 200,
    broken: 400,
  },
  'idp/rename-group': {
    run: async (c) => {
      const group = await createGroup(c, 'Engineering');
      await c.patch(`/Groups/${group.id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Platform' }));
      return (await c.get<GroupBody>(`/Groups/${group.id}`)).body.displayName;
    },
    healthy: 'Platform',
    broken: 'Engineering',
  },
  'idp/rename-group~authentik-no-schemas-rejected': {
    run: async (c) => {
      const group = await createGroup(c, 'Engineering');
      return (await c.patch(`/Groups/${group.id}`, { Operations: [{ op: 'replace', value: { displayName: 'Platform' } }] })).status;
    },
    healthy: 200,
    broken: 400,
  },
  'idp/delete-group': {
    run: async (c) => {
      const group = await createGroup(c, 'Engineering');
      await c.delete(`/Groups/${group.id}`);
      return (await c.get(`/Groups/${group.id}`)).status;
    },
    healthy: 404,
    broken: 200,
  },
  'lifecycle/L1-assign-member': {
    run: async (c, e) => rolesOf(e, (await createUser(c)).id),
    healthy: ['Minimal Account Access'],
    broken: [],
  },
  'lifecycle/L2-unassign-removes-member': {
    run: async (c, e) => {
      const user = await createUser(c);
      await c.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'active', value: false }));
      return (await rolesOf(e, user.id)) !== undefined;
    },
    healthy: false,
    broken: true,
  },
  'lifecycle/L3-group-grants-role': {
    run: async (c, e) => (await throughRoleGroup(c, e, false))?.includes(ADMIN_READ_ONLY),
    healthy: true,
    broken: false,
  },
  'lifecycle/L4-leaving-group-revokes-role': {
    run: async (c, e) => (await throughRoleGroup(c, e, true))?.includes(ADMIN_READ_ONLY),
    healthy: false,
    broken: true,
  },
  'lifecycle/L5-minimal-access-remains': {
    run: async (c, e) => throughRoleGroup(c, e, true),
    healthy: ['Minimal Account Access'],
    broken: [],
  },
  'cloudflare/last-super-admin-kept': {
    run: async (c, e) => {
      const owner = e.account('primary').owner;
      await c.patch(`/Users/${owner.id}`, patchOp({ op: 'replace', value: { active: false } }));
      return (await rolesOf(e, owner.id)) !== undefined;
    },
    healthy: true,
    broken: false,
  },
  'cloudflare/legacy/exact-name-binds-role': {
    run: async (_c, e) => (await legacyPush(e, legacyName(e, AUDIT_LOGS)))?.includes(AUDIT_LOGS),
    healthy: true,
    broken: false,
  },
  'cloudflare/legacy/near-miss-binds-nothing': {
    run: async (_c, e) => (await legacyPush(e, legacyName(e, AUDIT_LOGS.toLowerCase())))?.includes(AUDIT_LOGS),
    healthy: false,
    broken: true,
  },
  'cloudflare/legacy/one-role-per-group': {
    run: async (_c, e) => (await legacyPush(e, legacyName(e, AUDIT_LOGS)))?.length,
    healthy: 2,
    broken: 3,
  },
  'cloudflare/legacy/account-scoped-roles-only': {
    run: async (_c, e) => (await legacyPush(e, legacyName(e, 'Domain Administrator')))?.includes('Domain Administrator'),
    healthy: false,
    broken: true,
  },
  'cloudflare/user-groups/cf-prefix-reserved': {
    run: async (c) => (await c.post('/Groups', { schemas: [GROUP_URN], displayName: 'CF-Admins' })).status,
    healthy: 400,
    broken: 201,
  },
  'cloudflare/user-groups/custom-groups-grant-no-role': {
    run: async (c, e) => {
      const user = await createUser(c);
      await createGroup(c, `Team ${AUDIT_LOGS}`, [user.id]);
      return (await rolesOf(e, user.id))?.includes(AUDIT_LOGS);
    },
    healthy: false,
    broken: true,
  },
  'cloudflare/user-groups/system-groups-members-only': {
    run: async (c) => {
      const path = `/Groups/${SYSTEM_PREFIX}${ACCOUNT_ROLES.find((r) => r.name === AUDIT_LOGS)!.id}`;
      return [(await c.patch(path, patchOp({ op: 'replace', path: 'displayName', value: 'Renamed' }))).status, (await c.delete(path)).status];
    },
    healthy: [400, 400],
    broken: [200, 204],
  },
  'cloudflare/group-membership-keeps-account-membership': {
    run: async (c, e) => {
      const user = await createUser(c);
      const group = await createGroup(c, 'Engineering', [user.id]);
      await c.patch(`/Groups/${group.id}`, patchOp({ op: 'remove', path: 'members', value: [{ value: user.id }] }));
      return (await rolesOf(e, user.id)) !== undefined;
    },
    healthy: true,
    broken: false,
  },
};
