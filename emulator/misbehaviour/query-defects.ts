import type { ScimContext } from '../scim/context.ts';
import { withoutHeader, withQuery, type Routed } from './request.ts';

/**
 * Defects in how a request's query parameters and conditional headers are read: pagination
 * (RFC 7644 §3.4.2.4), attributes and excludedAttributes (§3.9), sorting (§3.4.2.3) and ETags (§3.14).
 */
function integer(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? Math.trunc(value) : undefined;
}

function readsUsers(route: Routed, single: boolean): boolean {
  return route.ctx.req.method === 'GET' && route.endpoint === 'Users' && (route.id !== undefined) === single && route.rest.length === 0;
}

function readsList(route: Routed): boolean {
  return route.ctx.req.method === 'GET' && route.id === undefined && (route.endpoint === 'Users' || route.endpoint === 'Groups');
}

export function misreadQuery(route: Routed): ScimContext {
  let { ctx } = route;
  const on = (name: Parameters<ScimContext['defects']['has']>[0]) => ctx.defects.has(name);
  if (readsList(route)) {
    const startIndex = integer(ctx.req.query, 'startIndex');
    const count = integer(ctx.req.query, 'count');
    if (on('pagination/start-index/one-based') && startIndex !== undefined) ctx = withQuery(ctx, (q) => q.set('startIndex', String(startIndex + 1)));
    if (on('pagination/stable-order') && startIndex !== undefined && startIndex > 1) ctx = withQuery(ctx, (q) => q.set('startIndex', String(startIndex - 1)));
    if (on('pagination/count/zero') && count === 0) ctx = withQuery(ctx, (q) => q.delete('count'));
    if (on('pagination/count/upper-bound')) ctx = withQuery(ctx, (q) => q.delete('count'));
    if (on('optional-features/sort/ascending')) ctx = withQuery(ctx, (q) => q.delete('sortBy'));
    if (on('optional-features/sort/descending')) ctx = withQuery(ctx, (q) => q.delete('sortOrder'));
  }
  for (const [single, param, defect] of [
    [true, 'attributes', 'attributes/get/attributes-param'],
    [true, 'excludedAttributes', 'attributes/get/excluded-attributes'],
    [false, 'attributes', 'attributes/list/attributes-param'],
    [false, 'excludedAttributes', 'attributes/list/excluded-attributes'],
  ] as const) {
    if (on(defect) && readsUsers(route, single)) ctx = withQuery(ctx, (q) => q.delete(param));
  }
  const attributes = ctx.req.query.get('attributes');
  if (on('attributes/sub-attribute/narrowing') && attributes !== null && route.endpoint === 'Users') {
    const parents = attributes.split(',').map((name) => (name.trim().toLowerCase().startsWith('urn:') ? name : name.split('.')[0]!));
    ctx = withQuery(ctx, (q) => q.set('attributes', parents.join(',')));
  }
  if (on('optional-features/etag/if-match-stale-412')) ctx = withoutHeader(ctx, 'if-match');
  if (on('optional-features/etag/if-none-match-304')) ctx = withoutHeader(ctx, 'if-none-match');
  return ctx;
}

/** Paging values a defect refuses outright, before anything is served. */
export function refusedPaging(route: Routed): { detail: string; scimType: 'invalidValue' | 'tooMany' } | undefined {
  if (!readsList(route)) return undefined;
  const { ctx } = route;
  const startIndex = integer(ctx.req.query, 'startIndex');
  const count = integer(ctx.req.query, 'count');
  if (ctx.defects.has('pagination/start-index/below-one') && startIndex !== undefined && startIndex < 1) return { detail: 'startIndex must be 1 or more', scimType: 'invalidValue' };
  if (ctx.defects.has('pagination/count/negative') && count !== undefined && count < 0) return { detail: 'count must not be negative', scimType: 'invalidValue' };
  if (ctx.defects.has('pagination/count/above-max-results') && count !== undefined && count > ctx.knobs.maxResults) {
    return { detail: `count must not exceed ${ctx.knobs.maxResults}`, scimType: 'tooMany' };
  }
  return undefined;
}
