import type { Defect } from '../defect-types.ts';

/** Defects that break the errors requirements (requirements/catalog/errors.ts). */
export const errorsDefects = [
  { name: 'errors/body/shape', breaks: 'errors/body/shape', description: 'Error bodies give "status" as a number.' },
  { name: 'errors/body/shape~no-schemas', breaks: 'errors/body/shape', description: 'Error bodies have no "schemas".' },
  { name: 'errors/scim-type/table', breaks: 'errors/scim-type/table', description: 'Errors carry a scimType from another row of Table 9: invalidValue becomes invalidSyntax, any other becomes invalidValue.' },
  { name: 'errors/content-type/scim-json', breaks: 'errors/content-type/scim-json', description: 'Responses carry Content-Type application/json instead of application/scim+json.' },
] as const satisfies readonly Defect[];
