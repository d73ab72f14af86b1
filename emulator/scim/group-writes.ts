import { MINIMAL_ACCOUNT_ACCESS_ROLE_ID } from '../roles.ts';
import type { GroupRecord } from '../store/groups.ts';
import type { ScimContext } from './context.ts';
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
  if (ctx.knobs.groupModel === 'user-groups' && displayName.startsWith('CF')) {
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
  ctx.state.audit.record('Create SCIM Group', 'Group', group.id);
  return group;
}

/**
 * Applies a draft. System groups accept member changes only (A5.7: rename, externalId and delete are
 * refused, [INF] 400 mutability); their membership is the role, so it is granted or revoked, except
 * Minimal Account Access, which a member holds while a member (lifecycle L5). Group membership never
 * changes account membership (A5.3).
 */
export function commitGroup(ctx: ScimContext, target: GroupTarget, draft: GroupDraft, action: 'Create SCIM Group' | 'Update SCIM Group'): void {
  const current = memberIds(ctx, target);
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
}

function commitRole(ctx: ScimContext, roleId: string, current: ReadonlySet<string>, next: ReadonlySet<string>): void {
  const { users } = ctx.state;
  const leaving = [...current].filter((id) => !next.has(id));
  for (const id of next) if (!current.has(id)) users.grant(users.get(id)!, roleId);
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
  groups.touch(group);
}

const EMPTY: ReadonlySet<string> = new Set();
