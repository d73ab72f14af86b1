import { evidence } from '../../fixtures/matchers.ts';
import type { MemberState, Observer, RoleGroup } from '../../fixtures/observer.ts';
import { failCheck } from '../../fixtures/verdicts.ts';
import type { LifecycleRow } from './rows.ts';

/**
 * Holds the observed state to the row's expected outcome. Every message names the row and the IdP,
 * says what the IdP did, what the observer should show and what it shows, then the evidence.
 */
export function judgeOutcome(row: LifecycleRow, idpTitle: string, userName: string, observer: Observer, groups: ReadonlyMap<string, RoleGroup>, state: MemberState): void {
  const lead = `${row.row} (${idpTitle}): after ${row.after}, ${observer.via}`;
  const shows = `it shows ${state.member ? `a member holding ${JSON.stringify(state.roles)}` : 'no such member'}`;
  const fail = (wanted: string): never => failCheck(`${lead} should show ${wanted}, but ${shows}.${evidence(state.evidence)}`);
  const roleOf = (namespace: string): string => groups.get(namespace)?.role ?? namespace;

  if (!row.expect.member) {
    if (state.member) fail(`that ${userName} is no longer an account member`);
    return;
  }
  if (!state.member) fail(`${userName} as an account member`);
  for (const namespace of row.expect.holds ?? []) {
    if (!state.roles.includes(roleOf(namespace))) fail(`${userName} holding "${roleOf(namespace)}" (from the group "${groups.get(namespace)?.displayName ?? namespace}")`);
  }
  for (const namespace of row.expect.lacks ?? []) {
    if (state.roles.includes(roleOf(namespace))) fail(`that ${userName} no longer holds "${roleOf(namespace)}"`);
  }
  if (row.expect.only) {
    const wanted = [...observer.baseline, ...(row.expect.holds ?? []).map(roleOf)];
    const same = wanted.length === state.roles.length && wanted.every((r) => state.roles.includes(r));
    if (!same) fail(`${userName} holding exactly ${JSON.stringify(wanted)}`);
  }
}
