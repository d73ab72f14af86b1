import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { URN } from '../../../lib/scim-uris.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA, compileFilter, type ResourceSchema } from '../../../emulator/rfc/index.ts';
import { expectRefusal } from './assertions.ts';
import { eachCase } from './cases.ts';
import { BARBARA, ENGINEERING, MARK, MINIMAL, USERS } from './fixtures.ts';

interface MatchCase {
  title: string;
  filter: string;
  /** The ids, among BARBARA, MARK and MINIMAL, the filter selects. */
  matches: string[];
}

const B = BARBARA.id as string;
const M = MARK.id as string;
const N = MINIMAL.id as string;

const MATCHES: readonly MatchCase[] = [
  // eq and ne, with caseExact honoured (RFC 7643 §2.1, §2.3.1)
  { title: 'eq on userName ignores case', filter: 'userName eq "bjensen@example.com"', matches: [B] },
  { title: 'eq operator keyword ignores case', filter: 'userName EQ "mmarkson"', matches: [M] },
  { title: 'attribute names ignore case', filter: 'USERNAME eq "mmarkson"', matches: [M] },
  { title: 'eq on id is case-exact', filter: `id eq "${B.toUpperCase()}"`, matches: [] },
  { title: 'eq on id matches the exact id', filter: `id eq "${B}"`, matches: [B] },
  { title: 'eq on externalId is case-exact', filter: 'externalId eq "mmarkson"', matches: [] },
  { title: 'eq on externalId matches the exact value', filter: 'externalId eq "MMarkson"', matches: [M] },
  { title: 'eq on displayName ignores case', filter: 'displayName eq "BABS JENSEN"', matches: [B] },
  { title: 'ne is the negation of eq, absent values included', filter: 'title ne "Tour Guide"', matches: [M, N] },
  { title: 'eq on a boolean', filter: 'active eq true', matches: [B] },
  { title: 'eq on a boolean given as a string', filter: 'active eq "False"', matches: [M] },
  { title: 'ne on a boolean', filter: 'active ne true', matches: [M, N] },
  { title: 'eq null asks for an unassigned value', filter: 'title eq null', matches: [M, N] },
  { title: 'ne null asks for an assigned value', filter: 'title ne null', matches: [B] },
  // co, sw, ew
  { title: 'co on userName ignores case', filter: 'userName co "JENSEN"', matches: [B] },
  { title: 'sw on userName ignores case', filter: 'userName sw "MM"', matches: [M] },
  { title: 'ew on userName ignores case', filter: 'userName ew "EXAMPLE.COM"', matches: [B] },
  { title: 'co on a case-exact attribute honours case', filter: 'externalId co "mark"', matches: [] },
  { title: 'sw on a case-exact attribute matches exact case', filter: 'externalId sw "MMark"', matches: [M] },
  { title: 'co on a sub-attribute', filter: 'name.familyName co "ARK"', matches: [M] },
  // pr
  { title: 'pr on a present attribute', filter: 'title pr', matches: [B] },
  { title: 'pr on a multi-valued attribute', filter: 'emails pr', matches: [B, M] },
  { title: 'pr on a sub-attribute', filter: 'name.formatted pr', matches: [B] },
  { title: 'pr on an extension attribute', filter: `${URN.enterpriseUser}:employeeNumber pr`, matches: [B] },
  // ordering: strings, dateTimes as instants
  { title: 'gt on a string ignores case', filter: 'userName gt "LOUIS"', matches: [M, N] },
  { title: 'lt on a string', filter: 'userName lt "c"', matches: [B] },
  { title: 'ge includes the equal value', filter: 'userName ge "mmarkson"', matches: [M] },
  { title: 'le includes the equal value', filter: 'userName le "MINIMAL"', matches: [B, N] },
  { title: 'gt on a dateTime compares instants', filter: 'meta.lastModified gt "2011-05-13T04:42:34Z"', matches: [M] },
  { title: 'ge on a dateTime includes the same instant', filter: 'meta.lastModified ge "2011-05-13T04:42:34Z"', matches: [B, M] },
  { title: 'a dateTime in another time zone is the same instant', filter: 'meta.lastModified eq "2012-02-01T08:00:00Z"', matches: [M] },
  { title: 'lt on a dateTime', filter: 'meta.created lt "2011-01-01T00:00:00Z"', matches: [B] },
  { title: 'sw on a dateTime compares text', filter: 'meta.created sw "2012-02"', matches: [M] },
  // multi-valued attributes and value paths
  { title: 'a sub-attribute of a multi-valued attribute matches any value', filter: 'emails.value eq "babs@jensen.org"', matches: [B] },
  { title: 'a multi-valued complex attribute compares its value', filter: 'emails co "example.org"', matches: [M] },
  { title: 'a value path selects one value', filter: 'emails[type eq "work" and value co "@example.com"]', matches: [B, M] },
  { title: 'a value path keeps both conditions on the same value', filter: 'emails[type eq "home" and value co "@example.com"]', matches: [] },
  { title: 'a value path with or', filter: 'emails[type eq "other" or value ew ".org"]', matches: [B, M] },
  { title: 'a value path followed by a sub-attribute comparison', filter: 'emails[type eq "work"].value eq "bjensen@example.com"', matches: [B] },
  { title: 'a value path sub-attribute comparison uses the selected value', filter: 'emails[type eq "work"].value eq "mark@example.org"', matches: [] },
  { title: 'a value path on primary', filter: 'emails[primary eq true].value ew "example.com"', matches: [B, M] },
  { title: 'a value path on an unknown attribute', filter: 'badges[type eq "x"]', matches: [] },
  // logic and grouping
  { title: 'and needs both', filter: 'userType eq "Employee" and active eq true', matches: [B] },
  { title: 'or needs either', filter: 'userName eq "minimal" or active eq false', matches: [M, N] },
  { title: 'not negates', filter: 'not (userName eq "minimal")', matches: [B, M] },
  { title: 'and binds tighter than or', filter: 'userName eq "minimal" or userName sw "b" and active eq false', matches: [N] },
  { title: 'parentheses group', filter: '(userName eq "minimal" or userName sw "b") and active eq true', matches: [B] },
  { title: 'the RFC example with grouping', filter: 'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")', matches: [B] },
  // URN-qualified paths and schemas
  { title: 'a URN-qualified extension attribute', filter: `${URN.enterpriseUser}:employeeNumber eq "701984"`, matches: [B] },
  { title: 'a URN-qualified extension sub-attribute', filter: `${URN.enterpriseUser}:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"`, matches: [B] },
  { title: 'a complex extension attribute compares its value', filter: `${URN.enterpriseUser}:manager eq "26118915-6090-4610-87e4-49d8ca9f808d"`, matches: [B] },
  { title: 'a URN-qualified core attribute', filter: `${URN.user}:userName sw "J"`, matches: [] },
  { title: 'a URN-qualified core sub-attribute', filter: `${URN.user}:name.givenName eq "mark"`, matches: [M] },
  { title: 'schemas lists the extension', filter: `schemas eq "${URN.enterpriseUser}"`, matches: [B] },
  // names no schema defines
  { title: 'an unknown attribute matches nothing', filter: 'favouriteColour eq "blue"', matches: [] },
  { title: 'not of an unknown attribute matches everything', filter: 'not (favouriteColour eq "blue")', matches: [B, M, N] },
  { title: 'an unknown extension matches nothing', filter: 'urn:example:acme:2.0:User:badge pr', matches: [] },
  { title: 'a value of the wrong type matches nothing', filter: 'active eq "yes"', matches: [] },
];

