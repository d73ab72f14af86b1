import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { UserRecord } from '../store/users.ts';
import type { ScimContext } from './context.ts';
import { planFilter } from './filters.ts';
import { listResources } from './list.ts';
import { checkIfMatch, resourceHeaders } from './meta.ts';
import { project } from './projection.ts';
import { methodNotAllowed, ScimFailure, scimErrorResponse, scimJson, scimNoContent } from './responses.ts';
import { USER_RESOURCE_SCHEMA } from './rfc-engine.ts';
import { readFullCreate, readFullPatch, readFullReplace } from './user-full.ts';
import { readCreateUser, readReplaceOnlyPatch, readReplaceUser } from './user-input.ts';
import { refuseShape } from './shape-defects.ts';
import { misreadUserPatch } from './user-patch-defects.ts';
import { renderUser } from './user-resource.ts';
import { createUser, removeUser, updateUser, type UserFields } from './user-writes.ts';
import { field, isObject, text } from './values.ts';

/** /Users and /Users/{id} (CLOUDFLARE.md A3; RFC 7644 §3.3-§3.6). */
export function users(ctx: ScimContext, id: string | undefined): EmulatorResponse {
  if (id === undefined) {
    if (ctx.req.method === 'GET') return listUsers(ctx);
    if (ctx.req.method === 'POST') return postUser(ctx);
    throw methodNotAllowed('GET, POST');
  }
  switch (ctx.req.method) {
    case 'GET':
      return getUser(ctx, id);
    case 'PATCH':
      return patchUser(ctx, id);
    case 'PUT':
      return putUser(ctx, id);
    case 'DELETE':
      return deleteUser(ctx, id);
    default:
      throw methodNotAllowed('GET, PATCH, PUT, DELETE');
  }
}

function findUser(ctx: ScimContext, id: string): UserRecord {
  const user = ctx.state.users.get(id);
  if (user === undefined) throw new ScimFailure(404, `User ${id} not found`);
  return user;
}

function userResponse(ctx: ScimContext, status: number, user: UserRecord): EmulatorResponse {
  return scimJson(status, project(ctx, renderUser(ctx, user), USER_RESOURCE_SCHEMA), resourceHeaders(ctx, 'Users', user, status === 201));
}

function listUsers(ctx: ScimContext): EmulatorResponse {
  const { users } = ctx.state;
  const { query } = ctx.req;
  const plan = planFilter(ctx, query.get('filter'), { attribute: 'userName', coreSchema: URN.user, schema: USER_RESOURCE_SCHEMA });
  // Okta appends startIndex and count to its userName filter (IDP-SHAPES.md §2.3); one defect then finds nobody.
  const paged = query.has('startIndex') || query.has('count');
  const missesAll = ctx.defects.has('idp/find-user') || (paged && ctx.defects.has('idp/find-user~okta-filter-paging-ignored'));
  const lookup = (userName: string): UserRecord | undefined => {
    const found = missesAll ? undefined : users.findByUserName(userName);
    return found !== undefined && hiddenByDefect(ctx, found) ? undefined : found;
  };
  return listResources(ctx, { items: users, render: (user) => omitActiveByDefect(ctx, renderUser(ctx, user)), lookup, schema: USER_RESOURCE_SCHEMA }, plan);
}

/** Okta and Entra read deactivated users back (IDP-SHAPES.md §2.5, §3.6); this defect hides them as if deleted. */
function hiddenByDefect(ctx: ScimContext, user: UserRecord): boolean {
  return !user.active && ctx.defects.has('idp/read-deactivated-user');
}

function getUser(ctx: ScimContext, id: string): EmulatorResponse {
  const stored = ctx.state.users.get(id);
  const user = stored !== undefined && hiddenByDefect(ctx, stored) ? undefined : stored;
  if (user === undefined) {
    if (ctx.defects.has('users/read/unknown-id-404')) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'not found' };
    return scimErrorResponse(404, `User ${id} not found`);
  }
  const resource = project(ctx, renderUser(ctx, user), USER_RESOURCE_SCHEMA);
  if (ctx.defects.has('users/read/by-id') && typeof resource.userName === 'string') resource.userName = resource.userName.toUpperCase();
  return scimJson(200, omitActiveByDefect(ctx, resource), resourceHeaders(ctx, 'Users', user));
}

