import type { Defect } from '../defect-types.ts';

/** Defects that break the attributes requirements (requirements/catalog/attributes.ts). */
export const attributesDefects = [
  { name: 'attributes/get/attributes-param', breaks: 'attributes/get/attributes-param', description: 'attributes is ignored on GET /Users/{id}.' },
  { name: 'attributes/get/excluded-attributes', breaks: 'attributes/get/excluded-attributes', description: 'excludedAttributes is ignored on GET /Users/{id}.' },
  { name: 'attributes/list/attributes-param', breaks: 'attributes/list/attributes-param', description: 'attributes is ignored on GET /Users.' },
  { name: 'attributes/list/excluded-attributes', breaks: 'attributes/list/excluded-attributes', description: 'excludedAttributes is ignored on GET /Users.' },
  { name: 'attributes/always/id-returned', breaks: 'attributes/always/id-returned', description: 'When attributes or excludedAttributes is given, resources come back without "id".' },
  { name: 'attributes/sub-attribute/narrowing', breaks: 'attributes/sub-attribute/narrowing', description: 'A sub-attribute path in attributes returns its whole parent: name.givenName returns all of name.' },
  { name: 'attributes/returned/never', breaks: 'attributes/returned/never', description: 'A password sent on POST or PUT is stored with the User and returned.' },
  { name: 'attributes/uniqueness/case-insensitive', breaks: 'attributes/uniqueness/case-insensitive', description: 'A userName that differs only in case from one in use is accepted with 201.' },
  { name: 'attributes/names/case-insensitive', breaks: 'attributes/names/case-insensitive', description: 'Body attribute names are matched case-sensitively: "UserName" is not read as userName.' },
  { name: 'attributes/extension/round-trip', breaks: 'attributes/extension/round-trip', description: 'Users come back without their extension URNs in "schemas".' },
] as const satisfies readonly Defect[];
