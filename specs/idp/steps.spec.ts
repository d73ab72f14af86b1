import { conformance } from '../../fixtures/index.ts';
import { idpProfile } from '../../fixtures/idp/profiles.ts';
import { replayContext, replayOrSkip } from '../../fixtures/idp/replay-context.ts';
import { replayStep } from '../../fixtures/idp/replayer.ts';
import type { StepName } from '../../fixtures/idp/profile-types.ts';
import type { RequirementId } from '../../requirements/index.ts';

/** One check per step; the project's IdP profile says what is sent and what that IdP needs back. */
const STEPS: ReadonlyArray<[StepName, RequirementId, string]> = [
  ['connection-test', 'idp/connection-test', 'connection test is accepted'],
  ['find-user', 'idp/find-user', 'lookup finds the provisioned user'],
  ['create-user', 'idp/create-user', "user is created from the IdP's request"],
  ['read-user', 'idp/read-user', 'user reads back as the IdP needs'],
  ['update-user', 'idp/update-user', "user update is accepted and reads back"],
  ['deactivate-user', 'idp/deactivate-user', "IdP's deactivation deprovisions the user"],
  ['read-deactivated-user', 'idp/read-deactivated-user', 'deactivated user still reads back inactive'],
  ['reactivate-user', 'idp/reactivate-user', "IdP's reactivation makes the user active again"],
  ['delete-user', 'idp/delete-user', "IdP's deletion removes the user"],
  ['find-group', 'idp/find-group', 'lookup finds the pushed group'],
  ['create-group', 'idp/create-group', "group is created from the IdP's push"],
  ['link-group', 'idp/link-group', 'an existing group is linked by its name'],
  ['add-member', 'idp/add-member', "IdP's membership addition puts the user in the group"],
  ['remove-member', 'idp/remove-member', "IdP's membership removal takes out only that user"],
  ['rename-group', 'idp/rename-group', "IdP's rename changes the group's name"],
  ['delete-group', 'idp/delete-group', "IdP's deletion removes the group"],
];

for (const [step, requirement, title] of STEPS) {
  conformance(requirement, title, async ({ idp, idpVariant, scim, resources, target, harnessConfig }, testInfo) => {
    const profile = idpProfile(idp, idpVariant);
    const never = profile.never?.[step];
    testInfo.skip(never !== undefined, never);
    const context = await replayContext(profile, step, { scim, resources, target, harnessConfig }, testInfo);
    await replayOrSkip(testInfo, () => replayStep(profile, step, context));
  });
}
