import type { ScimContext } from './context.ts';
import { ScimFailure } from './responses.ts';

/**
 * `meta` and the headers derived from it. Cloudflare returns `meta:{resourceType}` only and no
 * meta.location (CLOUDFLARE.md A4); the `full` mode adds created, lastModified, location and
 * version, a weak ETag (RFC 7643 §3.1, RFC 7644 §3.14), and honours If-Match.
 */
export interface Versioned {
  readonly id: string;
  readonly created: string;
  readonly lastModified: string;
  readonly version: number;
}

export type Endpoint = 'Users' | 'Groups';

const RESOURCE_TYPE: Record<Endpoint, 'User' | 'Group'> = { Users: 'User', Groups: 'Group' };

export function locationOf(ctx: ScimContext, endpoint: Endpoint, id: string): string {
  return `${ctx.baseUrl}/${endpoint}/${id}`;
}

export function etagOf(record: Versioned): string {
  return `W/"${record.version}"`;
}

/** System groups have no history: they get the resource type only, whatever the preset. */
export function metaOf(ctx: ScimContext, endpoint: Endpoint, record: Versioned | { id: string }): Record<string, string> {
  const resourceType = RESOURCE_TYPE[endpoint];
  if (ctx.knobs.meta === 'resource-type-only' || !('version' in record)) return { resourceType };
  return {
    resourceType,
    created: record.created,
    lastModified: record.lastModified,
    location: locationOf(ctx, endpoint, record.id),
    version: etagOf(record),
  };
}

/** ETag on single-resource answers, plus Location on a 201 (RFC 7644 §3.3). */
export function resourceHeaders(ctx: ScimContext, endpoint: Endpoint, record: Versioned | { id: string }, created = false): Record<string, string> {
  const headers: Record<string, string> = {};
  if (created) headers.location = locationOf(ctx, endpoint, record.id);
  if (ctx.knobs.meta === 'full' && 'version' in record) headers.etag = etagOf(record);
  return headers;
}

/** If-Match on a write (RFC 7644 §3.14): a stale version answers 412. */
export function checkIfMatch(ctx: ScimContext, record: Versioned | { id: string }): void {
  if (ctx.knobs.meta !== 'full' || !('version' in record)) return;
  const expected = ctx.req.headers.get('if-match');
  if (expected === undefined) return;
  const current = etagOf(record);
  const tags = expected.split(',').map((t) => t.trim());
  if (!tags.includes('*') && !tags.some((t) => t === current || t === current.slice(2))) {
    throw new ScimFailure(412, `The resource changed: its version is ${current}, the request expected ${expected}`);
  }
}
