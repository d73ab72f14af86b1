import { conformance, evidence, expect, failCheck } from '../../fixtures/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import { groupOrSkip, memberIds } from '../protocol/support/groups.ts';
import { groupPath } from '../protocol/support/users.ts';

/** As many writers as an IdP's parallel push of one group's membership typically uses. */
const WRITERS = 20;

/**
 * A lost update shows only when writes overlap: every member is added by a PATCH of its own, all sent
 * at once, and each one the target answered with success must be in the group afterwards. A writer the
 * target refused (409, 412, 429 after retries) is its honest answer to contention, not a lost update.
 */
conformance('robustness/concurrency/membership-updates-kept', `${WRITERS} concurrent membership PATCHes to one group are all kept`, async ({ scim, resources }, testInfo) => {
  const users = await Promise.all(Array.from({ length: WRITERS }, () => resources.user()));
  const group = await groupOrSkip(resources, testInfo);
  const path = groupPath(group.id);
  const answers = await Promise.all(
    users.map((user) => scim.patch(path, { schemas: [URN.patchOp], Operations: [{ op: 'add', path: 'members', value: [{ value: user.id }] }] })),
  );
  const kept = users.filter((_, i) => answers[i]!.status === 200 || answers[i]!.status === 204);
  testInfo.skip(kept.length < 2, `the target accepted ${kept.length} of ${WRITERS} concurrent membership PATCHes, too few to overlap (first answer ${answers[0]!.status})`);

  const read = await scim.get(path);
  await expect(read).toHaveStatus(200);
  const members = new Set(memberIds(read.json<Record<string, unknown>>()));
  const lost = kept.filter((user) => !members.has(user.id));
  if (lost.length > 0) {
    const first = answers[users.indexOf(lost[0]!)]!;
    failCheck(
      `Expected all ${kept.length} membership PATCHes the target answered with success to be kept, but ${lost.length} of those members are missing from the group afterwards (e.g. ${lost[0]!.id}): concurrent writers overwrote each other's updates, so an IdP's parallel push loses memberships.${evidence(first)}${evidence(read)}`,
    );
  }
});
