import { badRequest } from '../errors.ts';
import { getMember, hasValue, isJsonObject, type JsonObject } from '../json.ts';
import { defectOn } from '../defect-scope.ts';
import type { AttributeDefinition, ResourceSchema } from '../types.ts';
import { editContainer } from './container.ts';
import { describedValue, refreshEditable, sameElement, settlePrimary } from './elements.ts';
import { assertWritable, updateMember } from './mutability.ts';
import type { AttributeTarget } from './path.ts';
import { currentValues, storeValues, updateSubAttributes } from './storage.ts';
import { normalizeOneValue, normalizeSubAttributes, normalizeValue } from './values.ts';

export type WriteMode = 'add' | 'replace';

/**
 * "add" (RFC 7644 §3.5.2.1) and "replace" (§3.5.2.3) at an attribute path. They agree everywhere
 * except on values of a multi-valued attribute: add appends to them, replace swaps them.
 */
export function writeAttribute(
  resource: JsonObject,
  target: AttributeTarget,
  raw: unknown,
  mode: WriteMode,
  schema: ResourceSchema,
  where: string,
): void {
  const { attribute, subAttribute } = target;
  assertWritable(attribute, where);
  if (subAttribute !== undefined) assertWritable(subAttribute, where);
  editContainer(resource, target.schemaId, schema, (container) => {
    if (mode === 'replace' && defectOn('patch/replace/unassigned-adds') && !hasValue(getMember(container, attribute.name))) return;
    if (attribute.multiValued) {
      writeValues(container, target, raw, mode, where);
    } else if (subAttribute !== undefined) {
      updateSubAttributes(container, attribute, new Map([[subAttribute, normalizeValue(subAttribute, raw, where)]]), where);
    } else if (attribute.type === 'complex' && raw !== null) {
      // RFC 7644 §3.5.2.1 and §3.5.2.3: a complex value names sub-attributes to set; the rest stay.
      updateSubAttributes(container, attribute, normalizeSubAttributes(attribute, raw, where), where);
    } else {
      updateMember(container, attribute, normalizeValue(attribute, raw, where), where);
    }
  });
}

function writeValues(container: JsonObject, target: AttributeTarget, raw: unknown, mode: WriteMode, where: string): void {
  const { attribute, selection, subAttribute } = target;
  if (selection !== undefined || subAttribute !== undefined) writeSelectedValues(container, target, raw, mode, where);
  else if (mode === 'add') appendValues(container, attribute, raw, where);
  else replaceValues(container, attribute, raw, where);
}

/** RFC 7644 §3.5.2.1: new values are appended; a value already present is not added twice. */
function appendValues(container: JsonObject, attribute: AttributeDefinition, raw: unknown, where: string): void {
  const incoming = (normalizeValue(attribute, raw, where) ?? []) as unknown[];
  const values = currentValues(container, attribute);
  const written = new Set<unknown>();
  for (const value of incoming) {
    const stored = defectOn('patch/add/existing-value-not-duplicated') ? undefined : values.find((candidate) => sameElement(attribute, candidate, value));
    if (stored === undefined) {
      values.push(value);
      written.add(value);
    } else if (isJsonObject(stored) && isJsonObject(value)) {
      refreshEditable(attribute, stored, value);
      written.add(stored);
    }
  }
  settlePrimary(attribute, values, written, where);
  storeValues(container, attribute, values, where);
}

/** RFC 7644 §3.5.2.3: without a filter, all values are replaced by the given ones. */
function replaceValues(container: JsonObject, attribute: AttributeDefinition, raw: unknown, where: string): void {
  const next = normalizeValue(attribute, raw, where) as unknown[] | undefined;
  if (next !== undefined) settlePrimary(attribute, next, new Set(next), where);
  updateMember(container, attribute, next, where);
}

/**
 * Writes to the values a path selects (`emails[type eq "work"]`, `emails[type eq "work"].value`,
 * `emails.value`). With a sub-attribute, that sub-attribute is set on each selected value. Without
 * one, add merges the given sub-attributes into each value, and replace swaps each value whole
 * ("all matching record values SHALL be replaced", §3.5.2.3).
 */
function writeSelectedValues(container: JsonObject, target: AttributeTarget, raw: unknown, mode: WriteMode, where: string): void {
  const { attribute, selection, subAttribute } = target;
  const values = currentValues(container, attribute);
  const selected = values.filter((value): value is JsonObject => isJsonObject(value) && (selection?.matches(value) ?? true));
  const written = new Set<unknown>();
  if (selected.length === 0) {
    const created = createSelectedValue(target, raw, where);
    if (created !== undefined) {
      values.push(created);
      written.add(created);
    }
  } else if (subAttribute !== undefined) {
    const next = normalizeValue(subAttribute, raw, where);
    for (const value of selected) {
      updateMember(value, subAttribute, next, where);
      written.add(value);
    }
  } else {
    const updates = normalizeSubAttributes(attribute, raw, where);
    for (const value of selected) {
      const updated = mode === 'add' ? value : { ...value };
      const changes = mode === 'add' ? updates : replacementOf(attribute, updates);
      for (const [sub, next] of changes) updateMember(updated, sub, next, where);
      values[values.indexOf(value)] = updated;
      written.add(updated);
    }
  }
  settlePrimary(attribute, values, written, where);
  storeValues(container, attribute, values, where);
}

/** A whole-value replacement as sub-attribute updates: every defined sub-attribute is either set or unassigned. */
function replacementOf(attribute: AttributeDefinition, updates: ReadonlyMap<AttributeDefinition, unknown>): Map<AttributeDefinition, unknown> {
  return new Map((attribute.subAttributes ?? []).map((sub) => [sub, updates.get(sub)]));
}

/**
 * A selection that matches nothing is 400 noTarget (RFC 7644 §3.5.2.3, last rule), except where the
 * selection describes the missing value and a sub-attribute is written to it: then that value is
 * created, as Entra expects for `emails[type eq "work"].value` (IDP-SHAPES §3.10, item 4). A
 * selection by "value" (`members[value eq "x"].display`) names one existing value, not a slot to fill.
 */
function createSelectedValue(target: AttributeTarget, raw: unknown, where: string): unknown {
  const { attribute, selection, subAttribute } = target;
  if (defectOn('patch/replace/filter-no-match') && subAttribute === undefined && selection !== undefined) {
    return normalizeOneValue(attribute, { ...describedValue(selection.ast, attribute), ...(isJsonObject(raw) ? raw : {}) }, where);
  }
  const described = selection !== undefined && subAttribute !== undefined ? describedValue(selection.ast, attribute) : undefined;
  if (described === undefined || subAttribute === undefined || Object.hasOwn(described, 'value')) {
    throw badRequest('noTarget', `${where} selects no value of "${attribute.name}".`);
  }
  if (raw === null) return undefined;
  return normalizeOneValue(attribute, { ...described, [subAttribute.name]: raw }, where);
}

