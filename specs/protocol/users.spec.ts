import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { AdvertisedSchemas } from '../../fixtures/advertised.ts';
import { userResource } from '../../fixtures/data/user-data.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import { URN } from '../../lib/scim-uris.ts';
import { isAssigned, isJson, show, valueAt, type Json } from './support/bodies.ts';
import { setUpUser, unknownId, userPath } from './support/users.ts';

/** A meta a client has no business sending (RFC 7643 §3.1: "SHALL be ignored when provided by clients"). */
const CLIENT_META = { resourceType: 'Group', created: '2001-01-01T00:00:00Z', lastModified: '2001-01-01T00:00:00Z' };

function metaOf(resource: unknown): Json {
  return isJson(resource) && isJson(resource.meta) ? resource.meta : {};
}

conformance('users/create/201-with-id', 'POST /Users answers 201 with a server-assigned id', async ({ scim, resources }) => {
  const identity = resources.identity();
  const response = await scim.post('/Users', userResource(identity));
  const id = response.json<{ id?: unknown }>()?.id;
  if (typeof id === 'string' && id !== '') resources.track('Users', id);
  await expect(response).toHaveStatus(201);
  if (typeof id !== 'string' || id === '') failCheck(`Expected the 201 body to carry the new User's "id" as a non-empty string, but "id" is ${JSON.stringify(id)}.${evidence(response)}`);
});

conformance('users/create/location-header', 'POST /Users answers with the new User\'s Location', async ({ scim, resources }) => {
  const { id, response, resource } = await setUpUser(scim, resources);
  const location = response.headers.location;
  const path = location === undefined ? undefined : new URL(location, response.exchange.url).pathname;
  if (path === undefined || decodeURIComponent(path).replace(/\/+$/, '') !== decodeURIComponent(new URL(`${scim.baseUrl}${userPath(id)}`).pathname)) {
    failCheck(`Expected the 201 to carry a Location header naming the new User (…${userPath(id)}), but Location is ${show(location)}.${evidence(response)}`);
  }
  const metaLocation = metaOf(resource).location;
  if (metaLocation !== undefined && metaLocation !== location) {
    failCheck(`Expected meta.location to equal the Location header (RFC 7644 §3.3), but meta.location is ${show(metaLocation)} and Location is ${show(location)}.${evidence(response)}`);
  }
});

conformance('users/create/meta-resource-type', 'a created User has meta.resourceType "User"', async ({ scim, resources }) => {
  const { id, response } = await setUpUser(scim, resources);
  const read = await scim.get(userPath(id));
  for (const answer of [response, read]) {
    const resourceType = metaOf(answer.json()).resourceType;
    if (resourceType !== 'User') failCheck(`Expected meta.resourceType "User", but it is ${show(resourceType)}.${evidence(answer)}`);
  }
});

conformance('users/create/minimal', 'POST /Users with only schemas and userName creates the user', async ({ scim, resources }) => {
  const response = await scim.post('/Users', { schemas: [URN.user], userName: resources.identity().userName });
  const id = response.json<{ id?: unknown }>()?.id;
  if (typeof id === 'string') resources.track('Users', id);
  await expect(response).toHaveStatus(201, 'userName is the only attribute RFC 7643 §4.1 requires.');
});

conformance('users/create/full-representation', 'the 201 body is the user as stored', async ({ scim, resources }) => {
  const { identity, resource, response } = await setUpUser(scim, resources);
  const expected: Array<[string, string]> = [['name.givenName', identity.givenName], ['name.familyName', identity.familyName], ['externalId', identity.externalId]];
  const differing = expected.filter(([path, value]) => valueAt(resource, path) !== value);
  if (String(resource.userName).toLowerCase() !== identity.userName.toLowerCase()) differing.push(['userName', identity.userName]);
  if (differing.length > 0) {
    failCheck(`Expected the 201 body to carry what was stored, but ${differing.map(([path, value]) => `${path} is ${show(valueAt(resource, path))} instead of ${JSON.stringify(value)}`).join('; ')}.${evidence(response)}`);
  }
});

conformance('users/create/client-id-ignored', 'an id sent on POST /Users is not used', async ({ scim, resources, faker }) => {
  const sent = `client-chosen-${unknownId(faker)}`;
  const response = await scim.post('/Users', { ...userResource(resources.identity()), id: sent });
  const id = response.json<{ id?: unknown }>()?.id;
  if (typeof id === 'string' && id !== '') resources.track('Users', id);
  if (response.status === 400) return;
  await expect(response).toHaveStatus(201);
  if (id === sent) failCheck(`Expected the server to assign its own id (RFC 7643 §3.1: "id" MUST NOT be specified by the client), but the User got the id the client sent, ${JSON.stringify(sent)}.${evidence(response)}`);
});

