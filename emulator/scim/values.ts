import { ScimFailure } from './responses.ts';

/**
 * Readers for loosely typed request values. IdPs send `null`, blank strings and boolean strings
 * (IDP-SHAPES 2.11, 3.10, 4.10); these turn them into what the emulator stores, or a 400.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new ScimFailure(400, `${what} must be a JSON object`, 'invalidSyntax');
  return value;
}

/**
 * A string with content, kept verbatim (Entra re-sends values that do not read back as written,
 * IDP-SHAPES 3.10.15); blank, whitespace-only, null and non-strings read as absent (4.10.5).
 */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? undefined : value;
}

/** true/false, or the strings "True"/"False" in any case (Entra, IDP-SHAPES 3.10.2); undefined otherwise. */
export function coerceBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lowered = value.trim().toLowerCase();
  return lowered === 'true' ? true : lowered === 'false' ? false : undefined;
}

export function requireBoolean(value: unknown, attribute: string): boolean {
  const flag = coerceBoolean(value);
  if (flag === undefined) throw new ScimFailure(400, `${attribute} must be a boolean, got ${JSON.stringify(value)}`, 'invalidValue');
  return flag;
}

/** An attribute lookup that ignores case (RFC 7643 §2.1: attribute names are case-insensitive). */
export function field(object: JsonObject, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lowered = name.toLowerCase();
  for (const key of Object.keys(object)) if (key.toLowerCase() === lowered) return object[key];
  return undefined;
}

/** `schemas` must list the resource's core schema (RFC 7643 §3); other URIs are tolerated (IDP-SHAPES 3.10.8). */
export function requireSchema(body: JsonObject, urn: string): void {
  const schemas = field(body, 'schemas');
  const lowered = urn.toLowerCase();
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === lowered)) {
    throw new ScimFailure(400, `"schemas" must contain "${urn}"`, 'invalidSyntax');
  }
}

/** Strips a core schema URN from an attribute path: `urn:...:User:userName` -> `userName`. */
export function unqualify(path: string, urn: string): string {
  const trimmed = path.trim();
  return trimmed.toLowerCase().startsWith(`${urn.toLowerCase()}:`) ? trimmed.slice(urn.length + 1) : trimmed;
}

/** Deliberately simple: one @, no whitespace, a dot in the domain (A5.1: userName is an email). */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function withoutKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) if (!drop.has(key.toLowerCase())) out[key] = value;
  return out;
}
