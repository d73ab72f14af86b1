/** Small helpers over plain JSON values, shared by every concern of the engine. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key actually used in `object` for `name`: attribute names are case-insensitive (RFC 7643 §2.1). */
export function findKey(object: JsonObject, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  const lowered = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lowered);
}

export function getMember(object: JsonObject, name: string): unknown {
  const key = findKey(object, name);
  return key === undefined ? undefined : object[key];
}

/** Writes under the canonical spelling, dropping any differently-cased twin of the key. */
export function setMember(object: JsonObject, name: string, value: unknown): void {
  const key = findKey(object, name);
  if (key !== undefined && key !== name) delete object[key];
  object[name] = value;
}

export function deleteMember(object: JsonObject, name: string): void {
  const key = findKey(object, name);
  if (key !== undefined) delete object[key];
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

/**
 * RFC 7643 §2.5: unassigned, null and an empty array are the same state. An empty string or an
 * empty object carries no value either, which is what `pr` (RFC 7644 §3.4.2.2) asks about.
 */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(hasValue);
  if (isJsonObject(value)) return Object.values(value).some(hasValue);
  return true;
}
