import { ACCOUNT_ROLES, MINIMAL_ACCOUNT_ACCESS_ROLE_ID } from '../roles.ts';
import type { GroupRecord } from '../store/groups.ts';
import type { ScimContext } from './context.ts';
import { onStaleMembership } from './stale-membership.ts';
import { memberIds, type GroupTarget } from './group-resource.ts';
import { ScimFailure } from './responses.ts';

/**
 * Group writes. Every request builds a draft of the group's new state, and this module checks the
 * draft as a whole before changing anything, so a refused request changes nothing.
 */
export interface GroupDraft {
  displayName: string;
  externalId: string | undefined;
  /** User ids, in order. */
  members: Set<string>;
  /** The resource as written, for presets that store full resources. */
  attributes?: Record<string, unknown> | undefined;
}

export function draftOf(ctx: ScimContext, target: GroupTarget): GroupDraft {
  const externalId = target.kind === 'custom' ? target.group.externalId : undefined;
  const attributes = target.kind === 'custom' ? target.group.attributes : undefined;
  return { displayName: target.group.displayName, externalId, members: new Set(memberIds(ctx, target)), attributes };
}

/**
 * Custom group names: non-empty, not beginning with the reserved `CF` (CLOUDFLARE.md A5.8; [INF]
 * case-sensitive, as written, and 400 invalidValue), unique ([INF] 409 uniqueness).
 */
function assertNameAllowed(ctx: ScimContext, displayName: string, self?: GroupRecord): void {
  if (displayName.trim() === '') throw new ScimFailure(400, 'displayName must not be empty', 'invalidValue');
  // [INF] A5.8, A5.9: the name of a system group is taken, so a POST of it conflicts (Authentik then
  // looks the group up by name and links it, IDP-SHAPES.md §4.7); other CF names are reserved.
  const system = ctx.knobs.groupModel === 'user-groups' ? ctx.account.systemGroups.findByDisplayName(displayName) : undefined;
  if (system !== undefined) throw new ScimFailure(409, `A group named "${displayName}" already exists (${system.id})`, 'uniqueness');
  if (ctx.knobs.groupModel === 'user-groups' && displayName.startsWith('CF') && !ctx.defects.has('cloudflare/user-groups/cf-prefix-reserved')) {
    throw new ScimFailure(400, `displayName "${displayName}" begins with the reserved prefix "CF"; choose another name, e.g. "Cloudflare-Admins"`, 'invalidValue');
  }
  const holder = ctx.state.groups.findByDisplayName(displayName);
  if (holder !== undefined && holder !== self) throw new ScimFailure(409, `A group named "${displayName}" already exists (${holder.id})`, 'uniqueness');
}

/** [INF] A5.11: adding someone who is not an account member is refused with invalidValue. */
function assertMembersExist(ctx: ScimContext, ids: Iterable<string>, current: ReadonlySet<string>): void {
  for (const id of ids) {
    if (!current.has(id) && ctx.state.users.get(id) === undefined) {
      throw new ScimFailure(400, `"${id}" is not a member of this account; provision the user first`, 'invalidValue');
    }
  }
}

export function createCustomGroup(ctx: ScimContext, draft: GroupDraft): GroupRecord {
  assertNameAllowed(ctx, draft.displayName);
  assertMembersExist(ctx, draft.members, EMPTY);
  const group = ctx.state.createGroup({ displayName: draft.displayName, externalId: draft.externalId, attributes: draft.attributes });
  for (const id of draft.members) ctx.state.groups.addMember(group, ctx.state.users.get(id)!);
  grantByNameDefect(ctx, group.displayName, draft.members);
  ctx.state.audit.record('Create SCIM Group', 'Group', group.id);
  return group;
}

/**
 * Applies a draft. System groups accept member changes only (A5.7: rename, externalId and delete are
 * refused, [INF] 400 mutability); their membership is the role, so it is granted or revoked, except
 * Minimal Account Access, which a member holds while a member (lifecycle L5). Group membership never
 * changes account membership (A5.3).
 */
export function commitGroup(ctx: ScimContext, target: GroupTarget, requested: GroupDraft, action: 'Create SCIM Group' | 'Update SCIM Group'): void {
  const current = new Set(memberIds(ctx, target));
  const draft = asHeardByDefects(ctx, target, current, requested);
  assertMembersExist(ctx, draft.members, current);
  if (target.kind === 'system') {
    if (draft.displayName !== target.group.displayName || draft.externalId !== undefined) {
      throw new ScimFailure(400, `Group ${target.group.id} is a system group: only its members can change`, 'mutability');
    }
    commitRole(ctx, target.group.role.id, current, draft.members);
  } else {
    commitCustom(ctx, target.group, current, draft);
  }
  ctx.state.audit.record(action, 'Group', target.group.id);
  afterLeavingByDefects(ctx, [...current].filter((id) => !draft.members.has(id)));
}

