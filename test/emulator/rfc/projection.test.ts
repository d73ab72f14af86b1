import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { URN } from '../../../lib/scim-uris.ts';
import {
  GROUP_RESOURCE_SCHEMA,
  USER_RESOURCE_SCHEMA,
  projectAttributes,
  type ResourceSchema,
  type ScimResource,
} from '../../../emulator/rfc/index.ts';
import { attribute, complex } from '../../../emulator/rfc/schemas/define.ts';
import { eachCase } from './cases.ts';
import { BARBARA, ENGINEERING, ENTERPRISE as E } from './fixtures.ts';

interface ProjectionCase {
  title: string;
  resource?: ScimResource;
  schema?: ResourceSchema;
  attributes?: string[];
  excludedAttributes?: string[];
  expected: ScimResource;
}

const { password: _password, ...BARBARA_DEFAULT } = BARBARA;
const { schemas, id } = BARBARA;
const name = BARBARA.name as Record<string, unknown>;
const emails = BARBARA.emails as Array<Record<string, unknown>>;
const enterprise = BARBARA[E] as Record<string, unknown>;
const omit = (resource: ScimResource, ...keys: string[]) =>
  Object.fromEntries(Object.entries(resource).filter(([key]) => !keys.includes(key)));

/** A resource type exercising "request" and "never" on sub-attributes, which the RFC schemas lack. */
const THING: ResourceSchema = {
  core: {
    id: 'urn:example:params:scim:schemas:core:2.0:Thing',
    name: 'Thing',
    description: 'A test resource type',
    attributes: [
      attribute('id', 'string', 'Identifier', { mutability: 'readOnly', returned: 'always', caseExact: true }),
      attribute('label', 'string', 'A label'),
      attribute('auditNote', 'string', 'Returned on request only', { returned: 'request' }),
      complex('credential', 'A credential', [
        attribute('kind', 'string', 'The kind'),
        attribute('secret', 'string', 'Never returned', { returned: 'never' }),
        attribute('hint', 'string', 'Returned on request only', { returned: 'request' }),
      ]),
    ],
  },
  extensions: [],
};
const THING_RESOURCE: ScimResource = {
  schemas: [THING.core.id],
  id: 't1',
  label: 'one',
  auditNote: 'moved',
  credential: { kind: 'key', secret: 's3cr3t', hint: 'blue' },
};

const CASES: readonly ProjectionCase[] = [
  { title: 'no parameters return the default set, without password', expected: BARBARA_DEFAULT },
  { title: 'an empty attributes list is the default set', attributes: [], expected: BARBARA_DEFAULT },
  { title: 'attributes returns the named attributes with id and schemas', attributes: ['userName'],
    expected: { schemas, id, userName: BARBARA.userName } },
  { title: 'attribute names ignore case', attributes: ['USERNAME', 'DisplayName'],
    expected: { schemas, id, userName: BARBARA.userName, displayName: BARBARA.displayName } },
  { title: 'a sub-attribute path returns only that sub-attribute', attributes: ['name.givenName'],
    expected: { schemas, id, name: { givenName: name.givenName } } },
  { title: 'a sub-attribute of a multi-valued attribute is returned from every value', attributes: ['emails.value'],
    expected: { schemas, id, emails: emails.map((email) => ({ value: email.value })) } },
  { title: 'a named complex attribute is returned whole', attributes: ['name'], expected: { schemas, id, name } },
  { title: 'a URN-qualified extension attribute', attributes: [`${E}:employeeNumber`],
    expected: { schemas, id, [E]: { employeeNumber: enterprise.employeeNumber } } },
  { title: 'a URN-qualified extension sub-attribute', attributes: [`${E}:manager.value`],
    expected: { schemas, id, [E]: { manager: { value: (enterprise.manager as Record<string, unknown>).value } } } },
  { title: 'an extension URN returns the whole extension', attributes: [E], expected: { schemas, id, [E]: enterprise } },
  { title: 'a URN-qualified core attribute', attributes: [`${URN.user}:userName`], expected: { schemas, id, userName: BARBARA.userName } },
  { title: 'password is never returned, even when named', attributes: ['password'], expected: { schemas, id } },
  { title: 'unknown names are ignored', attributes: ['favouriteColour', 'userName'], expected: { schemas, id, userName: BARBARA.userName } },
  { title: 'meta is returned when named', attributes: ['meta.lastModified'],
    expected: { schemas, id, meta: { lastModified: (BARBARA.meta as Record<string, unknown>).lastModified } } },
  { title: 'excludedAttributes removes attributes, sub-attributes and extensions', excludedAttributes: ['emails', 'name.formatted', E],
    expected: { ...omit(BARBARA_DEFAULT, 'emails', E), name: { familyName: name.familyName, givenName: name.givenName } } },
  { title: 'excludedAttributes never removes id or schemas', excludedAttributes: ['id', 'schemas'], expected: BARBARA_DEFAULT },
  { title: 'excludedAttributes does not apply alongside attributes', attributes: ['userName'], excludedAttributes: ['userName'],
    expected: { schemas, id, userName: BARBARA.userName } },
  { title: 'excludedAttributes members leaves a group without members', resource: ENGINEERING, schema: GROUP_RESOURCE_SCHEMA,
    excludedAttributes: ['members'], expected: omit(ENGINEERING, 'members') },
  { title: 'an empty member list is returned', resource: { ...ENGINEERING, members: [] }, schema: GROUP_RESOURCE_SCHEMA,
    expected: { ...ENGINEERING, members: [] } },
  { title: 'attributes outside the schema are kept by default', resource: { ...BARBARA, legacyCode: 7 },
    expected: { ...BARBARA_DEFAULT, legacyCode: 7 } },
  { title: 'attributes outside the schema are dropped when attributes are named', resource: { ...BARBARA, legacyCode: 7 },
    attributes: ['userName'], expected: { schemas, id, userName: BARBARA.userName } },
  { title: 'a request attribute is left out by default', resource: THING_RESOURCE, schema: THING,
    expected: { schemas: THING_RESOURCE.schemas, id: 't1', label: 'one', credential: { kind: 'key' } } },
  { title: 'a request attribute is returned when named', resource: THING_RESOURCE, schema: THING, attributes: ['auditNote'],
    expected: { schemas: THING_RESOURCE.schemas, id: 't1', auditNote: 'moved' } },
  { title: 'a request sub-attribute is returned when named', resource: THING_RESOURCE, schema: THING, attributes: ['credential.hint'],
    expected: { schemas: THING_RESOURCE.schemas, id: 't1', credential: { hint: 'blue' } } },
  { title: 'a never sub-attribute is left out of a named complex attribute', resource: THING_RESOURCE, schema: THING, attributes: ['credential'],
    expected: { schemas: THING_RESOURCE.schemas, id: 't1', credential: { kind: 'key', hint: 'blue' } } },
  { title: 'a never sub-attribute is left out even when named', resource: THING_RESOURCE, schema: THING, attributes: ['credential.secret'],
    expected: { schemas: THING_RESOURCE.schemas, id: 't1' } },
];

describe('attribute projection', () => {
  eachCase(CASES, ({ resource = BARBARA, schema = USER_RESOURCE_SCHEMA, attributes, excludedAttributes, expected }) => {
    const params = { ...(attributes && { attributes }), ...(excludedAttributes && { excludedAttributes }) };
    const projected = projectAttributes(resource, params, schema);
    assert.deepEqual(projected, expected, `Projection with ${JSON.stringify(params)} returned ${JSON.stringify(projected)}.`);
  });
});
