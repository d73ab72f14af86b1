/**
 * An independently written SCIM 2.0 server: SCIMMY (schemas, filters, PATCH, list responses) behind
 * scimmy-routers (the HTTP protocol) on Express, with an in-memory store. None of it shares code with
 * the harness or its emulator, so a run against it shows how the suite judges a server it was not
 * written alongside. The store does only what SCIMMY leaves to an application: ids, meta timestamps,
 * userName/displayName uniqueness, and the read-only User.groups derived from Group.members.
 *
 * `npx tsx test/independent/scimmy-server.ts` serves it on loopback and prints the settings to use.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';

type Json = Record<string, unknown>;
type Member = { value: string; display?: string; type?: string };
interface Handled {
  id?: string;
  filter?: { match: (values: Json[]) => Json[] };
}

export interface ScimmyServer {
  url: string;
  token: string;
  close: () => Promise<void>;
}

const SCIM_PATH = '/scim/v2';

/** One store per process: SCIMMY keeps its declared resources and config in module-level state. */
const users = new Map<string, Json>();
const groups = new Map<string, Json>();

function notFound(id: string): Error {
  return new SCIMMY.Types.Error(404, null as unknown as string, `Resource ${id} not found`);
}

function conflict(attribute: string, value: unknown): Error {
  return new SCIMMY.Types.Error(409, 'uniqueness', `${attribute} "${String(value)}" is already taken`);
}

/** Writes a resource, keeping the server-owned parts (id, meta.created) and enforcing one unique attribute. */
function store(records: Map<string, Json>, unique: string, id: string | undefined, instance: Json): Json {
  const existing = id === undefined ? undefined : records.get(id);
  if (id !== undefined && existing === undefined) throw notFound(id);
  const value = String(instance[unique] ?? '').toLowerCase();
  for (const [otherId, other] of records) {
    if (otherId !== id && String(other[unique] ?? '').toLowerCase() === value) throw conflict(unique, instance[unique]);
  }
  const now = new Date().toISOString();
  const created = (existing?.meta as Json | undefined)?.created ?? now;
  const record: Json = { ...JSON.parse(JSON.stringify(instance)), id: id ?? randomUUID(), meta: { created, lastModified: now } };
  delete record.schemas;
  records.set(String(record.id), record);
  return record;
}

/** A User as the server returns it: with the groups that list it as a member. */
function withGroups(user: Json): Json {
  const memberOf = [...groups.values()]
    .filter((group) => ((group.members as Member[] | undefined) ?? []).some((m) => m.value === user.id))
    .map((group) => ({ value: String(group.id), display: String(group.displayName), type: 'direct' }));
  return memberOf.length === 0 ? user : { ...user, groups: memberOf };
}

/** Members that name a User or Group the server knows, with their display names filled in; none is []. */
function knownMembers(members: Member[] = []): Member[] {
  return members.map((member) => {
    const user = users.get(member.value);
    const group = groups.get(member.value);
    if (user === undefined && group === undefined) throw new SCIMMY.Types.Error(400, 'invalidValue', `member "${member.value}" does not exist`);
    return { value: member.value, display: String(user?.userName ?? group?.displayName), type: user ? 'User' : 'Group' };
  });
}

function listOrOne(records: Map<string, Json>, resource: Handled, shape: (record: Json) => Json): Json | Json[] {
  if (resource.id !== undefined) {
    const record = records.get(resource.id);
    if (record === undefined) throw notFound(resource.id);
    return shape(record);
  }
  const all = [...records.values()].map(shape);
  return resource.filter === undefined ? all : resource.filter.match(all);
}

function declareResources(): void {
  SCIMMY.Config.set({
    documentationUri: 'https://github.com/scimmyjs/scimmy',
    patch: true,
    filter: { supported: true, maxResults: 200 },
    sort: true,
    bulk: { supported: false },
    etag: false,
    changePassword: false,
  } as never);

  SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false) as typeof SCIMMY.Resources.User)
    .ingress((resource: Handled, instance: object) => withGroups(store(users, 'userName', resource.id, { ...instance, groups: undefined })) as never)
    .egress((resource: Handled) => listOrOne(users, resource, withGroups) as never)
    .degress((resource: Handled) => {
      const id = String(resource.id);
      if (!users.delete(id)) throw notFound(id);
      for (const group of groups.values()) group.members = ((group.members as Member[] | undefined) ?? []).filter((m) => m.value !== id);
    });

  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .ingress((resource: Handled, instance: { members?: Member[] }) =>
      store(groups, 'displayName', resource.id, { ...instance, members: knownMembers(instance.members) }) as never,
    )
    .egress((resource: Handled) => listOrOne(groups, resource, (group) => group) as never)
    .degress((resource: Handled) => {
      const id = String(resource.id);
      if (!groups.delete(id)) throw notFound(id);
    });
}

let declared = false;

/** Serves the SCIMMY server on a loopback port; only `Bearer <token>` is let in. */
export async function startScimmyServer(token = `scimmy-${randomUUID()}`): Promise<ScimmyServer> {
  if (!declared) declareResources();
  declared = true;
  const app = express();
  let origin = '';
  app.use(
    SCIM_PATH,
    new SCIMMYRouters({
      type: 'bearer',
      docUri: 'https://datatracker.ietf.org/doc/html/rfc6750',
      handler: (request) => {
        if (request.header('Authorization') !== `Bearer ${token}`) throw new Error('Authorization failed');
        // The token belongs to no User, so /Me answers 501 (RFC 7644 §3.11) rather than 404.
        return undefined as unknown as string;
      },
      baseUri: () => origin,
    }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin + SCIM_PATH,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startScimmyServer(process.env.SCIMMY_TOKEN);
  console.log(`SCIMMY server listening. Run the suite against it with:\n  SCIM_BASE_URL=${server.url} SCIM_TOKEN=${server.token} SCIM_TARGET_PROFILE=generic npm run conformance`);
}
