import type { Defect } from '../defect-types.ts';

/** Defects that break the cloudflare-rules requirements (requirements/catalog/cloudflare-rules.ts). */
export const cloudflareRulesDefects = [
  { name: 'cloudflare/last-super-admin-kept', breaks: 'cloudflare/last-super-admin-kept', description: 'The only Super Administrator can be deprovisioned like any member.' },
  { name: 'cloudflare/legacy/exact-name-binds-role', breaks: 'cloudflare/legacy/exact-name-binds-role', description: 'A POST of a role group\'s exact name answers 201 but grants its members nothing.' },
  { name: 'cloudflare/legacy/near-miss-binds-nothing', breaks: 'cloudflare/legacy/near-miss-binds-nothing', description: 'Legacy group names bind loosely: case, spacing and the account id are ignored.' },
  { name: 'cloudflare/legacy/one-role-per-group', breaks: 'cloudflare/legacy/one-role-per-group', description: 'Joining a legacy role group also grants the role of the next group in the catalogue.' },
  { name: 'cloudflare/legacy/account-scoped-roles-only', breaks: 'cloudflare/legacy/account-scoped-roles-only', description: 'A legacy group named after a domain-scoped role binds it and grants it to its members.' },
  { name: 'cloudflare/user-groups/cf-prefix-reserved', breaks: 'cloudflare/user-groups/cf-prefix-reserved', description: 'Custom groups whose displayName begins with "CF" are created.' },
  { name: 'cloudflare/user-groups/custom-groups-grant-no-role', breaks: 'cloudflare/user-groups/custom-groups-grant-no-role', description: 'A custom group whose displayName ends with an account role\'s name grants that role to its members.' },
  { name: 'cloudflare/user-groups/system-groups-members-only', breaks: 'cloudflare/user-groups/system-groups-members-only', description: 'Renaming a system group, changing its externalId or deleting it is answered with success (and ignored).' },
  { name: 'cloudflare/group-membership-keeps-account-membership', breaks: 'cloudflare/group-membership-keeps-account-membership', description: 'Leaving a group, or its deletion, removes the person from the account.' },
] as const satisfies readonly Defect[];
