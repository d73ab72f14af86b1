import { scimError, type ScimErrorStatus, type ScimType } from '../../lib/scim-errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { ScimContext } from '../scim/context.ts';
import { scimJson } from '../scim/responses.ts';

/**
 * What the protocol defects (emulator/defect-catalogue/) work with: the request as routed, ways to
 * change it before it is served, and ways to read and rewrite the answer. Each defect module changes
 * one thing a real server gets wrong; nothing here runs unless a defect is on.
 */
export interface Routed {
  ctx: ScimContext;
  /** `Users`, `Groups`, `Schemas`... */
  endpoint: string | undefined;
  id: string | undefined;
  /** Segments after the id; a served route has none. */
  rest: readonly string[];
}

/** Serves a (possibly changed) request: the emulator's own handlers. */
export type Serve = (ctx: ScimContext, segments: readonly string[]) => EmulatorResponse;

export function routed(ctx: ScimContext, segments: readonly string[]): Routed {
  const [endpoint, id, ...rest] = segments;
  return { ctx, endpoint, id, rest };
}

export function is(route: Routed, method: string, endpoint: string, withId: boolean): boolean {
  return route.ctx.req.method === method && route.endpoint === endpoint && (route.id !== undefined) === withId && route.rest.length === 0;
}

export function withQuery(ctx: ScimContext, change: (query: URLSearchParams) => void): ScimContext {
  const query = new URLSearchParams(ctx.req.query);
  change(query);
  return { ...ctx, req: { ...ctx.req, query, rawQuery: query.toString() } };
}

export function withBody(ctx: ScimContext, body: unknown): ScimContext {
  return { ...ctx, body, req: { ...ctx.req, body: JSON.stringify(body) } };
}

export function withoutHeader(ctx: ScimContext, name: string): ScimContext {
  const lowered = name.toLowerCase();
  const { headers } = ctx.req;
  return { ...ctx, req: { ...ctx.req, headers: { get: (n) => (n.toLowerCase() === lowered ? undefined : headers.get(n)) } } };
}

/** The same resource, read: GET without query or body. */
export function asGet(ctx: ScimContext): ScimContext {
  const query = new URLSearchParams();
  return { ...ctx, body: undefined, req: { ...ctx.req, method: 'GET', query, rawQuery: '', body: '' } };
}

export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function bodyOf(response: EmulatorResponse): unknown {
  if (response.body === undefined || response.body === '') return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}

/** The same response with a new JSON body (headers kept, so Location and ETag stay). */
export function rewritten(response: EmulatorResponse, body: unknown, status = response.status): EmulatorResponse {
  return { ...response, status, body: JSON.stringify(body) };
}

export function errorAnswer(status: ScimErrorStatus, detail: string, scimType?: ScimType): EmulatorResponse {
  return scimJson(status, scimError(status, detail, scimType));
}

/** Edits the object of a JSON response in place of the original; other bodies pass through. */
export function editBody(response: EmulatorResponse, edit: (body: Json) => void): EmulatorResponse {
  const body = bodyOf(response);
  if (!isJson(body)) return response;
  edit(body);
  return rewritten(response, body);
}

/** The resources of an answer: the body itself, or each of a ListResponse's Resources. */
export function resourcesOf(body: Json): Json[] {
  return Array.isArray(body.Resources) ? body.Resources.filter(isJson) : [body];
}
