/**
 * The rows of the user-lifecycle table in Cloudflare's dashboard SCIM documentation (CLOUDFLARE.md,
 * "The user-lifecycle table"): what the IdP admin does, and what the account must show afterwards.
 * A check belongs to a row when it cites it (`{ lifecycle: 'L3' }`, shown as `lifecycle:L3`).
 */
import { refToString } from '../../requirements/index.ts';

export interface LifecycleRow {
  id: 'L1' | 'L2' | 'L3' | 'L4' | 'L5';
  action: string;
  outcome: string;
}

export const LIFECYCLE_ROWS: readonly LifecycleRow[] = [
  { id: 'L1', action: 'assign the user to the SCIM application', outcome: 'an account member with Minimal Account Access' },
  { id: 'L2', action: 'unassign the user', outcome: 'no longer an account member' },
  { id: 'L3', action: 'add the user to a pushed group', outcome: "holds that group's role" },
  { id: 'L4', action: 'remove the user from that group', outcome: 'the role is gone' },
  { id: 'L5', action: 'remove the user from every role group', outcome: 'still a member, Minimal Account Access only' },
];

/** The short reference string a check's refs carry for a row. */
export function lifecycleRef(row: LifecycleRow): string {
  return refToString({ lifecycle: row.id });
}