function selected(filter: string, schema: ResourceSchema = USER_RESOURCE_SCHEMA): string[] {
  const matches = compileFilter(filter, schema);
  return USERS.filter(matches).map((user) => user.id as string);
}

describe('filter matching', () => {
  eachCase(MATCHES, ({ filter, matches }) => {
    assert.deepEqual(selected(filter), matches, `The filter ${filter} selected the wrong users.`);
  });
});

interface GroupCase {
  title: string;
  filter: string;
  matches: boolean;
}

const GROUP_MATCHES: readonly GroupCase[] = [
  { title: 'displayName eq ignores case', filter: 'displayName eq "engineering"', matches: true },
  { title: 'members eq compares member values', filter: 'members eq "902c246b-6245-4190-8e05-00816be7344a"', matches: true },
  { title: 'a membership check by id and member', filter: `id eq "${ENGINEERING.id as string}" and members.value eq "${M}"`, matches: true },
  { title: 'a member that is absent', filter: 'members[value eq "nobody"]', matches: false },
];

describe('filter matching on groups', () => {
  eachCase(GROUP_MATCHES, ({ filter, matches }) => {
    assert.equal(compileFilter(filter, GROUP_RESOURCE_SCHEMA)(ENGINEERING), matches, `The filter ${filter} on the Engineering group.`);
  });
});

interface RefusalCase {
  title: string;
  filter: string;
}

/** RFC 7644 §3.4.2.2: syntax errors and unsupported comparisons are 400 invalidFilter. */
const REFUSALS: readonly RefusalCase[] = [
  { title: 'an empty filter', filter: '' },
  { title: 'a bare value (the Okta suite sends one)', filter: 'JANE.DOE@EXAMPLE.COM' },
  { title: 'a missing comparison value', filter: 'userName eq' },
  { title: 'an unknown operator', filter: 'userName is "x"' },
  { title: 'an unclosed parenthesis', filter: '(userName eq "x"' },
  { title: 'an unclosed value path', filter: 'emails[type eq "work"' },
  { title: 'an unquoted string value', filter: 'userName eq bjensen' },
  { title: 'trailing tokens', filter: 'userName eq "x" "y"' },
  { title: 'gt on a boolean', filter: 'active gt true' },
  { title: 'lt on a boolean given as a string', filter: 'active lt "true"' },
  { title: 'ge on a binary attribute', filter: 'x509Certificates.value ge "TUlJ"' },
  { title: 'gt with null', filter: 'userName gt null' },
  { title: 'co with null', filter: 'userName co null' },
  { title: 'co with a number', filter: 'userName co 5' },
  { title: 'co on a boolean', filter: 'active co "t"' },
  { title: 'gt with a boolean', filter: 'userName gt true' },
  { title: 'a dateTime compared with something else', filter: 'meta.created gt "yesterday"' },
  { title: 'a complex attribute without a value sub-attribute', filter: 'name eq "Barbara"' },
  { title: 'a value path on a simple attribute', filter: 'userName[value eq "x"]' },
];

describe('filter refusals', () => {
  eachCase(REFUSALS, ({ filter }) => {
    const error = expectRefusal(() => compileFilter(filter, USER_RESOURCE_SCHEMA), 'invalidFilter', `The filter ${JSON.stringify(filter)}`);
    assert.ok(error.detail.includes(JSON.stringify(filter)), `The detail "${error.detail}" does not quote the filter.`);
  });
});
