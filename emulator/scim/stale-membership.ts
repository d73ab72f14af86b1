import type { ScimContext } from './context.ts';
import type { GroupTarget } from './group-resource.ts';

export const LOST_UPDATES_DEFECT = 'robustness/concurrency/membership-updates-kept';

/** How long the lagging copy of a group's membership is served before it is read again. */
const REFRESH_MS = 250;

const snapshots = new WeakMap<object, { at: number; members: ReadonlySet<string> }>();

/**
 * The lost-update defect: a write starts from a copy of the membership that is up to REFRESH_MS old
 * (a lagging read replica) and stores the whole member list, so writers that overlap within that
 * window overwrite each other, and only the last one's change survives. Each write still answers 200.
 */
export function onStaleMembership(ctx: ScimContext, target: GroupTarget, current: ReadonlySet<string>, next: Set<string>): Set<string> {
  if (!ctx.defects.has(LOST_UPDATES_DEFECT)) return next;
  const now = Date.now();
  let snapshot = snapshots.get(target.group);
  if (snapshot === undefined || now - snapshot.at > REFRESH_MS) {
    snapshot = { at: now, members: new Set(current) };
    snapshots.set(target.group, snapshot);
  }
  const result = new Set(snapshot.members);
  for (const id of next) if (!current.has(id)) result.add(id);
  for (const id of current) if (!next.has(id)) result.delete(id);
  return result;
}
