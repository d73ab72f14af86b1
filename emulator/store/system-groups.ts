import { ACCOUNT_ROLES, type Role } from '../roles.ts';

/**
 * System groups: one per account-scoped role, id `cloudflare-v1-<role id>` (CLOUDFLARE.md A4, A5.7).
 * They hold no membership of their own: a user is in one exactly when holding its role, so a group
 * change grants or revokes the role and the v4 members API sees the same truth.
 * [INF] A5.7: displayName is the legacy virtual-group name `CF-<accountId> - <Role Name>` (A6), as
 * the reserved CF prefix says these are the old virtual groups.
 */
export interface SystemGroup {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
}

export const SYSTEM_GROUP_PREFIX = 'cloudflare-v1-';

export class SystemGroups {
  readonly list: readonly SystemGroup[];
  private readonly byId: ReadonlyMap<string, SystemGroup>;
  private readonly byRoleId: ReadonlyMap<string, SystemGroup>;
  private readonly byDisplayName: ReadonlyMap<string, SystemGroup>;
  private readonly byLegacyName: ReadonlyMap<string, SystemGroup>;

  constructor(accountId: string, roles: readonly Role[] = ACCOUNT_ROLES) {
    this.list = roles.map((role) => Object.freeze({ id: SYSTEM_GROUP_PREFIX + role.id, displayName: legacyGroupName(accountId, role.name), role }));
    this.byId = new Map(this.list.map((g) => [g.id, g]));
    this.byRoleId = new Map(this.list.map((g) => [g.role.id, g]));
    this.byDisplayName = new Map(this.list.map((g) => [g.displayName.toLowerCase(), g]));
    // A6: the docs write the name with spaces around the second hyphen, the changelogs without;
    // the match itself is exact (case-sensitive), so both spellings are keyed as written.
    this.byLegacyName = new Map(this.list.flatMap((g) => [[g.displayName, g], [legacyGroupName(accountId, g.role.name, ''), g]] as const));
  }

  get(id: string): SystemGroup | undefined {
    return this.byId.get(id);
  }

  forRole(roleId: string): SystemGroup | undefined {
    return this.byRoleId.get(roleId);
  }

  /** `displayName eq` is case-insensitive (RFC 7643 §4.2: caseExact false). */
  findByDisplayName(displayName: string): SystemGroup | undefined {
    return this.byDisplayName.get(displayName.toLowerCase());
  }

  /** The legacy exact-name binding (A6): only the two documented spellings bind. */
  bindLegacyName(displayName: string): SystemGroup | undefined {
    return this.byLegacyName.get(displayName);
  }
}

export function legacyGroupName(accountId: string, roleName: string, spacing = ' '): string {
  return `CF-${accountId}${spacing}-${spacing}${roleName}`;
}
