import { describe } from 'node:test';
import { URN } from '../../../lib/scim-uris.ts';
import { applyPatch, GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA, type ScimResource } from '../../../emulator/rfc/index.ts';
import { expectChanges } from './assertions.ts';
import { eachCase } from './cases.ts';
import { BARBARA, ENGINEERING, ENTERPRISE as E, MARK, deepFreeze, patchOp } from './fixtures.ts';

interface PatchCase {
  title: string;
  /** BARBARA unless given. */
  resource?: ScimResource;
  operations: unknown[];
  /** Top-level members the patch changes, with their new values (undefined: unassigned). Every other member must be unchanged. */
  changes: Record<string, unknown>;
}

const name = BARBARA.name as Record<string, unknown>;
const [work, home] = BARBARA.emails as [Record<string, unknown>, Record<string, unknown>];
const phones = BARBARA.phoneNumbers as unknown[];
const enterprise = BARBARA[E] as Record<string, unknown>;
const members = ENGINEERING.members as Array<Record<string, unknown>>;
const MARK_ID = MARK.id as string;
const withoutMark = members.filter((member) => member.value !== MARK_ID);
const DEPARTMENT_ONLY = deepFreeze({ ...MARK, schemas: [URN.user, E], [E]: { department: 'Sales' } });

/** RFC 7644 §3.5.2.1 add. */
const ADD: readonly PatchCase[] = [
  { title: 'add sets an unassigned attribute', operations: [{ op: 'add', path: 'nickName', value: 'Babs' }], changes: { nickName: 'Babs' } },
  { title: 'add replaces a single value', operations: [{ op: 'add', path: 'title', value: 'Lead Guide' }], changes: { title: 'Lead Guide' } },
  { title: 'add sets a sub-attribute', operations: [{ op: 'add', path: 'name.middleName', value: 'Jane' }],
    changes: { name: { ...name, middleName: 'Jane' } } },
  { title: 'add merges into a complex attribute', operations: [{ op: 'add', path: 'name', value: { middleName: 'Jane', givenName: 'Babs' } }],
    changes: { name: { ...name, middleName: 'Jane', givenName: 'Babs' } } },
  { title: 'add appends to a multi-valued attribute', operations: [{ op: 'add', path: 'emails', value: [{ value: 'b@x.org', type: 'other' }] }],
    changes: { emails: [work, home, { value: 'b@x.org', type: 'other' }] } },
  { title: 'add takes a lone value for a multi-valued attribute', operations: [{ op: 'add', path: 'emails', value: { value: 'b@x.org' } }],
    changes: { emails: [work, home, { value: 'b@x.org' }] } },
  { title: 'add skips a value already present, ignoring case', operations: [{ op: 'add', path: 'emails', value: [{ value: 'BJENSEN@example.com', type: 'work' }] }],
    changes: {} },
  { title: 'add of a present value refreshes its editable sub-attributes',
    operations: [{ op: 'add', path: 'emails', value: [{ value: 'babs@jensen.org', type: 'home', display: 'Babs' }] }],
    changes: { emails: [work, { ...home, display: 'Babs' }] } },
  { title: 'add of a primary value clears the other primary',
    operations: [{ op: 'add', path: 'emails', value: [{ value: 'new@x.org', type: 'other', primary: true }] }],
    changes: { emails: [{ ...work, primary: false }, home, { value: 'new@x.org', type: 'other', primary: true }] } },
  { title: 'add through a value path sets the sub-attribute of the selected values',
    operations: [{ op: 'add', path: 'emails[type eq "home"].display', value: 'Home' }], changes: { emails: [work, { ...home, display: 'Home' }] } },
  { title: 'add through a value path merges into the selected values',
    operations: [{ op: 'add', path: 'emails[type eq "home"]', value: { display: 'Home' } }], changes: { emails: [work, { ...home, display: 'Home' }] } },
  { title: 'add sets an extension attribute by URN', operations: [{ op: 'add', path: `${E}:costCenter`, value: '4130' }],
    changes: { [E]: { ...enterprise, costCenter: '4130' } } },
  { title: 'add creates the extension and lists its schema', resource: MARK, operations: [{ op: 'add', path: `${E}:department`, value: 'Sales' }],
    changes: { [E]: { department: 'Sales' }, schemas: [URN.user, E] } },
  { title: 'add without a path sets each attribute of the value', operations: [{ op: 'add', value: { nickName: 'Babs', title: 'Lead' } }],
    changes: { nickName: 'Babs', title: 'Lead' } },
  { title: 'add without a path merges an extension object', operations: [{ op: 'add', value: { [E]: { costCenter: '4130' } } }],
    changes: { [E]: { ...enterprise, costCenter: '4130' } } },
];

