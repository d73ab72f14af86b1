import assert from 'node:assert/strict';
import { URN } from '../../../lib/scim-uris.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA, resolveAttribute, type ResourceSchema } from '../../../emulator/rfc/index.ts';
import { eachCase } from './cases.ts';

interface ResolutionCase {
  title: string;
  path: string;
  schema?: ResourceSchema;
  /** Expected definition name, parent name and schema id; undefined when the path names nothing. */
  expected?: { name: string; parent?: string; schemaId: string };
}

const CASES: readonly ResolutionCase[] = [
  { title: 'a core attribute', path: 'userName', expected: { name: 'userName', schemaId: URN.user } },
  { title: 'a core attribute in another case', path: 'USERNAME', expected: { name: 'userName', schemaId: URN.user } },
  { title: 'a sub-attribute', path: 'name.givenName', expected: { name: 'givenName', parent: 'name', schemaId: URN.user } },
  { title: 'a sub-attribute in another case', path: 'Name.GIVENNAME', expected: { name: 'givenName', parent: 'name', schemaId: URN.user } },
  { title: 'a sub-attribute of a multi-valued attribute', path: 'emails.value', expected: { name: 'value', parent: 'emails', schemaId: URN.user } },
  { title: 'the $ref sub-attribute', path: 'members.$ref', schema: GROUP_RESOURCE_SCHEMA,
    expected: { name: '$ref', parent: 'members', schemaId: URN.group } },
  { title: 'a common attribute', path: 'meta.lastModified', expected: { name: 'lastModified', parent: 'meta', schemaId: URN.user } },
  { title: 'the schemas attribute', path: 'schemas', expected: { name: 'schemas', schemaId: URN.user } },
  { title: 'a URN-qualified core attribute', path: `${URN.user}:userName`, expected: { name: 'userName', schemaId: URN.user } },
  { title: 'a URN-qualified core sub-attribute', path: `${URN.user}:name.givenName`,
    expected: { name: 'givenName', parent: 'name', schemaId: URN.user } },
  { title: 'an extension attribute', path: `${URN.enterpriseUser}:employeeNumber`,
    expected: { name: 'employeeNumber', schemaId: URN.enterpriseUser } },
  { title: 'an extension attribute with the URN in another case', path: `${URN.enterpriseUser.toUpperCase()}:employeenumber`,
    expected: { name: 'employeeNumber', schemaId: URN.enterpriseUser } },
  { title: 'an extension sub-attribute', path: `${URN.enterpriseUser}:manager.value`,
    expected: { name: 'value', parent: 'manager', schemaId: URN.enterpriseUser } },
  { title: 'an unknown attribute', path: 'favouriteColour' },
  { title: 'an unknown sub-attribute', path: 'name.nickname' },
  { title: 'a sub-attribute of a simple attribute', path: 'userName.value' },
  { title: 'three levels', path: 'name.givenName.first' },
  { title: 'an extension attribute without its URN', path: 'employeeNumber',
    expected: { name: 'employeeNumber', schemaId: URN.enterpriseUser } },
  { title: 'an extension sub-attribute without its URN', path: 'manager.value',
    expected: { name: 'value', parent: 'manager', schemaId: URN.enterpriseUser } },
  { title: 'an unknown URN', path: 'urn:example:params:scim:schemas:extension:acme:2.0:User:badge' },
  { title: 'the extension URN alone', path: URN.enterpriseUser },
  { title: 'an extension attribute on a resource type without the extension', path: `${URN.enterpriseUser}:employeeNumber`,
    schema: GROUP_RESOURCE_SCHEMA },
  { title: 'an empty path', path: '' },
  { title: 'a name with a space', path: 'user Name' },
];

eachCase(CASES, ({ path, schema = USER_RESOURCE_SCHEMA, expected }) => {
  const resolved = resolveAttribute(path, schema);
  const actual = resolved && {
    name: resolved.definition.name,
    ...(resolved.parent === undefined ? {} : { parent: resolved.parent.name }),
    schemaId: resolved.schemaId,
  };
  assert.deepEqual(actual, expected, `resolveAttribute(${JSON.stringify(path)}) resolved to ${JSON.stringify(actual)}.`);
});
