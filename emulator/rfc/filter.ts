import type { Compare, Filter } from 'scim2-parse-filter';
import { readValues, valuesOf } from './access.ts';
import { findSubAttribute, resolveAttribute } from './attributes.ts';
import { compareValues, valuesEqual } from './compare.ts';
import { parseDateTime } from './date-time.ts';
import { badRequest } from './errors.ts';
import { parseFilterExpression } from './filter-syntax.ts';
import { getMember, hasValue, isJsonObject, type JsonObject } from './json.ts';
import type { AttributeDefinition, ResourceSchema, ScimResource } from './types.ts';

type Predicate = (node: JsonObject) => boolean;

/** An attribute a filter names, with a way to read its values from the node being tested. */
interface Operand {
  definition: AttributeDefinition;
  read(node: JsonObject): unknown[];
}

/** How names are resolved: against a resource's schemas, or inside one value of a value path. */
type Scope = (attributePath: string) => Operand | undefined;

/**
 * Compiles a filter (RFC 7644 §3.4.2.2) against a resource type's schemas. Everything that can be
 * refused is refused here, before any resource is tested: syntax errors, and comparisons the
 * attribute's type does not support, are 400 invalidFilter.
 */
export function compileFilter(expression: string, schema: ResourceSchema): (resource: ScimResource) => boolean {
  const ast = parseFilterExpression(expression, 'invalidFilter');
  const predicate = compileNode(ast, resourceScope(schema), expression);
  return (resource) => predicate(resource);
}

/** The filter of a value path such as `members[value eq "x"]`, tested against one value. */
export function compileValueFilter(ast: Filter, parent: AttributeDefinition, expression: string): Predicate {
  return compileNode(ast, valueScope(parent), expression);
}

function resourceScope(schema: ResourceSchema): Scope {
  return (path) => {
    const resolved = resolveAttribute(path, schema);
    if (resolved === undefined) return undefined;
    return { definition: resolved.definition, read: (node) => readValues(node, resolved, schema) };
  };
}

function valueScope(parent: AttributeDefinition): Scope {
  return (path) => {
    const definition = findSubAttribute(parent, path);
    if (definition === undefined) return undefined;
    return { definition, read: (node) => valuesOf(getMember(node, definition.name)) };
  };
}

/** A name no schema defines matches nothing; it is not an error (the filter may target other types). */
const NO_MATCH: Predicate = () => false;

function compileNode(node: Filter, scope: Scope, expression: string): Predicate {
  switch (node.op) {
    case 'and': {
      const parts = node.filters.map((part) => compileNode(part, scope, expression));
      return (value) => parts.every((part) => part(value));
    }
    case 'or': {
      const parts = node.filters.map((part) => compileNode(part, scope, expression));
      return (value) => parts.some((part) => part(value));
    }
    case 'not': {
      const inner = compileNode(node.filter, scope, expression);
      return (value) => !inner(value);
    }
    case '[]': {
      const operand = scope(node.attrPath);
      if (operand === undefined) return NO_MATCH;
      if (operand.definition.type !== 'complex') {
        throw badRequest('invalidFilter', `${unsupported(expression)}: "${node.attrPath}" is not complex, so it takes no value filter.`);
      }
      const inner = compileValueFilter(node.valFilter, operand.definition, expression);
      return (value) => operand.read(value).some((item) => isJsonObject(item) && inner(item));
    }
    case 'pr': {
      const operand = scope(node.attrPath);
      if (operand === undefined) return NO_MATCH;
      return (value) => operand.read(value).some(hasValue);
    }
    default:
      return compileComparison(node, scope, expression);
  }
}

const ORDERINGS: Record<string, (order: number) => boolean> = {
  gt: (order) => order > 0,
  ge: (order) => order >= 0,
  lt: (order) => order < 0,
  le: (order) => order <= 0,
};

