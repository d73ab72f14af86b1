import { URN } from '../../lib/scim-uris.ts';
import { ScimFailure } from './responses.ts';
import type { UserChange, UserFields } from './user-writes.ts';
import { operationName, patchOperations } from './patch-op.ts';
import { coerceBoolean, field, isEmail, isObject, requireBoolean, requireObject, requireSchema, text, unqualify, type JsonObject } from './values.ts';

/**
 * Reading User bodies the Cloudflare way (CLOUDFLARE.md A4, A5.1, A5.2): only the attributes of
 * A4 are kept; everything else IdPs send (password, groups: [], meta, roles, id, locale, photos,
 * unknown schemas, nulls; IDP-SHAPES 2.11, 3.10, 4.10) is accepted and ignored.
 */

function requireEmail(value: unknown, attribute: string): string {
  const email = text(value);
  if (email === undefined || !isEmail(email)) {
    throw new ScimFailure(400, `${attribute} must be an email address, got ${JSON.stringify(value)}`, 'invalidValue');
  }
  return email;
}

/** The email that must equal userName: the one marked primary, else the work one, else the first. */
function primaryEmail(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const entries = emails.filter(isObject).filter((e) => text(field(e, 'value')) !== undefined);
  const chosen =
    entries.find((e) => coerceBoolean(field(e, 'primary')) === true) ??
    entries.find((e) => text(field(e, 'type'))?.toLowerCase() === 'work') ??
    entries[0];
  return chosen === undefined ? undefined : text(field(chosen, 'value'));
}

function assertPrimaryEmailMatches(body: JsonObject, userName: string): void {
  const email = primaryEmail(field(body, 'emails'));
  if (email !== undefined && email.toLowerCase() !== userName.toLowerCase()) {
    throw new ScimFailure(400, `The primary email "${email}" must equal userName "${userName}"`, 'invalidValue');
  }
}

/** A string attribute given as an object, array or number is a client bug: 400 rather than silently dropped (RFC 7644 §3.12 invalidValue). */
function optionalString(value: unknown, attribute: string): string | undefined {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new ScimFailure(400, `${attribute} must be a string, got ${Array.isArray(value) ? 'an array' : typeof value}`, 'invalidValue');
  }
  return text(value);
}

function nameParts(body: JsonObject): Pick<UserFields, 'givenName' | 'familyName'> {
  const name = field(body, 'name');
  if (!isObject(name)) return { givenName: undefined, familyName: undefined };
  return { givenName: optionalString(field(name, 'givenName'), 'name.givenName'), familyName: optionalString(field(name, 'familyName'), 'name.familyName') };
}

/**
 * Type checks every server mode shares: emails is multi-valued (RFC 7643 §4.1.2) and name's parts
 * are strings (§4.1.1). A value of the wrong type is refused, never silently dropped or stored.
 */
export function requireUserShapes(body: JsonObject): void {
  const emails = field(body, 'emails');
  if (emails !== undefined && emails !== null && !Array.isArray(emails)) {
    throw new ScimFailure(400, `emails must be an array, got ${typeof emails}`, 'invalidValue');
  }
  nameParts(body);
}

/** RFC 7644 §3.5.2 / §3.10 attrPath: an optional schema URN, an attribute name, an optional [filter], an optional .subAttr. */
const ATTR_PATH = /^(?:urn:[A-Za-z0-9:._-]+:)?[A-Za-z][\w$-]*(?:\[[^\]]+\])?(?:\.[A-Za-z][\w$-]*)?$/;

function readUserBody(body: unknown): { object: JsonObject; fields: UserFields } {
  const object = requireObject(body, 'The User');
  requireSchema(object, URN.user);
  requireUserShapes(object);
  const userName = requireEmail(field(object, 'userName'), 'userName');
  assertPrimaryEmailMatches(object, userName);
  return {
    object,
    fields: { userName, ...nameParts(object), displayName: text(field(object, 'displayName')), externalId: text(field(object, 'externalId')) },
  };
}

/** POST /Users (A5.1): `active` must be true; missing means true. */
export function readCreateUser(body: unknown): UserFields {
  const { object, fields } = readUserBody(body);
  const active = field(object, 'active');
  if (active !== undefined && active !== null && !requireBoolean(active, 'active')) {
    throw new ScimFailure(400, 'active must be true when a user is created', 'invalidValue');
  }
  return fields;
}

/** PUT /Users/{id} (A5.2): schemas and userName required; an omitted `active` keeps its value. */
export function readReplaceUser(body: unknown): UserChange {
  const { object, fields } = readUserBody(body);
  const change: UserChange = { ...fields };
  const active = field(object, 'active');
  if (active !== undefined && active !== null) change.active = requireBoolean(active, 'active');
  return change;
}

const WORK_EMAIL_VALUE = /^emails\[\s*type\s+eq\s+"work"\s*\]\.value$/i;

/**
 * PATCH /Users/{id} (A4 PatchOp User): op in any case; only `replace` has effect, `add` and
 * `remove` are accepted and do nothing; a path-less value object may use paths as keys;
 * `emails[type eq "work"].value` is userName; unknown paths are ignored.
 */
export function readReplaceOnlyPatch(body: unknown): UserChange {
  const operations = patchOperations(body);
  const change: UserChange = {};
  for (const operation of operations) {
    const op = operationName(operation);
    if (op !== 'replace') continue;
    const path = field(operation, 'path');
    const value = field(operation, 'value');
    if (path === undefined || path === null) {
      const values = requireObject(value, 'A replace without "path" needs a "value" that');
      for (const [key, v] of Object.entries(values)) replaceAttribute(change, key, v);
    } else if (typeof path === 'string') {
      replaceAttribute(change, path, value);
    } else {
      throw new ScimFailure(400, `"path" must be a string, got ${JSON.stringify(path)}`, 'invalidPath');
    }
  }
  return change;
}

function replaceAttribute(change: UserChange, rawPath: string, value: unknown): void {
  // Unknown attributes are ignored (IdPs send many), but a path that is not a path at all is refused.
  if (!ATTR_PATH.test(rawPath.trim())) throw new ScimFailure(400, `"${rawPath}" is not a valid attribute path`, 'invalidPath');
  const path = unqualify(rawPath, URN.user);
  switch (path.toLowerCase()) {
    case 'active':
      change.active = requireBoolean(value, 'active');
      return;
    case 'username':
      change.userName = requireEmail(value, 'userName');
      return;
    case 'name.givenname':
      change.givenName = text(value);
      return;
    case 'name.familyname':
      change.familyName = text(value);
      return;
    case 'name':
      if (isObject(value)) {
        if (field(value, 'givenName') !== undefined) change.givenName = text(field(value, 'givenName'));
        if (field(value, 'familyName') !== undefined) change.familyName = text(field(value, 'familyName'));
      }
      return;
    case 'emails': {
      // [INF] A4: emails always mirror userName, so a new primary email is a new userName.
      const email = primaryEmail(value);
      if (email !== undefined) change.userName = requireEmail(email, 'emails');
      return;
    }
    default:
      if (WORK_EMAIL_VALUE.test(path)) change.userName = requireEmail(value, path);
  }
}

