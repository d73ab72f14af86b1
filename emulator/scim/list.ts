import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { ScimContext } from './context.ts';
import type { FilterPlan } from './filters.ts';
import { project } from './projection.ts';
import { scimErrorResponse, scimJson } from './responses.ts';
import { sortResources, type ResourceSchema, type ScimResource } from './rfc-engine.ts';

/**
 * Pagination (RFC 7644 §3.4.2.4) and the ListResponse. Cloudflare: startIndex below 1 becomes 1,
 * count has a minimum of 0 and [INF] a maximum of filter.maxResults (CLOUDFLARE.md A5.6, A9).
 */
export interface Paging {
  /** 1-based, as echoed in the ListResponse. */
  startIndex: number;
  count: number;
}

function integerParam(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

export function readPaging(query: URLSearchParams, maxResults: number): Paging {
  const startIndex = Math.max(1, integerParam(query.get('startIndex')) ?? 1);
  const count = Math.min(maxResults, Math.max(0, integerParam(query.get('count')) ?? maxResults));
  return { startIndex, count };
}

/** A page of an ordered source that can slice itself, so the cost is the page, not the total. */
export interface Sliceable<T> {
  readonly size: number;
  page(offset: number, count: number): readonly T[];
}

export function arraySource<T>(items: readonly T[]): Sliceable<T> {
  return { size: items.length, page: (offset, count) => items.slice(offset, offset + count) };
}

/** Two sources one after the other (system groups, then custom groups). */
export function concatSources<T>(first: Sliceable<T>, second: Sliceable<T>): Sliceable<T> {
  return {
    size: first.size + second.size,
    page(offset, count) {
      const head = first.page(offset, count);
      const rest = count - head.length;
      if (rest <= 0) return head;
      return [...head, ...second.page(Math.max(0, offset - first.size), rest)];
    },
  };
}

/** RFC 7644 §3.4.2.3: ascending unless told otherwise. */
export function sortOrder(query: URLSearchParams): 'ascending' | 'descending' {
  return query.get('sortOrder')?.toLowerCase() === 'descending' ? 'descending' : 'ascending';
}

export function pageOf<T>(source: Sliceable<T>, paging: Paging): readonly T[] {
  if (paging.count === 0) return [];
  return source.page(paging.startIndex - 1, paging.count);
}

/**
 * `filtered` says whether the request had a filter: a defect answers 404 to a filter that matches
 * nothing, the way a server would that Entra's connection test rejects (IDP-SHAPES 3.2).
 */
export function listResponse(ctx: ScimContext, total: number, paging: Paging, resources: readonly unknown[], filtered: boolean): EmulatorResponse {
  if (filtered && total === 0 && ctx.defects.has('idp/connection-test~entra-no-match-404')) {
    return scimErrorResponse(404, 'No resource matches the filter');
  }
  // Okta's connection test rejects numbers sent as strings (IDP-SHAPES 2.9); this defect does exactly that.
  const asStrings = ctx.req.query.has('count') && ctx.defects.has('idp/connection-test~okta-count-strings');
  const number = (n: number): number | string => (asStrings ? String(n) : n);
  return scimJson(200, {
    schemas: [URN.listResponse],
    totalResults: number(total),
    startIndex: number(paging.startIndex),
    itemsPerPage: number(resources.length),
    Resources: resources,
  });
}

/** What a list endpoint lists: its items in order, how to render one, and its index for `eq` lookups. */
export interface Listing<T> {
  items: Sliceable<T>;
  render(item: T): ScimResource;
  lookup(value: string): T | undefined;
  schema: ResourceSchema;
}

/**
 * GET on a collection. An index lookup or an unfiltered page renders only what it returns;
 * a predicate or a sort (RFC engine, `full` presets only) needs every resource rendered.
 */
export function listResources<T>(ctx: ScimContext, listing: Listing<T>, plan: FilterPlan): EmulatorResponse {
  const paging = readPaging(ctx.req.query, ctx.knobs.maxResults);
  const sortBy = ctx.knobs.sort ? ctx.req.query.get('sortBy') : null;
  let source: Sliceable<ScimResource>;
  if (plan.kind === 'lookup') {
    const found = listing.lookup(plan.value);
    source = arraySource(found === undefined ? [] : [listing.render(found)]);
  } else if (plan.kind === 'predicate' || sortBy !== null) {
    let all = listing.items.page(0, listing.items.size).map((item) => listing.render(item));
    if (plan.kind === 'predicate') all = all.filter(plan.test);
    if (sortBy !== null) all = sortResources(all, sortBy, sortOrder(ctx.req.query), listing.schema);
    source = arraySource(all);
  } else {
    source = { size: listing.items.size, page: (offset, count) => listing.items.page(offset, count).map((item) => listing.render(item)) };
  }
  const page = pageOf(source, paging).map((resource) => project(ctx, resource, listing.schema));
  return listResponse(ctx, source.size, paging, page, plan.kind !== 'none');
}
