import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { AdvertisedSchemas } from '../../fixtures/advertised.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import type { ScimResponse } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import type { RequirementId } from '../../requirements/index.ts';
import { isAssigned, isJson, show, valueAt, type Json } from './support/bodies.ts';
import { loadCases } from './support/cases.ts';
import { groupOrSkip, memberIds } from './support/groups.ts';
import { groupPath, setUpUser, userPath } from './support/users.ts';

/**
 * PATCH (RFC 7644 §3.5.2), one check per case of cases/patch.json. Where the RFC leaves the answer to
 * the server, both are accepted: 200 with the resource or 204 without a body; the resource is always
 * read back to see what the operations did.
 */
type Person = 'ada' | 'bob' | 'cyd';

interface Expectation {
  path: string;
  equals?: unknown;
  absent?: true;
  values?: Json[];
  primaryCount?: number;
  members?: Person[];
}

interface PatchCase {
  requirement: RequirementId;
  title: string;
  resource: 'User' | 'Group';
  needs?: string[];
  needsExtension?: boolean;
  setup?: Json & { members?: Person[] };
  operations: Json[];
  expect: 'success' | { status: number; scimType?: string; scimTypeOptional?: boolean };
  responseToo?: boolean;
  after?: Expectation[];
}

/** Fills {self.<path>} and {ada.id}-style placeholders, in strings at any depth. */
function filled<T>(value: T, self: Json, people: Partial<Record<Person, string>>): T {
  if (typeof value === 'string') {
    return value.replace(/\{(self|ada|bob|cyd)\.([A-Za-z.]+)\}/g, (_all, owner: string, path: string) => String(owner === 'self' ? valueAt(self, path) : people[owner as Person])) as T;
  }
  if (Array.isArray(value)) return value.map((item) => filled(item, self, people)) as T;
  if (isJson(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, self, people)])) as T;
  return value;
}

function peopleOf(c: PatchCase): Person[] {
  const text = JSON.stringify([c.operations, c.after, c.setup?.members]);
  return (['ada', 'bob', 'cyd'] as const).filter((p) => text.includes(`"${p}"`) || text.includes(`{${p}.`));
}

/** Whether every expected item is matched by a distinct actual value having those sub-attributes. */
function sameValues(actual: unknown, expected: readonly Json[]): boolean {
  if (!Array.isArray(actual) || actual.length !== expected.length) return false;
  const left = [...actual];
  return expected.every((want) => {
    const i = left.findIndex((item) => isJson(item) && Object.entries(want).every(([k, v]) => valueAt(item, k) === v));
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}

function problemsOf(resource: Json, expectations: readonly Expectation[], people: Partial<Record<Person, string>>): string[] {
  const problems: string[] = [];
  for (const e of expectations) {
    const actual = valueAt(resource, e.path);
    if (e.absent && isAssigned(actual)) problems.push(`${e.path} is ${show(actual)} instead of unassigned`);
    if (e.equals !== undefined && actual !== e.equals) problems.push(`${e.path} is ${show(actual)} instead of ${JSON.stringify(e.equals)}`);
    if (e.values !== undefined && !sameValues(actual, e.values)) problems.push(`${e.path} is ${show(actual)} instead of ${JSON.stringify(e.values)} (in any order)`);
    if (e.primaryCount !== undefined) {
      const primaries = Array.isArray(actual) ? actual.filter((v) => isJson(v) && v.primary === true).length : 0;
      if (primaries !== e.primaryCount) problems.push(`${e.path} has ${primaries} primary value(s) instead of ${e.primaryCount}`);
    }
    if (e.members !== undefined) {
      const wanted = e.members.map((p) => people[p]!).sort();
      const got = memberIds({ members: actual }).sort();
      if (wanted.join() !== got.join()) problems.push(`${e.path} are ${JSON.stringify(got)} instead of ${JSON.stringify(wanted)}`);
    }
  }
  return problems;
}

for (const c of loadCases<PatchCase>('patch.json', 'patch-cases.schema.json')) {
  conformance(c.requirement, c.title, async ({ scim, resources }, testInfo) => {
    if (c.needs !== undefined || c.needsExtension) {
      const advertised = await AdvertisedSchemas.read(scim);
      const reason = c.needs === undefined ? undefined : advertised.unwritableReason(URN.user, ...c.needs);
      testInfo.skip(reason !== undefined, reason);
      testInfo.skip(c.needsExtension === true && !advertised.has(URN.enterpriseUser), `the target's /Schemas does not serve ${URN.enterpriseUser}`);
    }
    const people: Partial<Record<Person, string>> = {};
    for (const person of peopleOf(c)) people[person] = (await setUpUser(scim, resources)).id;
    let self: Json;
    let path: string;
    if (c.resource === 'User') {
      const user = await setUpUser(scim, resources, c.setup ?? {});
      [self, path] = [user.resource, userPath(user.id)];
    } else {
      const group = await groupOrSkip(resources, testInfo, (c.setup?.members ?? []).map((p) => people[p]!));
      [self, path] = [group.resource, groupPath(group.id)];
    }
    const response = await scim.patch(path, { schemas: [URN.patchOp], Operations: filled(c.operations, self, people) });
    const after = filled(c.after ?? [], self, people);
    if (c.expect === 'success') {
      await expect(response).toHaveStatus([200, 204], 'RFC 7644 §3.5.2 answers a successful PATCH with 200 and the resource, or 204.');
      if (c.responseToo && response.status === 200) expectState(response.json<Json>() ?? {}, after, people, response, 'the 200 body');
    } else {
      // RFC 7644 §3.12: where the RFC does not name the scimType of a fault, an error without one is fine.
      const given = response.json<{ scimType?: unknown }>()?.scimType;
      await expect(response).toBeScimError(c.expect.status, c.expect.scimTypeOptional && given === undefined ? undefined : c.expect.scimType);
    }
    const read = await scim.get(path);
    await expect(read).toHaveStatus(200);
    expectState(read.json<Json>() ?? {}, after, people, read, 'the resource read back after the PATCH', response);
  });
}

function expectState(resource: Json, expectations: readonly Expectation[], people: Partial<Record<Person, string>>, shown: ScimResponse, what: string, patch?: ScimResponse): void {
  const problems = problemsOf(resource, expectations, people);
  if (problems.length > 0) failCheck(`Expected ${what} to be as the operations leave it, but ${problems.join('; ')}.${patch === undefined ? '' : evidence(patch)}${evidence(shown)}`);
}
