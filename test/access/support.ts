import type { Emulator } from '../../emulator/index.ts';
import { Client, GROUP_URN, newUser, patchOp, type GroupBody, type UserBody } from '../emulator/support.ts';

/**
 * In-process clients of one account's Zero Trust side: the IdP's SCIM endpoint on the team domain,
 * the Access API, and the team domain's pages with a session cookie, as a browser would send it.
 */
export function accessScim(emulator: Emulator, key = 'primary', options: { form?: 'populations' | 'cdn-cgi'; authorization?: string } = {}): Client {
  const info = emulator.access(key);
  const base = options.form === 'cdn-cgi' ? info.cdnCgiScimBasePath : info.scimBasePath;
  return new Client(emulator, base, options.authorization ?? `Bearer ${info.scimSecret}`);
}

export function accessApi(emulator: Emulator, key = 'primary', authorization?: string): Client {
  const account = emulator.account(key);
  return new Client(emulator, emulator.access(key).apiBasePath, authorization ?? `Bearer ${account.tokens.api}`);
}

export function teamDomain(emulator: Emulator, key = 'primary'): Client {
  return new Client(emulator, emulator.access(key).teamBasePath, undefined);
}

/** Signs in as `email` through the login stand-in; the session cookie, or undefined when refused. */
export async function signIn(emulator: Emulator, email: string, key = 'primary'): Promise<string | undefined> {
  const reply = await teamDomain(emulator, key).get(`/cdn-cgi/access/login?email=${encodeURIComponent(email)}`);
  const cookie = reply.headers.get('set-cookie');
  return reply.status === 302 && cookie !== null ? cookie.split(';', 1)[0] : undefined;
}

/** The status the demo application answers with this session cookie (302: sign in first). */
export async function openApp(emulator: Emulator, cookie: string | undefined, key = 'primary'): Promise<number> {
  return (await teamDomain(emulator, key).get('/access-demo/', cookie === undefined ? {} : { cookie })).status;
}

export async function pushUser(client: Client, overrides: Record<string, unknown> = {}): Promise<UserBody> {
  const reply = await client.post<UserBody>('/Users', newUser(overrides));
  if (reply.status !== 201) throw new Error(`POST /Users answered ${reply.status}: ${reply.text}`);
  return reply.body;
}

export async function pushGroup(client: Client, displayName: string, externalId?: string): Promise<GroupBody> {
  const reply = await client.post<GroupBody>('/Groups', { schemas: [GROUP_URN], displayName, ...(externalId === undefined ? {} : { externalId }) });
  if (reply.status !== 201) throw new Error(`POST /Groups answered ${reply.status}: ${reply.text}`);
  return reply.body;
}

export async function addMember(client: Client, groupId: string, userId: string): Promise<number> {
  return (await client.patch(`/Groups/${groupId}`, patchOp({ op: 'add', path: 'members', value: [{ value: userId }] }))).status;
}

export async function removeMember(client: Client, groupId: string, userId: string): Promise<number> {
  return (await client.patch(`/Groups/${groupId}`, patchOp({ op: 'remove', path: `members[value eq "${userId}"]` }))).status;
}

/** Points the demo application's Allow policy at one pushed group (a generic SAML `groups` rule). */
export async function allowGroup(emulator: Emulator, displayName: string, key = 'primary'): Promise<number> {
  const info = emulator.access(key);
  const rule = { saml: { attribute_name: 'groups', attribute_value: displayName, identity_provider_id: info.idpId } };
  return (await accessApi(emulator, key).put(`/apps/${info.appId}/policies/${info.policyId}`, { name: 'Allow group A', decision: 'allow', include: [rule] })).status;
}

/** Sets scim_config flags on the account's IdP, keeping its name and type. */
export async function setScimConfig(emulator: Emulator, scimConfig: Record<string, unknown>, key = 'primary'): Promise<number> {
  const api = accessApi(emulator, key);
  const path = `/identity_providers/${emulator.access(key).idpId}`;
  const current = (await api.get<{ result: { name: string; type: string } }>(path)).body.result;
  return (await api.put(path, { name: current.name, type: current.type, scim_config: scimConfig })).status;
}

export interface AccessUserItem {
  id: string;
  email: string;
  access_seat: boolean;
  seat_uid: string | null;
}

export async function accessUser(emulator: Emulator, email: string, key = 'primary'): Promise<AccessUserItem | undefined> {
  const reply = await accessApi(emulator, key).get<{ result: AccessUserItem[] }>(`/users?email=${encodeURIComponent(email)}`);
  return reply.body.result[0];
}

export async function sessionCount(emulator: Emulator, email: string, key = 'primary'): Promise<number> {
  const user = await accessUser(emulator, email, key);
  if (user === undefined) return 0;
  return (await accessApi(emulator, key).get<{ result: unknown[] }>(`/users/${user.id}/active_sessions`)).body.result.length;
}
