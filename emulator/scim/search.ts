import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { ScimContext } from './context.ts';
import { ScimFailure } from './responses.ts';
import { field, isObject } from './values.ts';

/**
 * POST /{endpoint}/.search (RFC 7644 §3.4.3): a SearchRequest in the body, answered exactly like the
 * GET with the same parameters, which keeps query parameters (and the filter) out of URLs and logs.
 */
const PARAMETERS = ['filter', 'startIndex', 'count', 'sortBy', 'sortOrder', 'attributes', 'excludedAttributes'];

export function search(ctx: ScimContext, list: (ctx: ScimContext) => EmulatorResponse): EmulatorResponse {
  const body = ctx.body;
  if (!isObject(body)) throw new ScimFailure(400, 'A SearchRequest is a JSON object', 'invalidSyntax');
  const schemas = field(body, 'schemas');
  if (schemas !== undefined && !(Array.isArray(schemas) && schemas.includes(URN.searchRequest))) {
    throw new ScimFailure(400, `A SearchRequest's "schemas" must be ["${URN.searchRequest}"]`, 'invalidSyntax');
  }
  const query = new URLSearchParams();
  for (const name of PARAMETERS) {
    const value = field(body, name);
    if (value === undefined || value === null) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return list({ ...ctx, body: undefined, req: { ...ctx.req, method: 'GET', query, rawQuery: query.toString(), body: '' } });
}
