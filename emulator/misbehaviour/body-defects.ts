import { findGroup, memberIds } from '../scim/group-resource.ts';
import type { ScimContext } from '../scim/context.ts';
import { renderUser } from '../scim/user-resource.ts';
import { isJson, withBody, type Json, type Routed } from './request.ts';

/**
 * Defects in how a POST or PUT body is read (RFC 7644 §3.3, §3.5.1; RFC 7643 §2.1). The body is
 * changed the way the faulty server reads it, and the preset's own handlers do the rest.
 */
const SERVER_OWNED = new Set(['id', 'meta', 'groups', 'schemas']);

function writes(route: Routed, method: 'POST' | 'PUT', endpoint: 'Users' | 'Groups'): boolean {
  const { ctx } = route;
  return ctx.req.method === method && route.endpoint === endpoint && (route.id !== undefined) === (method === 'PUT') && route.rest.length === 0 && isJson(ctx.body);
}

/** PUT that merges: what the body leaves out keeps its current value. */
function keepOmittedUserAttributes(ctx: ScimContext, id: string, body: Json): Json {
  const user = ctx.state.users.get(id);
  if (user === undefined) return body;
  const current = Object.fromEntries(Object.entries(renderUser(ctx, user)).filter(([key]) => !SERVER_OWNED.has(key)));
  const given = new Set(Object.keys(body).map((key) => key.toLowerCase()));
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !given.has(key.toLowerCase())));
  return { ...kept, ...body };
}

function keepOmittedMembers(ctx: ScimContext, id: string, body: Json): Json {
  let current: readonly string[];
  try {
    current = [...memberIds(ctx, findGroup(ctx, id))];
  } catch {
    return body;
  }
  const given = Array.isArray(body.members) ? body.members : [];
  const named = new Set(given.filter(isJson).map((m) => m.value));
  return { ...body, members: [...given, ...current.filter((value) => !named.has(value)).map((value) => ({ value }))] };
}

export function misreadBody(route: Routed): ScimContext {
  const { ctx } = route;
  if (!isJson(ctx.body)) return ctx;
  let body: Json = ctx.body;
  if (ctx.defects.has('users/replace/omitted-cleared') && writes(route, 'PUT', 'Users')) body = keepOmittedUserAttributes(ctx, route.id!, body);
  if (ctx.defects.has('groups/replace/put-replaces') && writes(route, 'PUT', 'Groups')) body = keepOmittedMembers(ctx, route.id!, body);
  if (ctx.defects.has('groups/create/members') && writes(route, 'POST', 'Groups')) body = Object.fromEntries(Object.entries(body).filter(([key]) => key.toLowerCase() !== 'members'));
  if (ctx.defects.has('attributes/names/case-insensitive') && (writes(route, 'POST', 'Users') || writes(route, 'PUT', 'Users'))) {
    body = Object.fromEntries(Object.entries(body).filter(([key]) => key.toLowerCase() !== 'username' || key === 'userName'));
  }
  if (ctx.defects.has('optional-features/search/post-search') && ctx.req.method === 'POST' && route.id === '.search') {
    body = Object.fromEntries(Object.entries(body).filter(([key]) => key.toLowerCase() !== 'filter'));
  }
  return body === ctx.body ? ctx : withBody(ctx, body);
}
