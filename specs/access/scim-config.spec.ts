import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { withAccess } from '../../fixtures/access.ts';

conformance('access/scim-config/seat-needs-user-deprovision', 'seat_deprovision is refused without user_deprovision', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ admin }) => {
    await admin.configureScim({ user_deprovision: true, seat_deprovision: false });
    const refused = await admin.putScimConfig({ user_deprovision: false, seat_deprovision: true });
    if (refused.status < 400 || refused.status >= 500) {
      failCheck(`Expected the Zero Trust API to refuse scim_config with seat_deprovision on and user_deprovision off ("cannot be enabled unless user_deprovision is also enabled"), but it answered ${refused.status}.${evidence(refused)}`);
    }
    const { scim_config: now } = await admin.identityProvider();
    if (!now.user_deprovision || now.seat_deprovision) {
      failCheck(`Expected the refused scim_config to change nothing (user_deprovision on, seat_deprovision off), but it now reads user_deprovision ${now.user_deprovision}, seat_deprovision ${now.seat_deprovision}.${evidence(refused)}`);
    }
  });
});

conformance('access/identity-update/reauth-revokes-sessions', 'with reauth, a membership change pushed over SCIM revokes the user\'s sessions', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ admin, pushes, signedInUser }) => {
    await admin.configureScim({ identity_update_behavior: 'reauth' });
    const { id, email, accessUserId } = await signedInUser();

    await pushes.addMember(await pushes.group('group-b'), id);
    const sessions = await admin.activeSessions(accessUserId);
    if (sessions.result.length > 0) {
      failCheck(`Expected the sessions of ${email} to be revoked when the IdP changed their group membership over SCIM with identity_update_behavior reauth, but ${sessions.result.length} remain: they keep the groups of their old login.${evidence(sessions.response)}`);
    }
  });
});

conformance('access/identity-update/automatic-updates-identity', 'with automatic, a membership change pushed over SCIM updates the identity at once', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ admin, pushes, signedInUser }) => {
    await admin.configureScim({ identity_update_behavior: 'automatic' });
    const { id, email, accessUserId } = await signedInUser();

    const group = await pushes.group('group-b');
    await pushes.addMember(group, id);
    const identity = await admin.lastSeenIdentity(accessUserId);
    const names = (identity.result.groups ?? []).map((g) => g.name);
    if (!names.includes(group.displayName)) {
      failCheck(`Expected the registry identity of ${email} to hold "${group.displayName}" as soon as the IdP added them to it over SCIM (identity_update_behavior automatic), but it holds ${JSON.stringify(names)}: Gateway policies keep deciding on stale groups until the next login.${evidence(identity.response)}`);
    }
  });
});
