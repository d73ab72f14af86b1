import type { ScimClient, ScimResponse } from '../../lib/client/index.ts';
import { describeExchange } from '../../lib/exchange.ts';
import { evidence } from '../../fixtures/index.ts';
import { failCheck } from '../../fixtures/verdicts.ts';

/**
 * Reading state back with the harness's own token, to show a refused request changed nothing. A
 * read that does not answer 200 is setup trouble (the check is broken), never a verdict.
 */
export async function readUser(scim: ScimClient, id: string): Promise<Record<string, unknown>> {
  const response = await scim.get(`/Users/${encodeURIComponent(id)}`);
  const body = response.json<Record<string, unknown>>();
  if (response.status !== 200 || body === undefined) throw new Error(`could not read User ${id} back: ${describeExchange(response.exchange)}`);
  // meta.lastModified and version may move on a read-only server too; the attributes may not.
  const { meta: _meta, ...attributes } = body;
  return attributes;
}

export async function usersNamed(scim: ScimClient, userName: string): Promise<Array<Record<string, unknown>>> {
  const response = await scim.get('/Users', { filter: `userName eq "${userName}"` });
  const body = response.json<{ Resources?: Array<Record<string, unknown>> }>();
  if (response.status !== 200 || body === undefined) throw new Error(`could not look up userName ${userName}: ${describeExchange(response.exchange)}`);
  return body.Resources ?? [];
}

/** Fails the check when a User with this userName exists: the refused request created it anyway. */
export async function expectNoUserNamed(scim: ScimClient, userName: string, refused: ScimResponse): Promise<void> {
  const found = await usersNamed(scim, userName);
  if (found.length > 0) {
    failCheck(`Expected the refused request to create nothing, but a User with userName ${JSON.stringify(userName)} now exists (id ${JSON.stringify(found[0]!.id)}).${evidence(refused)}`);
  }
}

/** Fails the check when the User's attributes differ from what they were before the refused request. */
export async function expectUserUnchanged(scim: ScimClient, id: string, before: Record<string, unknown>, refused: ScimResponse): Promise<void> {
  const gone = await scim.get(`/Users/${encodeURIComponent(id)}`);
  if (gone.status === 404) failCheck(`Expected the refused request to leave User ${id} as it was, but the User is gone: ${gone.exchange.method} ${gone.exchange.url} answers 404.${evidence(refused)}`);
  const after = await readUser(scim, id);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    failCheck(`Expected the refused request to leave User ${id} as it was, but it changed from ${JSON.stringify(before)} to ${JSON.stringify(after)}.${evidence(refused)}`);
  }
}

/** Fails the check unless the answer is a 4xx SCIM Error (a 5xx, a success, or a non-SCIM body all fail). */
export function expectClientError(response: ScimResponse, what: string): void {
  if (response.status < 400 || response.status > 499) {
    failCheck(`Expected ${what} to be refused with a 4xx SCIM Error, but ${response.exchange.method} ${response.exchange.url} answered ${response.status}.${evidence(response)}`);
  }
}
