import { isCoreSchema, type ResolvedAttribute } from './attributes.ts';
import { getMember, isJsonObject, type JsonObject } from './json.ts';
import type { ResourceSchema } from './types.ts';

/**
 * The object that holds a schema's attributes: the resource itself for the core schema, and the
 * object keyed by the extension's URN for an extension (RFC 7643 §3.3).
 */
export function attributeContainer(resource: JsonObject, schemaId: string, schema: ResourceSchema): JsonObject | undefined {
  if (isCoreSchema(schemaId, schema)) return resource;
  const nested = getMember(resource, schemaId);
  return isJsonObject(nested) ? nested : undefined;
}

/** A value as a list of its values: one for a single value, none when unassigned (RFC 7643 §2.5). */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.filter((item) => item !== undefined && item !== null) : [value];
}

/** Every value at a resolved path; a sub-attribute of a multi-valued attribute yields one per value. */
export function readValues(resource: JsonObject, resolved: ResolvedAttribute, schema: ResourceSchema): unknown[] {
  const container = attributeContainer(resource, resolved.schemaId, schema);
  if (container === undefined) return [];
  const { parent, definition } = resolved;
  if (parent === undefined) return valuesOf(getMember(container, definition.name));
  return valuesOf(getMember(container, parent.name)).flatMap((value) =>
    isJsonObject(value) ? valuesOf(getMember(value, definition.name)) : [],
  );
}
