import { URN } from '../../../lib/scim-uris.ts';
import type { ScimResource } from '../../../emulator/rfc/index.ts';

/** Resources the engine's tests share. Frozen deeply, so a test that mutates its input fails loudly. */
export const ENTERPRISE = URN.enterpriseUser;

export const BARBARA: ScimResource = deepFreeze({
  schemas: [URN.user, URN.enterpriseUser],
  id: '2819c223-7f76-453a-919d-413861904646',
  externalId: 'bjensen',
  userName: 'BJensen@Example.com',
  name: { formatted: 'Ms. Barbara J Jensen III', familyName: 'Jensen', givenName: 'Barbara' },
  displayName: 'Babs Jensen',
  title: 'Tour Guide',
  userType: 'Employee',
  active: true,
  password: 't1meMa$heen',
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  phoneNumbers: [{ value: '555-555-5555', type: 'work' }],
  addresses: [{ type: 'work', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', primary: true }],
  x509Certificates: [{ value: 'TUlJRERqQ0NBdmFnQXdJQkFnSUJBREFOQmdrcWhraUc5dzBCQVFVRkFEQkhNUXN3' }],
  groups: [{ value: 'e9e30dba-f08f-4109-8486-d5c6a331660a', display: 'Tour Guides', type: 'direct' }],
  [URN.enterpriseUser]: {
    employeeNumber: '701984',
    department: 'Tour Operations',
    manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d', displayName: 'John Smith' },
  },
  meta: {
    resourceType: 'User',
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    version: 'W/"a330bc54f0671c9"',
    location: 'https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646',
  },
});

export const MARK: ScimResource = deepFreeze({
  schemas: [URN.user],
  id: 'c75ad752-64ae-4823-840d-ffa80929976c',
  externalId: 'MMarkson',
  userName: 'mmarkson',
  name: { familyName: 'Markson', givenName: 'Mark' },
  active: false,
  emails: [
    { value: 'mark@example.org', type: 'home' },
    { value: 'mmarkson@example.com', type: 'work', primary: true },
  ],
  meta: { resourceType: 'User', created: '2012-02-01T00:00:00Z', lastModified: '2012-02-01T10:00:00+02:00' },
});

/** A user with nothing but the required attributes, for "absent value" cases. */
export const MINIMAL: ScimResource = deepFreeze({
  schemas: [URN.user],
  id: '0a1b2c3d',
  userName: 'minimal',
  meta: { resourceType: 'User' },
});

export const USERS: readonly ScimResource[] = [BARBARA, MARK, MINIMAL];

export const ENGINEERING: ScimResource = deepFreeze({
  schemas: [URN.group],
  id: 'e9e30dba-f08f-4109-8486-d5c6a331660a',
  displayName: 'Engineering',
  members: [
    { value: '2819c223-7f76-453a-919d-413861904646', display: 'Babs Jensen', type: 'User' },
    { value: 'c75ad752-64ae-4823-840d-ffa80929976c', display: 'Mark Markson', type: 'User' },
    { value: '902c246b-6245-4190-8e05-00816be7344a', type: 'User' },
  ],
  meta: { resourceType: 'Group' },
});

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** A PatchOp message with the schemas member RFC 7644 §3.5.2 asks for. */
export function patchOp(...operations: unknown[]): Record<string, unknown> {
  return { schemas: [URN.patchOp], Operations: operations };
}
