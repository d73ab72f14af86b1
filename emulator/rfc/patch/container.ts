import { attributeContainer } from '../access.ts';
import { isCoreSchema } from '../attributes.ts';
import { deleteMember, getMember, setMember, type JsonObject } from '../json.ts';
import type { ResourceSchema } from '../types.ts';

/**
 * Runs `edit` on the object holding a schema's attributes. An extension object (RFC 7643 §3.3) is
 * created when the edit leaves something in it and dropped when the edit empties it, and the
 * resource's "schemas" list follows, since it names the extensions the resource uses (RFC 7643 §3).
 */
export function editContainer(
  resource: JsonObject,
  schemaId: string,
  schema: ResourceSchema,
  edit: (container: JsonObject) => void,
): void {
  if (isCoreSchema(schemaId, schema)) {
    edit(resource);
    return;
  }
  const existing = attributeContainer(resource, schemaId, schema);
  const container = existing ?? {};
  edit(container);
  if (Object.keys(container).length > 0) {
    if (existing === undefined) {
      setMember(resource, schemaId, container);
      listSchema(resource, schemaId);
    }
  } else if (existing !== undefined) {
    dropExtension(resource, schemaId);
  }
}

export function dropExtension(resource: JsonObject, schemaId: string): void {
  deleteMember(resource, schemaId);
  const schemas = getMember(resource, 'schemas');
  if (Array.isArray(schemas)) {
    setMember(resource, 'schemas', schemas.filter((uri) => !sameUri(uri, schemaId)));
  }
}

function listSchema(resource: JsonObject, schemaId: string): void {
  const schemas = getMember(resource, 'schemas');
  if (Array.isArray(schemas) && !schemas.some((uri) => sameUri(uri, schemaId))) {
    setMember(resource, 'schemas', [...schemas, schemaId]);
  }
}

function sameUri(uri: unknown, schemaId: string): boolean {
  return typeof uri === 'string' && uri.toLowerCase() === schemaId.toLowerCase();
}
