import type { TestInfo } from '@playwright/test';
import { evidence } from '../../fixtures/matchers.ts';
import { SYSTEM_GROUP_PREFIX } from '../../fixtures/observer-cloudflare.ts';
import { groupModelOf, observerFor, type GroupModel, type MemberState, type Observer, type RoleGroup } from '../../fixtures/observer.ts';
import type { ResourceFactory } from '../../fixtures/resources.fixture.ts';
import type { Target } from '../../fixtures/target.fixture.ts';
import { failCheck } from '../../fixtures/verdicts.ts';
import type { ScimClient, ScimResponse } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';

/** Roles the rule checks use: read-only and account-scoped (CLOUDFLARE.md A7), so nothing they grant can change the account. */
export const RULE_ROLE = 'Audit Logs Viewer';
/** A domain-scoped role (CLOUDFLARE.md A7), which SCIM never provisions. */
export const DOMAIN_ROLE = 'Domain Administrator';

const MODEL_NAMES: Record<GroupModel, string> = {
  'user-groups': 'the current user-groups model',
  'legacy-virtual-groups': 'the legacy CF-<ACCOUNT_ID> - <Role Name> groups',
  plain: 'no role model',
};

/** The observer, where the target promises one of these group models; otherwise the check skips with the reason. */
export function ruleObserver(target: Target, scim: ScimClient, testInfo: TestInfo, models: readonly GroupModel[]): Observer {
  const model = groupModelOf(target.profile);
  if (model === undefined || !models.includes(model)) {
    testInfo.skip(true, `a rule of ${models.map((m) => MODEL_NAMES[m]).join(' and ')}; the ${target.profile} profile promises ${model === undefined ? 'no account roles' : MODEL_NAMES[model]}`);
  }
  const observer = observerFor(target, scim);
  if ('unavailable' in observer) testInfo.skip(true, observer.unavailable);
  return observer as Observer;
}

/** The role group the check works with; a target without it cannot decide the rule. */
export async function requireRoleGroup(observer: Observer, role: string): Promise<RoleGroup> {
  const group = await observer.roleGroup(role);
  if (group === undefined) throw new Error(`the role group for "${role}" could not be found, so the rule cannot be checked`);
  return group;
}

/** POST /Groups with members; a group it creates is removed after the check, a system group it binds never is. */
export async function pushGroup(scim: ScimClient, resources: ResourceFactory, displayName: string, members: readonly string[]): Promise<ScimResponse> {
  const response = await scim.post('/Groups', { schemas: [URN.group], displayName, members: members.map((value) => ({ value })) });
  const id = response.json<{ id?: unknown }>()?.id;
  if (response.status >= 200 && response.status < 300 && typeof id === 'string' && !id.startsWith(SYSTEM_GROUP_PREFIX)) resources.track('Groups', id);
  return response;
}

export function membersPatch(op: 'add' | 'remove', userId: string): Record<string, unknown> {
  return { schemas: [URN.patchOp], Operations: [{ op, path: 'members', value: [{ value: userId }] }] };
}

/** Fails unless the member holds exactly the baseline roles plus `extra`. */
export function expectRolesExactly(observer: Observer, state: MemberState, userName: string, extra: readonly string[], because: string): void {
  const wanted = [...observer.baseline, ...extra];
  const same = state.member && wanted.length === state.roles.length && wanted.every((r) => state.roles.includes(r));
  if (same) return;
  const shows = state.member ? `holding ${JSON.stringify(state.roles)}` : 'no such member';
  failCheck(`${because}: ${userName} should hold exactly ${JSON.stringify(wanted)}, but ${observer.via} shows ${shows}.${evidence(state.evidence)}`);
}
