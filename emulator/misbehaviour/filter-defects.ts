import { parse, stringify, type Filter } from 'scim2-parse-filter';
import type { DefectName } from '../defects.ts';
import { GROUP_RESOURCE_SCHEMA, resolveAttribute, USER_RESOURCE_SCHEMA, type ResourceSchema } from '../rfc/index.ts';
import { findSubAttribute } from '../rfc/attributes.ts';
import type { ScimContext } from '../scim/context.ts';
import { withQuery, type Routed } from './request.ts';

/**
 * Filter defects (requirements/catalog/filters.ts): the request's filter is parsed, rewritten the
 * way a faulty server would read it, and handed on, so every preset (the Cloudflare index lookups and
 * the RFC engine alike) answers the misread filter. A Cloudflare preset may then refuse the result
 * with 400 invalidFilter, which the checks read as "not supported here", never as a pass.
 */
const NO_SUCH_ATTRIBUTE = 'noSuchAttribute';

type Rewrite = (node: Filter, scope: Scope) => Filter;

interface Scope {
  schema: ResourceSchema;
  groups: boolean;
  ctx: ScimContext;
}

const SWAPPED_OPERATORS: ReadonlyArray<[DefectName, string, string]> = [
  ['filters/ne/excludes-value', 'ne', 'eq'],
  ['filters/co/substring', 'co', 'sw'],
  ['filters/sw/prefix', 'sw', 'ew'],
  ['filters/ew/suffix', 'ew', 'sw'],
  ['filters/gt/after', 'gt', 'ge'],
  ['filters/ge/at-or-after', 'ge', 'gt'],
  ['filters/lt/before', 'lt', 'le'],
  ['filters/le/at-or-before', 'le', 'lt'],
  ['filters/and/both', 'and', 'or'],
  ['filters/or/either', 'or', 'and'],
];

/** Applies `rewrite` to every node, children first; value filters inside [...] are left as they are. */
function mapTree(node: Filter, rewrite: (node: Filter) => Filter): Filter {
  switch (node.op) {
    case 'and':
    case 'or':
      return rewrite({ ...node, filters: node.filters.map((child) => mapTree(child, rewrite)) });
    case 'not':
      return rewrite({ ...node, filter: mapTree(node.filter, rewrite) });
    default:
      return rewrite(node);
  }
}

function hasAttrPath(node: Filter): node is Filter & { attrPath: string } {
  return 'attrPath' in node;
}

/** A string the value can never equal: no stored value ends in U+0000. */
function unmatchable(value: string): string {
  return `${value}\u0000`;
}

/** The attribute path as the schema spells it, or undefined when the schema does not define it. */
function canonicalPath(path: string, schema: ResourceSchema): string | undefined {
  const resolved = resolveAttribute(path, schema);
  if (resolved === undefined) return undefined;
  const canonical = resolved.parent === undefined ? resolved.definition.name : `${resolved.parent.name}.${resolved.definition.name}`;
  const colon = path.lastIndexOf(':');
  return colon < 0 ? canonical : `${path.slice(0, colon + 1)}${canonical}`;
}

/** Operators written in another case than lower case, outside quoted strings. */
function hasUpperCaseOperator(raw: string): boolean {
  const outsideQuotes = raw.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return outsideQuotes.split(/[\s()[\]]+/).some((word) => /^(eq|ne|co|sw|ew|gt|ge|lt|le|pr|and|or|not)$/i.test(word) && word !== word.toLowerCase());
}

