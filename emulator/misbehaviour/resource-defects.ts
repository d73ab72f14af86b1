import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { bodyOf, editBody, errorAnswer, is, isJson, resourcesOf, rewritten, type Json, type Routed } from './request.ts';

/**
 * Defects in the User and Group answers (requirements/catalog/users.ts, groups.ts, attributes.ts, and
 * the ETag checks of optional-features.ts): the emulator serves the request correctly, and the answer
 * is then changed the way a faulty server would give it.
 */
const HOUR_MS = 3_600_000;

function later(dateTime: unknown, ms: number): string | undefined {
  const instant = typeof dateTime === 'string' ? Date.parse(dateTime) : Number.NaN;
  return Number.isNaN(instant) ? undefined : new Date(instant + ms).toISOString();
}

function requestMeta(route: Routed): Json | undefined {
  const body = route.ctx.body;
  return isJson(body) && isJson(body.meta) ? body.meta : undefined;
}

function emptyList(): Json {
  return { schemas: [URN.listResponse], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] };
}

function misrepresentCreatedUser(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  let answer = response;
  if (defects.has('users/create/location-header')) answer = { ...answer, headers: Object.fromEntries(Object.entries(answer.headers).filter(([k]) => k !== 'location')) };
  if (defects.has('users/create/location-header~collection')) answer = { ...answer, headers: { ...answer.headers, location: `${route.ctx.baseUrl}/Users` } };
  return editBody(answer, (body) => {
    if (defects.has('users/create/meta-resource-type') && isJson(body.meta)) body.meta.resourceType = 'Users';
    if (defects.has('users/create/full-representation')) {
      delete body.name;
      delete body.externalId;
    }
    const sent = isJson(route.ctx.body) ? route.ctx.body.id : undefined;
    if (defects.has('users/create/client-id-ignored') && typeof sent === 'string') body.id = sent;
    const meta = requestMeta(route);
    if (defects.has('users/create/read-only-ignored') && meta !== undefined) body.meta = { ...(isJson(body.meta) ? body.meta : {}), ...meta };
  });
}

function misrepresentUser(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  if (is(route, 'POST', 'Users', false)) {
    if (response.status === 201) return misrepresentCreatedUser(route, response);
    if (response.status === 409 && defects.has('users/create/duplicate-409')) return errorAnswer(400, 'userName is not valid', 'invalidValue');
  }
  if (is(route, 'GET', 'Users', true) && response.status === 200) {
    return editBody(response, (body) => {
      if (defects.has('users/create/meta-resource-type') && isJson(body.meta)) body.meta.resourceType = 'Users';
      const moved = isJson(body.meta) ? later(body.meta.created, HOUR_MS) : undefined;
      if (defects.has('users/read/meta-timestamps') && moved !== undefined) (body.meta as Json).lastModified = moved;
      if (defects.has('groups/membership/user-groups')) delete body.groups;
    });
  }
  if (is(route, 'PUT', 'Users', true)) {
    if (response.status === 404 && defects.has('users/replace/unknown-id-404')) return errorAnswer(400, 'The request is not valid', 'invalidValue');
    if (response.status === 200) {
      return editBody(response, (body) => {
        const meta = requestMeta(route);
        if (defects.has('users/replace/read-only-ignored') && meta !== undefined) body.meta = { ...(isJson(body.meta) ? body.meta : {}), ...meta };
        const moved = isJson(body.meta) ? later(body.meta.lastModified, 1000) : undefined;
        if (defects.has('users/replace/created-kept') && moved !== undefined) (body.meta as Json).created = moved;
      });
    }
  }
  if (is(route, 'DELETE', 'Users', true) && response.status === 404 && defects.has('users/delete/unknown-id-404')) return { status: 204, headers: response.headers };
  return response;
}

function misrepresentGroup(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  if (is(route, 'POST', 'Groups', false) && response.status === 201) {
    let answer = defects.has('groups/create/201-with-id') ? { ...response, status: 200 } : response;
    if (defects.has('groups/create/location-header')) answer = { ...answer, headers: Object.fromEntries(Object.entries(answer.headers).filter(([k]) => k !== 'location')) };
    return answer;
  }
  if (is(route, 'GET', 'Groups', true)) {
    if (response.status === 404 && defects.has('groups/read/unknown-id-404')) return rewritten(response, emptyList(), 200);
    if (response.status === 200 && defects.has('groups/read/by-id')) return editBody(response, (body) => (body.displayName = String(body.displayName).toUpperCase()));
  }
  if (is(route, 'GET', 'Groups', false) && response.status === 200 && defects.has('groups/list/list-response')) {
    const body = bodyOf(response);
    if (isJson(body)) return rewritten(response, body.Resources);
  }
  if (is(route, 'DELETE', 'Groups', true) && response.status === 404 && defects.has('groups/delete/unknown-id-404')) return { status: 204, headers: response.headers };
  return response;
}

/** Defects that touch every resource of an answer, single or listed. */
function misrepresentResources(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects, req } = route.ctx;
  const narrowed = req.query.has('attributes') || req.query.has('excludedAttributes');
  const dropId = defects.has('attributes/always/id-returned') && narrowed;
  const dropExtensions = defects.has('attributes/extension/round-trip') && route.endpoint === 'Users';
  if (response.status >= 300 || (!dropId && !dropExtensions)) return response;
  return editBody(response, (body) => {
    for (const resource of resourcesOf(body)) {
      if (dropId) delete resource.id;
      if (dropExtensions && Array.isArray(resource.schemas)) resource.schemas = resource.schemas.filter((uri) => uri === URN.user || uri === URN.group);
    }
  });
}

/** meta.version and the ETag header (RFC 7644 §3.14). */
function misrepresentVersion(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  if (response.headers.etag === undefined) return response;
  if (defects.has('optional-features/etag/version-changes')) {
    return editBody({ ...response, headers: { ...response.headers, etag: 'W/"1"' } }, (body) => {
      if (isJson(body.meta)) body.meta.version = 'W/"1"';
    });
  }
  if (defects.has('optional-features/etag/version-header')) return { ...response, headers: { ...response.headers, etag: 'W/"stale"' } };
  return response;
}

export function misrepresentResource(route: Routed, response: EmulatorResponse): EmulatorResponse {
  if (route.endpoint !== 'Users' && route.endpoint !== 'Groups') return response;
  const answer = route.endpoint === 'Users' ? misrepresentUser(route, response) : misrepresentGroup(route, response);
  return misrepresentVersion(route, misrepresentResources(route, answer));
}
