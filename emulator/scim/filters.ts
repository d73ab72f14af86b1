import { parse, type Filter } from 'scim2-parse-filter';
import type { ScimContext } from './context.ts';
import { ScimFailure } from './responses.ts';
import { compileFilter, type ResourceSchema, type ScimResource } from './rfc-engine.ts';
import { unqualify } from './values.ts';

/**
 * How a list request's `filter` is served. Cloudflare supports exactly one form per resource,
 * `userName eq "x"` and `displayName eq "x"` (CLOUDFLARE.md A3, A5.6), answered from an index;
 * the `full` mode hands anything else to the RFC engine and still serves that form from the index.
 */
export type FilterPlan =
  | { kind: 'none' }
  | { kind: 'lookup'; value: string }
  | { kind: 'predicate'; test: (resource: ScimResource) => boolean };

export interface FilterTarget {
  /** The one attribute Cloudflare filters on. */
  attribute: 'userName' | 'displayName';
  coreSchema: string;
  schema: ResourceSchema;
}

/** The value of `<attribute> eq "<string>"` (names case-insensitive, optionally URN-qualified), else undefined. */
export function equalityValue(filter: Filter, target: FilterTarget): string | undefined {
  if (filter.op !== 'eq' || !('compValue' in filter) || typeof filter.compValue !== 'string') return undefined;
  const attribute = unqualify(filter.attrPath, target.coreSchema);
  return attribute.toLowerCase() === target.attribute.toLowerCase() ? filter.compValue : undefined;
}

function parsed(expression: string): Filter | undefined {
  try {
    return parse(expression);
  } catch {
    return undefined;
  }
}

export function planFilter(ctx: ScimContext, expression: string | null, target: FilterTarget): FilterPlan {
  if (expression === null || expression.trim() === '') return { kind: 'none' };
  if (ctx.defects.has('robustness/filters/hostile-values-literal') && (/['*%$()]|\\"/.test(expression) || expression.length > 4096)) {
    // A filter spliced into a query by hand: a quote, wildcard or bracket, or an over-long expression, crashes it.
    throw new Error(`query failed near ${JSON.stringify(expression.slice(0, 40))}`);
  }
  const filter = parsed(expression);
  const value = filter === undefined ? undefined : equalityValue(filter, target);
  if (value !== undefined) return { kind: 'lookup', value };
  if (ctx.knobs.filterSupport === 'full') return { kind: 'predicate', test: compileFilter(expression, target.schema) };
  if (filter === undefined) throw new ScimFailure(400, `The filter ${JSON.stringify(expression)} is not a valid SCIM filter`, 'invalidFilter');
  if (ctx.knobs.unsupportedFilter === 'ignore') return { kind: 'none' };
  throw new ScimFailure(400, `Unsupported filter ${JSON.stringify(expression)}: only '${target.attribute} eq "value"' is supported`, 'invalidFilter');
}
