import { parse, type Filter } from 'scim2-parse-filter';
import { badRequest } from './errors.ts';

/**
 * Parses a filter (RFC 7644 §3.4.2.2). A syntax error is a 400 whose detail quotes the expression;
 * the scimType is the caller's: invalidFilter for `?filter=`, invalidPath inside a PATCH path.
 */
export function parseFilterExpression(expression: string, scimType: 'invalidFilter' | 'invalidPath'): Filter {
  try {
    return parse(attachSubAttributesToValuePaths(expression));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badRequest(scimType, `The filter ${JSON.stringify(expression)} is not valid: ${reason}.`);
  }
}

/** Index of the "]" closing the "[" at `open`, skipping quoted strings; -1 when there is none. */
export function findClosingBracket(text: string, open: number): number {
  let inQuote = false;
  for (let i = open + 1; i < text.length; i += 1) {
    const char = text[i];
    if (inQuote) {
      if (char === '\\') i += 1;
      else if (char === '"') inQuote = false;
    } else if (char === '"') inQuote = true;
    else if (char === ']') return i;
  }
  return -1;
}

const SUB_ATTRIBUTE_COMPARISON = /^\.(\$?[A-Za-z][\w-]*)\s+([A-Za-z]{2})(?![\w-])/;
const COMPARISON_VALUE = /^\s+("(?:[^"\\]|\\.)*"|[^\s()[\]]+)/;

/**
 * Entra filters on `emails[type eq "work"].value eq "x"` (IDP-SHAPES §3.8). The RFC 7644 §3.4.2.2
 * grammar has no sub-attribute after a value path, and the parser reads it as
 * `emails[type eq "work"] and emails.value eq "x"`, which two different emails could satisfy together.
 * Moving the comparison inside the brackets keeps both conditions on the same value.
 */
export function attachSubAttributesToValuePaths(expression: string): string {
  let output = '';
  let copied = 0;
  let inQuote = false;
  for (let i = 0; i < expression.length; i += 1) {
    const char = expression[i];
    if (inQuote) {
      if (char === '\\') i += 1;
      else if (char === '"') inQuote = false;
      continue;
    }
    if (char === '"') inQuote = true;
    if (char !== '[') continue;
    const close = findClosingBracket(expression, i);
    if (close < 0) return expression;
    const rewritten = rewriteTrailingComparison(expression, i, close);
    if (rewritten !== undefined) {
      output += expression.slice(copied, i) + rewritten.text;
      copied = rewritten.end;
    }
    i = (rewritten?.end ?? close + 1) - 1;
  }
  return output + expression.slice(copied);
}

function rewriteTrailingComparison(expression: string, open: number, close: number): { text: string; end: number } | undefined {
  const after = expression.slice(close + 1);
  const comparison = SUB_ATTRIBUTE_COMPARISON.exec(after);
  if (comparison === null) return undefined;
  const [matched, subAttribute, operator] = comparison as unknown as [string, string, string];
  let end = close + 1 + matched.length;
  let clause = `${subAttribute} ${operator}`;
  if (operator.toLowerCase() !== 'pr') {
    const value = COMPARISON_VALUE.exec(expression.slice(end));
    if (value === null) return undefined;
    clause += ` ${value[1]}`;
    end += value[0].length;
  }
  return { text: `[(${expression.slice(open + 1, close)}) and ${clause}]`, end };
}
