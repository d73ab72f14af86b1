import { describe } from 'node:test';
import type { ScimType } from '../../../lib/scim-errors.ts';
import { URN } from '../../../lib/scim-uris.ts';
import { applyPatch, GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA, type ScimResource } from '../../../emulator/rfc/index.ts';
import { expectRefusal } from './assertions.ts';
import { eachCase } from './cases.ts';
import { BARBARA, ENGINEERING, ENTERPRISE as E, MARK, MINIMAL, patchOp } from './fixtures.ts';

interface RefusalCase {
  title: string;
  resource?: ScimResource;
  /** A whole body, for cases about the message itself. */
  body?: unknown;
  /** Operations wrapped in a well-formed PatchOp message. */
  operations?: unknown[];
  scimType: ScimType;
}

const MARK_ID = MARK.id as string;

/** RFC 7644 §3.5.2: the PatchOp message itself. */
const MESSAGE: readonly RefusalCase[] = [
  { title: 'a body that is not an object', body: [{ op: 'add', path: 'title', value: 'x' }], scimType: 'invalidSyntax' },
  { title: 'a null body', body: null, scimType: 'invalidSyntax' },
  { title: 'schemas naming another message', body: { schemas: [URN.user], Operations: [{ op: 'add', path: 'title', value: 'x' }] }, scimType: 'invalidSyntax' },
  { title: 'schemas that is not a list', body: { schemas: URN.patchOp, Operations: [{ op: 'add', path: 'title', value: 'x' }] }, scimType: 'invalidSyntax' },
  { title: 'no Operations', body: { schemas: [URN.patchOp] }, scimType: 'invalidSyntax' },
  { title: 'an empty Operations list', body: patchOp(), scimType: 'invalidSyntax' },
  { title: 'Operations that is not a list', body: { schemas: [URN.patchOp], Operations: { op: 'add' } }, scimType: 'invalidSyntax' },
  { title: 'an operation that is not an object', operations: ['add title'], scimType: 'invalidSyntax' },
  { title: 'an unknown op', operations: [{ op: 'move', path: 'title', value: 'x' }], scimType: 'invalidSyntax' },
  { title: 'a missing op', operations: [{ path: 'title', value: 'x' }], scimType: 'invalidSyntax' },
  { title: 'a path that is not a string', operations: [{ op: 'add', path: 42, value: 'x' }], scimType: 'invalidPath' },
  { title: 'an empty path', operations: [{ op: 'add', path: '  ', value: 'x' }], scimType: 'invalidPath' },
  { title: 'add without a value', operations: [{ op: 'add', path: 'title' }], scimType: 'invalidValue' },
  { title: 'replace without a value', operations: [{ op: 'replace', path: 'title' }], scimType: 'invalidValue' },
  // RFC 7644 §3.5.2.2: "If 'path' is unspecified, the operation fails with … noTarget."
  { title: 'remove without a path', operations: [{ op: 'remove' }], scimType: 'noTarget' },
  { title: 'add without a path and a value that is not an object', operations: [{ op: 'add', value: 'x' }], scimType: 'invalidValue' },
];

