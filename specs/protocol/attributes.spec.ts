import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { AdvertisedSchemas } from '../../fixtures/advertised.ts';
import { userResource } from '../../fixtures/data/user-data.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import type { ScimResponse } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import { isAssigned, isJson, member, resourcesOf, show, valueAt, type Json } from './support/bodies.ts';
import { setUpUser, userPath } from './support/users.ts';

/** The first resource of an answer: the body itself, or the first of a ListResponse. */
function firstResource(response: ScimResponse): Json {
  const body = response.json<unknown>();
  return isJson(body) && Array.isArray(body.Resources) ? (resourcesOf(body)[0] ?? {}) : isJson(body) ? body : {};
}

/** What must and must not be in a narrowed representation, as one failure message listing every miss. */
function expectShape(response: ScimResponse, present: readonly string[], absent: readonly string[], asked: string): void {
  const resource = firstResource(response);
  const missing = present.filter((path) => !isAssigned(valueAt(resource, path)));
  const extra = absent.filter((path) => isAssigned(valueAt(resource, path)));
  if (missing.length > 0 || extra.length > 0) {
    const problems = [...missing.map((p) => `${p} is missing`), ...extra.map((p) => `${p} is there (${show(valueAt(resource, p))})`)];
    failCheck(`Expected ${asked} to return ${present.join(', ')} and leave out ${absent.join(', ')} (RFC 7644 §3.9), but ${problems.join('; ')}.${evidence(response)}`);
  }
}

conformance('attributes/get/attributes-param', 'attributes narrows a user read by id', async ({ scim, resources }) => {
  const { id } = await setUpUser(scim, resources);
  const response = await scim.get(userPath(id), { attributes: 'userName' });
  await expect(response).toHaveStatus(200);
  expectShape(response, ['id', 'schemas', 'userName'], ['name', 'emails', 'externalId'], 'attributes=userName');
});

conformance('attributes/get/excluded-attributes', 'excludedAttributes leaves out what it names on a read by id', async ({ scim, resources }) => {
  const { id } = await setUpUser(scim, resources);
  const response = await scim.get(userPath(id), { excludedAttributes: 'name' });
  await expect(response).toHaveStatus(200);
  expectShape(response, ['id', 'userName', 'externalId'], ['name'], 'excludedAttributes=name');
});

conformance('attributes/list/attributes-param', 'attributes narrows the users of a list', async ({ scim, resources }) => {
  const { identity } = await setUpUser(scim, resources);
  const response = await scim.get('/Users', { filter: `userName eq "${identity.userName}"`, attributes: 'userName' });
  await expect(response).toHaveStatus(200);
  expectShape(response, ['id', 'userName'], ['name', 'emails', 'externalId'], 'attributes=userName on a list');
});

conformance('attributes/list/excluded-attributes', 'excludedAttributes leaves out what it names in a list', async ({ scim, resources }) => {
  const { identity } = await setUpUser(scim, resources);
  const response = await scim.get('/Users', { filter: `userName eq "${identity.userName}"`, excludedAttributes: 'name' });
  await expect(response).toHaveStatus(200);
  expectShape(response, ['id', 'userName', 'externalId'], ['name'], 'excludedAttributes=name on a list');
});

conformance('attributes/always/id-returned', 'id comes back whatever attributes asks for', async ({ scim, resources }) => {
  const { id } = await setUpUser(scim, resources);
  for (const query of [{ attributes: 'userName' }, { excludedAttributes: 'id' }]) {
    const response = await scim.get(userPath(id), query);
    await expect(response).toHaveStatus(200);
    const got = firstResource(response).id;
    if (got !== id) failCheck(`Expected "id" (returned "always", RFC 7643 §7) with ${JSON.stringify(query)}, but it is ${show(got)}.${evidence(response)}`);
  }
});

conformance('attributes/sub-attribute/narrowing', 'attributes=name.givenName returns only that sub-attribute', async ({ scim, resources }) => {
  const { id } = await setUpUser(scim, resources);
  // An attribute the target returns "always" comes back whatever attributes asks for (RFC 7644 §3.9).
  const userNameAlways = (await AdvertisedSchemas.read(scim)).attribute(URN.user, 'userName')?.returned === 'always';
  const response = await scim.get(userPath(id), { attributes: 'name.givenName' });
  await expect(response).toHaveStatus(200);
  expectShape(response, ['name.givenName'], userNameAlways ? ['name.familyName'] : ['name.familyName', 'userName'], 'attributes=name.givenName');
});

