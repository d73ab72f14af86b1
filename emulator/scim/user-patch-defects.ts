import type { DefectSwitches } from '../defects.ts';
import { field, isObject, type JsonObject } from './values.ts';

/**
 * How a defective server misreads a user PatchOp: the operations it drops, or reads in part, before
 * doing anything. Applied before either PATCH path (Cloudflare's replace-only one and the full RFC
 * engine), so a defect behaves the same in every preset. Returns undefined when nothing is left to
 * apply: the defective server then answers 200 and changes nothing, which is what makes these defects silent.
 */
export function misreadUserPatch(body: unknown, defects: DefectSwitches): unknown {
  const dropPathless = defects.has('idp/deactivate-user~okta-pathless-ignored');
  const dropStringActive = defects.has('idp/deactivate-user~entra-string-boolean-ignored');
  const dropActivePath = defects.has('idp/deactivate-user~entra-active-path-ignored');
  const dropDottedKeys = defects.has('idp/update-user~dotted-keys-ignored');
  if ((!dropPathless && !dropStringActive && !dropActivePath && !dropDottedKeys) || !isObject(body)) return body;
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'operations');
  const operations = key === undefined ? undefined : body[key];
  if (key === undefined || !Array.isArray(operations)) return body;
  const kept = operations
    .filter((op) => !(dropPathless && isObject(op) && isReplace(op) && pathOf(op) === undefined))
    .filter((op) => !(dropActivePath && isObject(op) && /(^|:)active$/i.test(pathOf(op) ?? '')))
    .map((op) => (dropStringActive && isObject(op) ? withoutStringActive(op) : op))
    .map((op) => (dropDottedKeys && isObject(op) ? withoutDottedKeys(op) : op))
    .filter((op) => op !== undefined);
  return kept.length === 0 ? undefined : { ...body, [key]: kept };
}

function isReplace(op: JsonObject): boolean {
  return String(field(op, 'op')).toLowerCase() === 'replace';
}

function pathOf(op: JsonObject): string | undefined {
  const path = field(op, 'path');
  return typeof path === 'string' ? path : undefined;
}

/** Entra sends `active` as the string "False"; this defect only understands JSON booleans. */
function withoutStringActive(op: JsonObject): JsonObject | undefined {
  const value = field(op, 'value');
  const path = pathOf(op);
  if (path !== undefined) return /(^|:)active$/i.test(path) && typeof value === 'string' ? undefined : op;
  if (!isObject(value)) return op;
  const rest = Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k.toLowerCase() === 'active' && typeof v === 'string')));
  return Object.keys(rest).length === 0 ? undefined : { ...op, value: rest };
}

/** Entra with aadOptscim062020 keys a path-less value by attribute paths ("name.givenName"); this defect skips them. */
function withoutDottedKeys(op: JsonObject): JsonObject | undefined {
  const value = field(op, 'value');
  if (pathOf(op) !== undefined || !isObject(value)) return op;
  const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !k.includes('.')));
  return Object.keys(rest).length === 0 ? undefined : { ...op, value: rest };
}
