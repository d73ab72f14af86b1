import { conformance, evidence, failCheck } from '../../../fixtures/index.ts';
import { idpProfile } from '../../../fixtures/idp/profiles.ts';
import { annotator } from '../../../fixtures/idp/replay-context.ts';
import { replaySteps } from '../../../fixtures/idp/replayer.ts';
import { SUPER_ADMINISTRATOR_ROLE_ID } from '../../../fixtures/observer-cloudflare.ts';
import { ruleObserver } from '../rules.ts';

/**
 * CLOUDFLARE.md A5.4: the only Super Administrator of an account is never deprovisioned. Each IdP
 * unassigns the account's owner its own way (Okta's path-less PATCH, Entra's "False", Authentik's
 * DELETE); whether the target refuses or ignores it is unknown, so only the outcome is judged.
 */
conformance('cloudflare/last-super-admin-kept', "the only Super Administrator survives the IdP's unassignment", async ({ idp, idpVariant, scim, resources, target, harnessConfig }, testInfo) => {
  testInfo.skip(!harnessConfig.allowDestructive, "destructive: it tries to deprovision the account's only Super Administrator; it runs on the embedded emulator, or with SCIM_ALLOW_DESTRUCTIVE=1 where the account may lose its owner");
  const observer = ruleObserver(target, scim, testInfo, ['user-groups', 'legacy-virtual-groups']);
  const admins = await observer.superAdministrators();
  testInfo.skip(admins.length !== 1, `the account has ${admins.length} Super Administrators; the rule protects only the last one`);
  const admin = admins[0]!;
  const profile = idpProfile(idp, idpVariant);
  await replaySteps(profile, [profile.unassign], {
    scim,
    resources,
    annotate: annotator(testInfo),
    vars: { 'user.id': admin.id, 'user.userName': admin.userName },
    preexisting: new Set([admin.id]),
  }, { judge: 'none' });
  const state = await observer.memberState(admin, []);
  if (!(await observer.superAdministrators()).some((a) => a.id === admin.id)) {
    failCheck(`${profile.title}'s unassignment ("${profile.steps[profile.unassign]?.summary ?? profile.unassign}") deprovisioned ${admin.userName}, the account's only Super Administrator (role ${SUPER_ADMINISTRATOR_ROLE_ID}): ${observer.via} shows ${state.member ? `roles ${JSON.stringify(state.roles)}` : 'no such member'}.${evidence(state.evidence)}`);
  }
});
