import { describe } from 'node:test';
import { URN } from '../../../lib/scim-uris.ts';
import { applyPatch, GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA, type ScimResource } from '../../../emulator/rfc/index.ts';
import { expectChanges } from './assertions.ts';
import { eachCase } from './cases.ts';
import { BARBARA, ENGINEERING, ENTERPRISE as E, MARK, MINIMAL } from './fixtures.ts';

/** PATCH bodies exactly as Okta, Entra and Authentik send them (/work/shared/IDP-SHAPES.md). */
interface ShapeCase {
  title: string;
  resource: ScimResource;
  body: unknown;
  changes: Record<string, unknown>;
}

const PATCH_OP = [URN.patchOp];
const MARK_ID = MARK.id as string;
const members = ENGINEERING.members as Array<Record<string, unknown>>;
const withoutMark = members.filter((member) => member.value !== MARK_ID);
const [work, home] = BARBARA.emails as [Record<string, unknown>, Record<string, unknown>];
const enterprise = BARBARA[E] as Record<string, unknown>;

const OKTA: readonly ShapeCase[] = [
  { title: '§2.5 Okta deactivates with a path-less replace', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [{ op: 'replace', value: { active: false } }] }, changes: { active: false } },
  { title: '§2.5 Okta reactivates with a path-less replace', resource: MARK,
    body: { schemas: PATCH_OP, Operations: [{ op: 'replace', value: { active: true } }] }, changes: { active: true } },
  { title: '§2.6 Okta syncs a password with a path-less replace', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [{ op: 'replace', value: { password: 'n3wPassw0rd' } }] }, changes: { password: 'n3wPassw0rd' } },
  { title: '§2.7 Okta renames a group with the group id in the value', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'replace', value: { id: ENGINEERING.id, displayName: 'Engineering EU' } }] },
    changes: { displayName: 'Engineering EU' } },
  { title: '§2.7 Okta removes a member by filter and adds another', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [
      { op: 'remove', path: `members[value eq "${MARK_ID}"]` },
      { op: 'add', path: 'members', value: [{ value: '23a35c27-3d46-4d7f-9c30-3b0e3b9f1a11', display: 'jane.doe@example.com' }] },
    ] },
    changes: { members: [...withoutMark, { value: '23a35c27-3d46-4d7f-9c30-3b0e3b9f1a11', display: 'jane.doe@example.com' }] } },
  { title: '§2.7 Okta pushes the full member list', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'replace', path: 'members', value: [{ value: 'u1', display: 'one' }, { value: 'u2', display: 'two' }] }] },
    changes: { members: [{ value: 'u1', display: 'one' }, { value: 'u2', display: 'two' }] } },
];

