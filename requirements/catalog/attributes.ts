import type { Requirement } from '../types.ts';

/**
 * Attribute projection and the characteristics of RFC 7643 §7 as the target advertises them (its own /Schemas).
 */
export const attributes = [
  {
    id: 'attributes/get/attributes-param',
    level: 'MUST',
    area: 'attributes',
    rule: 'A GET /Users/{id} with attributes=userName returns userName, id and schemas, and leaves out the other default attributes.',
    refs: [{ rfc7644: '3.9' }, { rfc7644: '3.4.2.5' }, { rfc7643: '3' }],
  },
  {
    id: 'attributes/get/excluded-attributes',
    level: 'MUST',
    area: 'attributes',
    rule: 'A GET /Users/{id} with excludedAttributes=name leaves out name and keeps the other default attributes.',
    refs: [{ rfc7644: '3.9' }, { rfc7644: '3.4.2.5' }],
  },
  {
    id: 'attributes/list/attributes-param',
    level: 'MUST',
    area: 'attributes',
    rule: 'The attributes parameter on GET /Users narrows every resource of the ListResponse, each keeping id and schemas.',
    refs: [{ rfc7644: '3.9' }, { rfc7644: '3.4.2.5' }, { rfc7643: '3' }],
  },
  {
    id: 'attributes/list/excluded-attributes',
    level: 'MUST',
    area: 'attributes',
    rule: 'The excludedAttributes parameter on GET /Users leaves the named attribute out of every resource of the ListResponse.',
    refs: [{ rfc7644: '3.9' }, { rfc7644: '3.4.2.5' }],
  },
  {
    id: 'attributes/always/id-returned',
    level: 'MUST',
    area: 'attributes',
    rule: 'The id, returned "always", comes back whatever attributes or excludedAttributes ask for.',
    refs: [{ rfc7643: '7' }, { rfc7644: '3.9' }],
  },
  {
    id: 'attributes/sub-attribute/narrowing',
    level: 'MUST',
    area: 'attributes',
    rule: 'A GET with attributes=name.givenName returns name with givenName and without its other sub-attributes.',
    refs: [{ rfc7644: '3.9' }, { rfc7644: '3.10' }],
  },
  {
    id: 'attributes/returned/never',
    level: 'MUST',
    area: 'attributes',
    rule: 'An attribute the target advertises returned "never", such as password, is in no response, even when asked for by name.',
    refs: [{ rfc7643: '7' }, { rfc7643: '4.1.1' }],
  },
  {
    id: 'attributes/uniqueness/case-insensitive',
    level: 'MUST',
    area: 'attributes',
    rule: 'A userName (uniqueness "server", caseExact false) that differs from an existing one only in case conflicts with it: 409 uniqueness.',
    refs: [{ rfc7643: '4.1.1' }, { rfc7643: '2.2' }, { rfc7644: '3.3' }, { rfc7644: '3.12' }],
  },
  {
    id: 'attributes/names/case-insensitive',
    level: 'MUST',
    area: 'attributes',
    rule: 'Attribute names in a request body are case-insensitive: "UserName" is read as userName.',
    refs: [{ rfc7643: '2.1' }],
  },
  {
    id: 'attributes/extension/round-trip',
    level: 'MUST',
    area: 'attributes',
    rule: 'Extension attributes sent on POST come back under the extension\'s URN, and the URN is listed in "schemas".',
    refs: [{ rfc7643: '3.3' }, { rfc7643: '3' }],
  },
] as const satisfies readonly Requirement[];
