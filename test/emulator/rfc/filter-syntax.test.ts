import assert from 'node:assert/strict';
import { attachSubAttributesToValuePaths } from '../../../emulator/rfc/filter-syntax.ts';
import { eachCase } from './cases.ts';

/** Entra's `emails[type eq "work"].value eq "x"` keeps both conditions on one value (IDP-SHAPES §3.8). */
const CASES: ReadonlyArray<{ title: string; input: string; expected: string }> = [
  { title: 'a filter without value paths is unchanged', input: 'userName eq "a[b].c eq"', expected: 'userName eq "a[b].c eq"' },
  { title: 'a value path without a sub-attribute is unchanged', input: 'emails[type eq "work"]', expected: 'emails[type eq "work"]' },
  { title: 'a trailing comparison moves inside the brackets',
    input: 'emails[type eq "work"].value eq "x@y.org"', expected: 'emails[(type eq "work") and value eq "x@y.org"]' },
  { title: 'a trailing pr moves inside the brackets', input: 'emails[type eq "work"].display pr', expected: 'emails[(type eq "work") and display pr]' },
  { title: 'brackets inside quoted strings are text',
    input: 'emails[value eq "a]b"].type eq "x[y"', expected: 'emails[(value eq "a]b") and type eq "x[y"]' },
  { title: 'every value path is rewritten',
    input: 'emails[type eq "work"].value sw "a" or phoneNumbers[type eq "mobile"].value eq 5',
    expected: 'emails[(type eq "work") and value sw "a"] or phoneNumbers[(type eq "mobile") and value eq 5]' },
  { title: 'a sub-attribute without a comparison is unchanged', input: 'emails[type eq "work"].value', expected: 'emails[type eq "work"].value' },
];

eachCase(CASES, ({ input, expected }) => {
  assert.equal(attachSubAttributesToValuePaths(input), expected, `Rewriting ${input}.`);
});