/** Defects that answer a group write with success but apply only part of it. */
function asHeardByDefects(ctx: ScimContext, target: GroupTarget, current: ReadonlySet<string>, requested: GroupDraft): GroupDraft {
  const draft: GroupDraft = { ...requested, members: new Set(requested.members) };
  // A role group: a system group, or on the plain RFC server (no roles) any group stands for one.
  const roleGroup = target.kind === 'system' || ctx.knobs.groupModel === 'plain';
  if (ctx.defects.has('idp/add-member') || (roleGroup && ctx.defects.has('lifecycle/L3-group-grants-role'))) {
    for (const id of [...draft.members]) if (!current.has(id)) draft.members.delete(id);
  }
  if (ctx.defects.has('idp/remove-member') || (roleGroup && ctx.defects.has('lifecycle/L4-leaving-group-revokes-role'))) {
    for (const id of current) draft.members.add(id);
  }
  const keepsName = ctx.defects.has('idp/rename-group') || (target.kind === 'system' && ctx.defects.has('cloudflare/user-groups/system-groups-members-only'));
  if (keepsName) draft.displayName = target.group.displayName;
  if (target.kind === 'system' && ctx.defects.has('cloudflare/user-groups/system-groups-members-only')) draft.externalId = undefined;
  draft.members = onStaleMembership(ctx, target, current, draft.members);
  return draft;
}

/** What becomes of the members who left, under defects: stranded without Minimal Account Access, or out of the account. */
function afterLeavingByDefects(ctx: ScimContext, leaving: readonly string[]): void {
  const { users } = ctx.state;
  for (const id of leaving) {
    const user = users.get(id);
    if (user === undefined) continue;
    if (ctx.defects.has('cloudflare/group-membership-keeps-account-membership')) {
      ctx.state.deprovisionUser(user);
      ctx.state.audit.record('Delete SCIM User', 'User', user.id);
    } else if (ctx.defects.has('lifecycle/L5-minimal-access-remains')) {
      if (ctx.knobs.groupModel === 'plain') {
        if (user.groups.size === 0) user.active = false;
      } else if ([...user.roles].every((role) => role === MINIMAL_ACCOUNT_ACCESS_ROLE_ID)) {
        users.revoke(user, MINIMAL_ACCOUNT_ACCESS_ROLE_ID);
      }
    }
  }
}

/** A defect that lets the legacy binding leak into the current model: a custom group named after a role grants it. */
function grantByNameDefect(ctx: ScimContext, displayName: string, joining: Iterable<string>): void {
  if (!ctx.defects.has('cloudflare/user-groups/custom-groups-grant-no-role')) return;
  const role = ACCOUNT_ROLES.find((r) => displayName.endsWith(r.name));
  if (role === undefined) return;
  for (const id of joining) ctx.state.users.grant(ctx.state.users.get(id)!, role.id);
}

function commitRole(ctx: ScimContext, roleId: string, current: ReadonlySet<string>, next: ReadonlySet<string>): void {
  const { users } = ctx.state;
  const leaving = [...current].filter((id) => !next.has(id));
  for (const id of next) if (!current.has(id)) users.grant(users.get(id)!, roleId);
  if (ctx.defects.has('cloudflare/legacy/one-role-per-group')) {
    const others = ACCOUNT_ROLES.filter((r) => r.id !== MINIMAL_ACCOUNT_ACCESS_ROLE_ID);
    const extra = others[(others.findIndex((r) => r.id === roleId) + 1) % others.length]!;
    for (const id of next) if (!current.has(id)) users.grant(users.get(id)!, extra.id);
  }
  if (roleId === MINIMAL_ACCOUNT_ACCESS_ROLE_ID) return;
  for (const id of leaving) users.revoke(users.get(id)!, roleId);
}

function commitCustom(ctx: ScimContext, group: GroupRecord, current: ReadonlySet<string>, draft: GroupDraft): void {
  const { groups, users } = ctx.state;
  if (draft.displayName !== group.displayName) assertNameAllowed(ctx, draft.displayName, group);
  const leaving = [...current].filter((id) => !draft.members.has(id));
  groups.rename(group, draft.displayName);
  groups.setExternalId(group, draft.externalId);
  if (draft.attributes !== undefined) group.attributes = draft.attributes;
  for (const id of leaving) groups.removeMember(group, users.get(id)!);
  for (const id of draft.members) if (!current.has(id)) groups.addMember(group, users.get(id)!);
  grantByNameDefect(ctx, group.displayName, [...draft.members].filter((id) => !current.has(id)));
  groups.touch(group);
}

const EMPTY: ReadonlySet<string> = new Set();
