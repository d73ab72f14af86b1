import { conformance } from '../../fixtures/index.ts';
import { idpProfile } from '../../fixtures/idp/profiles.ts';
import { replayStep } from '../../fixtures/idp/replayer.ts';
import type { StepName } from '../../fixtures/idp/profile-types.ts';
import type { RequirementId } from '../../requirements/index.ts';

/** One check per step; the project's IdP profile says what is sent and what that IdP needs back. */
const STEPS: ReadonlyArray<[StepName, RequirementId, string]> = [
  ['connection-test', 'idp/connection-test', 'connection test is accepted'],
  ['create-user', 'idp/create-user', 'user is created from the IdP\'s request'],
  ['read-user', 'idp/read-user', 'user reads back as the IdP needs'],
  ['remove-user', 'idp/remove-user', 'IdP\'s removal deprovisions the user'],
];

for (const [step, requirement, title] of STEPS) {
  conformance(requirement, title, async ({ idp, idpVariant, scim, resources }, testInfo) => {
    const profile = idpProfile(idp, idpVariant);
    const never = profile.never?.[step];
    testInfo.skip(never !== undefined, never);
    await replayStep(profile, step, { scim, resources, testInfo });
  });
}
