import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { withAccess, type AccessWorld } from '../../fixtures/access.ts';
import type { ScimResponse } from '../../lib/client/index.ts';

/**
 * Deprovisioning over SCIM ends the person's Access sessions (user_deprovision) and, when asked,
 * frees their seat (seat_deprovision) (CLOUDFLARE.md B3). Each IdP deprovisions its own way: Okta
 * and Entra deactivate, Authentik and Entra's hard delete send DELETE (IDP-SHAPES.md 2.5, 3.6, 4.6).
 */
type Removal = (world: AccessWorld, userId: string) => Promise<ScimResponse>;

const REMOVALS: ReadonlyArray<[string, string, Removal]> = [
  ['deactivating', 'active false', (world, id) => world.pushes.deactivate(id)],
  ['deleting', 'DELETE', (world, id) => world.pushes.delete(id)],
];

for (const [verb, how, remove] of REMOVALS) {
  conformance('access/deprovision/revokes-sessions', `${verb} a user over SCIM revokes their Access sessions`, async (fixtures, testInfo) => {
    await withAccess(fixtures, testInfo, async (world) => {
      const { admin, visitor } = world;
      await admin.configureScim({ user_deprovision: true });
      const { id, email, cookie, accessUserId } = await world.signedInUser();

      await remove(world, id);
      const sessions = await admin.activeSessions(accessUserId);
      if (sessions.result.length > 0) {
        failCheck(`Expected no active Access session for ${email} after the IdP deprovisioned them over SCIM (${how}) with user_deprovision on, but ${sessions.result.length} remain: a deprovisioned person keeps their access until the session expires.${evidence(sessions.response)}`);
      }
      const reopened = await visitor.openApp(cookie);
      if (reopened.status === 200 || reopened.status === 403) {
        failCheck(`Expected the session cookie of ${email} to be dead after the IdP deprovisioned them over SCIM (${how}), but the application still took it (${reopened.status}).${evidence(reopened)}`);
      }
    });
  });
}

conformance('access/deprovision/removes-seat', 'with seat_deprovision, deprovisioning over SCIM frees the user\'s seat', async (fixtures, testInfo) => {
  await withAccess(fixtures, testInfo, async ({ admin, pushes, signedInUser }) => {
    await admin.configureScim({ user_deprovision: true, seat_deprovision: true });
    const { id, email } = await signedInUser();
    const before = (await admin.accessUser(email)).result;
    if (before?.access_seat !== true) throw new Error(`setup: after signing in, ${email} holds no Access seat (${JSON.stringify(before)})`);

    await pushes.deactivate(id);
    const after = await admin.accessUser(email);
    if (after.result === undefined || after.result.access_seat || after.result.gateway_seat || after.result.seat_uid !== null) {
      failCheck(`Expected the seat of ${email} to be removed after the IdP deactivated them over SCIM with seat_deprovision on, but the Access user reads ${JSON.stringify(after.result)}: the seat stays billed.${evidence(after.response)}`);
    }
  });
});
