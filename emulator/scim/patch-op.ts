import { ScimFailure } from './responses.ts';
import { field, requireObject, type JsonObject } from './values.ts';

/**
 * The envelope of a PatchOp request (RFC 7644 §3.5.2), read as tolerantly as the IdPs need: the
 * top-level `schemas` may be missing (IDP-SHAPES 4.10.2).
 */
export function patchOperations(body: unknown): JsonObject[] {
  const object = requireObject(body, 'The PatchOp');
  const operations = field(object, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new ScimFailure(400, 'A PatchOp needs a non-empty "Operations" array', 'invalidSyntax');
  }
  return operations.map((o, i) => requireObject(o, `Operation ${i + 1}`));
}

/** `op` is matched case-insensitively (A4; Entra sends "Replace", IDP-SHAPES 3.10.1). */
export function operationName(operation: JsonObject): 'add' | 'remove' | 'replace' {
  const op = field(operation, 'op');
  const lowered = typeof op === 'string' ? op.toLowerCase() : undefined;
  if (lowered === 'add' || lowered === 'remove' || lowered === 'replace') return lowered;
  throw new ScimFailure(400, `"op" must be add, remove or replace, got ${JSON.stringify(op)}`, 'invalidSyntax');
}
