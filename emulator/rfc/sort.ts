import { attributeContainer, valuesOf } from './access.ts';
import { findSubAttribute, resolveAttribute, type ResolvedAttribute } from './attributes.ts';
import { compareValues } from './compare.ts';
import { getMember, isJsonObject } from './json.ts';
import type { AttributeDefinition, ResourceSchema, ScimResource } from './types.ts';

/**
 * Orders resources by an attribute (RFC 7644 §3.4.2.3). Strings honour caseExact; a multi-valued
 * attribute sorts by its primary value, else its first; resources without a value come last when
 * ascending and first when descending. The sort is stable and returns a new array. An attribute no
 * schema defines leaves the order as it was, since every resource then lacks a value.
 */
export function sortResources(
  resources: ScimResource[],
  sortBy: string,
  sortOrder: 'ascending' | 'descending',
  schema: ResourceSchema,
): ScimResource[] {
  const resolved = resolveAttribute(sortBy, schema);
  const key = resolved === undefined ? undefined : sortKey(resolved);
  if (resolved === undefined || key === undefined) return [...resources];
  const direction = sortOrder === 'descending' ? -1 : 1;
  return resources
    .map((resource) => ({ resource, value: sortValue(resource, resolved, key, schema) }))
    .sort((a, b) => direction * ascending(key, a.value, b.value))
    .map(({ resource }) => resource);
}

/** The definition values are compared by: a complex attribute sorts by its "value" sub-attribute. */
function sortKey(resolved: ResolvedAttribute): AttributeDefinition | undefined {
  const { definition } = resolved;
  return definition.type === 'complex' ? findSubAttribute(definition, 'value') : definition;
}

function sortValue(resource: ScimResource, resolved: ResolvedAttribute, key: AttributeDefinition, schema: ResourceSchema): unknown {
  const container = attributeContainer(resource, resolved.schemaId, schema);
  if (container === undefined) return undefined;
  const top = resolved.parent ?? resolved.definition;
  const stored = getMember(container, top.name);
  const chosen = top.multiValued ? representative(stored) : stored;
  if (top === key) return chosen;
  return isJsonObject(chosen) ? getMember(chosen, key.name) : undefined;
}

/** RFC 7644 §3.4.2.3: "the value of the primary attribute …, if any, or else the first value in the list". */
function representative(stored: unknown): unknown {
  const values = valuesOf(stored);
  return values.find((value) => isJsonObject(value) && getMember(value, 'primary') === true) ?? values[0];
}

function ascending(key: AttributeDefinition, a: unknown, b: unknown): number {
  const missingA = a === undefined || a === null;
  const missingB = b === undefined || b === null;
  if (missingA || missingB) return Number(missingA) - Number(missingB);
  return compareValues(key, a, b) ?? 0;
}
