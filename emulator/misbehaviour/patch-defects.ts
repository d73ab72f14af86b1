import type { DefectName } from '../defects.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { GROUP_RESOURCE_SCHEMA, resolveAttribute, USER_RESOURCE_SCHEMA, type ResourceSchema } from '../rfc/index.ts';
import { parsePatchPath } from '../rfc/patch/path.ts';
import type { ScimContext } from '../scim/context.ts';
import { findGroup, memberIds } from '../scim/group-resource.ts';
import { asGet, errorAnswer, isJson, withBody, type Json, type Routed, type Serve } from './request.ts';

/**
 * PATCH defects (requirements/catalog/patch.ts, RFC 7644 §3.5.2). Most rewrite the operations the way a
 * faulty server reads them; an operation a defect ignores is dropped, and a PATCH left with none answers
 * 200 with the resource unchanged, as a server that ignores it would. The others change how the
 * operations are run: out of order, not atomically, or answered with the resource from before.
 */
type Operation = Json & { op?: unknown; path?: unknown; value?: unknown };
type OperationRewrite = (operation: Operation, scope: Scope) => Operation[];

interface Scope {
  schema: ResourceSchema;
  ctx: ScimContext;
  id: string;
}

const nameOf = (operation: Operation) => (typeof operation.op === 'string' ? operation.op.toLowerCase() : '');
const pathOf = (operation: Operation) => (typeof operation.path === 'string' ? operation.path.trim() : undefined);

