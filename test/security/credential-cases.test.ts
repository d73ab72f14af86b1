import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { authorizationOf, CREDENTIAL_CASES, REFUSALS } from '../../specs/security/credential-cases.ts';
import type { Credentials } from '../../fixtures/credentials.fixture.ts';

const DIR = new URL('../../specs/security/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));

const credentials = (over: Partial<Credentials> = {}): Credentials => ({ foreign: 'foreign-token-0001', readOnly: undefined, noScim: 'no-scim-token-0001', missing: (kind) => `no ${kind}`, ...over });

describe('credential cases', () => {
  it('credentials.cases.json follows its schema, names each case once and covers every requirement', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(read('credentials.schema.json') as object);
    assert.ok(validate(read('credentials.cases.json')), JSON.stringify(validate.errors));
    const names = CREDENTIAL_CASES.map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual([...new Set(CREDENTIAL_CASES.map((c) => c.requirement))].sort(), Object.keys(REFUSALS).sort());
  });

  it('fills every placeholder, and alters the token without keeping it', () => {
    const token = 'valid-token-ABCDEFGHIJ';
    const values = { token, unknown: 'u'.repeat(22), credentials: credentials() };
    assert.deepEqual(authorizationOf('Bearer {{unknown}} {{unknown}}', values), { header: `Bearer ${'u'.repeat(22)} ${'u'.repeat(22)}` });
    assert.deepEqual(authorizationOf('Bearer {{altered}}', values), { header: 'Bearer valid-token-ABCDEFGHIA' });
    assert.deepEqual(authorizationOf('Bearer {{altered}}', { ...values, token: 'xA' }), { header: 'Bearer xB' });
    assert.deepEqual(authorizationOf('Bearer {{foreign}}', values), { header: 'Bearer foreign-token-0001' });
  });

  it('names the token a target lacks instead of sending an empty one', () => {
    const values = { token: 't'.repeat(20), unknown: 'u'.repeat(20), credentials: credentials({ foreign: undefined }) };
    assert.deepEqual(authorizationOf('Bearer {{foreign}}', values), { missing: 'foreign' });
    assert.deepEqual(authorizationOf('Bearer {{readOnly}}', values), { missing: 'readOnly' });
  });
});
