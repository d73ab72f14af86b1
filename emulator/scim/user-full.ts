import { URN } from '../../lib/scim-uris.ts';
import type { UserRecord } from '../store/users.ts';
import type { ScimContext } from './context.ts';
import { ScimFailure } from './responses.ts';
import { applyPatch, USER_RESOURCE_SCHEMA, type ScimResource } from './rfc-engine.ts';
import { canonicalNames } from '../rfc/index.ts';
import { defectOn } from '../rfc/defect-scope.ts';
import { requireUserShapes } from './user-input.ts';
import { renderUser } from './user-resource.ts';
import type { UserChange, UserFields } from './user-writes.ts';
import { field, isObject, requireBoolean, requireObject, requireSchema, text, withoutKeys } from './values.ts';

/**
 * Reading User bodies as a plain RFC 7643/7644 server does: the resource is stored as written,
 * minus what the server owns (id, meta, groups: readOnly) and what it never returns (password).
 * The indexed fields are read back from it so lists, filters and the v4 view agree.
 */
const SERVER_OWNED = ['id', 'meta', 'groups'];

/** RFC 7643 §4.1.1: password is writeOnly and returned never, so it is not kept at all (a defect keeps it). */
function neverStored(): string[] {
  return defectOn('attributes/returned/never') ? [] : ['password'];
}

function fieldsOf(attributes: ScimResource): UserFields {
  const userName = text(field(attributes, 'userName'));
  if (userName === undefined) throw new ScimFailure(400, 'userName is required', 'invalidValue');
  const name = field(attributes, 'name');
  return {
    userName,
    givenName: isObject(name) ? text(field(name, 'givenName')) : undefined,
    familyName: isObject(name) ? text(field(name, 'familyName')) : undefined,
    displayName: text(field(attributes, 'displayName')),
    externalId: text(field(attributes, 'externalId')),
    attributes,
  };
}

function storedAttributes(body: unknown): ScimResource {
  const object = requireObject(body, 'The User');
  requireSchema(object, URN.user);
  requireUserShapes(object);
  return canonicalNames(withoutKeys(object, [...SERVER_OWNED, ...neverStored()]), USER_RESOURCE_SCHEMA);
}

function activeOf(attributes: ScimResource): boolean | undefined {
  const active = field(attributes, 'active');
  return active === undefined || active === null ? undefined : requireBoolean(active, 'active');
}

/** POST: a user without `active` is active. */
export function readFullCreate(body: unknown): UserFields {
  const attributes = storedAttributes(body);
  return { ...fieldsOf(attributes), active: activeOf(attributes) ?? true };
}

/** PUT replaces the resource; an omitted `active` keeps its value. */
export function readFullReplace(body: unknown): UserChange {
  const attributes = storedAttributes(body);
  const change: UserChange = fieldsOf(attributes);
  const active = activeOf(attributes);
  if (active !== undefined) change.active = active;
  return change;
}

/** PATCH through the RFC engine, on the resource as the client would read it. */
export function readFullPatch(ctx: ScimContext, user: UserRecord, body: unknown): UserChange {
  const patched = applyPatch(renderUser(ctx, user), body, USER_RESOURCE_SCHEMA);
  // A password a PATCH sets (RFC 7644 §3.5.2, changePassword) is not kept either, so it never reads back.
  const attributes = withoutKeys(patched, [...SERVER_OWNED, ...neverStored()]);
  const change: UserChange = fieldsOf(attributes);
  const active = activeOf(attributes);
  if (active !== undefined) change.active = active;
  return change;
}
