import { findAttribute, findExtension, findSubAttribute, resolveAttribute } from './attributes.ts';
import { isJsonObject, type JsonObject } from './json.ts';
import type { AttributeDefinition, ResourceSchema, ScimResource } from './types.ts';

export interface ProjectionParams {
  attributes?: string[];
  excludedAttributes?: string[];
}

/** Attribute paths named in "attributes" or "excludedAttributes", resolved against the schemas. */
interface Selection {
  whole: Set<AttributeDefinition>;
  parts: Map<AttributeDefinition, Set<AttributeDefinition>>;
  /** Lower-cased URNs of extensions named as a whole. */
  extensions: Set<string>;
}

/** Which parts of one attribute's value are returned; undefined means none. */
interface Keep {
  sub(definition: AttributeDefinition): boolean;
  /** Sub-attributes the schema does not define stay only when the attribute is returned whole. */
  unknown: boolean;
}

const isDefault = (definition: AttributeDefinition) => definition.returned !== 'never' && definition.returned !== 'request';

/**
 * The representation returned to a client (RFC 7644 §3.4.2.5, §3.9; RFC 7643 §7 "returned").
 * "always" attributes (id, and schemas, which every representation carries) are always returned,
 * "never" ones (password) never; "request" ones only when named in `attributes`. `attributes`
 * replaces the default set, so `excludedAttributes`, which removes from the default set, does not
 * apply alongside it. Names may be sub-attribute paths and URN-qualified; unknown names are ignored.
 */
export function projectAttributes(resource: ScimResource, params: ProjectionParams, schema: ResourceSchema): ScimResource {
  const requested = nonEmpty(params.attributes) ? selectionOf(params.attributes, schema) : undefined;
  const excluded = requested === undefined && nonEmpty(params.excludedAttributes)
    ? selectionOf(params.excludedAttributes, schema)
    : undefined;
  const choose = (definition: AttributeDefinition, schemaId: string) =>
    requested === undefined ? keepByDefault(definition, schemaId, excluded) : keepRequested(definition, schemaId, requested);

  const output: ScimResource = {};
  for (const [key, value] of Object.entries(resource)) {
    const extension = findExtension(key, schema);
    let projected: unknown;
    if (key.toLowerCase() === 'schemas') projected = value;
    else if (extension === undefined) {
      projected = projectMember(key, value, schema.core.attributes, (definition) => choose(definition, schema.core.id), requested === undefined);
    } else if (isJsonObject(value)) {
      const members = projectContainer(value, extension.attributes, (definition) => choose(definition, extension.id), requested === undefined);
      projected = Object.keys(members).length > 0 ? members : undefined;
    }
    if (projected !== undefined) output[key] = projected;
  }
  return output;
}

function nonEmpty(list: string[] | undefined): list is string[] {
  return list !== undefined && list.length > 0;
}

function selectionOf(paths: string[], schema: ResourceSchema): Selection {
  const selection: Selection = { whole: new Set(), parts: new Map(), extensions: new Set() };
  for (const path of paths.map((text) => text.trim())) {
    const extension = findExtension(path, schema);
    if (extension !== undefined) {
      selection.extensions.add(extension.id.toLowerCase());
      continue;
    }
    const resolved = resolveAttribute(path, schema);
    if (resolved === undefined) continue;
    if (resolved.parent === undefined) selection.whole.add(resolved.definition);
    else {
      const parts = selection.parts.get(resolved.parent) ?? new Set();
      parts.add(resolved.definition);
      selection.parts.set(resolved.parent, parts);
    }
  }
  return selection;
}

function keepRequested(definition: AttributeDefinition, schemaId: string, requested: Selection): Keep | undefined {
  if (definition.returned === 'never') return undefined;
  if (requested.whole.has(definition) || requested.extensions.has(schemaId.toLowerCase())) {
    return { sub: (sub) => sub.returned !== 'never', unknown: true };
  }
  const parts = requested.parts.get(definition);
  if (parts !== undefined) return { sub: (sub) => sub.returned !== 'never' && (parts.has(sub) || sub.returned === 'always'), unknown: false };
  return definition.returned === 'always' ? { sub: isDefault, unknown: true } : undefined;
}

function keepByDefault(definition: AttributeDefinition, schemaId: string, excluded: Selection | undefined): Keep | undefined {
  if (!isDefault(definition) && definition.returned !== 'always') return undefined;
  const always = definition.returned === 'always';
  if (!always && excluded !== undefined && (excluded.whole.has(definition) || excluded.extensions.has(schemaId.toLowerCase()))) {
    return undefined;
  }
  const parts = excluded?.parts.get(definition);
  return { sub: (sub) => isDefault(sub) && (sub.returned === 'always' || !parts?.has(sub)), unknown: true };
}

/**
 * Projects the members of one container (the resource, or an extension object). Attributes the
 * schema does not define are kept only in the default representation. A complex value whose
 * selected sub-attributes are all absent is left out, but a stored empty list stays: Authentik reads
 * `"members": []` as "this group has no members yet" (IDP-SHAPES §4.7).
 */
function projectContainer(
  container: JsonObject,
  definitions: readonly AttributeDefinition[],
  choose: (definition: AttributeDefinition) => Keep | undefined,
  keepUnknown: boolean,
): JsonObject {
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(container)) {
    const projected = projectMember(key, value, definitions, choose, keepUnknown);
    if (projected !== undefined) output[key] = projected;
  }
  return output;
}

/** One member of a container as returned, or undefined when it is left out. */
function projectMember(
  key: string,
  value: unknown,
  definitions: readonly AttributeDefinition[],
  choose: (definition: AttributeDefinition) => Keep | undefined,
  keepUnknown: boolean,
): unknown {
  const definition = findAttribute(definitions, key);
  if (definition === undefined) return keepUnknown ? value : undefined;
  const keep = choose(definition);
  if (keep === undefined) return undefined;
  return definition.type === 'complex' ? projectComplex(definition, value, keep) : value;
}

function projectComplex(definition: AttributeDefinition, value: unknown, keep: Keep): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => projectComplex(definition, item, keep)).filter((item) => item !== undefined);
    return value.length > 0 && items.length === 0 ? undefined : items;
  }
  if (!isJsonObject(value)) return value;
  const output: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const sub = findSubAttribute(definition, key);
    if (sub === undefined ? keep.unknown : keep.sub(sub)) output[key] = item;
  }
  return Object.keys(output).length === 0 && Object.keys(value).length > 0 ? undefined : output;
}