/** RFC 7644 §3.5.2.3 replace. */
const REPLACE: readonly PatchCase[] = [
  { title: 'replace sets a simple attribute', operations: [{ op: 'replace', path: 'displayName', value: 'Barbara' }], changes: { displayName: 'Barbara' } },
  { title: 'replace sets a sub-attribute', operations: [{ op: 'replace', path: 'name.givenName', value: 'Babs' }],
    changes: { name: { ...name, givenName: 'Babs' } } },
  { title: 'replace of a complex attribute leaves unnamed sub-attributes', operations: [{ op: 'replace', path: 'name', value: { givenName: 'Babs' } }],
    changes: { name: { ...name, givenName: 'Babs' } } },
  { title: 'replace without a filter replaces every value', operations: [{ op: 'replace', path: 'emails', value: [{ value: 'only@x.org', type: 'work' }] }],
    changes: { emails: [{ value: 'only@x.org', type: 'work' }] } },
  { title: 'replace through a value path sets the selected sub-attribute',
    operations: [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'babs@example.com' }],
    changes: { emails: [{ ...work, value: 'babs@example.com' }, home] } },
  { title: 'replace through a value path swaps the selected values',
    operations: [{ op: 'replace', path: 'emails[type eq "home"]', value: { value: 'b@home.org', type: 'home' } }],
    changes: { emails: [work, { value: 'b@home.org', type: 'home' }] } },
  { title: 'replace of a selected sub-attribute that matches nothing creates the value',
    operations: [{ op: 'replace', path: 'phoneNumbers[type eq "mobile"].value', value: '555-0101' }],
    changes: { phoneNumbers: [...phones, { type: 'mobile', value: '555-0101' }] } },
  { title: 'the created value takes every eq of the selection',
    operations: [{ op: 'replace', path: 'emails[type eq "other" and display eq "Old"].value', value: 'o@x.org' }],
    changes: { emails: [work, home, { type: 'other', display: 'Old', value: 'o@x.org' }] } },
  { title: 'replace with null unassigns the attribute', operations: [{ op: 'replace', path: 'title', value: null }], changes: { title: undefined } },
  { title: 'replace with an empty list unassigns a multi-valued attribute', operations: [{ op: 'replace', path: 'phoneNumbers', value: [] }],
    changes: { phoneNumbers: undefined } },
  { title: 'replace of primary through a value path moves it', operations: [{ op: 'replace', path: 'emails[type eq "home"].primary', value: true }],
    changes: { emails: [{ ...work, primary: false }, { ...home, primary: true }] } },
  { title: 'replace with a URN-qualified core path', operations: [{ op: 'replace', path: `${URN.user}:displayName`, value: 'B' }],
    changes: { displayName: 'B' } },
  { title: 'replace of a whole extension merges its attributes', operations: [{ op: 'replace', path: E, value: { department: 'Sales' } }],
    changes: { [E]: { ...enterprise, department: 'Sales' } } },
  { title: 'replace without a path reads dotted and URN-qualified keys as paths',
    operations: [{ op: 'replace', value: { 'name.givenName': 'Babs', [`${E}:employeeNumber`]: '124' } }],
    changes: { name: { ...name, givenName: 'Babs' }, [E]: { ...enterprise, employeeNumber: '124' } } },
  { title: 'replace stores sub-attribute names in their schema spelling',
    operations: [{ op: 'replace', path: 'emails[type eq "home"].VALUE', value: 'b@home.org' }],
    changes: { emails: [work, { ...home, value: 'b@home.org' }] } },
  { title: 'replace coerces a boolean given as a string', operations: [{ op: 'replace', path: 'active', value: 'False' }], changes: { active: false } },
];

