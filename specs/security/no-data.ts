import type { ScimResponse } from '../../lib/client/index.ts';
import { evidence } from '../../fixtures/index.ts';
import { failCheck } from '../../fixtures/verdicts.ts';

/**
 * Fails the check when a refused request's answer carries resource data: a resource (an "id" with
 * "schemas" of a resource), list entries, or any of the given values the caller did not send.
 * `emptyListAllowed`: a tenant-scoped target may answer a foreign list with 200 and no Resources.
 */
export function expectNoResourceData(response: ScimResponse, unsent: readonly string[], emptyListAllowed: boolean): void {
  const body = response.json<Record<string, unknown>>();
  const entries = Array.isArray(body?.Resources) ? body.Resources.length : 0;
  if (entries > 0 && !emptyListAllowed) failCheck(`Expected a refusal without data, but the answer lists ${entries} resource(s).${evidence(response)}`);
  if (typeof body?.id === 'string' && Array.isArray(body.schemas)) failCheck(`Expected a refusal without data, but the answer is a resource with id ${JSON.stringify(body.id)}.${evidence(response)}`);
  const leaked = unsent.filter((value) => value !== '' && response.text.includes(value));
  if (leaked.length > 0) failCheck(`Expected a refusal without data, but the answer contains ${leaked.map((v) => JSON.stringify(v)).join(', ')}, which the request did not send.${evidence(response)}`);
}
