import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { userResource } from '../../fixtures/data/user-data.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import type { ScimResponse } from '../../lib/client/index.ts';
import { mediaTypeOf, SCIM_CONTENT_TYPE, SCIM_MEDIA_TYPE } from '../../lib/media-types.ts';
import { isScimType, SCIM_TYPES, type ScimType } from '../../lib/scim-errors.ts';
import type { RequirementId } from '../../requirements/index.ts';
import { show } from './support/bodies.ts';
import { loadCases } from './support/cases.ts';
import { setUpUser, unknownId } from './support/users.ts';

/**
 * Errors (RFC 7644 §3.12), one check per case of cases/errors.json. The table of statuses and scimType
 * values is lib/scim-errors.ts, the same module the emulator builds its errors from.
 */
interface ErrorCase {
  requirement: RequirementId;
  title: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: 'duplicate-user' | 'user-without-user-name';
  rawBody?: string;
  status: number;
  scimType?: ScimType;
  scimTypeOptional?: boolean;
  statusRequirement?: RequirementId;
}

for (const c of loadCases<ErrorCase>('errors.json', 'error-cases.schema.json')) {
  conformance(c.requirement, c.title, async ({ scim, resources, faker }, testInfo) => {
    const path = c.path.replace('{unknownId}', unknownId(faker));
    let json: unknown;
    if (c.body === 'duplicate-user') json = userResource({ ...(await setUpUser(scim, resources)).identity, externalId: resources.identity().externalId });
    if (c.body === 'user-without-user-name') {
      const { userName: _userName, ...body } = userResource(resources.identity());
      json = body;
    }
    const response = await scim.request({
      method: c.method,
      path,
      ...(c.query === undefined ? {} : { query: c.query }),
      ...(c.rawBody === undefined ? { json } : { body: c.rawBody, headers: { 'content-type': SCIM_CONTENT_TYPE } }),
    });
    const id = response.json<{ id?: unknown }>()?.id;
    if (response.status === 201 && typeof id === 'string') resources.track('Users', id);
    // A target that does not treat the request as an error at all breaks the requirement that says it must
    // fail, and that check names it; here there is no error body to judge.
    testInfo.skip(
      response.status < 400 && c.statusRequirement !== undefined,
      `the target answered ${response.status}, not an error, so there is no error body to hold to RFC 7644 §3.12; ${c.statusRequirement} judges that answer`,
    );
    await expect(response).toBeScimError(c.status);
    if (c.scimType === undefined) return;
    const scimType = response.json<{ scimType?: unknown }>()?.scimType;
    // RFC 7644 §3.12: scimType is OPTIONAL unless the section of the fault names it.
    if (scimType === undefined && c.scimTypeOptional) return;
    if (scimType !== c.scimType) failCheck(`Expected scimType "${c.scimType}" (RFC 7644 Table 9: ${SCIM_TYPES[c.scimType].meaning}), but it is ${show(scimType)}.${evidence(response)}`);
    if (isScimType(scimType) && SCIM_TYPES[scimType].status !== response.status) {
      failCheck(`Expected scimType "${scimType}" to come with status ${SCIM_TYPES[scimType].status} (RFC 7644 §3.12), but it came with ${response.status}.${evidence(response)}`);
    }
  });
}

conformance('errors/content-type/scim-json', 'answers with a body are application/scim+json', async ({ scim, faker }) => {
  const answers: ScimResponse[] = [await scim.get('/ServiceProviderConfig'), await scim.get('/Users', { count: 1 }), await scim.get(`/Users/${unknownId(faker)}`)];
  for (const answer of answers) {
    const type = mediaTypeOf(answer.contentType);
    if (type !== SCIM_MEDIA_TYPE) failCheck(`Expected Content-Type ${SCIM_MEDIA_TYPE} (RFC 7644 §8.1), but ${answer.exchange.method} ${answer.exchange.url} answered ${show(answer.contentType)}.${evidence(answer)}`);
  }
});
