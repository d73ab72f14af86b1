import { URN } from '../../../lib/scim-uris.ts';
import type { SchemaDefinition } from '../types.ts';
import { attribute, complex } from './define.ts';

/**
 * RFC 7643 §4.3 and §8.7.1: the enterprise User extension. §4.3 calls manager's value and $ref
 * RECOMMENDED, not required, which is also what Entra sends (a bare value, IDP-SHAPES §3.5).
 */
export const ENTERPRISE_USER_SCHEMA: SchemaDefinition = {
  id: URN.enterpriseUser,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    attribute('employeeNumber', 'string', 'An identifier assigned to a person by an organization, e.g. in order of hire.'),
    attribute('costCenter', 'string', 'The name of a cost center.'),
    attribute('organization', 'string', 'The name of an organization.'),
    attribute('division', 'string', 'The name of a division.'),
    attribute('department', 'string', 'The name of a department.'),
    complex('manager', "The User's manager, referencing the id of another User.", [
      attribute('value', 'string', "The id of the manager's User resource.", { caseExact: true }),
      attribute('$ref', 'reference', "The URI of the manager's User resource.", { referenceTypes: ['User'] }),
      attribute('displayName', 'string', "The displayName of the User's manager.", { mutability: 'readOnly' }),
    ]),
  ],
  meta: { resourceType: 'Schema' },
};
