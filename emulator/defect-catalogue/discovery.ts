import type { Defect } from '../defect-types.ts';

/** Defects that break the discovery requirements (requirements/catalog/discovery.ts). */
export const discoveryDefects = [
  { name: 'discovery/service-provider-config/served', breaks: 'discovery/service-provider-config/served', description: 'GET /ServiceProviderConfig answers 404.' },
  { name: 'discovery/service-provider-config/capabilities-declared', breaks: 'discovery/service-provider-config/capabilities-declared', description: 'ServiceProviderConfig lacks "etag" and "authenticationSchemes".' },
  { name: 'discovery/service-provider-config/schema-valid', breaks: 'discovery/service-provider-config/schema-valid', description: 'ServiceProviderConfig gives filter.maxResults as the string "100".' },
  { name: 'discovery/service-provider-config/authentication-schemes', breaks: 'discovery/service-provider-config/authentication-schemes', description: 'ServiceProviderConfig lists no authentication scheme: authenticationSchemes is empty.' },
  { name: 'discovery/resource-types/listed', breaks: 'discovery/resource-types/listed', description: 'GET /ResourceTypes omits the Group resource type.' },
  { name: 'discovery/resource-types/by-id', breaks: 'discovery/resource-types/by-id', description: 'GET /ResourceTypes/User answers with the Group resource type.' },
  { name: 'discovery/resource-types/unknown-id-404', breaks: 'discovery/resource-types/unknown-id-404', description: 'GET /ResourceTypes/{id} of an unknown id answers 200 with an empty ListResponse.' },
  { name: 'discovery/resource-types/schemas-served', breaks: 'discovery/resource-types/schemas-served', description: 'The User resource type names an extension schema that /Schemas does not serve.' },
  { name: 'discovery/schemas/listed', breaks: 'discovery/schemas/listed', description: 'GET /Schemas omits the core User schema.' },
  { name: 'discovery/schemas/by-id', breaks: 'discovery/schemas/by-id', description: 'GET /Schemas/{core User URN} answers 404.' },
  { name: 'discovery/schemas/unknown-id-404', breaks: 'discovery/schemas/unknown-id-404', description: 'GET /Schemas/{id} of an unknown URN answers 200 with the User schema.' },
  { name: 'discovery/schemas/attribute-definitions', breaks: 'discovery/schemas/attribute-definitions', description: 'The User schema served by /Schemas gives userName the mutability "read-write".' },
  { name: 'discovery/schemas/user-name-required', breaks: 'discovery/schemas/user-name-required', description: 'The User schema served by /Schemas makes userName optional, with uniqueness "none".' },
  { name: 'discovery/schemas/group-members', breaks: 'discovery/schemas/group-members', description: 'The Group schema served by /Schemas has no members attribute.' },
  { name: 'discovery/lists/list-response', breaks: 'discovery/lists/list-response', description: 'GET /Schemas answers a bare JSON array instead of a ListResponse.' },
] as const satisfies readonly Defect[];
