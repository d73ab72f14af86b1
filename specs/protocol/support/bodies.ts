/** Reading SCIM bodies the way RFC 7643 §2.1 says: attribute names without regard to case. */
export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A ListResponse's Resources; RFC 7644 §4 discovery lists as bare arrays are read too, so a check can name the real fault. */
export function resourcesOf(body: unknown): Json[] {
  if (Array.isArray(body)) return body.filter(isJson);
  const resources = isJson(body) ? member(body, 'Resources') : undefined;
  return Array.isArray(resources) ? resources.filter(isJson) : [];
}

export function member(object: Json, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lowered = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lowered);
  return key === undefined ? undefined : object[key];
}

/**
 * The value at an attribute path: `userName`, `name.givenName`, an extension attribute
 * `urn:…:enterprise:2.0:User:department`. Undefined when unassigned.
 */
export function valueAt(resource: Json, path: string): unknown {
  const urn = /^(urn:.*):([^:]+)$/i.exec(path);
  const container = urn === null ? resource : member(resource, urn[1]!);
  if (!isJson(container)) return undefined;
  let current: unknown = container;
  for (const name of (urn === null ? path : urn[2]!).split('.')) {
    if (!isJson(current)) return undefined;
    current = member(current, name);
  }
  return current;
}

/** RFC 7643 §2.5: unassigned, null and an empty list are the same. */
export function isAssigned(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !Array.isArray(value) || value.length > 0;
}

export function show(value: unknown): string {
  return value === undefined ? 'unassigned' : JSON.stringify(value);
}
