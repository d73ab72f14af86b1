import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SCHEMA_DIR, schemaIds, validateMessage, type SchemaChoice } from '../../fixtures/schema-validation.ts';
import { SCIM_TYPES } from '../../lib/scim-errors.ts';
import { URN } from '../../lib/scim-uris.ts';
import { EXAMPLES } from './rfc-examples.ts';

function pointers(choice: SchemaChoice, body: unknown): string[] {
  return validateMessage(choice, body).map((v) => v.pointer).sort();
}

describe('the SCIM JSON Schemas', () => {
  it('every schema file is draft 2020-12 with an $id the validator knows', () => {
    const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'));
    const ids = new Set(Object.values(schemaIds()));
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as { $schema?: string; $id?: string };
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
      if (file !== 'common.schema.json') assert.ok(ids.has(schema.$id!), `${file}: ${schema.$id} is not one of the messages the validator chooses from`);
    }
  });

  it('the Error schema lists exactly the scimType values of the shared RFC 7644 §3.12 table', () => {
    const error = JSON.parse(readFileSync(join(SCHEMA_DIR, 'error.schema.json'), 'utf8')) as { properties: { scimType: { enum: string[] } } };
    assert.deepEqual([...error.properties.scimType.enum].sort(), Object.keys(SCIM_TYPES).sort());
  });

  for (const [name, choice, body] of EXAMPLES) {
    it(`RFC example: ${name} is valid`, () => assert.deepEqual(validateMessage(choice, body), []));
  }
});

describe('what the schemas refuse, and where they say it is', () => {
  const user = EXAMPLES.find(([name]) => name === 'full User (RFC 7643 §8.2)')![2] as Record<string, unknown>;

  it('Cloudflare\'s User shape: groups as strings, meta without timestamps or location', () => {
    const shaped = { ...user, groups: ['cloudflare-v1-abc'], meta: { resourceType: 'User' } };
    assert.deepEqual(pointers({ message: 'User' }, shaped), ['/groups/0', '/meta/created', '/meta/lastModified', '/meta/location']);
  });

  it('a password in any case is never returned', () => {
    assert.deepEqual(pointers({ message: 'User' }, { ...user, PassWord: 'secret' }), ['/PassWord']);
  });

  it('two primary values in one multi-valued attribute', () => {
    const emails = [{ value: 'a@example.com', primary: true }, { value: 'b@example.com', primary: true }];
    assert.deepEqual(pointers({ message: 'User' }, { ...user, emails }), ['/emails']);
  });

  it('a narrowed User may leave out default attributes but not id or schemas', () => {
    assert.deepEqual(pointers({ message: 'User', partial: true }, { schemas: [URN.user], id: 'x' }), []);
    assert.deepEqual(pointers({ message: 'User', partial: true }, { schemas: [URN.user] }), ['/id']);
  });

  it('an Error with a numeric status and an unknown scimType', () => {
    assert.deepEqual(pointers({ message: 'Error' }, { schemas: [URN.error], status: 404, scimType: 'notFound' }), ['/scimType', '/status']);
  });

  it('a ListResponse with counts as strings, and its Resources held to the listed resource', () => {
    const list = { schemas: [URN.listResponse], totalResults: '1', Resources: [{ schemas: [URN.group], id: 'g1', displayName: 'G' }] };
    assert.deepEqual(pointers({ message: 'ListResponse', listOf: 'User', partial: true }, list), ['/Resources/0/schemas', '/totalResults']);
  });

  it('a ListResponse with results but no Resources', () => {
    assert.deepEqual(pointers({ message: 'ListResponse' }, { schemas: [URN.listResponse], totalResults: 2 }), ['/Resources']);
  });

  it('a ServiceProviderConfig with maxResults as a string and no authenticationSchemes', () => {
    const config = EXAMPLES.find(([name]) => name.startsWith('ServiceProviderConfig'))![2] as Record<string, unknown>;
    const { authenticationSchemes: _schemes, ...rest } = config;
    assert.deepEqual(pointers({ message: 'ServiceProviderConfig' }, { ...rest, filter: { supported: true, maxResults: '100' } }), ['/authenticationSchemes', '/filter/maxResults']);
  });

  it('an attribute definition with a misspelt mutability, and a complex one without sub-attributes', () => {
    assert.deepEqual(pointers({ message: 'AttributeDefinition' }, { name: 'userName', type: 'string', multiValued: false, mutability: 'read-write' }), ['/mutability']);
    assert.deepEqual(pointers({ message: 'AttributeDefinition' }, { name: 'name', type: 'complex', multiValued: false }), ['/subAttributes']);
  });

  it('a PatchOp remove without a path, and an add without a value', () => {
    const patch = { schemas: [URN.patchOp], Operations: [{ op: 'remove' }, { op: 'add', path: 'title' }] };
    assert.deepEqual(pointers({ message: 'PatchOp' }, patch), ['/Operations/0/path', '/Operations/1/value']);
  });
});
