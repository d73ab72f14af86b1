import type { Requirement } from '../types.ts';

/**
 * Zero Trust Access over SCIM (CLOUDFLARE.md Part B, D2): what Cloudflare does with what an IdP
 * pushes to the Access SCIM endpoint. Access evaluates groups at login (B3), so policy outcomes are
 * observed across logins; revocation, seats and identities through the Zero Trust API (B4).
 */
export const access = [
  {
    id: 'access/groups/listed-for-policies',
    level: 'MUST',
    area: 'access',
    rule: 'Every group the IdP pushes over SCIM is listed, with its displayName and the IdP\'s externalId, among the identity provider\'s SCIM groups that Access policies select from.',
    refs: [{ cloudflare: 'access-scim' }, { cloudflare: 'access-identity-providers-api' }],
  },
  {
    id: 'access/policy/decided-at-next-login',
    level: 'MUST',
    area: 'access',
    rule: 'A group membership change pushed over SCIM decides the Access policy outcome for that user from their next login on.',
    refs: [{ cloudflare: 'access-scim' }, { cloudflare: 'access-entra-idp' }],
  },
  {
    id: 'access/deprovision/revokes-sessions',
    level: 'MUST',
    area: 'access',
    rule: 'With user_deprovision on, deprovisioning a user over SCIM (active false, or DELETE) revokes every active Access session of that user.',
    refs: [{ cloudflare: 'access-scim' }, { cloudflare: 'access-session-management' }],
  },
  {
    id: 'access/deprovision/removes-seat',
    level: 'MUST',
    area: 'access',
    rule: 'With seat_deprovision on, deprovisioning a user over SCIM also removes that user\'s seat.',
    refs: [{ cloudflare: 'access-scim' }, { cloudflare: 'access-seat-management' }],
  },
  {
    id: 'access/scim-config/seat-needs-user-deprovision',
    level: 'MUST',
    area: 'access',
    rule: 'An identity provider\'s scim_config that enables seat_deprovision without user_deprovision is refused, and the configuration stays as it was.',
    refs: [{ cloudflare: 'access-identity-providers-api' }],
  },
  {
    id: 'access/identity-update/reauth-revokes-sessions',
    level: 'MUST',
    area: 'access',
    rule: 'With identity_update_behavior reauth, a group membership change pushed over SCIM revokes that user\'s active Access sessions.',
    refs: [{ cloudflare: 'access-scim' }, { cloudflare: 'access-users-api' }],
  },
  {
    id: 'access/identity-update/automatic-updates-identity',
    level: 'MUST',
    area: 'access',
    rule: 'With identity_update_behavior automatic, a group membership change pushed over SCIM updates that user\'s registry identity at once, without a new login.',
    refs: [{ cloudflare: 'access-scim' }, { cloudflare: 'access-users-api' }],
  },
] as const satisfies readonly Requirement[];