/** `displayName`: no sub-attribute, no value filter, no URN. */
function isSimplePath(path: string | undefined): boolean {
  return path !== undefined && !/[.[:]/.test(path);
}

function isSubAttributePath(path: string | undefined): boolean {
  return path !== undefined && path.includes('.') && !path.includes('[') && !path.toLowerCase().startsWith('urn:');
}

function definitionOf(path: string | undefined, scope: Scope) {
  if (path === undefined || path.includes('[')) return undefined;
  const resolved = resolveAttribute(path, scope.schema);
  return resolved?.parent === undefined ? resolved?.definition : undefined;
}

const isMembers = (path: string | undefined) => path !== undefined && /^members(\[|$)/i.test(path);
const withoutFilter = (path: string) => path.replace(/\[[^\]]*\]/, '');
const drop: Operation[] = [];

function when(test: (operation: Operation, scope: Scope) => boolean, rewrite: (operation: Operation, scope: Scope) => Operation[]): OperationRewrite {
  return (operation, scope) => (test(operation, scope) ? rewrite(operation, scope) : [operation]);
}

const opIs = (name: string, test: (path: string | undefined, operation: Operation, scope: Scope) => boolean) => (operation: Operation, scope: Scope) =>
  nameOf(operation) === name && test(pathOf(operation), operation, scope);

const singleComplex = (path: string | undefined, _: Operation, scope: Scope) => {
  const definition = definitionOf(path, scope);
  return definition?.type === 'complex' && !definition.multiValued;
};

const wholeMultiValued = (path: string | undefined, _: Operation, scope: Scope) => definitionOf(path, scope)?.multiValued === true && !isMembers(path);

/** Replaced whole: the sub-attributes not given are cleared. */
const replacedWhole = (operation: Operation): Operation[] => [{ op: 'remove', path: operation.path }, { op: 'add', path: operation.path, value: operation.value }];

function isReadOnly(path: string | undefined, scope: Scope): boolean {
  if (path === undefined) return false;
  const resolved = resolveAttribute(withoutFilter(path).split('[')[0]!, scope.schema);
  return resolved !== undefined && (resolved.definition.mutability === 'readOnly' || resolved.parent?.mutability === 'readOnly');
}

function isInvalidPath(path: string | undefined, scope: Scope): boolean {
  if (path === undefined) return false;
  try {
    parsePatchPath(path, scope.schema, 'a defect check');
    return false;
  } catch {
    return true;
  }
}

const PATHLESS_KEYS = (test: (key: string) => boolean) => (operation: Operation): Operation[] => {
  if (!isJson(operation.value) || pathOf(operation) !== undefined) return [operation];
  const value = Object.fromEntries(Object.entries(operation.value).filter(([key]) => !test(key)));
  return Object.keys(value).length === 0 ? drop : [{ ...operation, value }];
};

const REWRITES: ReadonlyArray<[DefectName, OperationRewrite]> = [
  ['patch/replace/simple-attribute', when(opIs('replace', isSimplePath), () => drop)],
  ['patch/replace/sub-attribute', when(opIs('replace', isSubAttributePath), () => drop)],
  ['patch/replace/complex-merge', when(opIs('replace', singleComplex), replacedWhole)],
  ['patch/replace/pathless', when(opIs('replace', (path) => path === undefined), () => drop)],
  ['patch/replace/multi-valued-all', when(opIs('replace', wholeMultiValued), (o) => [{ ...o, op: 'add' }])],
  ['patch/replace/value-filter', when(opIs('replace', (path) => path?.includes('[') === true && !isMembers(path)), (o) => [{ ...o, path: withoutFilter(pathOf(o)!) }])],
  ['patch/add/simple-attribute', when(opIs('add', isSimplePath), () => drop)],
  ['patch/add/multi-valued-appends', when(opIs('add', wholeMultiValued), (o) => [{ ...o, op: 'replace' }])],
  ['patch/add/complex-merge', when(opIs('add', singleComplex), replacedWhole)],
  [
    'patch/add/pathless',
    when(opIs('add', (path, o) => path === undefined && isJson(o.value)), (o) => [{ ...o, value: Object.fromEntries(Object.entries(o.value as Json).slice(0, 1)) }]),
  ],
  ['patch/remove/simple-attribute', when(opIs('remove', isSimplePath), () => drop)],
  ['patch/remove/sub-attribute', when(opIs('remove', isSubAttributePath), () => drop)],
  ['patch/remove/multi-valued-all', when(opIs('remove', wholeMultiValued), (o) => [{ ...o, path: `${pathOf(o)}[type eq "work"]` }])],
  ['patch/remove/value-filter', when(opIs('remove', (path) => path?.includes('[') === true && !isMembers(path)), (o) => [{ ...o, path: withoutFilter(pathOf(o)!) }])],
  ['patch/extension/urn-path', when((o) => pathOf(o)?.toLowerCase().startsWith('urn:') === true, () => drop)],
  ['patch/extension/pathless-urn-key', PATHLESS_KEYS((key) => key.toLowerCase().startsWith('urn:'))],
  ['patch/errors/invalid-path', when((o, scope) => isInvalidPath(pathOf(o), scope), () => drop)],
  ['patch/errors/read-only-mutability', when((o, scope) => isReadOnly(pathOf(o), scope), () => drop)],
  ['patch/errors/remove-without-path', when(opIs('remove', (path) => path === undefined), () => drop)],
  ['patch/errors/unknown-op', when((o) => !['add', 'remove', 'replace'].includes(nameOf(o)), (o) => [{ ...o, op: 'replace' }])],
  [
    'patch/errors/invalid-value-type',
    (operation) => {
      const notBoolean = (value: unknown) => typeof value === 'string' && !/^(true|false)$/i.test(value.trim());
      if (pathOf(operation)?.toLowerCase() === 'active' && notBoolean(operation.value)) return drop;
      return PATHLESS_KEYS((key) => key.toLowerCase() === 'active' && isJson(operation.value) && notBoolean(operation.value[key]))(operation);
    },
  ],
  ['patch/groups/add-member', when(opIs('add', isMembers), () => drop)],
  ['patch/groups/remove-member-filter', when(opIs('remove', (path) => isMembers(path) && path!.includes('[')), (o) => [{ ...o, path: 'members' }])],
  ['patch/groups/replace-members', when(opIs('replace', (path) => path?.toLowerCase() === 'members'), (o) => [{ ...o, op: 'add' }])],
  ['patch/groups/replace-display-name', (o) => (nameOf(o) === 'replace' && pathOf(o)?.toLowerCase() === 'displayname' ? drop : nameOf(o) === 'replace' ? PATHLESS_KEYS((key) => key.toLowerCase() === 'displayname')(o) : [o])],
  [
    'patch/groups/remove-all-members',
    when(opIs('remove', (path, o) => path?.toLowerCase() === 'members' && o.value === undefined), (o, scope) => {
      const first = [...memberIds(scope.ctx, findGroup(scope.ctx, scope.id))][0];
      return first === undefined ? [o] : [{ ...o, value: [{ value: first }] }];
    }),
  ],
];

function operationsOf(body: unknown): Operation[] | undefined {
  if (!isJson(body)) return undefined;
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'operations');
  const operations = key === undefined ? undefined : body[key];
  return Array.isArray(operations) && operations.every(isJson) ? (operations as Operation[]) : undefined;
}

