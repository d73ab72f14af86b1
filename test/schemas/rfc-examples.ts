import type { SchemaChoice } from '../../fixtures/schema-validation.ts';

/**
 * The examples of RFC 7643 §8 and RFC 7644 (abridged where they repeat themselves): a schema that
 * refused one of them would be stricter than the specification it encodes.
 */
const ID = '2819c223-7f76-453a-919d-413861904646';
const META = { resourceType: 'User', created: '2010-01-23T04:56:22Z', lastModified: '2011-05-13T04:42:34Z', version: 'W/"3694e05e9dff590"', location: `https://example.com/v2/Users/${ID}` };

const FULL_USER = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: ID,
  externalId: '701984',
  userName: 'bjensen@example.com',
  name: { formatted: 'Ms. Barbara J Jensen, III', familyName: 'Jensen', givenName: 'Barbara', middleName: 'Jane', honorificPrefix: 'Ms.', honorificSuffix: 'III' },
  displayName: 'Babs Jensen',
  nickName: 'Babs',
  profileUrl: 'https://login.example.com/bjensen',
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  addresses: [{ type: 'work', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'USA', formatted: '100 Universal City Plaza\nHollywood, CA 91608 USA', primary: true }],
  phoneNumbers: [{ value: '555-555-5555', type: 'work' }, { value: '555-555-4444', type: 'mobile' }],
  ims: [{ value: 'someaimhandle', type: 'aim' }],
  photos: [{ value: 'https://photos.example.com/profilephoto/72930000000Ccne/F', type: 'photo' }],
  userType: 'Employee',
  title: 'Tour Guide',
  preferredLanguage: 'en-US',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  active: true,
  groups: [{ value: 'e9e30dba-f08f-4109-8486-d5c6a331660a', $ref: 'https://example.com/v2/Groups/e9e30dba-f08f-4109-8486-d5c6a331660a', display: 'Tour Guides' }],
  x509Certificates: [{ value: 'MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx' }],
  meta: META,
};

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export const EXAMPLES: ReadonlyArray<[string, SchemaChoice, unknown]> = [
  ['minimal User (RFC 7643 §8.1)', { message: 'User' }, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: ID, userName: 'bjensen@example.com', meta: META }],
  ['full User (RFC 7643 §8.2)', { message: 'User' }, FULL_USER],
  [
    'enterprise User (RFC 7643 §8.3)',
    { message: 'User' },
    {
      ...FULL_USER,
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      [ENTERPRISE]: { employeeNumber: '701984', costCenter: '4130', organization: 'Universal Studios', division: 'Theme Park', department: 'Tour Operations', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d', $ref: '../Users/26118915-6090-4610-87e4-49d8ca9f808d', displayName: 'John Smith' } },
    },
  ],
  [
    'Group (RFC 7643 §8.4)',
    { message: 'Group' },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      id: 'e9e30dba-f08f-4109-8486-d5c6a331660a',
      displayName: 'Tour Guides',
      members: [{ value: ID, $ref: `https://example.com/v2/Users/${ID}`, display: 'Babs Jensen' }],
      meta: { ...META, resourceType: 'Group', location: 'https://example.com/v2/Groups/e9e30dba-f08f-4109-8486-d5c6a331660a' },
    },
  ],
  [
    'ServiceProviderConfig (RFC 7643 §8.5)',
    { message: 'ServiceProviderConfig' },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      documentationUri: 'http://example.com/help/scim.html',
      patch: { supported: true },
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: true },
      sort: { supported: true },
      etag: { supported: true },
      authenticationSchemes: [{ name: 'OAuth Bearer Token', description: 'Authentication scheme using the OAuth Bearer Token Standard', specUri: 'http://www.rfc-editor.org/info/rfc6750', documentationUri: 'http://example.com/help/oauth.html', type: 'oauthbearertoken', primary: true }],
      meta: { location: 'https://example.com/v2/ServiceProviderConfig', resourceType: 'ServiceProviderConfig', created: '2010-01-23T04:56:22Z', lastModified: '2011-05-13T04:42:34Z', version: 'W/"3694e05e9dff594"' },
    },
  ],
  [
    'ResourceType (RFC 7643 §8.6)',
    { message: 'ResourceType' },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: 'urn:ietf:params:scim:schemas:core:2.0:User',
      schemaExtensions: [{ schema: ENTERPRISE, required: true }],
      meta: { location: 'https://example.com/v2/ResourceTypes/User', resourceType: 'ResourceType' },
    },
  ],
  [
    'Schema (RFC 7643 §8.7.1, Group)',
    { message: 'Schema' },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: 'urn:ietf:params:scim:schemas:core:2.0:Group',
      name: 'Group',
      description: 'Group',
      attributes: [
        { name: 'displayName', type: 'string', multiValued: false, description: 'A human-readable name for the Group. REQUIRED.', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none' },
        {
          name: 'members',
          type: 'complex',
          multiValued: true,
          description: 'A list of members of the Group.',
          required: false,
          subAttributes: [
            { name: 'value', type: 'string', multiValued: false, description: 'Identifier of the member of this Group.', required: false, caseExact: false, mutability: 'immutable', returned: 'default', uniqueness: 'none' },
            { name: '$ref', type: 'reference', referenceTypes: ['User', 'Group'], multiValued: false, description: 'The URI corresponding to a SCIM resource that is a member of this Group.', required: false, caseExact: false, mutability: 'immutable', returned: 'default', uniqueness: 'none' },
          ],
          mutability: 'readWrite',
          returned: 'default',
        },
      ],
      meta: { resourceType: 'Schema', location: '/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group' },
    },
  ],
  ['ListResponse (RFC 7644 §3.4.2)', { message: 'ListResponse', listOf: 'User', partial: true }, { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 2, Resources: [{ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: ID, userName: 'Smith' }, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'c75ad752-64ae-4823-840d-ffa80929976c', userName: 'Jensen' }] }],
  ['Error (RFC 7644 §3.12)', { message: 'Error' }, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], scimType: 'mutability', detail: 'Attribute \'id\' is readOnly', status: '400' }],
  [
    'PatchOp (RFC 7644 §3.5.2.1, §3.5.2.2)',
    { message: 'PatchOp' },
    {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'add', path: 'members', value: [{ display: 'Babs Jensen', $ref: `https://example.com/v2/Users/${ID}`, value: ID }] },
        { op: 'remove', path: 'members[value eq "2819c223-7f76-...413861904646"]' },
        { op: 'add', value: { emails: [{ value: 'babs@jensen.org', type: 'home' }], nickname: 'Babs' } },
      ],
    },
  ],
  [
    'BulkResponse (RFC 7644 §3.7.3)',
    { message: 'BulkResponse' },
    {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkResponse'],
      Operations: [{ location: 'https://example.com/v2/Users/92b725cd9465', method: 'POST', bulkId: 'qwerty', version: 'W/"oY4m4wn58tkVjJxK"', status: '201' }],
    },
  ],
];
