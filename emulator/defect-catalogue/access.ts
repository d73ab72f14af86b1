import type { Defect } from '../defect-types.ts';

/** Defects that break the access requirements (requirements/catalog/access.ts). */
export const accessDefects = [
  {
    name: 'access/groups/listed-for-policies',
    breaks: 'access/groups/listed-for-policies',
    description: 'The identity provider\'s SCIM groups API lists none of the groups pushed over SCIM, so no Access policy can name them.',
  },
  {
    name: 'access/policy/decided-at-next-login',
    breaks: 'access/policy/decided-at-next-login',
    description: 'Every login asserts the groups of the user\'s first login: membership changes pushed over SCIM never reach an Access session.',
  },
  {
    name: 'access/deprovision/revokes-sessions',
    breaks: 'access/deprovision/revokes-sessions',
    description: 'Deprovisioning over SCIM (active false or DELETE) leaves the user\'s Access sessions alive, even with user_deprovision on.',
  },
  {
    name: 'access/deprovision/removes-seat',
    breaks: 'access/deprovision/removes-seat',
    description: 'With seat_deprovision on, deprovisioning over SCIM keeps the user\'s seat.',
  },
  {
    name: 'access/scim-config/seat-needs-user-deprovision',
    breaks: 'access/scim-config/seat-needs-user-deprovision',
    description: 'PUT identity_providers/{id} accepts seat_deprovision on with user_deprovision off.',
  },
  {
    name: 'access/identity-update/reauth-revokes-sessions',
    breaks: 'access/identity-update/reauth-revokes-sessions',
    description: 'With identity_update_behavior reauth, a membership change pushed over SCIM leaves the user\'s sessions alive.',
  },
  {
    name: 'access/identity-update/automatic-updates-identity',
    breaks: 'access/identity-update/automatic-updates-identity',
    description: 'With identity_update_behavior automatic, the registry identity keeps its groups until the next login.',
  },
] as const satisfies readonly Defect[];
