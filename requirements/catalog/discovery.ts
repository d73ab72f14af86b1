import type { Requirement } from '../types.ts';

export const discovery = [
  {
    id: 'discovery/service-provider-config/served',
    level: 'MUST',
    area: 'discovery',
    rule: 'GET /ServiceProviderConfig answers 200 with a ServiceProviderConfig resource.',
    refs: [{ rfc7644: '4' }, { rfc7643: '5' }],
  },
  {
    id: 'discovery/service-provider-config/capabilities-declared',
    level: 'MUST',
    area: 'discovery',
    rule: 'ServiceProviderConfig declares patch, bulk, filter, changePassword, sort and etag, each with a boolean "supported", and lists its authenticationSchemes.',
    refs: [{ rfc7643: '5' }],
  },
  {
    id: 'discovery/resource-types/listed',
    level: 'MUST',
    area: 'discovery',
    rule: 'GET /ResourceTypes lists the User and Group resource types, each with its endpoint and core schema.',
    refs: [{ rfc7644: '4' }, { rfc7643: '6' }],
  },
  {
    id: 'discovery/schemas/listed',
    level: 'MUST',
    area: 'discovery',
    rule: 'GET /Schemas lists the core User and Group schemas with their attribute definitions.',
    refs: [{ rfc7644: '4' }, { rfc7643: '7' }],
  },
] as const satisfies readonly Requirement[];
