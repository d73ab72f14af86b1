import { URN } from '../../lib/scim-uris.ts';
import type { GroupRecord } from '../store/groups.ts';
import type { SystemGroup } from '../store/system-groups.ts';
import type { ScimContext } from './context.ts';
import { locationOf, metaOf } from './meta.ts';
import { ScimFailure } from './responses.ts';
import type { ScimResource } from './rfc-engine.ts';

/**
 * A group is either a system group (a role, CLOUDFLARE.md A5.7) or a stored custom group.
 * Cloudflare: list items never carry `members`; a single custom group always does (at least []);
 * a system group never does (A4). Plain RFC groups carry `members` everywhere.
 */
export type GroupTarget = { kind: 'system'; group: SystemGroup } | { kind: 'custom'; group: GroupRecord };

export function findGroup(ctx: ScimContext, id: string): GroupTarget {
  const system = ctx.account.systemGroups.get(id);
  if (system !== undefined) return { kind: 'system', group: system };
  const custom = ctx.state.groups.get(id);
  if (custom !== undefined) return { kind: 'custom', group: custom };
  throw new ScimFailure(404, `Group ${id} not found`);
}

/** Member ids, in order: for a system group, the holders of its role. */
export function memberIds(ctx: ScimContext, target: GroupTarget): ReadonlySet<string> {
  return target.kind === 'system' ? ctx.state.users.holdersOf(target.group.role.id) : target.group.members;
}

export function renderGroup(ctx: ScimContext, target: GroupTarget, view: 'item' | 'list'): ScimResource {
  const { group } = target;
  const attributes = target.kind === 'custom' ? (target.group.attributes ?? {}) : {};
  const { schemas, ...rest } = attributes;
  const resource: ScimResource = { schemas: schemas ?? [URN.group], id: group.id, ...rest, displayName: group.displayName };
  if (target.kind === 'custom' && target.group.externalId !== undefined) resource.externalId = target.group.externalId;
  const withMembers = ctx.knobs.groupModel === 'plain' || (target.kind === 'custom' && view === 'item');
  const members = withMembers ? renderMembers(ctx, memberIds(ctx, target)) : [];
  // Authentik re-adds members only when the group's GET has "members", even [] (IDP-SHAPES.md §4.7).
  if (withMembers && (members.length > 0 || !ctx.defects.has('idp/create-group~authentik-empty-members-omitted'))) resource.members = members;
  resource.meta = metaOf(ctx, 'Groups', group);
  return resource;
}

function renderMembers(ctx: ScimContext, ids: ReadonlySet<string>): unknown[] {
  const members: unknown[] = [];
  for (const id of ids) {
    const user = ctx.state.users.get(id);
    if (user === undefined) continue;
    members.push(
      ctx.knobs.userGroupsShape === 'complex'
        ? { value: user.id, $ref: locationOf(ctx, 'Users', user.id), display: user.userName }
        : { value: user.id, display: user.userName },
    );
  }
  return members;
}
