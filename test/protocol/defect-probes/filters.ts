import { GROUP_MEMBERS, groupName, PEOPLE, personBody } from '../../../fixtures/data/filter-population.ts';
import { createGroup, filterQuery, GROUP_URN, type Client, type ListBody, type UserBody } from '../../emulator/support.ts';
import { get, list, reference, type In, type Probe } from './probe.ts';
import type { Emulator } from '../../../emulator/index.ts';

/** Probes of the filter defects, over the filter checks' own data set in the plain RFC account. */
const PREFIX = 'probe';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

async function seeded(emulator: Emulator): Promise<{ client: Client; ids: Record<string, string> }> {
  const client = reference(emulator);
  const ids: Record<string, string> = {};
  for (const label of PEOPLE) ids[label] = (await client.post<UserBody>('/Users', personBody(label, PREFIX))).body.id;
  return { client, ids };
}

/** Which of the four people the filter returns, by label. */
async function matching(emulator: Emulator, filter: string | ((ids: Record<string, string>) => Promise<string> | string)): Promise<string[]> {
  const { client, ids } = await seeded(emulator);
  const expression = typeof filter === 'string' ? filter : await filter(ids);
  const reply = await client.get<ListBody<UserBody>>(`/Users?${filterQuery(expression)}`);
  return list(reply.body).map((u) => PEOPLE.find((label) => ids[label] === u.id)).filter((l): l is (typeof PEOPLE)[number] => l !== undefined).sort();
}

function people(filter: string, healthy: string[], broken: string[]): Probe {
  return { run: (_c, e) => matching(e, filter), healthy, broken };
}

async function shiftedCreated(client: Client, id: string): Promise<string> {
  const created = String(get((await client.get(`/Users/${id}`)).body, 'meta.created'));
  return `${new Date(Date.parse(created) + 2 * 3_600_000).toISOString().slice(0, -1)}+02:00`;
}

export const FILTER_PROBES: Record<In<'filters'>, Probe> = {
  'filters/eq/matches-value': people('title eq "Manager"', ['cyd'], []),
  'filters/eq/case-insensitive-value': people('name.familyName eq "CRANE"', ['cyd'], []),
  'filters/eq/case-exact': people(`externalId eq "${PREFIX}-ext-ada"`, [], ['ada']),
  'filters/ne/excludes-value': people('userType ne "Employee"', ['cyd', 'dee'], ['ada', 'bob']),
  'filters/co/substring': people('title co "Engineer"', ['ada', 'bob'], ['ada']),
  'filters/sw/prefix': people('title sw "Senior"', ['bob'], []),
  'filters/ew/suffix': people('title ew "Engineer"', ['ada', 'bob'], ['ada']),
  'filters/pr/present': people('title pr', ['ada', 'bob', 'cyd'], ['ada', 'bob', 'cyd', 'dee']),
  'filters/gt/after': people('name.givenName gt "Bob"', ['cyd', 'dee'], ['bob', 'cyd', 'dee']),
  'filters/ge/at-or-after': people('name.givenName ge "Bob"', ['bob', 'cyd', 'dee'], ['cyd', 'dee']),
  'filters/lt/before': people('name.givenName lt "Cyd"', ['ada', 'bob'], ['ada', 'bob', 'cyd']),
  'filters/le/at-or-before': people('name.givenName le "Cyd"', ['ada', 'bob', 'cyd'], ['ada', 'bob']),
  'filters/and/both': people('title pr and userType eq "Employee"', ['ada', 'bob'], ['ada', 'bob', 'cyd']),
  'filters/or/either': people('name.givenName eq "Ada" or name.givenName eq "Dee"', ['ada', 'dee'], []),
  'filters/not/negates': people('not (userType eq "Employee")', ['cyd', 'dee'], ['ada', 'bob']),
  'filters/grouping/precedence': people('userType eq "Contractor" or name.givenName eq "Ada" and title eq "Manager"', ['cyd', 'dee'], ['cyd']),
  'filters/value-path/same-value': people('emails[type eq "work" and value ew "example.org"]', [], ['ada', 'cyd']),
  'filters/sub-attribute/dotted': people('name.familyName eq "Crane"', ['cyd'], []),
  'filters/complex/value-comparison': people('emails co "home."', ['ada', 'cyd'], []),
  'filters/attribute-names/case-insensitive': people('NAME.FAMILYNAME eq "Dunn"', ['dee'], []),
  'filters/operators/case-insensitive': people('title CO "Engineer"', ['ada', 'bob'], []),
  'filters/urn/qualified-names': people(`${ENTERPRISE}:department eq "Sales"`, ['cyd', 'dee'], []),
  'filters/boolean/eq': people('active eq true', ['ada', 'bob', 'cyd', 'dee'], []),
  'filters/date-time/instants': { run: (_c, e) => matching(e, async (ids) => `meta.created ge "${await shiftedCreated(reference(e), ids.ada!)}"`), healthy: ['ada', 'bob', 'cyd', 'dee'], broken: [] },
  'filters/boolean/ordering-rejected': { run: async (c) => (await c.get(`/Users?${filterQuery('active gt false')}`)).status, healthy: 400, broken: 200 },
  'filters/groups/display-name': {
    run: async (c) => {
      await createGroup(c, 'Team');
      return get((await c.get(`/Groups?${filterQuery('displayName eq "Team"')}`)).body, 'totalResults');
    },
    healthy: 1,
    broken: 0,
  },
  'filters/groups/members-value': {
    run: async (_c, e) => {
      const { client, ids } = await seeded(e);
      for (const [label, members] of Object.entries(GROUP_MEMBERS)) {
        await client.post('/Groups', { schemas: [GROUP_URN], displayName: groupName(label as 'alpha', PREFIX), members: members.map((m) => ({ value: ids[m] })) });
      }
      return get((await client.get(`/Groups?${filterQuery(`members.value eq "${ids.ada}"`)}`)).body, 'totalResults');
    },
    healthy: 1,
    broken: 0,
  },
  'filters/no-match/empty-list': { run: async (c) => (await c.get(`/Users?${filterQuery('userName eq "nobody@example.com"')}`)).status, healthy: 200, broken: 404 },
  'filters/errors/invalid-filter-400': { run: async (c) => (await c.get(`/Users?${filterQuery('userName eq')}`)).status, healthy: 400, broken: 200 },
};
