import { MINIMAL_ACCOUNT_ACCESS_ROLE_ID } from '../roles.ts';
import type { UserRecord } from '../store/users.ts';
import type { ScimContext } from './context.ts';
import { ScimFailure } from './responses.ts';

/**
 * The writes every User request ends in, whichever preset read the body: uniqueness, the
 * last-Super-Administrator guard, deprovisioning, and the audit trail (CLOUDFLARE.md A5, A11).
 */
export interface UserFields {
  userName: string;
  givenName?: string | undefined;
  familyName?: string | undefined;
  displayName?: string | undefined;
  externalId?: string | undefined;
  attributes?: Record<string, unknown> | undefined;
  /** Defaults to true on create. */
  active?: boolean;
}

/** A key that is present changes that field; present with `undefined` clears it. */
export type UserChange = Partial<UserFields>;

function assertUserNameFree(ctx: ScimContext, userName: string, self?: UserRecord): void {
  const holder = ctx.state.users.findByUserName(userName);
  if (holder !== undefined && holder !== self) {
    throw new ScimFailure(409, `userName "${userName}" is already in use by user ${holder.id}`, 'uniqueness');
  }
}

/** [INF] A5.1: a duplicate POST of an existing member is 409 uniqueness (the spec's only scimType example). */
export function createUser(ctx: ScimContext, fields: UserFields): UserRecord {
  // Authentik links an existing user only after a 409 (IDP-SHAPES.md §4.4); this defect answers 400 instead.
  if (ctx.defects.has('idp/find-user~authentik-conflict-400') && ctx.state.users.findByUserName(fields.userName) !== undefined) {
    throw new ScimFailure(400, `userName "${fields.userName}" cannot be used`, 'invalidValue');
  }
  assertUserNameFree(ctx, fields.userName);
  if (ctx.defects.has('idp/reactivate-user') && ctx.state.wasMember(fields.userName)) {
    throw new ScimFailure(409, `userName "${fields.userName}" belonged to a deprovisioned member`, 'uniqueness');
  }
  const user = ctx.state.provisionUser(fields);
  if (ctx.defects.has('lifecycle/L1-assign-member')) withoutBaseline(ctx, user);
  ctx.state.audit.record('Create SCIM User', 'User', user.id);
  return user;
}

/** Lifecycle L1 broken: the new member holds no role (Cloudflare), or is stored inactive (generic, which has no roles). */
function withoutBaseline(ctx: ScimContext, user: UserRecord): void {
  if (ctx.knobs.groupModel === 'plain') user.active = false;
  else ctx.state.users.revoke(user, MINIMAL_ACCOUNT_ACCESS_ROLE_ID);
}

/**
 * Whether the user may be deprovisioned. The only Super Administrator never is (A5.4); whether
 * that is an error or a silent no-op is [UNK], hence the knob ([INF] default: an error).
 */
function mayDeprovision(ctx: ScimContext, user: UserRecord): boolean {
  if (ctx.knobs.lastSuperAdmin === 'allow' || !ctx.state.isOnlySuperAdmin(user) || ctx.defects.has('cloudflare/last-super-admin-kept')) return true;
  if (ctx.knobs.lastSuperAdmin === 'silent') return false;
  throw new ScimFailure(
    400,
    `User ${user.userName} is the only Super Administrator of this account and cannot be deprovisioned; make another member Super Administrator first`,
    'invalidValue',
  );
}

/**
 * PATCH and PUT. Validation happens before any field changes, so a refused request leaves the
 * user as it was (RFC 7644 §3.5.2: PATCH is atomic). `active:false` takes the member out of the
 * account, every group and role gone, and GET answers 404 afterwards (A5.3, [INF]); keep-inactive
 * presets keep the user, inactive.
 */
export function updateUser(ctx: ScimContext, user: UserRecord, requested: UserChange, action: 'Update SCIM User' | 'Replace SCIM User'): UserRecord {
  const change = asHeardByDefects(ctx, user, requested);
  if (change.userName !== undefined) assertUserNameFree(ctx, change.userName, user);
  const deactivating = change.active === false && user.active && mayDeprovision(ctx, user);
  const { users } = ctx.state;
  if (change.userName !== undefined) users.rename(user, change.userName);
  if ('externalId' in change) users.setExternalId(user, change.externalId);
  if ('givenName' in change) user.givenName = change.givenName;
  if ('familyName' in change) user.familyName = change.familyName;
  if ('displayName' in change) user.displayName = change.displayName;
  if ('attributes' in change) user.attributes = change.attributes;
  if (change.active === true) user.active = true;
  if (deactivating) user.active = false;
  users.touch(user);
  ctx.state.audit.record(action, 'User', user.id);
  if (deactivating && ctx.knobs.deactivate === 'remove-member') leaveAccount(ctx, user);
  return user;
}

/** Defects that answer a user update with success but drop part of it. */
function asHeardByDefects(ctx: ScimContext, user: UserRecord, requested: UserChange): UserChange {
  const change = { ...requested };
  if (ctx.defects.has('idp/update-user')) {
    delete change.givenName;
    delete change.familyName;
    if (change.attributes !== undefined) change.attributes = { ...change.attributes, name: user.attributes?.name };
  }
  if (change.active === true && !user.active && ctx.defects.has('idp/reactivate-user')) delete change.active;
  if (change.active === false && ctx.defects.has('lifecycle/L2-unassign-removes-member')) delete change.active;
  return change;
}

/**
 * DELETE /Users/{id}. `delete` removes the resource; `deprovision` is the same as `active:false`
 * ([INF] A5.5: Audit Logs call that "Delete SCIM User").
 */
export function removeUser(ctx: ScimContext, user: UserRecord): void {
  if (!mayDeprovision(ctx, user) || ctx.defects.has('lifecycle/L2-unassign-removes-member')) return;
  if (ctx.knobs.userDelete === 'deprovision' && ctx.knobs.deactivate === 'keep-inactive') {
    user.active = false;
    ctx.state.users.touch(user);
    ctx.state.audit.record('Delete SCIM User', 'User', user.id);
    return;
  }
  leaveAccount(ctx, user);
}

function leaveAccount(ctx: ScimContext, user: UserRecord): void {
  ctx.state.deprovisionUser(user);
  ctx.state.audit.record('Delete SCIM User', 'User', user.id);
}
