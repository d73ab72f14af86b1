import type { Requirement } from '../types.ts';

/**
 * Cloudflare's rules beside the lifecycle table (CLOUDFLARE.md, A5.4, A5.7-A5.13, A6): the last Super
 * Administrator, the legacy `CF-<ACCOUNT_ID> - <Role Name>` groups, and the current user-groups model.
 * They apply to the Cloudflare account profiles; a check skips, with the reason, where its model does not.
 */
export const cloudflareRules = [
  {
    id: 'cloudflare/last-super-admin-kept',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'The account\'s only Super Administrator is never deprovisioned, whatever shape the IdP\'s deprovisioning takes.',
    refs: [{ cloudflare: 'user-lifecycle' }],
  },
  {
    id: 'cloudflare/legacy/exact-name-binds-role',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A group pushed with the exact name "CF-<ACCOUNT_ID> - <Role Name>" of an account-scoped role grants that role to its members.',
    refs: [{ cloudflare: 'user-lifecycle' }, { cloudflare: 'virtual-groups-migration' }],
  },
  {
    id: 'cloudflare/legacy/near-miss-binds-nothing',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A group whose name only resembles a role group\'s name grants its members no role.',
    refs: [{ cloudflare: 'user-lifecycle' }, { cloudflare: 'virtual-groups-migration' }],
  },
  {
    id: 'cloudflare/legacy/one-role-per-group',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A legacy role group grants exactly one role, its own, besides Minimal Account Access.',
    refs: [{ cloudflare: 'user-lifecycle' }, { cloudflare: 'virtual-groups-migration' }],
  },
  {
    id: 'cloudflare/legacy/account-scoped-roles-only',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A group named after a domain-scoped role grants its members no role: only account-scoped roles are provisioned.',
    refs: [{ cloudflare: 'user-lifecycle' }, { cloudflare: 'roles' }],
  },
  {
    id: 'cloudflare/user-groups/cf-prefix-reserved',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A group whose displayName begins with the reserved prefix "CF" is refused and not created.',
    refs: [{ cloudflare: 'scim-setup' }, { cloudflare: 'scim-api' }],
  },
  {
    id: 'cloudflare/user-groups/custom-groups-grant-no-role',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A custom group pushed over SCIM grants its members no role, whatever its name.',
    refs: [{ cloudflare: 'scim-setup' }, { cloudflare: 'user-groups' }],
  },
  {
    id: 'cloudflare/user-groups/system-groups-members-only',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'A system role group accepts membership changes only: renaming it, changing its externalId or deleting it is refused and changes nothing.',
    refs: [{ cloudflare: 'scim-api' }],
  },
  {
    id: 'cloudflare/group-membership-keeps-account-membership',
    level: 'MUST',
    area: 'cloudflare-rules',
    rule: 'Leaving a group, or the group being deleted, never removes a user from the account.',
    refs: [{ cloudflare: 'scim-setup' }],
  },
] as const satisfies readonly Requirement[];
