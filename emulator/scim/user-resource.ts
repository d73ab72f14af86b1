import { URN } from '../../lib/scim-uris.ts';
import type { UserRecord } from '../store/users.ts';
import type { ScimContext } from './context.ts';
import { locationOf, metaOf } from './meta.ts';
import type { ScimResource } from './rfc-engine.ts';
import { withoutKeys } from './values.ts';

/**
 * A stored user as a SCIM User. Cloudflare's shape (CLOUDFLARE.md A4): a single primary work email
 * equal to userName, displayName falling back to the formatted name then userName, `groups` as
 * plain id strings, `meta:{resourceType}`. The `full` mode returns what the client wrote, plus the
 * server-owned id, groups and meta. `password` is never returned in either (RFC 7643 §4.1.1).
 */
export function renderUser(ctx: ScimContext, user: UserRecord): ScimResource {
  return ctx.knobs.attributeStorage === 'full' ? fullUser(ctx, user) : cloudflareUser(ctx, user);
}

function nameOf(user: UserRecord): { givenName?: string; familyName?: string; formatted?: string } | undefined {
  if (user.givenName === undefined && user.familyName === undefined) return undefined;
  const name: { givenName?: string; familyName?: string; formatted?: string } = {};
  if (user.givenName !== undefined) name.givenName = user.givenName;
  if (user.familyName !== undefined) name.familyName = user.familyName;
  name.formatted = [user.givenName, user.familyName].filter((part) => part !== undefined).join(' ');
  return name;
}

function cloudflareUser(ctx: ScimContext, user: UserRecord): ScimResource {
  const name = nameOf(user);
  const resource: ScimResource = { schemas: [URN.user], id: user.id, userName: user.userName };
  if (name !== undefined) resource.name = name;
  resource.displayName = user.displayName ?? name?.formatted ?? user.userName;
  resource.emails = [{ value: user.userName, type: 'work', primary: true }];
  if (user.externalId !== undefined) resource.externalId = user.externalId;
  resource.active = user.active;
  resource.groups = groupsOf(ctx, user);
  resource.meta = metaOf(ctx, 'Users', user);
  return resource;
}

/** A user created through the store API has no client-written resource yet: its fields stand in. */
export function attributesFromFields(user: UserRecord): ScimResource {
  const attributes: ScimResource = { schemas: [URN.user], userName: user.userName };
  const name = nameOf(user);
  if (name !== undefined) attributes.name = withoutKeys(name, ['formatted']);
  if (user.displayName !== undefined) attributes.displayName = user.displayName;
  if (user.externalId !== undefined) attributes.externalId = user.externalId;
  attributes.emails = [{ value: user.userName, type: 'work', primary: true }];
  return attributes;
}

function fullUser(ctx: ScimContext, user: UserRecord): ScimResource {
  const { schemas, ...rest } = user.attributes ?? attributesFromFields(user);
  const resource: ScimResource = { schemas: schemas ?? [URN.user], id: user.id, ...rest, userName: user.userName, active: user.active };
  const groups = groupsOf(ctx, user);
  // RFC 7643 §2.5: an empty multi-valued attribute is the same as an unassigned one.
  if (groups.length > 0) resource.groups = groups;
  resource.meta = metaOf(ctx, 'Users', user);
  return resource;
}

/** System groups of the roles held (A4: `cloudflare-v1-…` ids appear here too), then custom groups. */
function groupsOf(ctx: ScimContext, user: UserRecord): unknown[] {
  const entries: { id: string; display: string }[] = [];
  for (const roleId of user.roles) {
    const system = ctx.account.systemGroups.forRole(roleId);
    if (system !== undefined) entries.push({ id: system.id, display: system.displayName });
  }
  for (const groupId of user.groups) {
    const group = ctx.state.groups.get(groupId);
    if (group !== undefined) entries.push({ id: group.id, display: group.displayName });
  }
  if (ctx.knobs.userGroupsShape === 'strings') return entries.map((e) => e.id);
  return entries.map((e) => ({ value: e.id, $ref: locationOf(ctx, 'Groups', e.id), display: e.display }));
}
