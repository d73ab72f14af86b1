import { conformance, evidence, expect, failCheck } from '../../fixtures/index.ts';
import { URN } from '../../lib/scim-uris.ts';

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

/** RFC 7644 §4 answers discovery lists as a ListResponse; a bare array is tolerated for reading. */
function resourcesOf(body: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(body)) return body as Array<Record<string, unknown>>;
  const resources = (body as { Resources?: unknown } | undefined)?.Resources;
  return Array.isArray(resources) ? (resources as Array<Record<string, unknown>>) : [];
}
