import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { withAccess } from '../../fixtures/access.ts';

conformance('access/groups/listed-for-policies', 'groups pushed over SCIM are offered to Access policies', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ pushes, admin }) => {
    const group = await pushes.group('group-a');
    const { result, response } = await admin.pushedGroups(`name=${encodeURIComponent(group.displayName)}`);
    const listed = result.find((g) => g.id === group.id || g.displayName === group.displayName);
    if (listed === undefined) {
      failCheck(`Expected the group "${group.displayName}" the IdP just pushed over SCIM among the identity provider's SCIM groups, but the Zero Trust API lists ${JSON.stringify(result.map((g) => g.displayName))}: an administrator cannot pick it for an Access policy.${evidence(response)}`);
    }
    if (listed.displayName !== group.displayName || listed.externalId !== group.externalId) {
      failCheck(`Expected the pushed group listed as displayName ${JSON.stringify(group.displayName)} with the IdP's externalId ${JSON.stringify(group.externalId)}, but it is listed as ${JSON.stringify(listed.displayName)} with ${JSON.stringify(listed.externalId)}: policies name groups by these (Entra by the externalId, other IdPs by name).${evidence(response)}`);
    }
  });
});
