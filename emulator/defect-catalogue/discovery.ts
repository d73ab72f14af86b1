import type { Defect } from '../defect-types.ts';

/** Defects that break the discovery requirements (requirements/catalog/discovery.ts). */
export const discoveryDefects = [
  { name: 'discovery/service-provider-config/served', breaks: 'discovery/service-provider-config/served', description: 'GET /ServiceProviderConfig answers 404.' },
  { name: 'discovery/service-provider-config/capabilities-declared', breaks: 'discovery/service-provider-config/capabilities-declared', description: 'ServiceProviderConfig lacks "etag" and "authenticationSchemes".' },
  { name: 'discovery/resource-types/listed', breaks: 'discovery/resource-types/listed', description: 'GET /ResourceTypes omits the Group resource type.' },
  { name: 'discovery/schemas/listed', breaks: 'discovery/schemas/listed', description: 'GET /Schemas omits the core User schema.' },
] as const satisfies readonly Defect[];
