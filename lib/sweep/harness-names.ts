import { RESOURCE_PREFIX } from '../config/config.ts';

/**
 * What the harness names its resources (fixtures/data/user-data.ts): `scimc-<run id>-...` in userName
 * and externalId of Users and in displayName of Groups. A sweep removes only what matches this, so a
 * person's account or a group someone made by hand is never touched.
 */
const ANY_RUN = new RegExp(`^${RESOURCE_PREFIX}-[a-z0-9]{4,12}-`);

export function isHarnessName(name: unknown, runId?: string): boolean {
  if (typeof name !== 'string') return false;
  return runId === undefined ? ANY_RUN.test(name) : name.startsWith(`${RESOURCE_PREFIX}-${runId}-`);
}
