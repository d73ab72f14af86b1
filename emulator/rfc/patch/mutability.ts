import { valuesEqual } from '../compare.ts';
import { badRequest } from '../errors.ts';
import { deepEqual, deleteMember, getMember, hasValue, setMember, type JsonObject } from '../json.ts';
import type { AttributeDefinition } from '../types.ts';

/** RFC 7644 §3.5.2: every operation must respect the target's mutability (RFC 7643 §7). */
export function assertWritable(definition: AttributeDefinition, where: string): void {
  if (definition.mutability === 'readOnly') {
    throw badRequest('mutability', `${where} targets "${definition.name}", which is readOnly.`);
  }
}

function sameValue(definition: AttributeDefinition, a: unknown, b: unknown): boolean {
  return definition.type === 'complex' || definition.multiValued ? deepEqual(a, b) : valuesEqual(definition, a, b);
}

/**
 * Sets (or, with `next` undefined, unassigns) one member of a resource or of a complex value,
 * enforcing what RFC 7643 §7 and RFC 7644 §3.5.2.2 say about it: an immutable value that is set may
 * not change or go, and a required attribute may not become unassigned.
 */
export function updateMember(object: JsonObject, definition: AttributeDefinition, next: unknown, where: string): void {
  const current = getMember(object, definition.name);
  if (next === undefined) {
    if (!hasValue(current)) {
      deleteMember(object, definition.name);
      return;
    }
    if (definition.required) {
      throw badRequest('mutability', `${where} would leave the required attribute "${definition.name}" unassigned.`);
    }
    if (definition.mutability === 'immutable') {
      throw badRequest('mutability', `${where} would remove "${definition.name}", which is immutable.`);
    }
    deleteMember(object, definition.name);
    return;
  }
  if (definition.mutability === 'immutable' && hasValue(current) && !sameValue(definition, current, next)) {
    throw badRequest('mutability', `${where} would change "${definition.name}", which is immutable.`);
  }
  setMember(object, definition.name, next);
}
