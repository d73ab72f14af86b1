import { badRequest } from '../errors.ts';
import { isJsonObject, type JsonObject } from '../json.ts';
import type { AttributeDefinition, ResourceSchema } from '../types.ts';
import { editContainer } from './container.ts';
import { sameElement } from './elements.ts';
import { assertWritable, updateMember } from './mutability.ts';
import type { AttributeTarget } from './path.ts';
import { currentValues, storeValues, updateSubAttributes } from './storage.ts';
import { normalizeValue } from './values.ts';

/** "remove" (RFC 7644 §3.5.2.2) at an attribute path. */
export function removeAttribute(
  resource: JsonObject,
  target: AttributeTarget,
  listed: unknown,
  schema: ResourceSchema,
  where: string,
): void {
  const { attribute, selection, subAttribute } = target;
  assertWritable(attribute, where);
  if (subAttribute !== undefined) assertWritable(subAttribute, where);
  editContainer(resource, target.schemaId, schema, (container) => {
    if (attribute.multiValued && (selection !== undefined || subAttribute !== undefined)) {
      removeSelected(container, target, where);
    } else if (subAttribute !== undefined) {
      updateSubAttributes(container, attribute, new Map([[subAttribute, undefined]]), where);
    } else if (attribute.multiValued && listed !== undefined && listed !== null) {
      removeListed(container, attribute, listed, where);
    } else {
      updateMember(container, attribute, undefined, where);
    }
  });
}

/**
 * Values selected by a filter are removed; with a sub-attribute, only that sub-attribute is. A
 * filter that selects nothing is 400 noTarget: RFC 7644 Table 9 gives exactly that case ("the
 * specified path value contains a filter that yields no match").
 */
function removeSelected(container: JsonObject, target: AttributeTarget, where: string): void {
  const { attribute, selection, subAttribute } = target;
  const values = currentValues(container, attribute);
  const selected = values.filter((value): value is JsonObject => isJsonObject(value) && (selection?.matches(value) ?? true));
  if (selection !== undefined && selected.length === 0) {
    throw badRequest('noTarget', `${where} selects no value of "${attribute.name}".`);
  }
  if (subAttribute === undefined) {
    storeValues(container, attribute, values.filter((value) => !selected.includes(value as JsonObject)), where);
    return;
  }
  for (const value of selected) updateMember(value, subAttribute, undefined, where);
  storeValues(container, attribute, values, where);
}

/**
 * Entra (flag off) and Authentik remove members as `{"op":"remove","path":"members","value":[{"value":"u1"}]}`
 * (IDP-SHAPES §3.7, §4.7). RFC 7644 gives remove no "value", so the list could be ignored, which
 * would remove every member. It is read as the values to remove, and only those go; values not
 * present are skipped.
 */
function removeListed(container: JsonObject, attribute: AttributeDefinition, listed: unknown, where: string): void {
  const doomed = (normalizeValue(attribute, listed, where) ?? []) as unknown[];
  const values = currentValues(container, attribute);
  storeValues(container, attribute, values.filter((value) => !doomed.some((item) => sameElement(attribute, value, item))), where);
}
