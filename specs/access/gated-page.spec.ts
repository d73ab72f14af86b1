import { conformance, failCheck } from '../../fixtures/index.ts';
import { withAccess } from '../../fixtures/access.ts';
import { attachScreenshot, withChromiumPage } from '../../fixtures/access-browser.ts';
import { ruleForGroup } from '../../fixtures/access-policy.ts';

/**
 * The demo of the Access SCIM page, in a real Chromium: the user signs in, sees the page gated by
 * group A, is removed from the group over SCIM, signs in again and sees the block page. The two
 * screenshots are attached to the check.
 */
conformance('access/policy/decided-at-next-login', 'Chromium shows the gated page to a member of group A, then blocks them after removal', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ target, pushes, admin }) => {
    const user = await fixtures.resources.user();
    const groupA = await pushes.group('group-a');
    await pushes.addMember(groupA, user.id);
    await admin.allowOnly(ruleForGroup(await admin.identityProvider(), groupA));
    const email = user.identity.userName;
    const signInUrl = `${target.loginUrl}?email=${encodeURIComponent(email)}&redirect_url=${encodeURIComponent(target.appPath)}`;

    await withChromiumPage(testInfo, async (page) => {
      const allowed = await page.goto(signInUrl);
      await attachScreenshot(testInfo, page, 'member of group A: allowed');
      const shown = (await page.locator('[data-field="email"]').textContent({ timeout: 5_000 }).catch(() => null))?.trim();
      if (allowed?.status() !== 200 || shown !== email) {
        failCheck(`Expected Chromium, signed in as ${email} (a member of group A), to show the gated page with that identity, but ${page.url()} answered ${allowed?.status() ?? 'nothing'} showing ${JSON.stringify(shown ?? (await page.textContent('body'))?.slice(0, 300))}.`);
      }

      await pushes.removeMember(groupA, user.id);
      const denied = await page.goto(signInUrl);
      await attachScreenshot(testInfo, page, 'removed from group A, signed in again: denied');
      const decision = await page.locator('[data-decision]').getAttribute('data-decision', { timeout: 5_000 }).catch(() => null);
      if (denied?.status() !== 403 || decision !== 'denied') {
        failCheck(`Expected Chromium to show the block page to ${email} after the IdP removed them from group A over SCIM and they signed in again, but ${page.url()} answered ${denied?.status() ?? 'nothing'} (${decision ?? 'no decision shown'}): a removed member keeps access to the application.`);
      }
    });
  });
});