conformance('attributes/returned/never', 'a returned-never attribute never comes back', async ({ scim, resources, faker }, testInfo) => {
  const advertised = await AdvertisedSchemas.read(scim);
  const never = advertised.attributes(URN.user).filter((a) => a.returned === 'never' && a.type === 'string' && !a.multiValued);
  testInfo.skip(never.length === 0, 'the target\'s User schema advertises no attribute returned "never"');
  const secret = `Sc1m-${faker.string.alphanumeric(16)}`;
  const values = Object.fromEntries(never.map((a) => [a.name, secret]));
  const created = await setUpUser(scim, resources, values);
  const answers = [
    created.response,
    await scim.get(userPath(created.id)),
    await scim.get(userPath(created.id), { attributes: never.map((a) => a.name).join(',') }),
    await scim.get('/Users', { filter: `userName eq "${created.identity.userName}"` }),
  ];
  for (const answer of answers) {
    const leaked = never.filter((a) => member(firstResource(answer), a.name) !== undefined).map((a) => a.name);
    if (leaked.length > 0) failCheck(`Expected ${leaked.join(', ')} (returned "never") to be in no response, but this one carries it.${evidence(answer)}`);
  }
});

conformance('attributes/uniqueness/case-insensitive', 'a userName in other case is a duplicate', async ({ scim, resources }, testInfo) => {
  const advertised = await AdvertisedSchemas.read(scim);
  const userName = advertised.attribute(URN.user, 'userName');
  testInfo.skip(userName === undefined || userName.caseExact || userName.uniqueness === 'none', `the target advertises userName with caseExact ${show(userName?.caseExact)} and uniqueness ${show(userName?.uniqueness)}`);
  const { identity } = await setUpUser(scim, resources);
  const shouted = identity.userName.toUpperCase();
  const response = await scim.post('/Users', userResource({ ...identity, userName: shouted, externalId: `${identity.externalId}-2` }));
  const id = response.json<{ id?: unknown }>()?.id;
  if (response.status === 201 && typeof id === 'string') resources.track('Users', id);
  await expect(response).toBeScimError(409, 'uniqueness');
});

conformance('attributes/names/case-insensitive', 'attribute names in a body ignore case', async ({ scim, resources }) => {
  const identity = resources.identity();
  const { userName, ...rest } = userResource(identity);
  const response = await scim.post('/Users', { ...rest, UserName: userName });
  const body = response.json<Json>();
  if (typeof body?.id === 'string') resources.track('Users', body.id);
  await expect(response).toHaveStatus(201);
  const got = valueAt(body ?? {}, 'userName');
  if (typeof got !== 'string' || got.toLowerCase() !== identity.userName.toLowerCase()) {
    failCheck(`Expected "UserName" to be read as userName (RFC 7643 §2.1), so the User has userName ${JSON.stringify(identity.userName)}, but it has ${show(got)}.${evidence(response)}`);
  }
});

conformance('attributes/extension/round-trip', 'extension attributes come back under their URN', async ({ scim, resources }, testInfo) => {
  const advertised = await AdvertisedSchemas.read(scim);
  testInfo.skip(!advertised.has(URN.enterpriseUser), `the target's /Schemas does not serve ${URN.enterpriseUser}`);
  const extension = { department: 'Research', employeeNumber: '4711' };
  const created = await setUpUser(scim, resources, { schemas: [URN.user, URN.enterpriseUser], [URN.enterpriseUser]: extension });
  for (const answer of [created.response, await scim.get(userPath(created.id))]) {
    const resource = firstResource(answer);
    const listed = Array.isArray(resource.schemas) && resource.schemas.includes(URN.enterpriseUser);
    const department = valueAt(resource, `${URN.enterpriseUser}:department`);
    if (!listed || department !== extension.department) {
      failCheck(`Expected the enterprise extension under its URN, listed in "schemas", with department ${JSON.stringify(extension.department)} (RFC 7643 §3.3), but "schemas" is ${show(resource.schemas)} and department ${show(department)}.${evidence(answer)}`);
    }
  }
});
