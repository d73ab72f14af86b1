import { conformance, evidence, expect, failCheck } from '../../fixtures/index.ts';
import { fill, fillValue } from '../../fixtures/idp/template.ts';
import { readPath } from '../../fixtures/idp/json-path.ts';
import { RESERVED_NAMES, SYSTEM_GROUP_EDITS } from './cases.ts';
import { expectRolesExactly, pushGroup, requireRoleGroup, ruleObserver, RULE_ROLE } from './rules.ts';

/**
 * The current model (CLOUDFLARE.md A5.7, A5.8): the CF prefix is reserved, custom groups carry no
 * role, and system role groups accept membership changes only.
 */
for (const item of RESERVED_NAMES) {
  conformance('cloudflare/user-groups/cf-prefix-reserved', `${item.name} is refused as a group name`, async ({ scim, resources, target }, testInfo) => {
    ruleObserver(target, scim, testInfo, ['user-groups']);
    const displayName = fill(item.displayName, { fresh: resources.groupIdentity().displayName });
    const response = await pushGroup(scim, resources, displayName, []);
    if (response.status < 400 || response.status >= 500) {
      failCheck(`POST /Groups with displayName "${displayName}" should be refused (4xx): names beginning with "CF" are reserved for Cloudflare's groups, but it answered ${response.status}.${evidence(response)}`);
    }
    const lookup = await scim.get('/Groups', { filter: `displayName eq "${displayName}"` });
    expect(lookup).toHaveStatus(200);
    if (readPath(lookup.json(), 'totalResults') !== 0) failCheck(`The refused group "${displayName}" must not exist, but a lookup finds it.${evidence(lookup)}`);
  });
}

conformance('cloudflare/user-groups/custom-groups-grant-no-role', 'a custom group grants no role, even named after one', async ({ scim, resources, target }, testInfo) => {
  const observer = ruleObserver(target, scim, testInfo, ['user-groups']);
  const user = await resources.user();
  const displayName = `${resources.groupIdentity().displayName} ${RULE_ROLE}`;
  const response = await pushGroup(scim, resources, displayName, [user.id]);
  expect(response).toHaveStatus(201, 'A custom group with a name outside the reserved prefix is created.');
  const state = await observer.memberState({ id: user.id, userName: user.identity.userName }, []);
  expectRolesExactly(observer, state, user.identity.userName, [], `A new custom group gets no policies over SCIM, so "${displayName}" grants its members nothing`);
});

for (const item of SYSTEM_GROUP_EDITS) {
  conformance('cloudflare/user-groups/system-groups-members-only', `${item.name} of a system group is refused`, async ({ scim, resources, target, harnessConfig }, testInfo) => {
    const observer = ruleObserver(target, scim, testInfo, ['user-groups']);
    testInfo.skip(!harnessConfig.allowDestructive, 'a target that breaks this rule would change one of the account\'s role groups: set SCIM_ALLOW_DESTRUCTIVE=1 on a sandbox account to run it');
    const group = await requireRoleGroup(observer, RULE_ROLE);
    const path = `/Groups/${encodeURIComponent(group.id)}`;
    const body = item.body === undefined ? undefined : fillValue(item.body, { fresh: resources.groupIdentity().displayName });
    const response = await scim.request({ method: item.method, path, ...(body === undefined ? {} : { json: body }) });
    if (response.status < 400 || response.status >= 500) {
      failCheck(`${item.method} ${path} should be refused (4xx): system group "${group.displayName}" accepts membership changes only, but it answered ${response.status}.${evidence(response)}`);
    }
    const after = await scim.get(path);
    expect(after).toHaveStatus(200, `The system group "${group.displayName}" must still exist.`);
    const body2 = after.json();
    if (readPath(body2, 'displayName') !== group.displayName || readPath(body2, 'externalId') !== undefined) {
      failCheck(`The refused ${item.name} must leave system group "${group.displayName}" as it was, but it reads back changed.${evidence(after)}`);
    }
  });
}