/** RFC 7644 §3.5.2.2 remove. */
const REMOVE: readonly PatchCase[] = [
  { title: 'remove unassigns a simple attribute', operations: [{ op: 'remove', path: 'title' }], changes: { title: undefined } },
  { title: 'remove unassigns a sub-attribute', operations: [{ op: 'remove', path: 'name.formatted' }],
    changes: { name: { familyName: 'Jensen', givenName: 'Barbara' } } },
  { title: 'remove without a filter unassigns every value', operations: [{ op: 'remove', path: 'emails' }], changes: { emails: undefined } },
  { title: 'remove through a value path removes the selected values', operations: [{ op: 'remove', path: 'emails[type eq "home"]' }],
    changes: { emails: [work] } },
  { title: 'remove through a value path unassigns the selected sub-attribute', operations: [{ op: 'remove', path: 'emails[type eq "work"].primary' }],
    changes: { emails: [{ value: work.value, type: 'work' }, home] } },
  { title: 'removing the last value unassigns the attribute', operations: [{ op: 'remove', path: 'phoneNumbers[type eq "work"]' }],
    changes: { phoneNumbers: undefined } },
  { title: 'remove unassigns an extension attribute', operations: [{ op: 'remove', path: `${E}:department` }],
    changes: { [E]: { employeeNumber: '701984', manager: enterprise.manager } } },
  { title: 'removing the last extension attribute drops the extension', resource: DEPARTMENT_ONLY,
    operations: [{ op: 'remove', path: `${E}:department` }], changes: { [E]: undefined, schemas: [URN.user] } },
  { title: 'remove of an extension URN drops the extension', operations: [{ op: 'remove', path: E }],
    changes: { [E]: undefined, schemas: [URN.user] } },
  { title: 'remove of an unassigned attribute changes nothing', operations: [{ op: 'remove', path: 'nickName' }], changes: {} },
  { title: 'remove of a sub-attribute without a filter applies to every value', operations: [{ op: 'remove', path: 'emails.type' }],
    changes: { emails: [{ value: work.value, primary: true }, { value: home.value }] } },
];

/** Group membership: RFC 7644 §3.5.2 examples and the shapes IdPs send (IDP-SHAPES §2.7, §3.7, §4.7). */
const MEMBERS: readonly PatchCase[] = [
  { title: 'add appends members', resource: ENGINEERING, operations: [{ op: 'add', path: 'members', value: [{ value: 'u4', display: 'New' }] }],
    changes: { members: [...members, { value: 'u4', display: 'New' }] } },
  { title: 'add of a present member changes nothing', resource: ENGINEERING, operations: [{ op: 'add', path: 'members', value: [{ value: MARK_ID }] }],
    changes: {} },
  { title: 'add of a present member keeps its immutable display', resource: ENGINEERING,
    operations: [{ op: 'add', path: 'members', value: [{ value: MARK_ID, display: 'Someone Else' }] }], changes: {} },
  { title: 'a member given with a differently-cased type is the same member', resource: ENGINEERING,
    operations: [{ op: 'add', path: 'members', value: [{ value: MARK_ID, type: 'user' }] }], changes: {} },
  { title: 'a null $ref is dropped', resource: ENGINEERING, operations: [{ op: 'add', path: 'members', value: [{ $ref: null, value: 'u4' }] }],
    changes: { members: [...members, { value: 'u4' }] } },
  { title: 'remove through a member filter removes that member', resource: ENGINEERING,
    operations: [{ op: 'remove', path: `members[value eq "${MARK_ID}"]` }], changes: { members: withoutMark } },
  { title: 'remove with a value list removes only the listed members', resource: ENGINEERING,
    operations: [{ op: 'remove', path: 'members', value: [{ value: MARK_ID }] }], changes: { members: withoutMark } },
  { title: 'remove with a value list skips absent members', resource: ENGINEERING,
    operations: [{ op: 'remove', path: 'members', value: [{ value: 'nobody' }] }], changes: {} },
  { title: 'remove with an empty value list removes nothing', resource: ENGINEERING,
    operations: [{ op: 'remove', path: 'members', value: [] }], changes: {} },
  { title: 'remove without a value unassigns every member', resource: ENGINEERING, operations: [{ op: 'remove', path: 'members' }],
    changes: { members: undefined } },
  { title: 'replace swaps the member list', resource: ENGINEERING, operations: [{ op: 'replace', path: 'members', value: [{ value: 'u9' }] }],
    changes: { members: [{ value: 'u9' }] } },
];

const ORDER: readonly PatchCase[] = [
  { title: 'operations apply in order', operations: [{ op: 'add', path: 'nickName', value: 'A' }, { op: 'replace', path: 'nickName', value: 'B' }],
    changes: { nickName: 'B' } },
  { title: 'a later operation sees an earlier one', resource: ENGINEERING,
    operations: [{ op: 'add', path: 'members', value: [{ value: 'u4' }] }, { op: 'remove', path: 'members[value eq "u4"]' }], changes: {} },
];

function check({ resource = BARBARA, operations, changes }: PatchCase): void {
  const schema = resource === ENGINEERING ? GROUP_RESOURCE_SCHEMA : USER_RESOURCE_SCHEMA;
  const result = applyPatch(resource, patchOp(...operations), schema);
  expectChanges(resource, result, changes, `PATCH ${JSON.stringify(operations)}`);
}

describe('PATCH add', () => eachCase(ADD, check));
describe('PATCH replace', () => eachCase(REPLACE, check));
describe('PATCH remove', () => eachCase(REMOVE, check));
describe('PATCH on group members', () => eachCase(MEMBERS, check));
describe('PATCH operation order', () => eachCase(ORDER, check));
