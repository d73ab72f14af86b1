import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fillBody, fillQuery, generatedBody, hostileFilter } from '../../specs/robustness/bodies.ts';
import { BAD_INPUT_CASES, HOSTILE_FILTER_CASES } from '../../specs/robustness/cases.ts';

const DIR = new URL('../../specs/robustness/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
const USER_NAME = 'scimc-abc123-ada.lovelace.x1y2z3@example.com';

describe('robustness case files', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(read('cases.schema.json') as object);

  for (const file of ['bad-inputs.cases.json', 'hostile-filters.cases.json']) {
    it(`${file} follows cases.schema.json and names each case once`, () => {
      const data = read(file) as { cases: Array<{ name: string }> };
      assert.ok(validate(data), JSON.stringify(validate.errors));
      const names = data.cases.map((c) => c.name);
      assert.equal(new Set(names).size, names.length, 'case names are unique (they become check titles)');
    });
  }

  it('every body template becomes the text the case describes', () => {
    for (const item of BAD_INPUT_CASES.filter((c) => c.body !== undefined)) {
      const body = fillBody(item.body!, USER_NAME);
      assert.ok(!body.includes('{{'), `${item.name}: no placeholder left`);
    }
    assert.equal(fillQuery('filter=userName%20eq%20%22{{userName}}%22', 'a+b@example.com'), 'filter=userName%20eq%20%22a%2Bb%40example.com%22');
  });

  it('generated bodies are what their names say', () => {
    const oversized = generatedBody({ kind: 'oversized', size: 2 * 1024 * 1024 }, USER_NAME) as string;
    assert.ok(Buffer.byteLength(oversized) > 2 * 1024 * 1024);
    assert.equal((JSON.parse(oversized) as { userName: string }).userName, USER_NAME, 'only the size is wrong');
    let depth = 0;
    let value: unknown = (JSON.parse(generatedBody({ kind: 'nested', size: 256 }, USER_NAME) as string) as { name: unknown }).name;
    while (typeof value === 'object' && value !== null) {
      value = (value as { givenName: unknown }).givenName;
      depth += 1;
    }
    assert.equal(depth, 256);
    const invalid = generatedBody({ kind: 'invalid-utf8', size: 2 }, USER_NAME) as Uint8Array;
    assert.equal(isUtf8(invalid), false);
    assert.ok(Buffer.from(invalid).includes(Buffer.from(USER_NAME.split('@')[0]!)), 'the run-prefixed name is still in it');
  });

  it('the long filter has 100 terms and the User\'s own last', () => {
    const item = HOSTILE_FILTER_CASES.find((c) => c.filter === '{{or100}}')!;
    const filter = hostileFilter(item, USER_NAME);
    assert.equal(filter.split(' or ').length, 100);
    assert.ok(filter.endsWith(`userName eq "${USER_NAME}"`));
    assert.ok(encodeURIComponent(filter).length < 8192, 'fits common URL limits');
  });
});
