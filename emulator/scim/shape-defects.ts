import { URN } from '../../lib/scim-uris.ts';
import type { ScimContext } from './context.ts';
import { ScimFailure } from './responses.ts';
import { field, isObject, type JsonObject } from './values.ts';

/**
 * Defects that mishandle one request shape an IdP sends (IDP-SHAPES.md §2.11, §3.10, §4.10), so the
 * projects that replay that IdP catch them and the others do not. They act on the request before any
 * preset reads it, so they behave the same on every preset: a refusal, or a body rewritten the way a
 * careless server reads it.
 */
type Resource = 'Users' | 'Groups';

function operations(body: unknown): JsonObject[] {
  const ops = isObject(body) ? field(body, 'Operations') : undefined;
  return Array.isArray(ops) ? ops.filter(isObject) : [];
}

function pathOf(operation: JsonObject): string | undefined {
  const path = field(operation, 'path');
  return typeof path === 'string' ? path.trim() : undefined;
}

function isMembersFilterPath(path: string | undefined): boolean {
  return path !== undefined && /^members\s*\[/i.test(path);
}

function memberValuesOf(body: unknown): unknown[] {
  const fromOps = operations(body).flatMap((op) => {
    const value = field(op, 'value');
    return Array.isArray(value) ? value : [];
  });
  const members = isObject(body) ? field(body, 'members') : undefined;
  return [...fromOps, ...(Array.isArray(members) ? members : [])];
}

/** Refusals of a shape: 400 before the request is read. */
export function refuseShape(ctx: ScimContext, resource: Resource): void {
  const { body, defects, req } = ctx;
  if (req.method === 'PATCH') {
    if (defects.has('idp/update-user~capitalised-op-rejected')) {
      const capitalised = operations(body).find((op) => typeof field(op, 'op') === 'string' && /[A-Z]/.test(field(op, 'op') as string));
      if (capitalised !== undefined) throw new ScimFailure(400, `"op" must be lower-case, got ${JSON.stringify(field(capitalised, 'op'))}`, 'invalidSyntax');
    }
    if (defects.has('idp/rename-group~authentik-no-schemas-rejected') && isObject(body) && field(body, 'schemas') === undefined) {
      throw new ScimFailure(400, `A PatchOp must carry "schemas": ["${URN.patchOp}"]`, 'invalidSyntax');
    }
  }
  if (resource === 'Users') {
    if (req.method === 'PUT' && defects.has('idp/update-user~okta-put-readonly-rejected') && isObject(body) && (field(body, 'meta') !== undefined || field(body, 'groups') !== undefined)) {
      throw new ScimFailure(400, '"meta" and "groups" are read-only and must not be sent', 'mutability');
    }
    return;
  }
  if (req.method === 'PATCH') {
    const ops = operations(body);
    if (defects.has('idp/remove-member~filter-path-rejected') && ops.some((op) => field(op, 'op') === 'remove' && isMembersFilterPath(pathOf(op)))) {
      throw new ScimFailure(400, 'Value filters in "path" are not supported', 'invalidPath');
    }
    const renamesWithId = ops.some((op) => pathOf(op) === undefined && isObject(field(op, 'value')) && field(field(op, 'value') as JsonObject, 'id') !== undefined);
    if (defects.has('idp/add-member~okta-noop-rename-rejected') && renamesWithId) throw new ScimFailure(400, '"id" is read-only and cannot be replaced', 'mutability');
  }
  if (defects.has('idp/add-member~entra-ref-null-rejected') && memberValuesOf(body).some((m) => isObject(m) && Object.hasOwn(m, '$ref') && m.$ref === null)) {
    throw new ScimFailure(400, 'A member "$ref" must be a URI, not null', 'invalidValue');
  }
  if ((req.method === 'POST' || req.method === 'PUT') && defects.has('idp/create-group~entra-unknown-schema-rejected')) {
    const schemas = isObject(body) ? field(body, 'schemas') : undefined;
    if (Array.isArray(schemas) && schemas.some((s) => s !== URN.group)) throw new ScimFailure(400, `Only "${URN.group}" is accepted in "schemas"`, 'invalidSyntax');
  }
  const readsOne = /\/Groups\/[^/]+$/.test(req.path);
  if (req.method === 'GET' && readsOne && req.query.has('excludedAttributes') && defects.has('idp/find-group~entra-excluded-attributes-rejected')) {
    throw new ScimFailure(400, 'excludedAttributes is not supported', 'invalidSyntax');
  }
}

/**
 * A group PatchOp as a careless server reads it: Entra's and Authentik's `remove` of "members" with a
 * value array (IDP-SHAPES.md §3.7, §4.7) read as "remove every member".
 */
export function misreadGroupPatch(ctx: ScimContext): unknown {
  const { body, defects } = ctx;
  if (!defects.has('idp/remove-member~value-array-ignored') || !isObject(body)) return body;
  const ops = operations(body).map((op) => {
    const removesListed = String(field(op, 'op')).toLowerCase() === 'remove' && pathOf(op)?.toLowerCase() === 'members' && field(op, 'value') !== undefined;
    if (!removesListed) return op;
    const { value: _listed, ...wholesale } = op;
    return wholesale;
  });
  return { ...body, Operations: ops };
}
