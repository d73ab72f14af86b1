import assert from 'node:assert/strict';
import { coerceBoolean } from '../../../emulator/rfc/index.ts';
import { eachCase } from './cases.ts';

/** Entra sends booleans as "True"/"False" strings (IDP-SHAPES §3.6); nothing else is converted. */
const CASES: ReadonlyArray<{ title: string; input: unknown; expected: unknown }> = [
  { title: '"True" becomes true', input: 'True', expected: true },
  { title: '"False" becomes false', input: 'False', expected: false },
  { title: '"true" becomes true', input: 'true', expected: true },
  { title: '"false" becomes false', input: 'false', expected: false },
  { title: '"TRUE" becomes true', input: 'TRUE', expected: true },
  { title: 'a boolean stays', input: false, expected: false },
  { title: 'another string stays', input: 'yes', expected: 'yes' },
  { title: 'a padded string stays', input: ' true', expected: ' true' },
  { title: 'a number stays', input: 1, expected: 1 },
  { title: 'null stays', input: null, expected: null },
];

eachCase(CASES, ({ input, expected }) => {
  assert.equal(coerceBoolean(input), expected, `coerceBoolean(${JSON.stringify(input)}).`);
});
