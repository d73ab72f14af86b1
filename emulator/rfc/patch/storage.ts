import { valuesOf } from '../access.ts';
import { getMember, isJsonObject, type JsonObject } from '../json.ts';
import type { AttributeDefinition } from '../types.ts';
import { updateMember } from './mutability.ts';

/** The stored values of a multi-valued attribute, as a list the caller may reorder and extend. */
export function currentValues(container: JsonObject, attribute: AttributeDefinition): unknown[] {
  return valuesOf(getMember(container, attribute.name));
}

/** Stores a multi-valued attribute; no values left means unassigned (RFC 7644 §3.5.2.2). */
export function storeValues(container: JsonObject, attribute: AttributeDefinition, values: unknown[], where: string): void {
  const kept = values.filter((value) => !isJsonObject(value) || Object.keys(value).length > 0);
  updateMember(container, attribute, kept.length === 0 ? undefined : kept, where);
}

/**
 * Sets or unassigns sub-attributes of a single-valued complex attribute, leaving the others as they
 * are (RFC 7644 §3.5.2.3: "Sub-attributes that are not specified … are left unchanged").
 */
export function updateSubAttributes(
  container: JsonObject,
  attribute: AttributeDefinition,
  updates: ReadonlyMap<AttributeDefinition, unknown>,
  where: string,
): void {
  const current = getMember(container, attribute.name);
  const value: JsonObject = isJsonObject(current) ? { ...current } : {};
  for (const [sub, next] of updates) updateMember(value, sub, next, where);
  updateMember(container, attribute, Object.keys(value).length === 0 ? undefined : value, where);
}
