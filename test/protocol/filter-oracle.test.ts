import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'scim2-parse-filter';
import { evaluateFilter, type AttributeFacts } from '../../fixtures/filter-oracle.ts';

/** The oracle the filter checks compare targets with: RFC 7644 §3.4.2.2 semantics on top of scim2-parse-filter. */
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const TYPES: Record<string, string> = {
  userName: 'string',
  externalId: 'string',
  title: 'string',
  'name.givenName': 'string',
  emails: 'complex',
  'emails.value': 'string',
  'emails.type': 'string',
  'meta.created': 'dateTime',
  active: 'boolean',
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department': 'string',
};
const facts: AttributeFacts = {
  type: (path) => TYPES[path] ?? TYPES[Object.keys(TYPES).find((k) => k.toLowerCase() === path.toLowerCase()) ?? ''],
  caseExact: (path) => path.toLowerCase() === 'externalid',
  hasValue: (path) => path === 'emails',
};

const PEOPLE = [
  { id: 'a', userName: 'Ada@Example.com', externalId: 'Ext-A', title: 'Engineer', active: true, name: { givenName: 'Ada' }, emails: [{ value: 'ada@work.example', type: 'work' }, { value: 'ada@home.example', type: 'home' }], meta: { created: '2026-01-01T10:00:00Z' }, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Sales' } },
  { id: 'b', userName: 'bob@example.com', externalId: 'ext-b', active: false, name: { givenName: 'bob' }, emails: [{ value: 'bob@work.example', type: 'work' }], meta: { created: '2026-01-01T12:00:00Z' } },
];

function ids(filter: string): string[] {
  return evaluateFilter(parse(filter), PEOPLE, facts, CORE).map((p) => p.id);
}

describe('the filter oracle', () => {
  it('compares caseExact false strings without case, caseExact true ones with it', () => {
    assert.deepEqual(ids('userName eq "ADA@EXAMPLE.COM"'), ['a']);
    assert.deepEqual(ids('name.givenName gt "Ada"'), ['b']);
    assert.deepEqual(ids('externalId eq "ext-a"'), []);
    assert.deepEqual(ids('externalId eq "Ext-A"'), ['a']);
  });

  it('compares dateTimes as instants, whatever their offset', () => {
    assert.deepEqual(ids('meta.created eq "2026-01-01T12:00:00+02:00"'), ['a']);
    assert.deepEqual(ids('meta.created gt "2026-01-01T12:00:00+02:00"'), ['b']);
  });

  it('holds one value of a value path to all of its conditions', () => {
    assert.deepEqual(ids('emails[type eq "work" and value co "home"]'), []);
    assert.deepEqual(ids('emails[type eq "home" and value co "home"]'), ['a']);
  });

  it('compares a complex attribute as a whole by its value', () => {
    assert.deepEqual(ids('emails co "home.example"'), ['a']);
  });

  it('reads core names qualified with the core URN, and extension names with theirs', () => {
    assert.deepEqual(ids(`${CORE}:userName sw "bob"`), ['b']);
    assert.deepEqual(ids('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "sales"'), ['a']);
  });

  it('evaluates pr, not, booleans and precedence as RFC 7644 §3.4.2.2 says', () => {
    assert.deepEqual(ids('title pr'), ['a']);
    assert.deepEqual(ids('not (title pr)'), ['b']);
    assert.deepEqual(ids('active eq false'), ['b']);
    assert.deepEqual(ids('title pr or active eq false and externalId eq "nothing"'), ['a']);
    assert.deepEqual(ids('(title pr or active eq false) and externalId eq "ext-b"'), ['b']);
  });
});