const STRING_MATCHES: Record<string, (actual: string, expected: string) => boolean> = {
  co: (actual, expected) => actual.includes(expected),
  sw: (actual, expected) => actual.startsWith(expected),
  ew: (actual, expected) => actual.endsWith(expected),
};

function compileComparison(node: Compare, scope: Scope, expression: string): Predicate {
  const named = scope(node.attrPath);
  if (named === undefined) return NO_MATCH;
  const operand = valueOperand(named, node.attrPath, expression);
  const { definition } = operand;
  const expected = node.compValue;
  const refuse = (reason: string) => badRequest('invalidFilter', `${unsupported(expression)}: ${reason}`);
  const requireInstant = () => {
    if (definition.type === 'dateTime' && (typeof expected !== 'string' || parseDateTime(expected) === undefined)) {
      throw refuse(`"${node.attrPath}" is a dateTime and ${JSON.stringify(expected)} is not one.`);
    }
  };

  // RFC 7643 §2.5: null is the unassigned state, so "eq null" asks for absence and "ne null" for presence.
  if (expected === null) {
    if (node.op === 'eq') return (value) => !operand.read(value).some(hasValue);
    if (node.op === 'ne') return (value) => operand.read(value).some(hasValue);
    throw refuse(`"${node.op}" cannot compare with null.`);
  }

  // "ne" is the negation of "eq": a resource with no value at all is "not equal" too.
  if (node.op === 'eq' || node.op === 'ne') {
    requireInstant();
    const wanted = node.op === 'eq';
    return (value) => operand.read(value).some((actual) => valuesEqual(definition, actual, expected)) === wanted;
  }

  const ordering = ORDERINGS[node.op];
  if (ordering !== undefined) {
    // RFC 7644 §3.4.2.2: gt, ge, lt and le on a boolean or binary attribute are refused.
    if (definition.type === 'boolean' || definition.type === 'binary') {
      throw refuse(`"${node.op}" does not apply to the ${definition.type} attribute "${node.attrPath}".`);
    }
    if (typeof expected === 'boolean') throw refuse(`"${node.op}" cannot compare with a boolean.`);
    requireInstant();
    return (value) =>
      operand.read(value).some((actual) => {
        const order = compareValues(definition, actual, expected);
        return order !== undefined && ordering(order);
      });
  }

  const matches = STRING_MATCHES[node.op];
  if (matches === undefined) throw refuse(`unknown operator "${node.op}".`);
  if (!STRING_TYPES.has(definition.type)) {
    throw refuse(`"${node.op}" applies to strings, and "${node.attrPath}" is ${definition.type}.`);
  }
  if (typeof expected !== 'string') throw refuse(`"${node.op}" needs a string, not ${JSON.stringify(expected)}.`);
  const fold = (text: string) => (definition.caseExact ? text : text.toLowerCase());
  return (value) =>
    operand.read(value).some((actual) => typeof actual === 'string' && matches(fold(actual), fold(expected)));
}

/** co, sw and ew compare text; a dateTime is text too (`meta.created sw "2011-05"`). */
const STRING_TYPES = new Set(['string', 'reference', 'binary', 'dateTime']);

/**
 * A complex attribute compared as a whole (`emails co "example.com"`, `members eq "id"`) is compared
 * by its "value" sub-attribute (RFC 7644 §3.4.2.2 examples); one without a "value" cannot be compared.
 */
function valueOperand(operand: Operand, path: string, expression: string): Operand {
  if (operand.definition.type !== 'complex') return operand;
  const value = findSubAttribute(operand.definition, 'value');
  if (value === undefined) {
    throw badRequest('invalidFilter', `${unsupported(expression)}: "${path}" is complex; compare one of its sub-attributes.`);
  }
  return {
    definition: value,
    read: (node) => operand.read(node).flatMap((item) => (isJsonObject(item) ? valuesOf(getMember(item, value.name)) : [])),
  };
}

function unsupported(expression: string): string {
  return `The filter ${JSON.stringify(expression)} is not supported`;
}
