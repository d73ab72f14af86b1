import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { readServiceProviderConfig } from '../../fixtures/advertised.ts';
import type { ResourceFactory } from '../../fixtures/resources.fixture.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import type { ScimClient, ScimResponse } from '../../lib/client/index.ts';
import { isJson, resourcesOf, show, type Json } from './support/bodies.ts';

/**
 * Pagination (RFC 7644 §3.4.2.4) over /Users, unfiltered: every profile lists its users, and each
 * check first makes sure there are enough to page through.
 */
async function atLeastUsers(resources: ResourceFactory, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await resources.user();
}

async function page(scim: ScimClient, query: Record<string, string | number>): Promise<{ response: ScimResponse; body: Json; ids: string[] }> {
  const response = await scim.get('/Users', query);
  await expect(response).toHaveStatus(200);
  const body = response.json<unknown>();
  return { response, body: isJson(body) ? body : {}, ids: resourcesOf(body).map((r) => String(r.id)) };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

type Page = Awaited<ReturnType<typeof page>>;

/**
 * Pages of one unchanged collection. Other checks (and, on a shared target, other clients) create and
 * delete users while this one compares pages, so the first page is read before and after the others;
 * if other users came or went meanwhile, the comparison would judge the traffic, not the target, and is
 * made again.
 */
async function pagesOfOneState(scim: ScimClient, queries: ReadonlyArray<Record<string, string | number>>): Promise<Page[]> {
  const reference = { startIndex: 1, count: 4 };
  for (let attempt = 1; attempt <= 5; attempt++) {
    const before = await page(scim, reference);
    const pages: Page[] = [];
    for (const query of queries) pages.push(await page(scim, query));
    const after = await page(scim, reference);
    // Only the first results are compared, so users coming and going further down do not matter; the same
    // users in another order is the target's ordering, which pagination/stable-order judges.
    if (sameIds([...before.ids].sort(), [...after.ids].sort())) return pages;
  }
  throw new Error('the first four users of /Users changed during each of 5 attempts to read the pages this check compares: other clients keep creating and deleting users');
}

conformance('pagination/list-response/integers', 'ListResponse counts are integers', async ({ scim, resources }) => {
  // More users than the page holds: startIndex and itemsPerPage are REQUIRED only in a partial answer (§3.4.2).
  await atLeastUsers(resources, 3);
  const { response, body } = await page(scim, { startIndex: 1, count: 2 });
  const wrong = ['totalResults', 'startIndex', 'itemsPerPage'].filter((key) => !Number.isInteger(body[key]));
  if (wrong.length > 0) failCheck(`Expected totalResults, startIndex and itemsPerPage of a page to be JSON integers (RFC 7644 §3.4.2), but ${wrong.map((k) => `${k} is ${show(body[k])}`).join('; ')}.${evidence(response)}`);
});

conformance('pagination/start-index/one-based', 'startIndex counts from 1', async ({ scim, resources }) => {
  await atLeastUsers(resources, 2);
  const [first, second] = (await pagesOfOneState(scim, [{ startIndex: 1, count: 2 }, { startIndex: 2, count: 2 }])) as [Page, Page];
  if (first.ids[1] === undefined || second.ids[0] !== first.ids[1]) {
    failCheck(`Expected startIndex=2 to start at the second result, ${show(first.ids[1])}, but it starts at ${show(second.ids[0])}.${evidence(first.response)}${evidence(second.response)}`);
  }
  if (first.body.startIndex !== 1 || second.body.startIndex !== 2) {
    failCheck(`Expected the pages to echo startIndex 1 and 2, but they say ${show(first.body.startIndex)} and ${show(second.body.startIndex)}.${evidence(second.response)}`);
  }
});

conformance('pagination/start-index/below-one', 'a startIndex below 1 is read as 1', async ({ scim, resources }) => {
  await atLeastUsers(resources, 2);
  const [reference, ...lows] = (await pagesOfOneState(scim, [{ startIndex: 1, count: 2 }, { startIndex: 0, count: 2 }, { startIndex: -5, count: 2 }])) as [Page, ...Page[]];
  for (const [i, startIndex] of [0, -5].entries()) {
    const low = lows[i]!;
    if (!sameIds(low.ids, reference.ids)) failCheck(`Expected startIndex=${startIndex} to answer the first page, like startIndex=1 (RFC 7644 §3.4.2.4), but it lists ${JSON.stringify(low.ids)} instead of ${JSON.stringify(reference.ids)}.${evidence(low.response)}`);
  }
});

conformance('pagination/start-index/beyond-total', 'a startIndex past the end answers an empty page', async ({ scim, resources }) => {
  await atLeastUsers(resources, 1);
  const total = Number((await page(scim, { count: 1 })).body.totalResults);
  const past = await page(scim, { startIndex: total + 10, count: 5 });
  if (past.ids.length > 0 || !Number.isInteger(past.body.totalResults)) {
    failCheck(`Expected startIndex=${total + 10}, past the ${total} results, to answer no Resources and still count totalResults, but it lists ${past.ids.length} with totalResults ${show(past.body.totalResults)}.${evidence(past.response)}`);
  }
});

conformance('pagination/count/zero', 'count=0 answers only totalResults', async ({ scim, resources }) => {
  await atLeastUsers(resources, 1);
  const { response, body, ids } = await page(scim, { count: 0 });
  if (ids.length > 0 || !(Number(body.totalResults) >= 1)) failCheck(`Expected count=0 to answer no Resources and the totalResults (RFC 7644 §3.4.2.4), but it lists ${ids.length} with totalResults ${show(body.totalResults)}.${evidence(response)}`);
});

conformance('pagination/count/negative', 'a negative count is read as 0', async ({ scim, resources }) => {
  await atLeastUsers(resources, 1);
  const { response, ids } = await page(scim, { count: -1 });
  if (ids.length > 0) failCheck(`Expected count=-1 to be read as 0 (RFC 7644 §3.4.2.4) and answer no Resources, but it lists ${ids.length}.${evidence(response)}`);
});

conformance('pagination/count/upper-bound', 'a page holds no more than count', async ({ scim, resources }) => {
  await atLeastUsers(resources, 2);
  const { response, ids } = await page(scim, { count: 1 });
  if (ids.length > 1) failCheck(`Expected at most 1 resource for count=1, but the page lists ${ids.length}.${evidence(response)}`);
});

conformance('pagination/count/above-max-results', 'a count above maxResults is capped, not refused', async ({ scim, resources }) => {
  await atLeastUsers(resources, 1);
  const config = await readServiceProviderConfig(scim);
  const maxResults = Number((config.filter as { maxResults?: unknown } | undefined)?.maxResults);
  if (!Number.isInteger(maxResults) || maxResults < 1) throw new Error(`the target's filter.maxResults is ${show(maxResults)}, so no count lies above it`);
  const { response, ids } = await page(scim, { count: maxResults + 1 });
  if (ids.length > maxResults) failCheck(`Expected at most filter.maxResults (${maxResults}) resources, but the page lists ${ids.length}.${evidence(response)}`);
});

conformance('pagination/items-per-page/matches-page', 'itemsPerPage counts the resources of the page', async ({ scim, resources }) => {
  await atLeastUsers(resources, 1);
  const total = Number((await page(scim, { count: 1 })).body.totalResults);
  const last = await page(scim, { startIndex: total, count: 2 });
  if (last.body.itemsPerPage !== last.ids.length) failCheck(`Expected itemsPerPage to be the ${last.ids.length} resource(s) of the last page, but it is ${show(last.body.itemsPerPage)}.${evidence(last.response)}`);
});

conformance('pagination/total-results/whole-set', 'totalResults counts beyond the page', async ({ scim, resources }) => {
  await atLeastUsers(resources, 2);
  const { response, body } = await page(scim, { count: 1 });
  if (!(Number(body.totalResults) >= 2)) failCheck(`Expected totalResults to count every User (at least the 2 this check created), not the page, but it is ${show(body.totalResults)}.${evidence(response)}`);
});

conformance('pagination/total-results/filtered', 'totalResults counts the filter\'s matches', async ({ scim, resources }) => {
  const user = await resources.user();
  await atLeastUsers(resources, 1);
  const { response, body } = await page(scim, { filter: `userName eq "${user.identity.userName}"` });
  if (body.totalResults !== 1) failCheck(`Expected totalResults 1, the one User the filter matches, but it is ${show(body.totalResults)}.${evidence(response)}`);
});

conformance('pagination/stable-order', 'consecutive pages neither repeat nor skip', async ({ scim, resources }) => {
  await atLeastUsers(resources, 3);
  const [whole, first, second] = (await pagesOfOneState(scim, [{ startIndex: 1, count: 4 }, { startIndex: 1, count: 2 }, { startIndex: 3, count: 2 }])) as [Page, Page, Page];
  const joined = [...first.ids, ...second.ids];
  if (!sameIds(joined, whole.ids)) failCheck(`Expected pages 1-2 and 3-4 to be the first four results in order, ${JSON.stringify(whole.ids)}, but they list ${JSON.stringify(joined)}.${evidence(first.response)}${evidence(second.response)}`);
});
