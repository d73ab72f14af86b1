import { conformance, expect, failCheck, evidence } from '../../fixtures/index.ts';
import { membersPatch, requireRoleGroup, ruleObserver, RULE_ROLE } from './rules.ts';

/** CLOUDFLARE.md A5.3, A5.13: group membership changes only group membership, never account membership. */
conformance('cloudflare/group-membership-keeps-account-membership', 'leaving a role group keeps the account member', async ({ scim, resources, target }, testInfo) => {
  const observer = ruleObserver(target, scim, testInfo, ['user-groups', 'legacy-virtual-groups']);
  const user = await resources.user();
  const group = await requireRoleGroup(observer, RULE_ROLE);
  const path = `/Groups/${encodeURIComponent(group.id)}`;
  expect(await scim.patch(path, membersPatch('add', user.id))).toHaveStatus([200, 204], `Adding a member to "${group.displayName}" is a membership change a role group accepts.`);
  expect(await scim.patch(path, membersPatch('remove', user.id))).toHaveStatus([200, 204], `Removing the member again is one too.`);
  const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
  if (!state.member) failCheck(`Leaving the group "${group.displayName}" must keep ${user.identity.userName} in the account, but ${observer.via} no longer lists them.${evidence(state.evidence)}`);
});

conformance('cloudflare/group-membership-keeps-account-membership', 'deleting a custom group keeps its members in the account', async ({ scim, resources, target }, testInfo) => {
  const observer = ruleObserver(target, scim, testInfo, ['user-groups']);
  const user = await resources.user();
  const group = await resources.group([user.id]);
  expect(await scim.delete(`/Groups/${encodeURIComponent(group.id)}`)).toHaveStatus(204, 'A custom group can be deleted.');
  const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
  if (!state.member) failCheck(`Deleting the group "${group.displayName}" must keep its member ${user.identity.userName} in the account, but ${observer.via} no longer lists them.${evidence(state.evidence)}`);
});