/** Every read of a user (by id or in a list), since IdPs read users both ways: Okta by id, Entra by filter. */
function omitActiveByDefect<T extends Record<string, unknown>>(ctx: ScimContext, resource: T): T {
  if (ctx.defects.has('idp/read-user')) delete resource.active;
  return resource;
}

/** Request shapes some IdPs send that a defect refuses (each breaks that IdP's create step). */
function refuseByDefect(ctx: ScimContext): void {
  const body = ctx.body;
  if (!isObject(body)) return;
  if (ctx.defects.has('idp/create-user~okta-password-rejected') && field(body, 'password') !== undefined) {
    throw new ScimFailure(400, 'password is not accepted', 'invalidValue');
  }
  if (ctx.defects.has('idp/create-user~entra-meta-rejected') && field(body, 'meta') !== undefined) {
    throw new ScimFailure(400, 'meta is read-only and must not be sent', 'invalidSyntax');
  }
  const emails = field(body, 'emails');
  const typedOther = (e: unknown): boolean => isObject(e) && text(field(e, 'type'))?.toLowerCase() === 'other';
  if (ctx.defects.has('idp/create-user~authentik-other-email-rejected') && Array.isArray(emails) && emails.some(typedOther)) {
    throw new ScimFailure(400, 'email type "other" is not accepted', 'invalidValue');
  }
}

function postUser(ctx: ScimContext): EmulatorResponse {
  refuseByDefect(ctx);
  const fields: UserFields = ctx.knobs.attributeStorage === 'full' ? readFullCreate(ctx.body) : readCreateUser(ctx.body);
  const user = createUser(ctx, fields);
  if (ctx.defects.has('users/create/201-with-id')) return userResponse(ctx, 200, user);
  if (ctx.defects.has('security/returned-never/password') && isObject(ctx.body) && field(ctx.body, 'password') !== undefined) {
    return scimJson(201, { ...renderUser(ctx, user), password: field(ctx.body, 'password') }, resourceHeaders(ctx, 'Users', user, true));
  }
  if (ctx.defects.has('users/create/201-with-id~no-id')) {
    const { id: _id, ...withoutId } = renderUser(ctx, user);
    return scimJson(201, withoutId, resourceHeaders(ctx, 'Users', user, true));
  }
  return userResponse(ctx, 201, user);
}

function patchUser(ctx: ScimContext, id: string): EmulatorResponse {
  refuseShape(ctx, 'Users');
  const user = findUser(ctx, id);
  checkIfMatch(ctx, user);
  const body = misreadUserPatch(ctx.body, ctx.defects);
  if (body === undefined) return userResponse(ctx, 200, user);
  const change = ctx.knobs.userPatch === 'full' ? readFullPatch(ctx, user, body) : readReplaceOnlyPatch(body);
  return userResponse(ctx, 200, updateUser(ctx, user, change, 'Update SCIM User'));
}

function putUser(ctx: ScimContext, id: string): EmulatorResponse {
  refuseShape(ctx, 'Users');
  const user = findUser(ctx, id);
  checkIfMatch(ctx, user);
  const change = ctx.knobs.attributeStorage === 'full' ? readFullReplace(ctx.body) : readReplaceUser(ctx.body);
  // Okta's custom app and Authentik deactivate with a PUT (IDP-SHAPES.md §2.5, §4.5); this defect drops it.
  if (change.active === false && ctx.defects.has('idp/deactivate-user~put-active-ignored')) delete change.active;
  return userResponse(ctx, 200, updateUser(ctx, user, change, 'Replace SCIM User'));
}

function deleteUser(ctx: ScimContext, id: string): EmulatorResponse {
  if (ctx.defects.has('idp/delete-user') || ctx.knobs.userDelete === 'method-not-allowed') {
    throw methodNotAllowed('GET, PATCH, PUT');
  }
  const user = findUser(ctx, id);
  checkIfMatch(ctx, user);
  if (!ctx.defects.has('users/delete/204-then-404')) removeUser(ctx, user);
  return scimNoContent();
}