/** RFC 7644 §3.5.2 PATH rule and Table 9 invalidPath. */
const PATHS: readonly RefusalCase[] = [
  { title: 'an unknown attribute', operations: [{ op: 'add', path: 'favouriteColour', value: 'blue' }], scimType: 'invalidPath' },
  { title: 'an unknown sub-attribute', operations: [{ op: 'replace', path: 'name.nickname', value: 'x' }], scimType: 'invalidPath' },
  { title: 'an unknown attribute removed', operations: [{ op: 'remove', path: 'favouriteColour' }], scimType: 'invalidPath' },
  { title: 'an unknown extension URN', operations: [{ op: 'add', path: 'urn:example:acme:2.0:User:badge', value: 'x' }], scimType: 'invalidPath' },
  { title: 'a malformed value filter', operations: [{ op: 'replace', path: 'emails[type eq].value', value: 'x' }], scimType: 'invalidPath' },
  { title: 'an unclosed value filter', operations: [{ op: 'replace', path: 'emails[type eq "work".value', value: 'x' }], scimType: 'invalidPath' },
  { title: 'text after a value filter', operations: [{ op: 'replace', path: 'emails[type eq "work"]value', value: 'x' }], scimType: 'invalidPath' },
  { title: 'an unknown sub-attribute after a value filter', operations: [{ op: 'replace', path: 'emails[type eq "work"].label', value: 'x' }], scimType: 'invalidPath' },
  { title: 'a value filter on a single-valued attribute', operations: [{ op: 'replace', path: 'name[givenName eq "x"]', value: {} }], scimType: 'invalidPath' },
  { title: 'a value filter on a sub-attribute', operations: [{ op: 'replace', path: 'emails.value[value eq "x"]', value: 'y' }], scimType: 'invalidPath' },
  { title: 'an unsupported comparison inside a value filter', operations: [{ op: 'remove', path: 'emails[primary gt true]' }], scimType: 'invalidPath' },
  { title: 'an unknown key in a value without a path', operations: [{ op: 'replace', value: { favouriteColour: 'blue' } }], scimType: 'invalidPath' },
];

/** RFC 7643 §7 and RFC 7644 §3.5.2: mutability, required attributes. */
const MUTABILITY: readonly RefusalCase[] = [
  { title: 'replace of id', operations: [{ op: 'replace', path: 'id', value: 'other' }], scimType: 'mutability' },
  { title: 'remove of id', operations: [{ op: 'remove', path: 'id' }], scimType: 'mutability' },
  { title: 'a different id in a value without a path', operations: [{ op: 'replace', value: { id: 'other', displayName: 'B' } }], scimType: 'mutability' },
  { title: 'meta in a value without a path', operations: [{ op: 'replace', value: { meta: { resourceType: 'User' } } }], scimType: 'mutability' },
  { title: 'a meta sub-attribute', operations: [{ op: 'replace', path: 'meta.lastModified', value: '2020-01-01T00:00:00Z' }], scimType: 'mutability' },
  { title: 'add to groups', operations: [{ op: 'add', path: 'groups', value: [{ value: 'g1' }] }], scimType: 'mutability' },
  { title: 'groups in a value without a path', operations: [{ op: 'add', value: { groups: [] } }], scimType: 'mutability' },
  { title: 'a readOnly sub-attribute in a value', operations: [{ op: 'replace', path: `${E}:manager`, value: { value: 'm2', displayName: 'Boss' } }],
    scimType: 'mutability' },
  { title: 'remove of the required userName', operations: [{ op: 'remove', path: 'userName' }], scimType: 'mutability' },
  { title: 'replace of the required userName with null', operations: [{ op: 'replace', path: 'userName', value: null }], scimType: 'mutability' },
  { title: 'remove of the required group displayName', resource: ENGINEERING, operations: [{ op: 'remove', path: 'displayName' }], scimType: 'mutability' },
  { title: 'a change to an immutable member value', resource: ENGINEERING,
    operations: [{ op: 'replace', path: `members[value eq "${MARK_ID}"].value`, value: 'other' }], scimType: 'mutability' },
  { title: 'a replaced member with another display', resource: ENGINEERING,
    operations: [{ op: 'replace', path: `members[value eq "${MARK_ID}"]`, value: { value: MARK_ID, display: 'Other', type: 'User' } }],
    scimType: 'mutability' },
  { title: 'removal of an immutable member sub-attribute', resource: ENGINEERING,
    operations: [{ op: 'remove', path: `members[value eq "${MARK_ID}"].display` }], scimType: 'mutability' },
];

