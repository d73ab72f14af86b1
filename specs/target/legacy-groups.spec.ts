import { conformance, expect } from '../../fixtures/index.ts';
import { legacyGroupName } from '../../fixtures/observer-cloudflare.ts';
import { fill } from '../../fixtures/idp/template.ts';
import { NEAR_MISS_NAMES } from './cases.ts';
import { DOMAIN_ROLE, expectRolesExactly, pushGroup, ruleObserver, RULE_ROLE } from './rules.ts';

/** An account id that is not the target's: the right shape, the wrong account. */
const OTHER_ACCOUNT_ID = '0123456789abcdef0123456789abcdef';

/**
 * The legacy model (CLOUDFLARE.md A6): a group binds a role only by the exact name
 * `CF-<ACCOUNT_ID> - <Role Name>`, one role per group, account-scoped roles only. A group is pushed
 * with a member, and the v4 members API says what that member got.
 */
conformance('cloudflare/legacy/exact-name-binds-role', 'the exact CF-<ACCOUNT_ID> - <Role Name> name binds its role', async ({ scim, resources, target }, testInfo) => {
  const observer = ruleObserver(target, scim, testInfo, ['legacy-virtual-groups']);
  const user = await resources.user();
  const displayName = legacyGroupName(target.observer!.accountId, RULE_ROLE);
  const response = await pushGroup(scim, resources, displayName, [user.id]);
  expect(response).toHaveStatus([200, 201], `A group pushed with the exact name "${displayName}" binds the role; IdPs push it to grant "${RULE_ROLE}".`);
  const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
  expectRolesExactly(observer, state, user.identity.userName, [RULE_ROLE], `A member of the group "${displayName}" holds its role`);
});

conformance('cloudflare/legacy/one-role-per-group', 'a legacy role group grants only its own role', async ({ scim, resources, target }, testInfo) => {
  const observer = ruleObserver(target, scim, testInfo, ['legacy-virtual-groups']);
  const user = await resources.user();
  const displayName = legacyGroupName(target.observer!.accountId, RULE_ROLE);
  const response = await pushGroup(scim, resources, displayName, [user.id]);
  expect(response).toHaveStatus([200, 201], `The exact name "${displayName}" binds a role group.`);
  const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
  const extra = state.roles.filter((role) => role !== RULE_ROLE && !observer.baseline.includes(role));
  if (extra.length > 0) expectRolesExactly(observer, state, user.identity.userName, [RULE_ROLE], `A legacy group links to one role only, so "${displayName}" grants no other`);
});

conformance('cloudflare/legacy/account-scoped-roles-only', 'a group named after a domain-scoped role binds nothing', async ({ scim, resources, target }, testInfo) => {
  const observer = ruleObserver(target, scim, testInfo, ['legacy-virtual-groups']);
  const user = await resources.user();
  const displayName = legacyGroupName(target.observer!.accountId, DOMAIN_ROLE);
  await pushGroup(scim, resources, displayName, [user.id]);
  const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
  expectRolesExactly(observer, state, user.identity.userName, [], `Only account-scoped roles are provisioned, so "${displayName}" (a domain-scoped role) grants nothing`);
});

for (const item of NEAR_MISS_NAMES) {
  conformance('cloudflare/legacy/near-miss-binds-nothing', `${item.name} binds no role`, async ({ scim, resources, target }, testInfo) => {
    const observer = ruleObserver(target, scim, testInfo, ['legacy-virtual-groups']);
    const user = await resources.user();
    const displayName = fill(item.displayName, { accountId: target.observer!.accountId, otherAccountId: OTHER_ACCOUNT_ID });
    await pushGroup(scim, resources, displayName, [user.id]);
    const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
    expectRolesExactly(observer, state, user.identity.userName, [], `Only the exact name binds a role, so "${displayName}" (${item.name}) grants nothing`);
  });
}
