import { conformance, expect } from '../../fixtures/index.ts';
import { SCIM_CONTENT_TYPE } from '../../lib/media-types.ts';
import { fillBody, fillQuery, generatedBody } from './bodies.ts';
import { BAD_INPUT_CASES } from './cases.ts';
import { expectClientError, expectNoUserNamed, expectUserUnchanged, readUser } from './readback.ts';

/** One check per case of bad-inputs.cases.json: refused with a 4xx SCIM Error, and nothing changed. */
for (const item of BAD_INPUT_CASES) {
  conformance('robustness/bad-input/4xx-scim-error', `${item.name} is refused with a 4xx SCIM error`, async ({ scim, resources, harnessConfig }, testInfo) => {
    testInfo.skip(item.destructive === true && !harnessConfig.allowDestructive, 'on a vulnerable target this request could touch data the harness did not create: set SCIM_ALLOW_DESTRUCTIVE=1 on a disposable account to run it');
    const userName = resources.identity().userName;
    let path = item.path ?? '/Users';
    let before: Record<string, unknown> | undefined;
    let userId: string | undefined;
    if (item.target === 'user') {
      userId = (await resources.user()).id;
      path = `/Users/${encodeURIComponent(userId)}`;
      before = await readUser(scim, userId);
    }
    const body = item.generate !== undefined ? generatedBody(item.generate, userName) : item.body === undefined ? undefined : fillBody(item.body, userName);
    const contentType = item.contentType === undefined ? SCIM_CONTENT_TYPE : item.contentType ?? undefined;
    const response = await scim.request({
      method: item.method,
      path,
      ...(item.query === undefined ? {} : { query: fillQuery(item.query, userName) }),
      ...(body === undefined ? {} : { body, headers: { 'content-type': contentType } }),
    });
    // A target that took the request anyway still gets its User removed.
    const createdId = response.status === 201 ? response.json<{ id?: unknown }>()?.id : undefined;
    if (typeof createdId === 'string') resources.track('Users', createdId);

    expectClientError(response, item.name);
    await expect(response).toBeScimError(response.status);
    if (userId !== undefined && before !== undefined) await expectUserUnchanged(scim, userId, before, response);
    else if (item.method === 'POST') await expectNoUserNamed(scim, userName, response);
  });
}