conformance('users/create/read-only-ignored', 'a meta sent on POST /Users is ignored', async ({ scim, resources }) => {
  const { id, response } = await setUpUser(scim, resources, { meta: CLIENT_META });
  const read = await scim.get(userPath(id));
  for (const answer of [response, read]) {
    const meta = metaOf(answer.json());
    if (meta.resourceType !== 'User' || meta.created === CLIENT_META.created) {
      failCheck(`Expected the client's meta to be ignored, but meta.resourceType is ${show(meta.resourceType)} and meta.created ${show(meta.created)}.${evidence(answer)}`);
    }
  }
});

conformance('users/create/duplicate-409', 'a duplicate userName answers 409 uniqueness', async ({ scim, resources }) => {
  const { identity } = await setUpUser(scim, resources);
  const response = await scim.post('/Users', userResource({ ...identity, externalId: `${identity.externalId}-2` }));
  const id = response.json<{ id?: unknown }>()?.id;
  if (response.status === 201 && typeof id === 'string') resources.track('Users', id);
  await expect(response).toBeScimError(409, 'uniqueness');
});

conformance('users/create/missing-user-name-400', 'POST /Users without userName answers 400', async ({ scim, resources }) => {
  const { userName: _userName, ...body } = userResource(resources.identity());
  const response = await scim.post('/Users', body);
  const id = response.json<{ id?: unknown }>()?.id;
  if (response.status === 201 && typeof id === 'string') resources.track('Users', id);
  await expect(response).toBeScimError(400);
  const scimType = response.json<{ scimType?: unknown }>()?.scimType;
  if (scimType !== undefined && scimType !== 'invalidValue' && scimType !== 'invalidSyntax') {
    failCheck(`Expected scimType invalidValue (a required value is missing, RFC 7644 Table 9) or invalidSyntax, but it is ${JSON.stringify(scimType)}.${evidence(response)}`);
  }
});

conformance('users/read/by-id', 'GET /Users/{id} returns that user', async ({ scim, resources }) => {
  const user = await resources.user();
  const response = await scim.get(userPath(user.id));
  await expect(response).toHaveStatus(200);
  const body = response.json<Record<string, unknown>>();
  if (body?.id !== user.id || body?.userName !== user.identity.userName) {
    failCheck(`Expected id ${JSON.stringify(user.id)} and userName ${JSON.stringify(user.identity.userName)} as created, but got id ${JSON.stringify(body?.id)} and userName ${JSON.stringify(body?.userName)}.${evidence(response)}`);
  }
});

conformance('users/read/unknown-id-404', 'GET /Users/{id} of an unknown id answers 404 with a SCIM error', async ({ scim, faker }) => {
  const response = await scim.get(`/Users/${unknownId(faker)}`);
  await expect(response).toBeScimError(404);
});

conformance('users/read/meta-timestamps', 'a new user\'s lastModified equals its created', async ({ scim, resources }) => {
  const { id } = await setUpUser(scim, resources);
  const response = await scim.get(userPath(id));
  await expect(response).toHaveStatus(200);
  const { created, lastModified } = metaOf(response.json());
  const instant = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.exec(value) !== null ? Date.parse(value) : Number.NaN);
  if (Number.isNaN(instant(created)) || Number.isNaN(instant(lastModified))) {
    failCheck(`Expected meta.created and meta.lastModified as dateTimes (RFC 7643 §3.1), but they are ${show(created)} and ${show(lastModified)}.${evidence(response)}`);
  }
  if (instant(created) !== instant(lastModified)) {
    failCheck(`Expected meta.lastModified to equal meta.created for a User never modified (RFC 7643 §3.1), but created is ${show(created)} and lastModified ${show(lastModified)}.${evidence(response)}`);
  }
});

