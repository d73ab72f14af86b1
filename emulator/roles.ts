import { readFileSync } from 'node:fs';

/**
 * The role catalogue (data/roles.json, names in the API spelling of CLOUDFLARE.md A7). Account-scoped
 * roles become system groups; domain-scoped ones exist for the v4 API only, because SCIM provisions
 * account-scoped roles only (CLOUDFLARE.md A5.15, A6).
 */
export interface Role {
  id: string;
  name: string;
  description: string;
  scope: 'account' | 'domain';
}

/** The one real role id in the catalogue (CLOUDFLARE.md A5.4, S5: the recovery call uses it). */
export const SUPER_ADMINISTRATOR_ROLE_ID = '33666b9c79b9a5273fc7344ff42f953d';
const MINIMAL_ACCOUNT_ACCESS_NAME = 'Minimal Account Access';

function loadRoles(): readonly Role[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('./data/roles.json', import.meta.url), 'utf8'));
  const roles = (raw as { roles?: unknown }).roles;
  if (!Array.isArray(roles)) throw new Error('emulator/data/roles.json: "roles" must be an array');
  return roles.map((r: unknown, i) => {
    const role = r as Partial<Role>;
    if (typeof role.id !== 'string' || typeof role.name !== 'string' || (role.scope !== 'account' && role.scope !== 'domain')) {
      throw new Error(`emulator/data/roles.json: role ${i} needs a string id, a string name and scope "account" or "domain"`);
    }
    return Object.freeze({ id: role.id, name: role.name, description: role.description ?? '', scope: role.scope });
  });
}

export const ROLES: readonly Role[] = loadRoles();
export const ACCOUNT_ROLES: readonly Role[] = ROLES.filter((r) => r.scope === 'account');

const byId = new Map(ROLES.map((r) => [r.id, r]));

export function roleById(id: string): Role | undefined {
  return byId.get(id);
}

function requireRole(name: string): Role {
  const role = ROLES.find((r) => r.name === name);
  if (role === undefined) throw new Error(`emulator/data/roles.json lacks the role "${name}"`);
  return role;
}

/** Held by every member while a member (CLOUDFLARE.md lifecycle L1, L5); group changes never take it away. */
export const MINIMAL_ACCOUNT_ACCESS_ROLE_ID = requireRole(MINIMAL_ACCOUNT_ACCESS_NAME).id;
if (roleById(SUPER_ADMINISTRATOR_ROLE_ID) === undefined) throw new Error('emulator/data/roles.json lacks the Super Administrator role');
