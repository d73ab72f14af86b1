import { SCHEMAS_ATTRIBUTE } from './schemas/common.ts';
import type { AttributeDefinition, ResourceSchema, SchemaDefinition } from './types.ts';

export interface ResolvedAttribute {
  definition: AttributeDefinition;
  /** The complex attribute holding `definition`, when the path names a sub-attribute. */
  parent?: AttributeDefinition;
  schemaId: string;
}

/** RFC 7644 §3.10 ATTRNAME (ALPHA *(nameChar)), plus "$ref", the one name RFC 7643 allows with a "$". */
const ATTRIBUTE_NAME = /^\$?[A-Za-z][\w-]*$/;

export function isAttributeName(text: string): boolean {
  return ATTRIBUTE_NAME.test(text);
}

/** Case-insensitive, as every attribute name is (RFC 7643 §2.1). */
export function findAttribute(definitions: readonly AttributeDefinition[], name: string): AttributeDefinition | undefined {
  const lowered = name.toLowerCase();
  return definitions.find((definition) => definition.name.toLowerCase() === lowered);
}

export function findSubAttribute(parent: AttributeDefinition, name: string): AttributeDefinition | undefined {
  return findAttribute(parent.subAttributes ?? [], name);
}

export function schemasOf(schema: ResourceSchema): SchemaDefinition[] {
  return [schema.core, ...schema.extensions];
}

export function isCoreSchema(schemaId: string, schema: ResourceSchema): boolean {
  return schemaId.toLowerCase() === schema.core.id.toLowerCase();
}

/** The extension whose URN is exactly `text` (used where a whole extension object is named). */
export function findExtension(text: string, schema: ResourceSchema): SchemaDefinition | undefined {
  const lowered = text.toLowerCase();
  return schema.extensions.find((extension) => extension.id.toLowerCase() === lowered);
}

/**
 * Splits a URN-qualified path (RFC 7644 §3.10) into its schema and the rest. Schema URNs contain
 * dots ("2.0") and colons, so the known URNs are matched as prefixes, longest first, before the rest
 * is split on ".". An unknown URN names nothing.
 */
function splitSchemaPrefix(path: string, schema: ResourceSchema): { owner?: SchemaDefinition; rest: string } | undefined {
  const lowered = path.toLowerCase();
  const byLength = schemasOf(schema).sort((a, b) => b.id.length - a.id.length);
  for (const owner of byLength) {
    const prefix = `${owner.id.toLowerCase()}:`;
    if (lowered.startsWith(prefix)) return { owner, rest: path.slice(prefix.length) };
  }
  return lowered.startsWith('urn:') ? undefined : { rest: path };
}

/**
 * The schema an unqualified name belongs to: the core schema when it defines the name, otherwise
 * the one extension that does. Entra's manager sample patches the path "manager" without the
 * enterprise URN (IDP-SHAPES §3.5); a name two extensions define stays ambiguous and unresolved.
 */
function ownerOfUnqualified(name: string, schema: ResourceSchema): SchemaDefinition | undefined {
  if (findAttribute(schema.core.attributes, name) !== undefined || name.toLowerCase() === SCHEMAS_ATTRIBUTE.name) {
    return schema.core;
  }
  const owners = schema.extensions.filter((extension) => findAttribute(extension.attributes, name) !== undefined);
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * The definition an attribute path names: `userName`, `name.givenName`, `emails.value`,
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber` or
 * `urn:ietf:params:scim:schemas:core:2.0:User:name.givenName`. Undefined for anything unknown.
 */
export function resolveAttribute(path: string, schema: ResourceSchema): ResolvedAttribute | undefined {
  const split = splitSchemaPrefix(path, schema);
  if (split === undefined) return undefined;
  const names = split.rest.split('.');
  if (names.length > 2 || !names.every(isAttributeName)) return undefined;
  const [name, subName] = names as [string, string | undefined];
  const owner = split.owner ?? ownerOfUnqualified(name, schema);
  if (owner === undefined) return undefined;
  const definition =
    findAttribute(owner.attributes, name) ??
    (owner === schema.core && name.toLowerCase() === SCHEMAS_ATTRIBUTE.name ? SCHEMAS_ATTRIBUTE : undefined);
  if (definition === undefined) return undefined;
  if (subName === undefined) return { definition, schemaId: owner.id };
  const sub = findSubAttribute(definition, subName);
  return sub === undefined ? undefined : { definition: sub, parent: definition, schemaId: owner.id };
}
