import type { DefectSwitches } from '../defects.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { claimsOf } from './identity.ts';
import type { AccessOrg } from './org.ts';

/**
 * What a SCIM write means for Access (CLOUDFLARE.md B3): deprovisioning revokes the person's sessions
 * (user_deprovision) and frees their seat (seat_deprovision); a group change updates the registry
 * identity (`automatic`), revokes sessions (`reauth`) or waits for the next login (`no_action`).
 * Only people who have logged in have anything to revoke or update: there is no identity before (B3).
 *
 * The write is looked at before and after it runs, for the one user or group it addresses, so the
 * cost is that resource, not the directory.
 */
export type WriteScope =
  | { kind: 'user'; id: string; before: { email: string; active: boolean } | undefined }
  | { kind: 'group'; id: string | undefined; members: ReadonlySet<string>; name: string | undefined }
  | { kind: 'none' };

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function scopeOf(org: AccessOrg, method: string, segments: readonly string[]): WriteScope {
  if (!WRITES.has(method)) return { kind: 'none' };
  const [resource, id] = segments;
  const { users, groups } = org.directory.state;
  if (resource === 'Users' && id !== undefined) {
    const user = users.get(id);
    return { kind: 'user', id, before: user && { email: user.userName, active: user.active } };
  }
  if (resource === 'Groups') {
    const group = id === undefined ? undefined : groups.get(id);
    return { kind: 'group', id, members: new Set(group?.members ?? []), name: group?.displayName };
  }
  return { kind: 'none' };
}

export function applyEffects(org: AccessOrg, scope: WriteScope, response: EmulatorResponse, defects: DefectSwitches): void {
  if (response.status >= 300 || scope.kind === 'none') return;
  if (scope.kind === 'user') {
    const after = org.directory.state.users.get(scope.id);
    if (scope.before?.active === true && after?.active !== true) deprovisioned(org, scope.before.email, defects);
    return;
  }
  const id = scope.id ?? createdId(response);
  const group = id === undefined ? undefined : org.directory.state.groups.get(id);
  const after = group?.members ?? new Set<string>();
  const renamed = group !== undefined && scope.name !== undefined && group.displayName !== scope.name;
  // A rename changes the group names every member's identity carries; otherwise only joiners and leavers change.
  const changed = renamed ? [...scope.members, ...after] : [...[...scope.members].filter((m) => !after.has(m)), ...[...after].filter((m) => !scope.members.has(m))];
  for (const userId of new Set(changed)) {
    const user = org.directory.state.users.get(userId);
    if (user !== undefined) groupsChanged(org, user.userName, defects);
  }
}

function createdId(response: EmulatorResponse): string | undefined {
  try {
    const id = (JSON.parse(response.body ?? '') as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

function deprovisioned(org: AccessOrg, email: string, defects: DefectSwitches): void {
  const { registry, sessions, idp } = org.state;
  const person = registry.find(email);
  if (person === undefined) return;
  if (idp.scim.user_deprovision && !defects.has('access/deprovision/revokes-sessions')) sessions.revokeUser(person.id);
  if (idp.scim.seat_deprovision && !defects.has('access/deprovision/removes-seat')) registry.removeSeat(person);
}

function groupsChanged(org: AccessOrg, email: string, defects: DefectSwitches): void {
  const { registry, sessions, idp } = org.state;
  const person = registry.find(email);
  const user = org.directory.userByEmail(email);
  if (person === undefined || user === undefined) return;
  switch (idp.scim.identity_update_behavior) {
    case 'automatic':
      if (!defects.has('access/identity-update/automatic-updates-identity')) registry.updateGroups(person, claimsOf(org.directory.groupsOf(user)));
      return;
    case 'reauth':
      if (!defects.has('access/identity-update/reauth-revokes-sessions')) sessions.revokeUser(person.id);
      return;
    case 'no_action':
      return;
  }
}
