import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { URN } from '../../../lib/scim-uris.ts';
import {
  ENTERPRISE_USER_SCHEMA,
  GROUP_RESOURCE_SCHEMA,
  GROUP_SCHEMA,
  USER_RESOURCE_SCHEMA,
  USER_SCHEMA,
  resolveAttribute,
  type AttributeDefinition,
  type ResourceSchema,
  type SchemaDefinition,
} from '../../../emulator/rfc/index.ts';
import { eachCase } from './cases.ts';

const SCHEMAS: readonly SchemaDefinition[] = [USER_SCHEMA, GROUP_SCHEMA, ENTERPRISE_USER_SCHEMA];

/** RFC 7643 §2.2 and §7: the characteristics and the values each may take. */
const ALLOWED = {
  type: ['string', 'boolean', 'decimal', 'integer', 'dateTime', 'binary', 'reference', 'complex'],
  mutability: ['readOnly', 'readWrite', 'immutable', 'writeOnly'],
  returned: ['always', 'never', 'default', 'request'],
  uniqueness: ['none', 'server', 'global'],
} as const;

function* walk(attributes: readonly AttributeDefinition[], prefix = ''): Generator<[string, AttributeDefinition]> {
  for (const attribute of attributes) {
    const path = `${prefix}${attribute.name}`;
    yield [path, attribute];
    yield* walk(attribute.subAttributes ?? [], `${path}.`);
  }
}

for (const schema of SCHEMAS) {
  describe(`${schema.name} schema definition`, () => {
    test('every attribute states every characteristic', () => {
      for (const [path, attribute] of walk(schema.attributes)) {
        assert.equal(typeof attribute.description, 'string', `${schema.name}.${path} has no description.`);
        assert.ok(attribute.description.length > 0, `${schema.name}.${path} has an empty description.`);
        for (const flag of ['multiValued', 'required', 'caseExact'] as const) {
          assert.equal(typeof attribute[flag], 'boolean', `${schema.name}.${path} does not state ${flag}.`);
        }
        for (const [characteristic, allowed] of Object.entries(ALLOWED)) {
          const value = attribute[characteristic as keyof typeof ALLOWED];
          assert.ok((allowed as readonly string[]).includes(value), `${schema.name}.${path} has ${characteristic} ${String(value)}.`);
        }
      }
    });

    test('names are unique at every level, ignoring case', () => {
      const levels: Array<[string, readonly AttributeDefinition[]]> = [[schema.name, schema.attributes]];
      for (const [path, attribute] of walk(schema.attributes)) {
        if (attribute.subAttributes !== undefined) levels.push([path, attribute.subAttributes]);
      }
      for (const [where, attributes] of levels) {
        const names = attributes.map((attribute) => attribute.name.toLowerCase());
        assert.equal(new Set(names).size, names.length, `${where} repeats an attribute name: ${names.join(', ')}.`);
      }
    });

    test('only complex attributes have sub-attributes, one level deep', () => {
      for (const [path, attribute] of walk(schema.attributes)) {
        const isComplex = attribute.type === 'complex';
        assert.equal(attribute.subAttributes !== undefined, isComplex, `${schema.name}.${path} is ${attribute.type}.`);
        // RFC 7643 §2.3.8: a complex attribute has no sub-attributes that have sub-attributes.
        for (const sub of attribute.subAttributes ?? []) {
          assert.notEqual(sub.type, 'complex', `${schema.name}.${path}.${sub.name} is complex inside a complex attribute.`);
        }
      }
    });

    test('canonical values and reference types appear only where they apply', () => {
      for (const [path, attribute] of walk(schema.attributes)) {
        if (attribute.referenceTypes !== undefined) {
          assert.equal(attribute.type, 'reference', `${schema.name}.${path} has referenceTypes but is ${attribute.type}.`);
        }
        if (attribute.type === 'reference') {
          assert.ok((attribute.referenceTypes ?? []).length > 0, `${schema.name}.${path} is a reference without referenceTypes.`);
        }
        if (attribute.canonicalValues !== undefined) {
          assert.ok(attribute.canonicalValues.length > 0, `${schema.name}.${path} has an empty canonicalValues list.`);
        }
      }
    });
  });
}

test('schema ids are the RFC 7643 URNs', () => {
  assert.equal(USER_SCHEMA.id, URN.user);
  assert.equal(GROUP_SCHEMA.id, URN.group);
  assert.equal(ENTERPRISE_USER_SCHEMA.id, URN.enterpriseUser);
});

test('resource schemas pair User with the enterprise extension and Group with none', () => {
  assert.equal(USER_RESOURCE_SCHEMA.core, USER_SCHEMA);
  assert.deepEqual(USER_RESOURCE_SCHEMA.extensions, [ENTERPRISE_USER_SCHEMA]);
  assert.equal(GROUP_RESOURCE_SCHEMA.core, GROUP_SCHEMA);
  assert.deepEqual(GROUP_RESOURCE_SCHEMA.extensions, []);
});

