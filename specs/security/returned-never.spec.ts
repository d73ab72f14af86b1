import { conformance, evidence, expect } from '../../fixtures/index.ts';
import { userResource } from '../../fixtures/data/user-data.ts';
import { failCheck } from '../../fixtures/verdicts.ts';
import type { ScimResponse } from '../../lib/client/index.ts';

/** RFC 7643 §4.1.1: password is "returned: never"; §7 defines that as never in any response. */
function expectNoPassword(response: ScimResponse, password: string, where: string): void {
  const hasAttribute = /"password"\s*:/i.test(response.text);
  if (hasAttribute || response.text.includes(password)) {
    failCheck(`Expected ${where} to leave out the password (returned "never", RFC 7643 §4.1.1), but the body ${hasAttribute ? 'has a "password" attribute' : 'contains the password sent'}.${evidence(response)}`);
  }
}

conformance('security/returned-never/password', 'a password is never returned by create, read or list', async ({ scim, resources, faker }, testInfo) => {
  const identity = resources.identity();
  const password = `Pw-${faker.string.alphanumeric(20)}!`;
  const created = await scim.post('/Users', { ...userResource(identity), password });
  const id = created.json<{ id?: unknown }>()?.id;
  if (typeof id === 'string') resources.track('Users', id);
  if (created.status >= 400 && created.status <= 499) {
    testInfo.skip(true, `the target does not take a password on create (it answered ${created.status}), so it holds none to return`);
    return;
  }
  await expect(created).toHaveStatus(201);
  expectNoPassword(created, password, 'the 201 of POST /Users');
  if (typeof id !== 'string') throw new Error('the 201 of POST /Users has no id to read the User back by');
  const read = await scim.get(`/Users/${encodeURIComponent(id)}`);
  await expect(read).toHaveStatus(200);
  expectNoPassword(read, password, 'GET /Users/{id}');
  const listed = await scim.get('/Users', { filter: `userName eq "${identity.userName}"` });
  await expect(listed).toHaveStatus(200);
  expectNoPassword(listed, password, 'a filtered GET /Users');
});
