import type { Defect } from '../defect-types.ts';

/**
 * Defects that break the lifecycle requirements (requirements/catalog/lifecycle.ts). Each changes the
 * outcome an observer sees: the v4 members API on the Cloudflare presets, SCIM read-back on generic.
 */
export const lifecycleDefects = [
  { name: 'lifecycle/L1-assign-member', breaks: 'lifecycle/L1-assign-member', description: 'A new member gets no baseline access: no role at all on the Cloudflare presets, stored inactive on generic.' },
  { name: 'lifecycle/L2-unassign-removes-member', breaks: 'lifecycle/L2-unassign-removes-member', description: 'Deprovisioning (active false, or DELETE) is answered with success, but the member stays in the account, active.' },
  { name: 'lifecycle/L3-group-grants-role', breaks: 'lifecycle/L3-group-grants-role', description: 'Joining a role group (a system group; any group on generic) is answered with success but grants nothing.' },
  { name: 'lifecycle/L4-leaving-group-revokes-role', breaks: 'lifecycle/L4-leaving-group-revokes-role', description: 'Leaving a role group (a system group; any group on generic) is answered with success but the role stays.' },
  { name: 'lifecycle/L5-minimal-access-remains', breaks: 'lifecycle/L5-minimal-access-remains', description: 'A member who leaves their last role group loses Minimal Account Access too (Cloudflare presets), or is deactivated (generic).' },
] as const satisfies readonly Defect[];
