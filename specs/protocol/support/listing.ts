import type { ScimClient, ScimResponse } from '../../../lib/client/index.ts';
import { describeExchange } from '../../../lib/exchange.ts';
import { isJson, resourcesOf, type Json } from './bodies.ts';

/** Pages a check reads at most; a query matching more than this cannot be decided, not failed. */
const MAX_PAGES = 10;
const PAGE = 100;

export interface Listing {
  /** Every resource of every page read. */
  resources: Json[];
  /** The first page's answer: the evidence, and what a check asserts status and shape on. */
  first: ScimResponse;
}

/** A GET of a collection with these parameters, followed page by page (RFC 7644 §3.4.2.4). */
export async function listAll(scim: ScimClient, endpoint: '/Users' | '/Groups', query: Record<string, string>): Promise<Listing> {
  const first = await scim.get(endpoint, { ...query, startIndex: 1, count: PAGE });
  const resources = [...resourcesOf(first.json())];
  const body = first.json<unknown>();
  const total = isJson(body) && typeof body.totalResults === 'number' ? body.totalResults : resources.length;
  if (first.status !== 200) return { resources, first };
  if (total > MAX_PAGES * PAGE) throw new Error(`the query matches ${total} resources on the target, more than ${MAX_PAGES * PAGE} the check reads: ${describeExchange(first.exchange)}`);
  while (resources.length < total) {
    const page = await scim.get(endpoint, { ...query, startIndex: resources.length + 1, count: PAGE });
    const more = resourcesOf(page.json());
    if (page.status !== 200 || more.length === 0) break;
    resources.push(...more);
  }
  return { resources, first };
}