test('the User schema has every RFC 7643 §4.1 attribute', () => {
  const expected = [
    'id', 'externalId', 'meta', 'userName', 'name', 'displayName', 'nickName', 'profileUrl', 'title', 'userType',
    'preferredLanguage', 'locale', 'timezone', 'active', 'password', 'emails', 'phoneNumbers', 'ims', 'photos',
    'addresses', 'groups', 'entitlements', 'roles', 'x509Certificates',
  ];
  assert.deepEqual(USER_SCHEMA.attributes.map((attribute) => attribute.name), expected);
});

test('the multi-valued User attributes have value, display, type and primary', () => {
  for (const name of ['emails', 'phoneNumbers', 'ims', 'photos', 'entitlements', 'roles', 'x509Certificates']) {
    const subNames = USER_SCHEMA.attributes.find((attribute) => attribute.name === name)?.subAttributes?.map((sub) => sub.name);
    assert.deepEqual(subNames, ['value', 'display', 'type', 'primary'], `User.${name} has sub-attributes ${String(subNames)}.`);
  }
});

interface CharacteristicCase {
  title: string;
  schema: ResourceSchema;
  path: string;
  expected: Partial<AttributeDefinition>;
}

/** The characteristics other parts of the engine and the emulator rely on, pinned one by one. */
const CHARACTERISTICS: readonly CharacteristicCase[] = [
  { title: 'id is readOnly, always returned and case-exact', schema: USER_RESOURCE_SCHEMA, path: 'id',
    expected: { mutability: 'readOnly', returned: 'always', caseExact: true, uniqueness: 'server' } },
  { title: 'externalId is case-exact and writable', schema: USER_RESOURCE_SCHEMA, path: 'externalId',
    expected: { mutability: 'readWrite', caseExact: true } },
  { title: 'meta is readOnly', schema: USER_RESOURCE_SCHEMA, path: 'meta', expected: { type: 'complex', mutability: 'readOnly' } },
  { title: 'meta.lastModified is a readOnly dateTime', schema: USER_RESOURCE_SCHEMA, path: 'meta.lastModified',
    expected: { type: 'dateTime', mutability: 'readOnly' } },
  { title: 'userName is required, server-unique and case-insensitive', schema: USER_RESOURCE_SCHEMA, path: 'userName',
    expected: { required: true, uniqueness: 'server', caseExact: false, returned: 'default' } },
  { title: 'password is writeOnly and never returned', schema: USER_RESOURCE_SCHEMA, path: 'password',
    expected: { mutability: 'writeOnly', returned: 'never' } },
  { title: 'active is a boolean', schema: USER_RESOURCE_SCHEMA, path: 'active', expected: { type: 'boolean' } },
  { title: 'emails is multi-valued complex', schema: USER_RESOURCE_SCHEMA, path: 'emails', expected: { type: 'complex', multiValued: true } },
  { title: 'emails.value is case-insensitive', schema: USER_RESOURCE_SCHEMA, path: 'emails.value', expected: { caseExact: false } },
  { title: 'groups is readOnly', schema: USER_RESOURCE_SCHEMA, path: 'groups', expected: { mutability: 'readOnly', multiValued: true } },
  { title: 'x509Certificates.value is binary', schema: USER_RESOURCE_SCHEMA, path: 'x509Certificates.value', expected: { type: 'binary' } },
  { title: 'manager is single-valued complex', schema: USER_RESOURCE_SCHEMA, path: `${URN.enterpriseUser}:manager`,
    expected: { type: 'complex', multiValued: false } },
  { title: 'manager.displayName is readOnly', schema: USER_RESOURCE_SCHEMA, path: `${URN.enterpriseUser}:manager.displayName`,
    expected: { mutability: 'readOnly' } },
  { title: 'group displayName is required', schema: GROUP_RESOURCE_SCHEMA, path: 'displayName', expected: { required: true, caseExact: false } },
  { title: 'members.value is immutable', schema: GROUP_RESOURCE_SCHEMA, path: 'members.value', expected: { mutability: 'immutable' } },
  { title: 'members.$ref references Users and Groups', schema: GROUP_RESOURCE_SCHEMA, path: 'members.$ref',
    expected: { type: 'reference', referenceTypes: ['User', 'Group'], mutability: 'immutable' } },
  { title: 'members.display is defined', schema: GROUP_RESOURCE_SCHEMA, path: 'members.display', expected: { type: 'string' } },
];

eachCase(CHARACTERISTICS, ({ schema, path, expected }) => {
  const definition = resolveAttribute(path, schema)?.definition;
  assert.ok(definition !== undefined, `${path} is not defined.`);
  for (const [characteristic, value] of Object.entries(expected)) {
    assert.deepEqual(definition[characteristic as keyof AttributeDefinition], value, `${path} has the wrong ${characteristic}.`);
  }
});
