import type { EmulatorResponse } from '../http/types.ts';
import type { ScimContext } from './context.ts';

/**
 * RFC 7644 §3.14 and RFC 9110 §13.1.2: a GET whose If-None-Match names the resource's current entity
 * tag answers 304 Not Modified without a body. Only presets that version resources send ETags, so only
 * they ever answer 304. Weak comparison, as §3.14's tags are weak.
 */
function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

export function notModified(ctx: ScimContext, response: EmulatorResponse): EmulatorResponse {
  const wanted = ctx.req.headers.get('if-none-match');
  const current = response.headers.etag;
  if (ctx.req.method !== 'GET' || response.status !== 200 || wanted === undefined || current === undefined) return response;
  const tags = wanted.split(',').map(opaque);
  if (!tags.includes('*') && !tags.includes(opaque(current))) return response;
  return { status: 304, headers: { etag: current } };
}
