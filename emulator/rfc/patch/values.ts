import { findSubAttribute } from '../attributes.ts';
import { coerceBoolean } from '../coerce.ts';
import { parseDateTime } from '../date-time.ts';
import { badRequest } from '../errors.ts';
import { isJsonObject, type JsonObject } from '../json.ts';
import type { AttributeDefinition } from '../types.ts';

/**
 * Turns a client's value into what is stored for an attribute: checked against its type, boolean
 * strings coerced, sub-attribute names in their schema spelling. Undefined means "unassigned":
 * RFC 7643 §2.5 treats null, an empty array and an absent value alike, which is also how
 * Entra's `"$ref": null` inside a member is dropped. A type mismatch is 400 invalidValue.
 */
export function normalizeValue(definition: AttributeDefinition, raw: unknown, where: string): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (definition.multiValued) {
    // A lone value given for a multi-valued attribute is read as a list of one.
    const items = (Array.isArray(raw) ? raw : [raw])
      .map((item) => normalizeOneValue(definition, item, where))
      .filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  return normalizeOneValue(definition, unwrapSingle(definition, raw, where), where);
}

/** One value: the value of a single-valued attribute, or one value of a multi-valued one. */
export function normalizeOneValue(definition: AttributeDefinition, raw: unknown, where: string): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (definition.type !== 'complex') return normalizeScalar(definition, raw, where);
  const object: JsonObject = {};
  for (const [sub, value] of normalizeSubAttributes(definition, raw, where)) {
    if (value !== undefined) object[sub.name] = value;
  }
  return Object.keys(object).length === 0 ? undefined : object;
}

/**
 * The sub-attributes a complex value sets, each normalized; undefined marks one the client set to
 * null (unassigned). A readOnly sub-attribute cannot be written (RFC 7643 §7).
 */
export function normalizeSubAttributes(
  definition: AttributeDefinition,
  raw: unknown,
  where: string,
): Map<AttributeDefinition, unknown> {
  const object = asComplexValue(definition, unwrapSingle(definition, raw, where), where);
  const result = new Map<AttributeDefinition, unknown>();
  for (const [key, value] of Object.entries(object)) {
    const sub = findSubAttribute(definition, key);
    if (sub === undefined) {
      throw badRequest('invalidValue', `In ${where}, "${definition.name}" has no sub-attribute "${key}".`);
    }
    if (sub.mutability === 'readOnly' && value !== null) {
      throw badRequest('mutability', `In ${where}, "${definition.name}.${sub.name}" is readOnly.`);
    }
    result.set(sub, normalizeValue(sub, value, where));
  }
  return result;
}

/**
 * Entra's old manager sample wraps a single-valued complex value in a one-element array
 * (IDP-SHAPES §3.5), so that one shape is unwrapped; any other array for a single value is refused.
 */
function unwrapSingle(definition: AttributeDefinition, raw: unknown, where: string): unknown {
  if (!Array.isArray(raw) || definition.multiValued) return raw;
  if (definition.type === 'complex' && raw.length === 1) return raw[0];
  throw badRequest('invalidValue', `In ${where}, "${definition.name}" is single-valued and was given an array.`);
}

/**
 * A complex value is an object. A bare value for an attribute that has a "value" sub-attribute is
 * read as `{ "value": … }`: that is how a manager id arrives when sent as a plain string.
 */
function asComplexValue(definition: AttributeDefinition, raw: unknown, where: string): JsonObject {
  if (raw === null || raw === undefined) return {};
  if (isJsonObject(raw)) return raw;
  if (!Array.isArray(raw) && findSubAttribute(definition, 'value') !== undefined) return { value: raw };
  throw badRequest('invalidValue', `In ${where}, "${definition.name}" is complex and ${preview(raw)} is not an object.`);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const SCALAR_CHECKS: Record<Exclude<AttributeDefinition['type'], 'complex'>, [string, (value: unknown) => boolean]> = {
  string: ['a string', (value) => typeof value === 'string'],
  reference: ['a URI string', (value) => typeof value === 'string'],
  binary: ['base64 text', (value) => typeof value === 'string' && BASE64.test(value)],
  boolean: ['a boolean', (value) => typeof value === 'boolean'],
  integer: ['an integer', (value) => Number.isInteger(value)],
  decimal: ['a number', (value) => typeof value === 'number' && Number.isFinite(value)],
  dateTime: ['an xsd:dateTime', (value) => typeof value === 'string' && parseDateTime(value) !== undefined],
};

function normalizeScalar(definition: AttributeDefinition, raw: unknown, where: string): unknown {
  const value = definition.type === 'boolean' ? coerceBoolean(raw) : raw;
  const [expected, accepts] = SCALAR_CHECKS[definition.type as keyof typeof SCALAR_CHECKS];
  if (!accepts(value)) {
    throw badRequest('invalidValue', `In ${where}, "${definition.name}" must be ${expected}, not ${preview(raw)}.`);
  }
  return value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
