import { conformance, evidence } from '../../fixtures/index.ts';
import { userResource } from '../../fixtures/data/user-data.ts';
import { failCheck } from '../../fixtures/verdicts.ts';
import type { ScimRequestOptions } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import { expectNoUserNamed, expectUserUnchanged, readUser } from '../robustness/readback.ts';
import { authorizationOf, CREDENTIAL_CASES, REFUSALS } from './credential-cases.ts';
import { expectNoResourceData } from './no-data.ts';

/**
 * One check per case of credentials.cases.json: the request is refused with a status its requirement
 * allows, the answer carries no resource data, and nothing changed (RFC 7644 §2, RFC 6750 §3.1).
 */
for (const item of CREDENTIAL_CASES) {
  conformance(item.requirement, `${item.name} is refused and changes nothing`, async ({ scim, resources, target, credentials, faker }, testInfo) => {
    const unknown = faker.string.alphanumeric({ length: Math.max(target.token.length, 40) });
    const auth = item.authorization === null ? undefined : authorizationOf(item.authorization, { token: target.token, unknown, credentials });
    if (auth !== undefined && 'missing' in auth) {
      testInfo.skip(true, credentials.missing(auth.missing));
      return;
    }
    const user = await resources.user();
    const path = `/Users/${encodeURIComponent(user.id)}`;
    const newcomer = resources.identity();
    const requests: Record<typeof item.request, Omit<ScimRequestOptions, 'headers' | 'auth'>> = {
      list: { method: 'GET', path: '/Users', query: { filter: `userName eq "${user.identity.userName}"` } },
      read: { method: 'GET', path },
      create: { method: 'POST', path: '/Users', json: userResource(newcomer) },
      patch: { method: 'PATCH', path, json: { schemas: [URN.patchOp], Operations: [{ op: 'replace', value: { displayName: 'Mallory Intruder' } }] } },
      replace: { method: 'PUT', path, json: { ...userResource(user.identity), displayName: 'Mallory Intruder' } },
      delete: { method: 'DELETE', path },
    };
    const before = await readUser(scim, user.id);
    const response = await scim.request({
      ...requests[item.request],
      ...(auth === undefined ? { auth: false } : { headers: { authorization: auth.header } }),
    });
    const createdId = response.status === 201 ? response.json<{ id?: unknown }>()?.id : undefined;
    if (typeof createdId === 'string') resources.track('Users', createdId);

    const allowed = REFUSALS[item.requirement];
    const listedNothing = item.request === 'list' && allowed.includes(404) && response.status === 200;
    if (!allowed.includes(response.status) && !listedNothing) {
      failCheck(`Expected ${item.name} to be refused with ${allowed.join(' or ')}, but ${response.exchange.method} ${response.exchange.url} answered ${response.status}.${evidence(response)}`);
    }
    // What the caller did not send must not come back: the User's id for a list, its userName otherwise.
    expectNoResourceData(response, item.request === 'list' ? [user.id] : [user.identity.userName], listedNothing);
    if (item.request === 'create') await expectNoUserNamed(scim, newcomer.userName, response);
    else await expectUserUnchanged(scim, user.id, before, response);
  });
}
