import { conformance } from '../../fixtures/index.ts';
import { idpProfile } from '../../fixtures/idp/profiles.ts';
import type { IdpProfile, StepCall, StepName } from '../../fixtures/idp/profile-types.ts';
import { annotator, replayOrSkip } from '../../fixtures/idp/replay-context.ts';
import { replaySteps } from '../../fixtures/idp/replayer.ts';
import { observerFor, type RoleGroup } from '../../fixtures/observer.ts';
import { judgeOutcome } from './outcome.ts';
import { LIFECYCLE, type LifecycleRow } from './rows.ts';

/**
 * One check per row of the user-lifecycle table, in every IdP project: the IdP's own requests do the
 * admin's action (held to their statuses only), and the observer says what the account looks like.
 */
for (const row of LIFECYCLE.rows) {
  conformance(row.requirement, row.title, async ({ idp, idpVariant, scim, resources, target, harnessConfig }, testInfo) => {
    const profile = idpProfile(idp, idpVariant);
    const observer = observerFor(target, scim);
    if ('unavailable' in observer) return testInfo.skip(true, observer.unavailable);

    // The role groups the row pushes into: the target's own, or (generic) new groups the IdP creates.
    const existing = new Map<string, RoleGroup>();
    for (const namespace of roleGroupNamespaces(row)) {
      const group = await observer.roleGroup(LIFECYCLE.roles[namespace] ?? namespace);
      if (group !== undefined) existing.set(namespace, group);
    }
    const calls = row.steps.map((s) => resolveStep(profile, typeof s === 'string' ? { step: s } : s, existing));
    const never = calls.map((c) => profile.never?.[c.step]).find((reason) => reason !== undefined);
    if (never !== undefined) return testInfo.skip(true, never);

    const vars = await replayOrSkip(testInfo, () =>
      replaySteps(profile, calls, {
        scim,
        resources,
        annotate: annotator(testInfo),
        vars: Object.fromEntries([...existing].map(([namespace, group]) => [`${namespace}.displayName`, group.displayName])),
        preexisting: new Set([...existing.values()].map((g) => g.id)),
        mayReplaceMembers: harnessConfig.allowDestructive,
      }, { judge: 'status', prefix: `${row.row}: ` }),
    );
    const groups = new Map(roleGroupNamespaces(row).map((namespace) => [namespace, existing.get(namespace) ?? pushedGroup(vars, namespace)]));
    const person = { id: String(vars['user.id']), userName: String(vars['user.userName']) };
    judgeOutcome(row, profile.title, person.userName, observer, groups, await observer.memberState(person, [...groups.values()]));
  });
}

function roleGroupNamespaces(row: LifecycleRow): string[] {
  return [...new Set(row.steps.flatMap((s) => (typeof s !== 'string' && s.step === '@role-group' ? [s.with?.group ?? 'group'] : [])))];
}

/** `@role-group` links the existing role group, or pushes a new group where there is none; `@unassign` is the IdP's own. */
function resolveStep(profile: IdpProfile, call: { step: string; with?: Record<string, string> }, existing: ReadonlyMap<string, RoleGroup>): StepCall {
  const namespace = call.with?.group ?? 'group';
  const step: StepName = call.step === '@unassign' ? profile.unassign : call.step === '@role-group' ? (existing.has(namespace) ? 'link-group' : 'create-group') : (call.step as StepName);
  return call.with === undefined ? { step } : { step, with: call.with };
}

/** A group the IdP pushed on a target without roles stands for a role of its own name. */
function pushedGroup(vars: Record<string, unknown>, namespace: string): RoleGroup {
  const displayName = String(vars[`${namespace}.displayName`]);
  return { id: String(vars[`${namespace}.id`]), displayName, role: displayName };
}
