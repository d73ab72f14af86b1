import { conformance, evidence, expect, failCheck } from '../../fixtures/index.ts';
import { userResource } from '../../fixtures/data/user-data.ts';

conformance('users/create/201-with-id', 'POST /Users answers 201 with a server-assigned id', async ({ scim, resources }) => {
  const identity = resources.identity();
  const response = await scim.post('/Users', userResource(identity));
  const id = response.json<{ id?: unknown }>()?.id;
  if (typeof id === 'string' && id !== '') resources.track('Users', id);
  await expect(response).toHaveStatus(201);
  if (typeof id !== 'string' || id === '') failCheck(`Expected the 201 body to carry the new User's "id" as a non-empty string, but "id" is ${JSON.stringify(id)}.${evidence(response)}`);
});

conformance('users/read/by-id', 'GET /Users/{id} returns that user', async ({ scim, resources }) => {
  const user = await resources.user();
  const response = await scim.get(`/Users/${encodeURIComponent(user.id)}`);
  await expect(response).toHaveStatus(200);
  const body = response.json<Record<string, unknown>>();
  if (body?.id !== user.id || body?.userName !== user.identity.userName) {
    failCheck(`Expected id ${JSON.stringify(user.id)} and userName ${JSON.stringify(user.identity.userName)} as created, but got id ${JSON.stringify(body?.id)} and userName ${JSON.stringify(body?.userName)}.${evidence(response)}`);
  }
});

conformance('users/read/unknown-id-404', 'GET /Users/{id} of an unknown id answers 404 with a SCIM error', async ({ scim, faker }) => {
  const response = await scim.get(`/Users/${faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`);
  await expect(response).toBeScimError(404);
});

conformance('users/delete/204-then-404', 'DELETE /Users/{id} answers 204 and the user is gone', async ({ scim, resources }) => {
  const user = await resources.user();
  const path = `/Users/${encodeURIComponent(user.id)}`;
  const deleted = await scim.delete(path);
  await expect(deleted).toHaveStatus(204);
  const after = await scim.get(path);
  await expect(after).toHaveStatus(404, 'A deleted User must no longer be returned (RFC 7644 §3.6).');
});
