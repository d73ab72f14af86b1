import type { Filter } from 'scim2-parse-filter';
import { findExtension, findSubAttribute, isAttributeName, resolveAttribute } from '../attributes.ts';
import { badRequest, ScimRequestError } from '../errors.ts';
import { findClosingBracket, parseFilterExpression } from '../filter-syntax.ts';
import { compileValueFilter } from '../filter.ts';
import type { JsonObject } from '../json.ts';
import type { AttributeDefinition, ResourceSchema } from '../types.ts';

export interface ValueSelection {
  ast: Filter;
  matches(value: JsonObject): boolean;
}

/** A PATCH path naming an attribute: `title`, `name.givenName`, `emails[type eq "work"].value`. */
export interface AttributeTarget {
  kind: 'attribute';
  schemaId: string;
  /** The top-level attribute the path starts from. */
  attribute: AttributeDefinition;
  /** The values of a multi-valued attribute the path selects; absent means all of them. */
  selection?: ValueSelection;
  subAttribute?: AttributeDefinition;
}

/** A PATCH path naming a whole extension object by its URN. */
export interface ExtensionTarget {
  kind: 'extension';
  schemaId: string;
}

export type PatchTarget = AttributeTarget | ExtensionTarget;

/**
 * Parses a PATCH path: PATH = attrPath / valuePath [subAttr] (RFC 7644 §3.5.2, Figure 7). A path
 * that is malformed or names an attribute the resource type does not define is 400 invalidPath.
 */
export function parsePatchPath(path: string, schema: ResourceSchema, where: string): PatchTarget {
  const invalid = (reason: string) => badRequest('invalidPath', `In ${where}, the path ${JSON.stringify(path)} ${reason}`);
  const open = path.indexOf('[');
  const head = open < 0 ? path : path.slice(0, open);

  const extension = open < 0 ? findExtension(head, schema) : undefined;
  if (extension !== undefined) return { kind: 'extension', schemaId: extension.id };

  const resolved = resolveAttribute(head, schema);
  if (resolved === undefined) throw invalid('names no attribute of this resource type.');
  if (open < 0) {
    const { parent, definition, schemaId } = resolved;
    return parent === undefined
      ? { kind: 'attribute', schemaId, attribute: definition }
      : { kind: 'attribute', schemaId, attribute: parent, subAttribute: definition };
  }

  const { definition: attribute, parent, schemaId } = resolved;
  if (parent !== undefined || attribute.type !== 'complex' || !attribute.multiValued) {
    throw invalid(`selects values of "${head}", which is not a multi-valued complex attribute.`);
  }
  const close = findClosingBracket(path, open);
  if (close < 0) throw invalid('has no closing "]".');
  const tail = path.slice(close + 1);
  const target: AttributeTarget = { kind: 'attribute', schemaId, attribute, selection: selectValues(path.slice(open + 1, close), attribute, where) };
  if (tail === '') return target;
  const subName = tail.startsWith('.') ? tail.slice(1) : '';
  const subAttribute = isAttributeName(subName) ? findSubAttribute(attribute, subName) : undefined;
  if (subAttribute === undefined) throw invalid(`ends in ${JSON.stringify(tail)}, which is not a sub-attribute of "${attribute.name}".`);
  target.subAttribute = subAttribute;
  return target;
}

function selectValues(filterText: string, attribute: AttributeDefinition, where: string): ValueSelection {
  try {
    const ast = parseFilterExpression(filterText, 'invalidPath');
    return { ast, matches: compileValueFilter(ast, attribute, filterText) };
  } catch (error) {
    // Inside a PATCH path the filter is part of the path, so its faults are path faults (RFC 7644 Table 9).
    if (error instanceof ScimRequestError) throw badRequest('invalidPath', `In ${where}: ${error.detail}`);
    throw error;
  }
}
