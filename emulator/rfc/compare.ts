import { coerceBoolean } from './coerce.ts';
import { parseDateTime } from './date-time.ts';
import { deepEqual } from './json.ts';
import type { AttributeDefinition } from './types.ts';
import { defectOn } from './defect-scope.ts';

/** Whether strings of this attribute compare with case; two defects make the engine ignore caseExact. */
function exactCase(definition: AttributeDefinition): boolean {
  if (defectOn('filters/eq/case-insensitive-value')) return true;
  if (defectOn('filters/eq/case-exact')) return false;
  return definition.caseExact;
}

/**
 * What a value is compared by, given its attribute's type (RFC 7643 §2.3): strings honour caseExact,
 * dateTimes are instants, booleans order false before true. Undefined when the value does not have
 * the attribute's type, so a mismatch compares as "no match" rather than by accident.
 */
export function comparisonKey(definition: AttributeDefinition, value: unknown): string | number | undefined {
  switch (definition.type) {
    case 'string':
    case 'reference':
    case 'binary':
      if (typeof value !== 'string') return undefined;
      return exactCase(definition) ? value : value.toLowerCase();
    case 'dateTime':
      if (typeof value !== 'string') return undefined;
      return defectOn('filters/date-time/instants') ? value : parseDateTime(value);
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? value : undefined;
    case 'boolean': {
      const coerced = coerceBoolean(value);
      return typeof coerced === 'boolean' ? Number(coerced) : undefined;
    }
    case 'complex':
      return undefined;
  }
}

export function valuesEqual(definition: AttributeDefinition, a: unknown, b: unknown): boolean {
  const keyA = comparisonKey(definition, a);
  const keyB = comparisonKey(definition, b);
  if (keyA !== undefined && keyB !== undefined) return keyA === keyB;
  return deepEqual(a, b);
}

/** Negative, zero or positive like a sort comparator; undefined when the values are not comparable. */
export function compareValues(definition: AttributeDefinition, a: unknown, b: unknown): number | undefined {
  const keyA = comparisonKey(definition, a);
  const keyB = comparisonKey(definition, b);
  if (keyA === undefined || keyB === undefined || typeof keyA !== typeof keyB) return undefined;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
