import type { Requirement } from '../types.ts';

/**
 * The user-lifecycle table of Cloudflare's dashboard SCIM documentation (CLOUDFLARE.md, "The
 * user-lifecycle table"), checked per IdP: the IdP's own requests do the admin's action, and the
 * outcome is observed (the v4 members API for Cloudflare profiles, SCIM read-back for generic), never
 * assumed from the SCIM answers.
 */
export const lifecycle = [
  {
    id: 'lifecycle/L1-assign-member',
    level: 'MUST',
    area: 'lifecycle',
    rule: 'Assigning a user to the SCIM application makes them an account member holding Minimal Account Access and no other role.',
    refs: [{ lifecycle: 'L1' }, { cloudflare: 'user-lifecycle' }],
  },
  {
    id: 'lifecycle/L2-unassign-removes-member',
    level: 'MUST',
    area: 'lifecycle',
    rule: 'Unassigning a user from the SCIM application removes them from the account.',
    refs: [{ lifecycle: 'L2' }, { cloudflare: 'user-lifecycle' }],
  },
  {
    id: 'lifecycle/L3-group-grants-role',
    level: 'MUST',
    area: 'lifecycle',
    rule: 'Adding an assigned user to a pushed role group grants them that group\'s role.',
    refs: [{ lifecycle: 'L3' }, { cloudflare: 'user-lifecycle' }],
  },
  {
    id: 'lifecycle/L4-leaving-group-revokes-role',
    level: 'MUST',
    area: 'lifecycle',
    rule: 'Removing the user from that role group revokes its role and keeps them a member.',
    refs: [{ lifecycle: 'L4' }, { cloudflare: 'user-lifecycle' }],
  },
  {
    id: 'lifecycle/L5-minimal-access-remains',
    level: 'MUST',
    area: 'lifecycle',
    rule: 'A user removed from every role group but still assigned stays a member with only Minimal Account Access.',
    refs: [{ lifecycle: 'L5' }, { cloudflare: 'user-lifecycle' }],
  },
] as const satisfies readonly Requirement[];
