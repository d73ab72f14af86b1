import type { GroupRecord } from '../store/groups.ts';

/**
 * What Access knows of a person at login: the claims a policy is evaluated against. Groups come from
 * the IdP's SCIM directory at that moment: SCIM membership "will overwrite any groups in a user's
 * identity" (CLOUDFLARE.md B3), so the emulated IdP asserts exactly the pushed groups.
 */
export interface GroupClaim {
  /** The group's id in the SCIM directory (the CF resource id of B4). */
  id: string;
  name: string;
  /** The IdP's own id for the group (Entra's object id; B3 azureAD rules name it). */
  externalId: string | undefined;
}

export interface Identity {
  /** The Access user (User Registry) id. */
  userId: string;
  email: string;
  name: string;
  groups: GroupClaim[];
}

export function claimsOf(groups: readonly GroupRecord[]): GroupClaim[] {
  return groups.map((g) => ({ id: g.id, name: g.displayName, externalId: g.externalId }));
}