/** RFC 7644 §3.5.2.2, §3.5.2.3 and Table 9 noTarget: a selection that matches nothing. */
const NO_TARGET: readonly RefusalCase[] = [
  { title: 'remove through a member filter that matches nothing', resource: ENGINEERING,
    operations: [{ op: 'remove', path: 'members[value eq "nobody"]' }], scimType: 'noTarget' },
  { title: 'replace through a member filter that matches nothing', resource: ENGINEERING,
    operations: [{ op: 'replace', path: 'members[value eq "nobody"]', value: { value: 'nobody' } }], scimType: 'noTarget' },
  { title: 'add through a value filter without a sub-attribute that matches nothing',
    operations: [{ op: 'add', path: 'emails[type eq "other"]', value: { display: 'x' } }], scimType: 'noTarget' },
  { title: 'replace of a sub-attribute through a filter that does not describe a value',
    operations: [{ op: 'replace', path: 'emails[value co "zzz"].type', value: 'other' }], scimType: 'noTarget' },
  { title: 'replace of a sub-attribute of a member that is absent', resource: ENGINEERING,
    operations: [{ op: 'replace', path: 'members[value eq "nobody"].display', value: 'Nobody' }], scimType: 'noTarget' },
  { title: 'replace of a sub-attribute of every value when there are none', resource: MINIMAL,
    operations: [{ op: 'replace', path: 'emails.value', value: 'x@y.org' }], scimType: 'noTarget' },
  { title: 'remove through a value filter on an unassigned attribute', resource: MINIMAL,
    operations: [{ op: 'remove', path: 'emails[type eq "work"]' }], scimType: 'noTarget' },
];

/** RFC 7643 §2.3 types; Table 9 invalidValue. */
const VALUES: readonly RefusalCase[] = [
  { title: 'a boolean given as an unrelated string', operations: [{ op: 'replace', path: 'active', value: 'yes' }], scimType: 'invalidValue' },
  { title: 'a boolean given as a number', operations: [{ op: 'replace', path: 'active', value: 1 }], scimType: 'invalidValue' },
  { title: 'a string given as a number', operations: [{ op: 'replace', path: 'userName', value: 5 }], scimType: 'invalidValue' },
  { title: 'a list for a single-valued attribute', operations: [{ op: 'replace', path: 'displayName', value: ['a', 'b'] }], scimType: 'invalidValue' },
  { title: 'a string for a complex attribute without a value sub-attribute', operations: [{ op: 'replace', path: 'name', value: 'Babs' }],
    scimType: 'invalidValue' },
  { title: 'a value of the wrong type inside a multi-valued attribute', operations: [{ op: 'add', path: 'emails', value: [{ value: 5 }] }],
    scimType: 'invalidValue' },
  { title: 'an unknown sub-attribute inside a value', operations: [{ op: 'add', path: 'emails', value: [{ vaule: 'x@y.org' }] }],
    scimType: 'invalidValue' },
  { title: 'binary that is not base64', operations: [{ op: 'add', path: 'x509Certificates', value: [{ value: 'not base64!' }] }],
    scimType: 'invalidValue' },
  { title: 'two primary values at once', operations: [{ op: 'add', path: 'emails', value: [{ value: 'a@x.org', primary: true }, { value: 'b@x.org', primary: 'True' }] }],
    scimType: 'invalidValue' },
  { title: 'a primary set on several selected values', operations: [{ op: 'replace', path: 'emails.primary', value: true }], scimType: 'invalidValue' },
  { title: 'an extension given a value that is not an object', operations: [{ op: 'replace', path: E, value: 'x' }], scimType: 'invalidValue' },
];

function check({ resource = BARBARA, body, operations, scimType, title }: RefusalCase): void {
  const schema = resource === ENGINEERING ? GROUP_RESOURCE_SCHEMA : USER_RESOURCE_SCHEMA;
  const request = body === undefined ? patchOp(...(operations ?? [])) : body;
  expectRefusal(() => applyPatch(resource, request, schema), scimType, `PATCH ${JSON.stringify(request)} (${title})`);
}

describe('PATCH message refusals', () => eachCase(MESSAGE, check));
describe('PATCH path refusals', () => eachCase(PATHS, check));
describe('PATCH mutability refusals', () => eachCase(MUTABILITY, check));
describe('PATCH selections without a target', () => eachCase(NO_TARGET, check));
describe('PATCH value refusals', () => eachCase(VALUES, check));
