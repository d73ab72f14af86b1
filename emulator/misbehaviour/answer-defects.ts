import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../rfc/index.ts';
import { locationOf } from '../scim/meta.ts';
import { scimJson } from '../scim/responses.ts';
import { renderUser } from '../scim/user-resource.ts';
import { filterOf, ordersBoolean } from './filter-defects.ts';
import { refusedPaging } from './query-defects.ts';
import { asGet, errorAnswer, is, isJson, type Routed, type Serve } from './request.ts';

/**
 * Requests a defect answers differently as a whole: refused, accepted without effect, or answered with
 * something else than what was served (RFC 7644 §3.3, §3.4.2, §3.5.1, §3.6, §3.11).
 */
export function answerInstead(route: Routed, segments: readonly string[], serve: Serve): EmulatorResponse | undefined {
  const { ctx } = route;
  const { defects } = ctx;
  const paging = refusedPaging(route);
  if (paging !== undefined) return errorAnswer(400, paging.detail, paging.scimType);
  const filter = filterOf(ctx);
  const listing = ctx.req.method === 'GET' && route.id === undefined && (route.endpoint === 'Users' || route.endpoint === 'Groups');
  if (defects.has('filters/boolean/ordering-rejected') && listing && filter !== undefined && ordersBoolean(filter, route.endpoint === 'Users' ? USER_RESOURCE_SCHEMA : GROUP_RESOURCE_SCHEMA)) {
    return scimJson(200, { schemas: [URN.listResponse], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
  }
  if (is(route, 'POST', 'Users', false) && isJson(ctx.body)) {
    const body = ctx.body;
    const has = (name: string) => Object.keys(body).some((key) => key.toLowerCase() === name.toLowerCase());
    if (defects.has('users/create/minimal') && !has('emails')) return errorAnswer(400, 'emails is required', 'invalidValue');
    if (defects.has('users/create/missing-user-name-400') && !has('userName')) return errorAnswer(500, 'Internal error: userName is undefined');
    const userName = typeof body.userName === 'string' ? body.userName : undefined;
    const holder = userName === undefined ? undefined : ctx.state.users.findByUserName(userName);
    if (defects.has('attributes/uniqueness/case-insensitive') && holder !== undefined && holder.userName !== userName) {
      return scimJson(201, { ...renderUser(ctx, holder), userName }, { location: locationOf(ctx, 'Users', holder.id) });
    }
  }
  if (defects.has('users/replace/returns-updated') && is(route, 'PUT', 'Users', true)) {
    const before = serve(asGet(ctx), segments);
    const after = serve(ctx, segments);
    return after.status === 200 ? { ...after, body: before.body } : after;
  }
  if (defects.has('groups/delete/204-then-404') && is(route, 'DELETE', 'Groups', true)) return { status: 204, headers: {} };
  if (defects.has('optional-features/me/answered') && route.endpoint === 'Me') return errorAnswer(404, 'No SCIM endpoint at /Me');
  return undefined;
}
