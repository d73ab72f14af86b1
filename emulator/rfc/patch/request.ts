import { URN } from '../../../lib/scim-uris.ts';
import { badRequest } from '../errors.ts';
import { findKey, getMember, isJsonObject } from '../json.ts';

export type PatchOperationName = 'add' | 'remove' | 'replace';

export interface PatchOperation {
  op: PatchOperationName;
  path?: string;
  /** Undefined when the operation has no "value" member. */
  value: unknown;
  /** Position in the "Operations" array. */
  index: number;
  /** How the operation is named in error details: `Operations[1] (remove "members")`. */
  label: string;
}

/** Names an operation in error details; `member` is a key of a path-less value, read as a path. */
export function operationLabel(index: number, op: PatchOperationName, path?: string, member?: string): string {
  const position = `Operations[${index}]`;
  if (member !== undefined) return `${position} (${op}, value member ${JSON.stringify(member)})`;
  return path === undefined ? `${position} (${op})` : `${position} (${op} ${JSON.stringify(path)})`;
}

const OPERATION_NAMES: readonly PatchOperationName[] = ['add', 'remove', 'replace'];

/**
 * Reads a PatchOp message (RFC 7644 §3.5.2). Member names are matched without regard to case, and
 * a missing "schemas" is tolerated because Authentik omits it (IDP-SHAPES §4.7); a "schemas" that is
 * present but names something else is refused.
 */
export function readPatchRequest(body: unknown): PatchOperation[] {
  if (!isJsonObject(body)) {
    throw badRequest('invalidSyntax', 'A PATCH body is a JSON object with an "Operations" array (RFC 7644 §3.5.2).');
  }
  const schemas = getMember(body, 'schemas');
  if (schemas !== undefined && !(Array.isArray(schemas) && schemas.some((uri) => isPatchOpUri(uri)))) {
    throw badRequest('invalidSyntax', `A PATCH body's "schemas" must be ["${URN.patchOp}"], not ${JSON.stringify(schemas)}.`);
  }
  const operations = getMember(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) {
    throw badRequest('invalidSyntax', 'A PATCH body needs an "Operations" array with at least one operation (RFC 7644 §3.5.2).');
  }
  return operations.map(readOperation);
}

function isPatchOpUri(uri: unknown): boolean {
  return typeof uri === 'string' && uri.toLowerCase() === URN.patchOp.toLowerCase();
}

function readOperation(raw: unknown, index: number): PatchOperation {
  const position = `Operations[${index}]`;
  if (!isJsonObject(raw)) throw badRequest('invalidSyntax', `${position} is not a JSON object.`);
  const op = getMember(raw, 'op');
  // Entra capitalises the operation ("Add", "Replace", "Remove"; IDP-SHAPES §3.10).
  const name = typeof op === 'string' ? OPERATION_NAMES.find((known) => known === op.toLowerCase()) : undefined;
  if (name === undefined) {
    throw badRequest('invalidSyntax', `${position} has op ${JSON.stringify(op)}; RFC 7644 §3.5.2 allows add, remove and replace.`);
  }
  const path = getMember(raw, 'path');
  if (path !== undefined && path !== null && (typeof path !== 'string' || path.trim() === '')) {
    throw badRequest('invalidPath', `${position} has path ${JSON.stringify(path)}, which is not an attribute path.`);
  }
  const hasValue = findKey(raw, 'value') !== undefined;
  const trimmedPath = typeof path === 'string' ? path.trim() : undefined;
  const operation: PatchOperation = { op: name, value: getMember(raw, 'value'), index, label: operationLabel(index, name, trimmedPath) };
  if (trimmedPath !== undefined) operation.path = trimmedPath;
  // RFC 7644 §3.5.2.1 and §3.5.2.3: add and replace carry the value they write.
  if (name !== 'remove' && !hasValue) throw badRequest('invalidValue', `${operation.label} has no "value".`);
  return operation;
}