const REWRITES: ReadonlyArray<[DefectName, Rewrite]> = [
  ['filters/eq/matches-value', (node) => (node.op === 'eq' && typeof node.compValue === 'string' ? { ...node, compValue: unmatchable(node.compValue) } : node)],
  [
    'filters/eq/case-insensitive-value',
    // The index lookups (userName, displayName) ignore case by construction; a case-sensitive server finds no exact spelling.
    (node, scope) => {
      if (node.op !== 'eq' || typeof node.compValue !== 'string') return node;
      const value = node.compValue;
      const attribute = node.attrPath.toLowerCase();
      const exact = scope.groups
        ? attribute === 'displayname' && [...scope.ctx.account.systemGroups.list, ...scope.ctx.state.groups.page(0, scope.ctx.state.groups.size)].some((g) => g.displayName === value)
        : attribute === 'username' && scope.ctx.state.users.findByUserName(value)?.userName === value;
      const looked = attribute === (scope.groups ? 'displayname' : 'username');
      return looked && !exact ? { ...node, compValue: unmatchable(value) } : node;
    },
  ],
  ...SWAPPED_OPERATORS.map(([defect, from, to]): [DefectName, Rewrite] => [defect, (node) => (node.op === from ? ({ ...node, op: to } as Filter) : node)]),
  ['filters/not/negates', (node) => (node.op === 'not' ? node.filter : node)],
  ['filters/pr/present', (node) => (node.op === 'pr' ? { ...node, attrPath: 'id' } : node)],
  [
    'filters/grouping/precedence',
    (node) => {
      if (node.op === 'or' && node.filters.at(-1)?.op === 'and') {
        const last = node.filters.at(-1) as Filter & { op: 'and' };
        return { op: 'and', filters: [{ op: 'or', filters: [...node.filters.slice(0, -1), last.filters[0]!] }, ...last.filters.slice(1)] };
      }
      if (node.op === 'and' && node.filters[0]?.op === 'or') {
        const first = node.filters[0] as Filter & { op: 'or' };
        return { op: 'or', filters: [...first.filters.slice(0, -1), { op: 'and', filters: [first.filters.at(-1)!, ...node.filters.slice(1)] }] };
      }
      return node;
    },
  ],
  [
    'filters/value-path/same-value',
    (node) => (node.op === '[]' ? prefixed(node.valFilter, node.attrPath) : node),
  ],
  [
    'filters/sub-attribute/dotted',
    (node) => (hasAttrPath(node) && !node.attrPath.toLowerCase().startsWith('urn:') && node.attrPath.includes('.') ? ({ ...node, attrPath: node.attrPath.split('.').at(-1)! } as Filter) : node),
  ],
  [
    'filters/complex/value-comparison',
    (node, scope) => {
      if (!hasAttrPath(node) || node.op === 'pr' || node.op === '[]') return node;
      const definition = resolveAttribute(node.attrPath, scope.schema)?.definition;
      const type = definition?.type === 'complex' ? findSubAttribute(definition, 'type') : undefined;
      return type === undefined ? node : ({ ...node, attrPath: `${node.attrPath}.type` } as Filter);
    },
  ],
  [
    'filters/attribute-names/case-insensitive',
    (node, scope) => {
      if (!hasAttrPath(node)) return node;
      const canonical = canonicalPath(node.attrPath, scope.schema);
      return canonical === undefined || canonical === node.attrPath ? node : ({ ...node, attrPath: NO_SUCH_ATTRIBUTE } as Filter);
    },
  ],
  ['filters/urn/qualified-names', (node) => (hasAttrPath(node) && node.attrPath.toLowerCase().startsWith('urn:') ? ({ ...node, attrPath: NO_SUCH_ATTRIBUTE } as Filter) : node)],
  ['filters/boolean/eq', (node) => (node.op === 'eq' && typeof node.compValue === 'boolean' ? { ...node, compValue: !node.compValue } : node)],
  ['filters/groups/display-name', (node, scope) => (scope.groups && node.op === 'eq' && node.attrPath.toLowerCase() === 'displayname' && typeof node.compValue === 'string' ? { ...node, compValue: `${node.compValue} ` } : node)],
  ['filters/groups/members-value', (node, scope) => (scope.groups && hasAttrPath(node) && node.attrPath.toLowerCase() === 'members.value' ? ({ ...node, attrPath: 'members.display' } as Filter) : node)],
];

/** `emails[type eq "work" and value co "x"]` as `emails.type eq "work" and emails.value co "x"`. */
function prefixed(node: Filter, parent: string): Filter {
  return mapTree(node, (child) => (hasAttrPath(child) ? ({ ...child, attrPath: `${parent}.${child.attrPath}` } as Filter) : child));
}

function parsed(raw: string): Filter | undefined {
  try {
    return parse(raw);
  } catch {
    return undefined;
  }
}

/** GET /Users and GET /Groups with a filter, read as the switched-on filter defects would. */
export function misreadFilter(route: Routed): ScimContext {
  const { ctx } = route;
  const raw = ctx.req.query.get('filter');
  const listing = ctx.req.method === 'GET' && route.id === undefined && (route.endpoint === 'Users' || route.endpoint === 'Groups');
  if (raw === null || !listing) return ctx;
  const ast = parsed(raw);
  if (ast === undefined) return ctx.defects.has('filters/errors/invalid-filter-400') ? withQuery(ctx, (q) => q.delete('filter')) : ctx;
  const groups = route.endpoint === 'Groups';
  const scope: Scope = { schema: groups ? GROUP_RESOURCE_SCHEMA : USER_RESOURCE_SCHEMA, groups, ctx };
  let result = ast;
  for (const [defect, rewrite] of REWRITES) {
    if (ctx.defects.has(defect)) result = mapTree(result, (node) => rewrite(node, scope));
  }
  if (ctx.defects.has('filters/operators/case-insensitive') && hasUpperCaseOperator(raw)) {
    result = mapTree(result, (node) => (hasAttrPath(node) && 'compValue' in node && typeof node.compValue === 'string' ? { ...node, compValue: unmatchable(node.compValue) } : node));
  }
  return result === ast ? ctx : withQuery(ctx, (q) => q.set('filter', stringify(result)));
}

/** The filter of a request, parsed, for defects that decide on its shape. */
export function filterOf(ctx: ScimContext): Filter | undefined {
  const raw = ctx.req.query.get('filter');
  return raw === null ? undefined : parsed(raw);
}

/** Whether any comparison of the filter orders (gt, ge, lt, le) a boolean attribute. */
export function ordersBoolean(ast: Filter, schema: ResourceSchema): boolean {
  let found = false;
  mapTree(ast, (node) => {
    if (['gt', 'ge', 'lt', 'le'].includes(node.op) && hasAttrPath(node) && resolveAttribute(node.attrPath, schema)?.definition.type === 'boolean') found = true;
    return node;
  });
  return found;
}