conformance('users/replace/omitted-cleared', 'PUT /Users/{id} clears the attributes it leaves out', async ({ scim, resources }, testInfo) => {
  const advertised = await AdvertisedSchemas.read(scim);
  const reason = advertised.unwritableReason(URN.user, 'externalId', 'name.givenName');
  testInfo.skip(reason !== undefined, reason);
  const { id, identity } = await setUpUser(scim, resources);
  const { name: _name, externalId: _externalId, displayName: _displayName, ...replacement } = userResource(identity);
  const replaced = await scim.put(userPath(id), replacement);
  await expect(replaced).toHaveStatus(200);
  const read = await scim.get(userPath(id));
  const body = read.json<Json>() ?? {};
  const kept = ['externalId', 'name.givenName'].filter((path) => isAssigned(valueAt(body, path)));
  if (kept.length > 0) failCheck(`Expected a PUT without ${kept.join(' and ')} to clear ${kept.length > 1 ? 'them' : 'it'} (RFC 7644 §3.5.1 replaces the resource), but ${kept.map((p) => `${p} is still ${show(valueAt(body, p))}`).join('; ')}.${evidence(replaced)}${evidence(read)}`);
});

conformance('users/replace/read-only-ignored', 'a meta sent on PUT /Users/{id} is ignored', async ({ scim, resources }) => {
  const { id, identity } = await setUpUser(scim, resources);
  const replaced = await scim.put(userPath(id), { ...userResource(identity), meta: CLIENT_META });
  await expect(replaced).toHaveStatus(200);
  const read = await scim.get(userPath(id));
  for (const answer of [replaced, read]) {
    const meta = metaOf(answer.json());
    if (meta.resourceType !== 'User' || meta.created === CLIENT_META.created) {
      failCheck(`Expected the readOnly meta of the PUT body to be ignored (RFC 7644 §3.5.1), but meta.resourceType is ${show(meta.resourceType)} and meta.created ${show(meta.created)}.${evidence(answer)}`);
    }
  }
});

conformance('users/replace/returns-updated', 'PUT /Users/{id} answers with the replaced user', async ({ scim, resources }) => {
  const { id, identity } = await setUpUser(scim, resources);
  const familyName = `${identity.familyName}-Replaced`;
  const replaced = await scim.put(userPath(id), userResource({ ...identity, familyName }));
  await expect(replaced).toHaveStatus(200);
  const got = valueAt(replaced.json<Json>() ?? {}, 'name.familyName');
  if (got !== familyName) failCheck(`Expected the 200 body to be the User as replaced, with name.familyName ${JSON.stringify(familyName)}, but it is ${show(got)}.${evidence(replaced)}`);
});

conformance('users/replace/created-kept', 'PUT /Users/{id} keeps meta.created', async ({ scim, resources }) => {
  const { id, identity } = await setUpUser(scim, resources);
  const before = metaOf((await scim.get(userPath(id))).json());
  const replaced = await scim.put(userPath(id), userResource({ ...identity, givenName: `${identity.givenName}-Replaced` }));
  await expect(replaced).toHaveStatus(200);
  const after = metaOf(replaced.json());
  if (typeof before.created !== 'string') failCheck(`Expected meta.created as a dateTime (RFC 7643 §3.1), but the User read before the replace has ${show(before.created)}.${evidence(replaced)}`);
  if (after.created !== before.created) {
    failCheck(`Expected meta.created to stay ${show(before.created)} after a replace (RFC 7643 §3.1), but it is ${show(after.created)}.${evidence(replaced)}`);
  }
  if (Date.parse(String(after.lastModified)) < Date.parse(String(before.lastModified))) {
    failCheck(`Expected meta.lastModified not to move back, but it went from ${show(before.lastModified)} to ${show(after.lastModified)}.${evidence(replaced)}`);
  }
});

conformance('users/replace/unknown-id-404', 'PUT /Users/{id} of an unknown id answers 404', async ({ scim, resources, faker }) => {
  const response = await scim.put(`/Users/${unknownId(faker)}`, userResource(resources.identity()));
  await expect(response).toBeScimError(404);
});

conformance('users/delete/204-then-404', 'DELETE /Users/{id} answers 204 and the user is gone', async ({ scim, resources }) => {
  const user = await resources.user();
  const path = userPath(user.id);
  const deleted = await scim.delete(path);
  await expect(deleted).toHaveStatus(204);
  const after = await scim.get(path);
  await expect(after).toHaveStatus(404, 'A deleted User must no longer be returned (RFC 7644 §3.6).');
});

conformance('users/delete/unknown-id-404', 'DELETE /Users/{id} of an unknown id answers 404', async ({ scim, faker }) => {
  const response = await scim.delete(`/Users/${unknownId(faker)}`);
  await expect(response).toBeScimError(404);
});
