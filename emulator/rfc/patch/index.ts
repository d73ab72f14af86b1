import { badRequest } from '../errors.ts';
import { isJsonObject, type JsonObject } from '../json.ts';
import type { ResourceSchema, ScimResource } from '../types.ts';
import { dropExtension } from './container.ts';
import { parsePatchPath, type ExtensionTarget } from './path.ts';
import { pathlessEntries } from './pathless.ts';
import { removeAttribute } from './remove.ts';
import { operationLabel, readPatchRequest, type PatchOperation, type PatchOperationName } from './request.ts';
import { writeAttribute } from './write.ts';

/**
 * Applies a PatchOp message (RFC 7644 §3.5.2) and returns the patched resource. Operations apply in
 * order to a private copy, and any failure discards it, so the input is never modified and a
 * request either applies whole or not at all ("the entire PATCH … MUST fail", RFC 7644 §3.5.2).
 */
export function applyPatch(resource: ScimResource, body: unknown, schema: ResourceSchema): ScimResource {
  const operations = readPatchRequest(body);
  const patched = structuredClone(resource);
  for (const operation of operations) applyOperation(patched, operation, schema);
  return patched;
}

function applyOperation(resource: JsonObject, operation: PatchOperation, schema: ResourceSchema): void {
  const { op, path, value, label } = operation;
  if (path !== undefined) {
    applyAt(resource, op, path, value, schema, label);
    return;
  }
  // RFC 7644 §3.5.2.2: "If 'path' is unspecified, the operation fails with … noTarget."
  if (op === 'remove') throw badRequest('noTarget', `${label} has no "path"; a remove must name its target.`);
  for (const entry of pathlessEntries(value, resource, label)) {
    applyAt(resource, op, entry.path, entry.value, schema, operationLabel(operation.index, op, undefined, entry.path));
  }
}

function applyAt(
  resource: JsonObject,
  op: PatchOperationName,
  path: string,
  value: unknown,
  schema: ResourceSchema,
  where: string,
): void {
  const target = parsePatchPath(path, schema, where);
  if (target.kind === 'extension') applyToExtension(resource, op, target, value, schema, where);
  else if (op === 'remove') removeAttribute(resource, target, value, schema, where);
  else writeAttribute(resource, target, value, op, schema, where);
}

/**
 * A path (or path-less key) naming a whole extension, as in
 * `{"urn:…:enterprise:2.0:User": {"department": "R&D"}}`: its attributes are written one by one, like
 * the sub-attributes of a complex attribute; remove, or a null value, drops the extension.
 */
function applyToExtension(
  resource: JsonObject,
  op: PatchOperationName,
  target: ExtensionTarget,
  value: unknown,
  schema: ResourceSchema,
  where: string,
): void {
  if (op === 'remove' || value === null) {
    dropExtension(resource, target.schemaId);
    return;
  }
  if (!isJsonObject(value)) throw badRequest('invalidValue', `${where} names the extension ${target.schemaId}; its value must be an object.`);
  for (const [name, item] of Object.entries(value)) {
    applyAt(resource, op, `${target.schemaId}:${name}`, item, schema, where);
  }
}