function withOperations(ctx: ScimContext, operations: Operation[]): ScimContext {
  const body = ctx.body as Json;
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'operations') ?? 'Operations';
  return withBody(ctx, { ...body, [key]: operations });
}

function touchesPassword(operations: readonly Operation[]): boolean {
  return operations.some((o) => pathOf(o)?.toLowerCase() === 'password' || (isJson(o.value) && pathOf(o) === undefined && Object.keys(o.value).some((k) => k.toLowerCase() === 'password')));
}

/** A PATCH of /Users/{id} or /Groups/{id} served the way the switched-on defects would; undefined when none applies. */
export function patchByDefect(route: Routed, segments: readonly string[], serve: Serve): EmulatorResponse | undefined {
  const { ctx } = route;
  if (ctx.req.method !== 'PATCH' || route.id === undefined || route.rest.length > 0 || (route.endpoint !== 'Users' && route.endpoint !== 'Groups')) return undefined;
  const operations = operationsOf(ctx.body);
  if (operations === undefined) return undefined;
  if (ctx.defects.has('optional-features/change-password/claimed-works') && touchesPassword(operations)) {
    return errorAnswer(400, 'password cannot be changed here', 'mutability');
  }
  const sequencing: DefectName[] = ['patch/order/sequential', 'patch/response/updated-resource', 'patch/atomic/unchanged-on-failure'];
  if (![...REWRITES.map(([defect]) => defect), ...sequencing].some((defect) => ctx.defects.has(defect))) return undefined;
  const scope: Scope = { schema: route.endpoint === 'Users' ? USER_RESOURCE_SCHEMA : GROUP_RESOURCE_SCHEMA, ctx, id: route.id };
  let rewritten = operations;
  for (const [defect, rewrite] of REWRITES) {
    if (ctx.defects.has(defect)) rewritten = rewritten.flatMap((operation) => rewrite(operation, scope));
  }
  if (ctx.defects.has('patch/order/sequential')) rewritten = [...rewritten].reverse();
  if (rewritten.length === 0) return serve(asGet(ctx), segments);
  const run = (list: Operation[]) => serve(withOperations(ctx, list), segments);
  if (ctx.defects.has('patch/response/updated-resource')) {
    const before = serve(asGet(ctx), segments);
    const after = run(rewritten);
    return after.status === 200 ? { ...after, body: before.body } : after;
  }
  const answer = run(rewritten);
  if (ctx.defects.has('patch/atomic/unchanged-on-failure') && answer.status >= 400) {
    // The operations before the failing one stay applied: the longest prefix that succeeds is kept.
    for (let kept = rewritten.length - 1; kept > 0; kept--) if (run(rewritten.slice(0, kept)).status < 400) break;
  }
  return answer;
}
