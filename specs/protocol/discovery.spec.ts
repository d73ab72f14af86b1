import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { AdvertisedSchemas } from '../../fixtures/advertised.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import { URN } from '../../lib/scim-uris.ts';
import { resourcesOf } from './support/bodies.ts';

const CAPABILITIES = ['patch', 'bulk', 'filter', 'changePassword', 'sort', 'etag'] as const;

conformance('discovery/service-provider-config/served', 'ServiceProviderConfig is served', async ({ scim }) => {
  const response = await scim.get('/ServiceProviderConfig');
  await expect(response).toHaveStatus(200);
  const body = response.json<Record<string, unknown>>();
  if (!Array.isArray(body?.schemas) || !body.schemas.includes(URN.serviceProviderConfig)) {
    failCheck(`Expected the ServiceProviderConfig to list ${URN.serviceProviderConfig} in "schemas", but "schemas" is ${JSON.stringify(body?.schemas)}.${evidence(response)}`);
  }
});

conformance('discovery/service-provider-config/capabilities-declared', 'ServiceProviderConfig declares every capability', async ({ scim }) => {
  const response = await scim.get('/ServiceProviderConfig');
  await expect(response).toHaveStatus(200);
  const body = response.json<Record<string, unknown>>() ?? {};
  const problems: string[] = [];
  for (const capability of CAPABILITIES) {
    const entry = body[capability] as Record<string, unknown> | undefined;
    if (typeof entry?.supported !== 'boolean') problems.push(`${capability}.supported is ${JSON.stringify(entry?.supported)}, not a boolean`);
  }
  if (!Array.isArray(body.authenticationSchemes)) problems.push(`authenticationSchemes is ${JSON.stringify(body.authenticationSchemes)}, not an array`);
  if (problems.length > 0) failCheck(`Expected every RFC 7643 §5 capability to be declared, but ${problems.join('; ')}.${evidence(response)}`);
});

conformance('discovery/service-provider-config/schema-valid', 'ServiceProviderConfig matches its schema', async ({ scim }) => {
  const response = await scim.get('/ServiceProviderConfig');
  await expect(response).toHaveStatus(200);
  await expect(response).toMatchScimSchema({ message: 'ServiceProviderConfig' });
});

conformance('discovery/service-provider-config/authentication-schemes', 'ServiceProviderConfig names its authentication schemes', async ({ scim }) => {
  const response = await scim.get('/ServiceProviderConfig');
  await expect(response).toHaveStatus(200);
  const schemes = response.json<{ authenticationSchemes?: unknown }>()?.authenticationSchemes;
  const named = (s: unknown) => ['type', 'name', 'description'].every((key) => typeof (s as Record<string, unknown>)?.[key] === 'string');
  if (!Array.isArray(schemes) || schemes.length === 0 || !schemes.every(named)) {
    failCheck(`Expected authenticationSchemes to list at least one scheme with a type, a name and a description, but it is ${JSON.stringify(schemes)}.${evidence(response)}`);
  }
});

conformance('discovery/resource-types/listed', 'ResourceTypes lists User and Group', async ({ scim }) => {
  const response = await scim.get('/ResourceTypes');
  await expect(response).toHaveStatus(200);
  const found = resourcesOf(response.json());
  for (const [name, endpoint, schema] of [['User', '/Users', URN.user], ['Group', '/Groups', URN.group]] as const) {
    const type = found.find((r) => r.name === name);
    if (type === undefined) failCheck(`Expected /ResourceTypes to list the ${name} resource type, but it lists ${JSON.stringify(found.map((r) => r.name))}.${evidence(response)}`);
    if (type.endpoint !== endpoint || type.schema !== schema) {
      failCheck(`Expected the ${name} resource type to have endpoint "${endpoint}" and schema "${schema}", but it has endpoint ${JSON.stringify(type.endpoint)} and schema ${JSON.stringify(type.schema)}.${evidence(response)}`);
    }
  }
});

conformance('discovery/resource-types/by-id', 'a resource type reads back by its id', async ({ scim }) => {
  const listed = resourcesOf((await scim.get('/ResourceTypes')).json());
  for (const name of ['User', 'Group']) {
    const id = String(listed.find((r) => r.name === name)?.id ?? name);
    const response = await scim.get(`/ResourceTypes/${encodeURIComponent(id)}`);
    await expect(response).toHaveStatus(200);
    const body = response.json<Record<string, unknown>>();
    if (body?.name !== name) failCheck(`Expected GET /ResourceTypes/${id} to answer the ${name} resource type, but it answered ${JSON.stringify(body?.name)}.${evidence(response)}`);
  }
});

conformance('discovery/resource-types/unknown-id-404', 'an unknown resource type answers 404', async ({ scim, faker }) => {
  const response = await scim.get(`/ResourceTypes/NoSuchType${faker.string.alphanumeric(8)}`);
  await expect(response).toBeScimError(404);
});

