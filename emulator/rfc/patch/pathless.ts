import { badRequest } from '../errors.ts';
import { getMember, isJsonObject, type JsonObject } from '../json.ts';

export interface PathValue {
  path: string;
  value: unknown;
}

/**
 * A path-less add or replace carries an object of attributes (RFC 7644 §3.5.2.1, §3.5.2.3). Each key
 * is read as a path, not merged as a literal name: Entra's aadOptscim062020 PATCH sends keys such as
 * "name.givenName" and "urn:…:enterprise:2.0:User:employeeNumber" (IDP-SHAPES §3.5).
 *
 * Okta's group rename and Authentik's group update put the resource's own "id" and "schemas" in that
 * object (IDP-SHAPES §2.7, §4.7). Those restate the resource rather than change it, so they are
 * skipped; an "id" that differs is kept and fails as a write to a readOnly attribute.
 */
export function pathlessEntries(value: unknown, resource: JsonObject, label: string): PathValue[] {
  if (!isJsonObject(value)) {
    throw badRequest('invalidValue', `${label} has no "path", so its "value" must be an object of attributes.`);
  }
  return Object.entries(value)
    .filter(([key, item]) => !restatesResource(key, item, resource))
    .map(([path, item]) => ({ path, value: item }));
}

function restatesResource(key: string, value: unknown, resource: JsonObject): boolean {
  const lowered = key.toLowerCase();
  if (lowered === 'schemas') return true;
  return lowered === 'id' && value === getMember(resource, 'id');
}
