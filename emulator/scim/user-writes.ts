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
  assertUserNameFree(ctx, fields.userName);
  const user = ctx.state.provisionUser(fields);
  ctx.state.audit.record('Create SCIM User', 'User', user.id);
  return user;
}

/**
 * Whether the user may be deprovisioned. The only Super Administrator never is (A5.4); whether
 * that is an error or a silent no-op is [UNK], hence the knob ([INF] default: an error).
 */
function mayDeprovision(ctx: ScimContext, user: UserRecord): boolean {
  if (ctx.knobs.lastSuperAdmin === 'allow' || !ctx.state.isOnlySuperAdmin(user)) return true;
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
export function updateUser(ctx: ScimContext, user: UserRecord, change: UserChange, action: 'Update SCIM User' | 'Replace SCIM User'): UserRecord {
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

/**
 * DELETE /Users/{id}. `delete` removes the resource; `deprovision` is the same as `active:false`
 * ([INF] A5.5: Audit Logs call that "Delete SCIM User").
 */
export function removeUser(ctx: ScimContext, user: UserRecord): void {
  if (!mayDeprovision(ctx, user)) return;
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
