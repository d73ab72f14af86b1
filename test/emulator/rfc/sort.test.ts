import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { USER_RESOURCE_SCHEMA, sortResources, type ScimResource } from '../../../emulator/rfc/index.ts';
import { eachCase } from './cases.ts';
import { BARBARA, ENTERPRISE as E, MARK, MINIMAL, USERS } from './fixtures.ts';

interface SortCase {
  title: string;
  resources?: readonly ScimResource[];
  sortBy: string;
  sortOrder?: 'ascending' | 'descending';
  /** Expected order, by id. */
  expected: string[];
}

const B = BARBARA.id as string;
const M = MARK.id as string;
const N = MINIMAL.id as string;

const user = (id: string, extra: ScimResource): ScimResource => ({ id, userName: id, ...extra });
const PRIMARY_LAST = [
  user('first-is-a', { emails: [{ value: 'a@x.org' }, { value: 'z@x.org', primary: true }] }),
  user('only-m', { emails: [{ value: 'm@x.org' }] }),
];
const NO_PRIMARY = [
  user('c-then-a', { emails: [{ value: 'c@x.org' }, { value: 'a@x.org' }] }),
  user('only-b', { emails: [{ value: 'b@x.org' }] }),
];
const ZONES = [
  user('ten-plus-five', { meta: { lastModified: '2012-01-01T10:00:00+05:00' } }),
  user('six-utc', { meta: { lastModified: '2012-01-01T06:00:00Z' } }),
];

/** RFC 7644 §3.4.2.3. */
const CASES: readonly SortCase[] = [
  { title: 'userName ascending ignores case', sortBy: 'userName', expected: [B, N, M] },
  { title: 'userName descending ignores case', sortBy: 'userName', sortOrder: 'descending', expected: [M, N, B] },
  { title: 'sortBy ignores case', sortBy: 'USERNAME', expected: [B, N, M] },
  { title: 'a missing value sorts last when ascending', sortBy: 'title', expected: [B, M, N] },
  { title: 'a missing value sorts first when descending', sortBy: 'title', sortOrder: 'descending', expected: [M, N, B] },
  { title: 'a case-exact attribute sorts upper case first', sortBy: 'externalId', expected: [M, B, N] },
  { title: 'a sub-attribute', sortBy: 'name.givenName', expected: [B, M, N] },
  { title: 'a boolean sorts false first', sortBy: 'active', expected: [M, B, N] },
  { title: 'an extension attribute', sortBy: `${E}:employeeNumber`, sortOrder: 'descending', expected: [M, N, B] },
  { title: 'a multi-valued attribute sorts by its primary value', resources: PRIMARY_LAST, sortBy: 'emails', expected: ['only-m', 'first-is-a'] },
  { title: 'a sub-attribute of a multi-valued attribute uses the primary value', resources: PRIMARY_LAST, sortBy: 'emails.value',
    expected: ['only-m', 'first-is-a'] },
  { title: 'a multi-valued attribute without a primary sorts by its first value', resources: NO_PRIMARY, sortBy: 'emails',
    expected: ['only-b', 'c-then-a'] },
  { title: 'a dateTime sorts as an instant, not as text', resources: ZONES, sortBy: 'meta.lastModified', expected: ['ten-plus-five', 'six-utc'] },
  { title: 'an unknown attribute keeps the order', sortBy: 'favouriteColour', expected: [B, M, N] },
];

describe('sorting', () => {
  eachCase(CASES, ({ resources = USERS, sortBy, sortOrder = 'ascending', expected }) => {
    const sorted = sortResources([...resources], sortBy, sortOrder, USER_RESOURCE_SCHEMA).map((resource) => resource.id);
    assert.deepEqual(sorted, expected, `sortBy=${sortBy}&sortOrder=${sortOrder} gave ${JSON.stringify(sorted)}.`);
  });
});

test('sorting returns a new array and leaves the input order alone', () => {
  const input = [MINIMAL, MARK, BARBARA];
  const sorted = sortResources(input, 'userName', 'ascending', USER_RESOURCE_SCHEMA);
  assert.notEqual(sorted, input, 'sortResources returned its input array.');
  assert.deepEqual(input.map((resource) => resource.id), [N, M, B], 'sortResources reordered its input.');
});
