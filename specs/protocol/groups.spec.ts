import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { AdvertisedSchemas } from '../../fixtures/advertised.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import { URN } from '../../lib/scim-uris.ts';
import { isJson, resourcesOf, show, type Json } from './support/bodies.ts';
import { groupOrSkip, memberIds } from './support/groups.ts';
import { groupPath, setUpUser, unknownId } from './support/users.ts';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

conformance('groups/create/201-with-id', 'POST /Groups answers 201 with a server-assigned id', async ({ scim, resources }) => {
  const displayName = resources.identity().externalId;
  const response = await scim.post('/Groups', { schemas: [URN.group], displayName, members: [] });
  const id = response.json<{ id?: unknown }>()?.id;
  if (typeof id === 'string' && id !== '') resources.track('Groups', id);
  await expect(response).toHaveStatus(201);
  if (typeof id !== 'string' || id === '') failCheck(`Expected the 201 body to carry the new Group's "id" as a non-empty string, but "id" is ${show(id)}.${evidence(response)}`);
});

conformance('groups/create/location-header', 'POST /Groups answers with the new Group\'s Location', async ({ scim, resources }, testInfo) => {
  const { id, response } = await groupOrSkip(resources, testInfo);
  const location = response.headers.location;
  const path = location === undefined ? undefined : decodeURIComponent(new URL(location, response.exchange.url).pathname);
  if (path === undefined || path !== decodeURIComponent(new URL(`${scim.baseUrl}${groupPath(id)}`).pathname)) {
    failCheck(`Expected the 201 to carry a Location header naming the new Group (…${groupPath(id)}), but Location is ${show(location)}.${evidence(response)}`);
  }
});

conformance('groups/create/members', 'a Group created with members lists them', async ({ scim, resources }, testInfo) => {
  const [ada, bob] = [await setUpUser(scim, resources), await setUpUser(scim, resources)];
  const group = await groupOrSkip(resources, testInfo, [ada.id, bob.id]);
  const read = await scim.get(groupPath(group.id));
  await expect(read).toHaveStatus(200);
  const members = memberIds(read.json<Json>());
  if (!sameSet(members, [ada.id, bob.id])) failCheck(`Expected the Group's members to be the two Users it was created with (${ada.id}, ${bob.id}), but they are ${JSON.stringify(members)}.${evidence(group.response)}${evidence(read)}`);
});

conformance('groups/read/by-id', 'GET /Groups/{id} returns that group', async ({ scim, resources }, testInfo) => {
  const group = await groupOrSkip(resources, testInfo);
  const response = await scim.get(groupPath(group.id));
  await expect(response).toHaveStatus(200);
  const body = response.json<Json>();
  if (body?.id !== group.id || body?.displayName !== group.displayName) {
    failCheck(`Expected id ${JSON.stringify(group.id)} and displayName ${JSON.stringify(group.displayName)} as created, but got id ${show(body?.id)} and displayName ${show(body?.displayName)}.${evidence(response)}`);
  }
});

conformance('groups/read/unknown-id-404', 'GET /Groups/{id} of an unknown id answers 404', async ({ scim, faker }) => {
  const response = await scim.get(`/Groups/${unknownId(faker)}`);
  await expect(response).toBeScimError(404);
});

conformance('groups/list/list-response', 'GET /Groups answers a ListResponse of Groups', async ({ scim }) => {
  const response = await scim.get('/Groups', { count: 5 });
  await expect(response).toHaveStatus(200);
  const body = response.json<unknown>();
  const listed = isJson(body) && Array.isArray(body.schemas) && body.schemas.includes(URN.listResponse) && Array.isArray(body.Resources);
  const groups = resourcesOf(body).every((g) => Array.isArray(g.schemas) && g.schemas.includes(URN.group) && typeof g.id === 'string');
  if (!listed || !groups) failCheck(`Expected a ListResponse (RFC 7644 §3.4.2) whose Resources are Groups, but the body is not one.${evidence(response)}`);
});

conformance('groups/replace/put-replaces', 'PUT /Groups/{id} replaces name and members', async ({ scim, resources }, testInfo) => {
  const [ada, bob] = [await setUpUser(scim, resources), await setUpUser(scim, resources)];
  const group = await groupOrSkip(resources, testInfo, [ada.id]);
  const displayName = `${group.displayName}-renamed`;
  const replaced = await scim.put(groupPath(group.id), { schemas: [URN.group], displayName, members: [{ value: bob.id }] });
  await expect(replaced).toHaveStatus(200);
  const read = await scim.get(groupPath(group.id));
  const body = read.json<Json>() ?? {};
  if (body.displayName !== displayName || !sameSet(memberIds(body), [bob.id])) {
    failCheck(`Expected the Group to become exactly what the PUT said (displayName ${JSON.stringify(displayName)}, members [${bob.id}]), but it has displayName ${show(body.displayName)} and members ${JSON.stringify(memberIds(body))}.${evidence(replaced)}${evidence(read)}`);
  }
});

conformance('groups/delete/204-then-404', 'DELETE /Groups/{id} answers 204 and the group is gone', async ({ scim, resources }, testInfo) => {
  const group = await groupOrSkip(resources, testInfo);
  const deleted = await scim.delete(groupPath(group.id));
  await expect(deleted).toHaveStatus(204);
  const after = await scim.get(groupPath(group.id));
  await expect(after).toHaveStatus(404, 'A deleted Group must no longer be returned (RFC 7644 §3.6).');
});

conformance('groups/delete/unknown-id-404', 'DELETE /Groups/{id} of an unknown id answers 404', async ({ scim, faker }) => {
  const response = await scim.delete(`/Groups/${unknownId(faker)}`);
  await expect(response).toBeScimError(404);
});

conformance('groups/membership/user-groups', 'a user\'s groups lists the groups it is in', async ({ scim, resources }, testInfo) => {
  const advertised = await AdvertisedSchemas.read(scim);
  testInfo.skip(advertised.attribute(URN.user, 'groups') === undefined, 'the target\'s User schema does not define "groups"');
  const user = await setUpUser(scim, resources);
  const group = await groupOrSkip(resources, testInfo, [user.id]);
  const read = await scim.get(`/Users/${encodeURIComponent(user.id)}`);
  await expect(read).toHaveStatus(200);
  // Read leniently: the shape of "groups" is the schema validation's concern, its content is this check's.
  const listed = memberIds({ members: read.json<Json>()?.groups });
  if (!listed.includes(group.id)) failCheck(`Expected the User's "groups" to list ${group.id}, the Group it is a member of (RFC 7643 §4.1.2), but it lists ${JSON.stringify(listed)}.${evidence(read)}`);
});