const ENTRA: readonly ShapeCase[] = [
  { title: '§3.5 Entra updates a user without the aadOptscim062020 flag', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [
      { op: 'Replace', path: 'displayName', value: 'Jane Q. Doe' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'jane.q@contoso.com' },
      { op: 'Replace', path: 'name.givenName', value: 'Jane' },
      { op: 'Replace', path: 'name.familyName', value: 'Doe' },
      { op: 'Replace', path: 'externalId', value: 'jqdoe' },
      { op: 'Replace', path: `${E}:employeeNumber`, value: '124' },
      { op: 'Add', path: 'nickName', value: 'JQ' },
    ] },
    changes: {
      displayName: 'Jane Q. Doe',
      emails: [{ ...work, value: 'jane.q@contoso.com' }, home],
      name: { ...(BARBARA.name as object), givenName: 'Jane', familyName: 'Doe' },
      externalId: 'jqdoe',
      [E]: { ...enterprise, employeeNumber: '124' },
      nickName: 'JQ',
    } },
  { title: '§3.5 Entra updates a user with the aadOptscim062020 flag', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [
      { op: 'replace', path: 'emails[type eq "work"].value', value: 'jane.q@contoso.com' },
      { op: 'replace', value: { displayName: 'Jane Q. Doe', 'name.givenName': 'Jane', 'name.familyName': 'Doe', [`${E}:employeeNumber`]: '124' } },
    ] },
    changes: {
      displayName: 'Jane Q. Doe',
      emails: [{ ...work, value: 'jane.q@contoso.com' }, home],
      name: { ...(BARBARA.name as object), givenName: 'Jane', familyName: 'Doe' },
      [E]: { ...enterprise, employeeNumber: '124' },
    } },
  { title: '§3.5 Entra writes a work email the user does not have yet', resource: MINIMAL,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Add', path: 'emails[type eq "work"].value', value: 'minimal@contoso.com' }] },
    changes: { emails: [{ type: 'work', value: 'minimal@contoso.com' }] } },
  { title: '§3.5 Entra sets a manager with the unqualified sample path', resource: MARK,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Add', path: 'manager', value: [{ $ref: 'https://example.com/v2/Users/m1', value: 'm1' }] }] },
    changes: { [E]: { manager: { $ref: 'https://example.com/v2/Users/m1', value: 'm1' } }, schemas: [URN.user, E] } },
  { title: '§3.5 Entra sets a manager by a bare id', resource: MARK,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Replace', path: `${E}:manager`, value: 'm1' }] },
    changes: { [E]: { manager: { value: 'm1' } }, schemas: [URN.user, E] } },
  { title: '§3.6 Entra disables with the string "False"', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Replace', path: 'active', value: 'False' }] }, changes: { active: false } },
  { title: '§3.6 Entra disables with the string "false"', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Replace', path: 'active', value: 'false' }] }, changes: { active: false } },
  { title: '§3.6 Entra disables with the boolean false', resource: BARBARA,
    body: { Operations: [{ op: 'Replace', path: 'active', value: false }], schemas: PATCH_OP }, changes: { active: false } },
  { title: '§3.6 Entra disables with a lowercase op', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [{ op: 'replace', path: 'active', value: false }] }, changes: { active: false } },
  { title: '§3.6 Entra re-enables with the string "True"', resource: MARK,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Replace', path: 'active', value: 'True' }] }, changes: { active: true } },
  { title: '§3.7 Entra renames a group', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Replace', path: 'displayName', value: 'Engineering EU' }] }, changes: { displayName: 'Engineering EU' } },
  { title: '§3.7 Entra adds members with a null $ref', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: 'f648f8d5ea4e4cd38e9c' }] }] },
    changes: { members: [...members, { value: 'f648f8d5ea4e4cd38e9c' }] } },
  { title: '§3.7 Entra removes a member by value list and the others stay', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'Remove', path: 'members', value: [{ value: MARK_ID }] }] }, changes: { members: withoutMark } },
  { title: '§3.7 Entra removes a member by filter with the flag', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'remove', path: `members[value eq "${MARK_ID}"]` }] }, changes: { members: withoutMark } },
  { title: '§3.10 Entra capitalises sub-attribute names in mapped paths', resource: BARBARA,
    body: { schemas: PATCH_OP, Operations: [
      { op: 'Add', path: 'emails[type eq "other"].Value', value: 'babs@other.org' },
      { op: 'Add', path: 'addresses[type eq "other"].Formatted', value: '1 Other Street' },
    ] },
    changes: {
      emails: [work, home, { type: 'other', value: 'babs@other.org' }],
      addresses: [...(BARBARA.addresses as unknown[]), { type: 'other', formatted: '1 Other Street' }],
    } },
];

const AUTHENTIK: readonly ShapeCase[] = [
  { title: '§4.7 Authentik updates a group without schemas, restating id and schemas', resource: ENGINEERING,
    body: { Operations: [{ op: 'replace', value: { id: ENGINEERING.id, schemas: [URN.group], displayName: 'eng-renamed', externalId: 'pk-1' } }] },
    changes: { displayName: 'eng-renamed', externalId: 'pk-1' } },
  { title: '§4.7 Authentik adds members one operation per user, existing ones included', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [
      { op: 'add', path: 'members', value: [{ value: BARBARA.id }] },
      { op: 'add', path: 'members', value: [{ value: 'u4' }] },
    ] },
    changes: { members: [...members, { value: 'u4' }] } },
  { title: '§4.7 Authentik removes a member by value list', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [{ op: 'remove', path: 'members', value: [{ value: MARK_ID }] }] }, changes: { members: withoutMark } },
  { title: '§4.7 Authentik in Webex mode types members in lower case', resource: ENGINEERING,
    body: { schemas: PATCH_OP, Operations: [
      { op: 'add', path: 'members', value: [{ value: MARK_ID, type: 'user' }] },
      { op: 'add', path: 'members', value: [{ value: 'u5', type: 'user' }] },
    ] },
    changes: { members: [...members, { value: 'u5', type: 'user' }] } },
];

function check({ resource, body, changes }: ShapeCase): void {
  const schema = resource === ENGINEERING ? GROUP_RESOURCE_SCHEMA : USER_RESOURCE_SCHEMA;
  expectChanges(resource, applyPatch(resource, body, schema), changes, `PATCH ${JSON.stringify(body)}`);
}

describe('Okta PATCH shapes', () => eachCase(OKTA, check));
describe('Entra PATCH shapes', () => eachCase(ENTRA, check));
describe('Authentik PATCH shapes', () => eachCase(AUTHENTIK, check));
