import { findAttribute, findExtension } from './attributes.ts';
import { isJsonObject, type JsonObject } from './json.ts';
import type { AttributeDefinition, ResourceSchema, ScimResource } from './types.ts';

/**
 * Attribute names are case-insensitive (RFC 7643 §2.1), so "UserName" in a request is userName. A
 * resource is stored under the names its schema spells, so it reads back with one key per attribute;
 * names no schema defines are kept as written.
 */
export function canonicalNames(resource: ScimResource, schema: ResourceSchema): ScimResource {
  const output: ScimResource = {};
  for (const [key, value] of Object.entries(resource)) {
    const extension = findExtension(key, schema);
    if (extension !== undefined) {
      output[extension.id] = isJsonObject(value) ? renameMembers(value, extension.attributes) : value;
      continue;
    }
    const definition = key.toLowerCase() === 'schemas' ? undefined : findAttribute(schema.core.attributes, key);
    output[definition?.name ?? key] = definition === undefined ? value : renameValue(definition, value);
  }
  return output;
}

function renameMembers(object: JsonObject, definitions: readonly AttributeDefinition[]): JsonObject {
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    const definition = findAttribute(definitions, key);
    output[definition?.name ?? key] = definition === undefined ? value : renameValue(definition, value);
  }
  return output;
}

function renameValue(definition: AttributeDefinition, value: unknown): unknown {
  if (definition.type !== 'complex') return value;
  const rename = (item: unknown) => (isJsonObject(item) ? renameMembers(item, definition.subAttributes ?? []) : item);
  return Array.isArray(value) ? value.map(rename) : rename(value);
}
