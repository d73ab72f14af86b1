import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { withAccess } from '../../fixtures/access.ts';
import { ruleForGroup } from '../../fixtures/access-policy.ts';
import type { ScimResponse } from '../../lib/client/index.ts';

/** What the demo application answered, in a user's words: 200 is the page, 403 the block page, 302 back to sign-in. */
function outcome(response: ScimResponse): string {
  if (response.status === 200) return 'let them in (200)';
  if (response.status === 403) return 'blocked them (403)';
  if (response.status === 302) return 'sent them back to sign in (302)';
  return `answered ${response.status}`;
}

conformance('access/policy/decided-at-next-login', 'a membership change pushed over SCIM flips the policy decision at the next login', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ pushes, admin, visitor }) => {
    const user = await fixtures.resources.user();
    const groupA = await pushes.group('group-a');
    await admin.allowOnly(ruleForGroup(await admin.identityProvider(), groupA));
    const email = user.identity.userName;

    const outside = await visitor.openApp(await visitor.session(email));
    if (outside.status !== 403) {
      failCheck(`Expected the application gated by group A to block ${email}, who is in no group, but it ${outcome(outside)}.${evidence(outside)}`);
    }
    await pushes.addMember(groupA, user.id);
    const joined = await visitor.openApp(await visitor.session(email));
    if (joined.status !== 200) {
      failCheck(`Expected ${email} to get in after the IdP added them to group A over SCIM and they signed in again, but the application ${outcome(joined)}: the new login did not carry the membership to the Allow policy.${evidence(joined)}`);
    }
    await pushes.removeMember(groupA, user.id);
    const left = await visitor.openApp(await visitor.session(email));
    if (left.status !== 403) {
      failCheck(`Expected ${email} to be blocked after the IdP removed them from group A over SCIM and they signed in again, but the application ${outcome(left)}: a removed member keeps access.${evidence(left)}`);
    }
  });
});
