import type { Filter } from 'scim2-parse-filter';
import { findSubAttribute } from '../attributes.ts';
import { valuesEqual } from '../compare.ts';
import { badRequest } from '../errors.ts';
import { deepEqual, getMember, isJsonObject, setMember, type JsonObject } from '../json.ts';
import type { AttributeDefinition } from '../types.ts';
import { defectOn } from '../defect-scope.ts';

/**
 * Whether two values of a multi-valued attribute are the same value. Values with a "value"
 * sub-attribute are identified by it (and by "type" when both carry one), so `{"value":"u1"}` from
 * Authentik or Entra names the stored member `{"value":"u1","display":"Jane"}`. Other complex values
 * (addresses) are the same when everything but "primary" is equal.
 */
export function sameElement(definition: AttributeDefinition, a: unknown, b: unknown): boolean {
  if (definition.type !== 'complex') return valuesEqual(definition, a, b);
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const value = findSubAttribute(definition, 'value');
  if (value !== undefined) {
    const type = findSubAttribute(definition, 'type');
    return valuesEqual(value, getMember(a, value.name), getMember(b, value.name)) && (type === undefined || typesAgree(type, a, b));
  }
  return deepEqual(withoutPrimary(a), withoutPrimary(b));
}

/** A value without a "type" agrees with any type: `{"value":"u1"}` names a member stored with type "User". */
function typesAgree(type: AttributeDefinition, a: JsonObject, b: JsonObject): boolean {
  const typeA = getMember(a, type.name);
  const typeB = getMember(b, type.name);
  return typeA === undefined || typeB === undefined || valuesEqual(type, typeA, typeB);
}

function withoutPrimary(value: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key.toLowerCase() !== 'primary'));
}

/**
 * RFC 7644 §3.5.2.1: adding a value that is already there changes nothing. What identifies the value
 * stays as stored, and so do immutable sub-attributes such as a member's "display"; the other
 * sub-attributes a client may edit are refreshed, so `{"value":"x","primary":true}` still moves "primary".
 */
export function refreshEditable(definition: AttributeDefinition, stored: JsonObject, incoming: JsonObject): void {
  // Mirrors sameElement: "value" and "type" identify a value that has them; otherwise all but "primary" do.
  const byValue = findSubAttribute(definition, 'value') !== undefined;
  const refreshable = (sub: AttributeDefinition) =>
    (byValue ? sub.name !== 'value' && sub.name !== 'type' : sub.name === 'primary') &&
    (sub.mutability === 'readWrite' || sub.mutability === 'writeOnly');
  for (const [key, value] of Object.entries(incoming)) {
    const sub = findSubAttribute(definition, key);
    if (sub !== undefined && refreshable(sub)) setMember(stored, sub.name, value);
  }
}

/**
 * RFC 7643 §2.4: "primary" is true on at most one value. A value just written with primary true
 * takes it from the others; two such values written at once are a client error.
 */
export function settlePrimary(definition: AttributeDefinition, values: unknown[], written: ReadonlySet<unknown>, where: string): void {
  const primary = findSubAttribute(definition, 'primary');
  if (primary === undefined || primary.type !== 'boolean') return;
  const isPrimary = (value: unknown) => isJsonObject(value) && getMember(value, primary.name) === true;
  const claimed = values.filter((value) => written.has(value) && isPrimary(value));
  if (claimed.length > 1) {
    throw badRequest('invalidValue', `${where} marks ${claimed.length} values of "${definition.name}" primary; at most one may be.`);
  }
  if (claimed.length === 0 || defectOn('patch/multi-valued/primary-exclusive')) return;
  for (const value of values) {
    if (value !== claimed[0] && isPrimary(value)) setMember(value as JsonObject, primary.name, false);
  }
}

/**
 * The value a selection such as `emails[type eq "work"]` describes, when it can be built: only from
 * "eq" comparisons joined by "and". Entra writes `emails[type eq "work"].value` to a user that has no
 * work email yet and expects one to be created (IDP-SHAPES §3.10, item 4).
 */
export function describedValue(ast: Filter, definition: AttributeDefinition): JsonObject | undefined {
  if (ast.op === 'and') {
    const parts = ast.filters.map((part) => describedValue(part, definition));
    if (parts.some((part) => part === undefined)) return undefined;
    return Object.assign({}, ...parts) as JsonObject;
  }
  if (ast.op !== 'eq' || ast.compValue === null) return undefined;
  const sub = findSubAttribute(definition, ast.attrPath);
  return sub === undefined || sub.type === 'complex' ? undefined : { [sub.name]: ast.compValue };
}
