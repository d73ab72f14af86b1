import { parse, type Filter } from 'scim2-parse-filter';
import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { AdvertisedSchemas } from '../../fixtures/advertised.ts';
import { runPrefix } from '../../fixtures/data/user-data.ts';
import { evaluateFilter, type AttributeFacts } from '../../fixtures/filter-oracle.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import type { ScimResponse } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import type { RequirementId } from '../../requirements/index.ts';
import { isJson, type Json } from './support/bodies.ts';
import { loadCases } from './support/cases.ts';
import { listAll } from './support/listing.ts';
import { createPopulation, expand, type Population } from './support/population.ts';

/**
 * Filters (RFC 7644 §3.4.2.2), one check per case of cases/filters.json. Each check creates its own
 * data set, asks the target, evaluates the same filter locally over that data set (fixtures/filter-
 * oracle.ts) with the case sensitivity the target advertises, and compares the two within the data set.
 */
interface FilterCase {
  requirement: RequirementId;
  title: string;
  resource: 'Users' | 'Groups';
  filter: string;
  expect?: 'invalidFilter';
  totalResults?: number;
  refusals?: ReadonlyArray<'invalidFilter' | 'invalidValue'>;
}

function attributePaths(node: Filter, parent?: string): string[] {
  switch (node.op) {
    case 'and':
    case 'or':
      return node.filters.flatMap((child) => attributePaths(child, parent));
    case 'not':
      return attributePaths(node.filter, parent);
    case '[]':
      return attributePaths(node.valFilter, node.attrPath);
    default:
      return [parent === undefined ? node.attrPath : `${parent}.${node.attrPath}`];
  }
}

function factsOf(advertised: AdvertisedSchemas, schemaUrn: string): AttributeFacts {
  const definition = (path: string) => {
    const extension = /^(urn:.*):([^:]+)$/i.exec(path);
    if (extension !== null) return advertised.attribute(extension[1]!, extension[2]!);
    const core = path.toLowerCase().startsWith(`${schemaUrn.toLowerCase()}:`) ? path.slice(schemaUrn.length + 1) : path;
    return advertised.attribute(schemaUrn, core);
  };
  return {
    type: (path) => definition(path)?.type,
    caseExact: (path) => definition(path)?.caseExact ?? false,
    hasValue: (path) => definition(path)?.subAttributes.some((sub) => sub.name.toLowerCase() === 'value') ?? false,
  };
}

/**
 * RFC 7644 §3.4.2.2 and Table 9: a server may refuse a filter it does not support with 400 invalidFilter.
 * Where the RFC itself leaves the filter in doubt (a complex attribute compared without a sub-attribute,
 * which §3.4.2.2 says a client MUST NOT send and its own examples send), the case names more refusals.
 */
function refusedReason(response: ScimResponse, filter: string, refusals: readonly string[]): string | undefined {
  const scimType = response.json<{ scimType?: unknown }>()?.scimType;
  if (response.status !== 400 || typeof scimType !== 'string' || !refusals.includes(scimType)) return undefined;
  return `the target refused the filter ${JSON.stringify(filter)} with 400 ${scimType}, which RFC 7644 §3.4.2.2 (Table 9) allows for ${scimType === 'invalidFilter' ? 'an attribute and operator it does not support' : 'a filter the RFC tells clients not to send'}`;
}

function namesOf(resources: readonly Json[], resource: FilterCase['resource']): string[] {
  return resources.map((r) => String(resource === 'Users' ? r.userName : r.displayName)).sort();
}

for (const c of loadCases<FilterCase>('filters.json', 'filter-cases.schema.json')) {
  conformance(c.requirement, c.title, async ({ scim, resources, faker, harnessConfig }, testInfo) => {
    const endpoint = c.resource === 'Users' ? '/Users' : '/Groups';
    if (c.expect === 'invalidFilter') {
      await expect(await scim.get(endpoint, { filter: c.filter })).toBeScimError(400, 'invalidFilter');
      return;
    }
    const schemaUrn = c.resource === 'Users' ? URN.user : URN.group;
    const advertised = await AdvertisedSchemas.read(scim);
    const facts = factsOf(advertised, schemaUrn);
    const unknown = attributePaths(parse(c.filter.replace(/\{[^}]*\}/g, 'x'))).filter((path) => facts.type(path) === undefined);
    testInfo.skip(unknown.length > 0, `the target's ${c.resource === 'Users' ? 'User' : 'Group'} schema does not define ${unknown.join(', ')}, so this filter does not apply to it`);

    const prefix = `${runPrefix(harnessConfig.runId)}${faker.string.alphanumeric({ length: 6, casing: 'lower' })}`;
    // A probe first: a target that refuses the filter outright is not made to hold a data set for nothing.
    const probed = expand(c.filter, undefined, prefix)!;
    const probe = await scim.get(endpoint, { filter: probed, count: 1 });
    const refusals = c.refusals ?? ['invalidFilter'];
    const refusedFirst = refusedReason(probe, probed, refusals);
    testInfo.skip(refusedFirst !== undefined, refusedFirst);

    const population: Population = await createPopulation(scim, resources, advertised, prefix, c.resource === 'Groups');
    const data = c.resource === 'Users' ? Object.values(population.people) : Object.values(population.groups).filter(isJson);
    testInfo.skip(c.resource === 'Groups' && data.length === 0, 'the target refused to create the groups this check needs');
    const filter = expand(c.filter, population, prefix);
    testInfo.skip(filter === undefined, `the target's representations lack a value this filter is built from (${c.filter})`);

    const listing = await listAll(scim, endpoint, { filter: filter! });
    const refused = refusedReason(listing.first, filter!, refusals);
    testInfo.skip(refused !== undefined, refused);
    if (listing.first.status !== 200) {
      const scimType = listing.first.json<{ scimType?: unknown }>()?.scimType;
      failCheck(
        `Expected GET ${endpoint} with the filter ${JSON.stringify(filter)} to answer 200 with the matching ${c.resource}, or 400 ${refusals.join(' or ')} if the target does not support it (RFC 7644 §3.4.2.2, Table 9), but it answered ${listing.first.status}${scimType === undefined ? '' : ` with scimType ${JSON.stringify(scimType)}`}.${evidence(listing.first)}`,
      );
    }

    const ids = new Set(data.map((r) => r.id));
    const returned = listing.resources.filter((r) => ids.has(r.id));
    const expected = evaluateFilter(parse(filter!), data, facts, schemaUrn);
    const got = namesOf(returned, c.resource);
    const wanted = namesOf(expected, c.resource);
    if (got.length !== wanted.length || got.some((name, i) => name !== wanted[i])) {
      failCheck(
        `Expected the filter ${JSON.stringify(filter)} to return ${wanted.length === 0 ? 'none' : wanted.join(', ')} of the check's ${data.length} ${c.resource}, but the target returned ${got.length === 0 ? 'none' : got.join(', ')} of them.${evidence(listing.first)}`,
      );
    }
    const total = listing.first.json<Json>()?.totalResults;
    if (c.totalResults !== undefined && total !== c.totalResults) {
      failCheck(`Expected totalResults ${c.totalResults} for a filter nothing can match, but it is ${JSON.stringify(total)}.${evidence(listing.first)}`);
    }
  });
}
