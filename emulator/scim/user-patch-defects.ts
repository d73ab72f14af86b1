import type { DefectSwitches } from '../defects.ts';
import { field, isObject, type JsonObject } from './values.ts';

/**
 * How a defective server misreads a user PatchOp: the operations it drops before doing anything.
 * Applied before either PATCH path (Cloudflare's replace-only one and the full RFC engine), so a defect
 * behaves the same in every preset. Returns undefined when nothing is left to apply: the defective server
 * then answers 200 and changes nothing, which is what makes these defects silent.
 */
export function misreadUserPatch(body: unknown, defects: DefectSwitches): unknown {
  const dropPathless = defects.has('idp/remove-user~okta-pathless-ignored');
  const dropStringActive = defects.has('idp/remove-user~entra-string-boolean-ignored');
  if ((!dropPathless && !dropStringActive) || !isObject(body)) return body;
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'operations');
  const operations = key === undefined ? undefined : body[key];
  if (key === undefined || !Array.isArray(operations)) return body;
  const kept = operations
    .filter((op) => !(dropPathless && isObject(op) && isReplace(op) && pathOf(op) === undefined))
    .map((op) => (dropStringActive && isObject(op) ? withoutStringActive(op) : op))
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
