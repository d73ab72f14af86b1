import type { ScimClient, ScimResponse } from '../../../lib/client/index.ts';
import { describeExchange, previewBody } from '../../../lib/exchange.ts';
import type { ResourceFactory } from '../../../fixtures/resources.fixture.ts';
import { userResource, type UserIdentity } from '../../../fixtures/data/user-data.ts';
import type { Faker } from '../../../fixtures/faker.fixture.ts';
import { isJson, type Json } from './bodies.ts';

export interface SetUpUser {
  id: string;
  identity: UserIdentity;
  /** The 201 body. */
  resource: Json;
  response: ScimResponse;
}

/**
 * Creates a user as setup, with attributes beyond the minimal body every profile takes. The user is
 * tracked for cleanup; a target that does not answer 201 breaks the check (setup), it does not fail it.
 */
export async function setUpUser(scim: ScimClient, resources: ResourceFactory, extra: Json = {}, identity: UserIdentity = resources.identity()): Promise<SetUpUser> {
  const response = await scim.post('/Users', { ...userResource(identity), ...extra });
  const body = response.json<unknown>();
  const id = isJson(body) ? body.id : undefined;
  if (typeof id === 'string' && id !== '') resources.track('Users', id);
  if (response.status !== 201 || typeof id !== 'string' || id === '' || !isJson(body)) {
    throw new Error(`setup could not create a user: expected 201 with an id, got ${describeExchange(response.exchange)}: ${previewBody(response.text, 300)}`);
  }
  return { id, identity, resource: body, response };
}

export function userPath(id: string): string {
  return `/Users/${encodeURIComponent(id)}`;
}

export function groupPath(id: string): string {
  return `/Groups/${encodeURIComponent(id)}`;
}

/** An id no resource has: 32 random hex digits. */
export function unknownId(faker: Faker): string {
  return faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' });
}