conformance('discovery/resource-types/schemas-served', 'every schema a resource type names is served', async ({ scim }) => {
  const types = await scim.get('/ResourceTypes');
  await expect(types).toHaveStatus(200);
  const schemas = await scim.get('/Schemas');
  await expect(schemas).toHaveStatus(200);
  const served = new Set(resourcesOf(schemas.json()).map((s) => String(s.id).toLowerCase()));
  const missing: string[] = [];
  for (const type of resourcesOf(types.json())) {
    const extensions = Array.isArray(type.schemaExtensions) ? (type.schemaExtensions as Array<{ schema?: unknown }>).map((e) => e.schema) : [];
    for (const urn of [type.schema, ...extensions]) if (!served.has(String(urn).toLowerCase())) missing.push(`${String(type.name)} names ${String(urn)}`);
  }
  if (missing.length > 0) failCheck(`Expected /Schemas to serve every schema the resource types name, but ${missing.join('; ')} is not served.${evidence(types)}${evidence(schemas)}`);
});

conformance('discovery/schemas/listed', 'Schemas lists the core User and Group schemas', async ({ scim }) => {
  const response = await scim.get('/Schemas');
  await expect(response).toHaveStatus(200);
  const found = resourcesOf(response.json());
  for (const id of [URN.user, URN.group]) {
    const schema = found.find((s) => s.id === id);
    if (schema === undefined) failCheck(`Expected /Schemas to list ${id}, but it lists ${JSON.stringify(found.map((s) => s.id))}.${evidence(response)}`);
    if (!Array.isArray(schema.attributes) || schema.attributes.length === 0) {
      failCheck(`Expected the schema ${id} to define its attributes, but "attributes" is ${JSON.stringify(schema.attributes)}.${evidence(response)}`);
    }
  }
});

conformance('discovery/schemas/by-id', 'a schema reads back by its URN', async ({ scim }) => {
  for (const urn of [URN.user, URN.group]) {
    const response = await scim.get(`/Schemas/${urn}`);
    await expect(response).toHaveStatus(200);
    const id = response.json<{ id?: unknown }>()?.id;
    if (id !== urn) failCheck(`Expected GET /Schemas/${urn} to answer that schema, but its id is ${JSON.stringify(id)}.${evidence(response)}`);
  }
});

conformance('discovery/schemas/unknown-id-404', 'an unknown schema URN answers 404', async ({ scim, faker }) => {
  const response = await scim.get(`/Schemas/urn:ietf:params:scim:schemas:extension:nosuch${faker.string.alphanumeric(8).toLowerCase()}:2.0:Thing`);
  await expect(response).toBeScimError(404);
});

conformance('discovery/schemas/attribute-definitions', 'attribute definitions carry RFC 7643 characteristics', async ({ scim }) => {
  const response = await scim.get('/Schemas');
  await expect(response).toHaveStatus(200);
  // The Schema schema holds each attribute to schemas/scim/attribute-definition.schema.json, sub-attributes included.
  await expect(response).toMatchScimSchema({ message: 'ListResponse', listOf: 'Schema' });
});

conformance('discovery/schemas/user-name-required', 'the User schema makes userName required and unique', async ({ scim }) => {
  const advertised = await AdvertisedSchemas.read(scim);
  const userName = advertised.attribute(URN.user, 'userName');
  if (userName === undefined) failCheck(`Expected the User schema served by /Schemas to define userName, but it does not.${evidence(await scim.get(`/Schemas/${URN.user}`))}`);
  if (!userName.required || (userName.uniqueness !== 'server' && userName.uniqueness !== 'global')) {
    failCheck(`Expected userName to be required with uniqueness "server" or "global" (RFC 7643 §4.1.1), but it is required ${userName.required} with uniqueness "${userName.uniqueness}".${evidence(await scim.get(`/Schemas/${URN.user}`))}`);
  }
});

conformance('discovery/schemas/group-members', 'the Group schema defines displayName and members', async ({ scim }) => {
  const advertised = await AdvertisedSchemas.read(scim);
  const missing = ['displayName', 'members', 'members.value'].filter((path) => advertised.attribute(URN.group, path) === undefined);
  if (missing.length > 0) failCheck(`Expected the Group schema served by /Schemas to define displayName and members.value (RFC 7643 §4.2), but it lacks ${missing.join(', ')}.${evidence(await scim.get(`/Schemas/${URN.group}`))}`);
});

conformance('discovery/lists/list-response', 'ResourceTypes and Schemas answer ListResponses', async ({ scim }) => {
  for (const [path, listOf] of [['/ResourceTypes', 'ResourceType'], ['/Schemas', 'Schema']] as const) {
    const response = await scim.get(path);
    await expect(response).toHaveStatus(200);
    await expect(response).toMatchScimSchema({ message: 'ListResponse', listOf });
  }
});
