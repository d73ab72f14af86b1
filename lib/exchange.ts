/**
 * One HTTP request/response pair as the harness saw it. Every check's evidence is a list of these.
 * Header values and bodies are already redacted when an Exchange is built (see lib/secrets.ts),
 * so an Exchange can be attached, printed or written anywhere.
 */
export interface Exchange {
  /** Sequence number within the log that recorded it (1-based). */
  seq: number;
  method: string;
  /** Absolute URL as sent, query string included. */
  url: string;
  requestHeaders: Record<string, string>;
  /** Body as sent, decoded as UTF-8 (raw bytes that are not UTF-8 are shown with U+FFFD). */
  requestBody: string | undefined;
  /** Undefined when no response arrived (transport failure). */
  status: number | undefined;
  responseHeaders: Record<string, string>;
  responseBody: string | undefined;
  durationMs: number;
  /** How many attempts the client made (1 when nothing was retried). */
  attempts: number;
  /** Transport failure after the last attempt, e.g. "ECONNREFUSED" or "timeout after 30000 ms". */
  transportError?: string;
  startedAt: string;
}

/** Maximum characters of a body shown in one-line summaries and failure messages. */
export const BODY_PREVIEW_CHARS = 600;

export function previewBody(body: string | undefined, max = BODY_PREVIEW_CHARS): string {
  if (body === undefined || body === '') return '(empty)';
  return body.length <= max ? body : `${body.slice(0, max)}… (${body.length - max} more characters)`;
}

/** `POST https://host/scim/v2/Users -> 201 (12 ms)`: how an exchange is named in messages. */
export function describeExchange(ex: Exchange): string {
  const outcome = ex.status === undefined ? `no response (${ex.transportError ?? 'unknown error'})` : String(ex.status);
  return `${ex.method} ${ex.url} -> ${outcome} (${Math.round(ex.durationMs)} ms${ex.attempts > 1 ? `, ${ex.attempts} attempts` : ''})`;
}

/** A readable transcript of one exchange: request line, headers, body, then the response. */
export function formatExchange(ex: Exchange): string {
  const lines: string[] = [`${ex.method} ${ex.url}`];
  for (const [k, v] of Object.entries(ex.requestHeaders)) lines.push(`${k}: ${v}`);
  if (ex.requestBody !== undefined && ex.requestBody !== '') lines.push('', ex.requestBody);
  lines.push('', '---');
  if (ex.status === undefined) {
    lines.push(`no response: ${ex.transportError ?? 'unknown error'}`);
  } else {
    lines.push(`HTTP ${ex.status}  (${Math.round(ex.durationMs)} ms${ex.attempts > 1 ? `, ${ex.attempts} attempts` : ''})`);
    for (const [k, v] of Object.entries(ex.responseHeaders)) lines.push(`${k}: ${v}`);
    if (ex.responseBody !== undefined && ex.responseBody !== '') lines.push('', ex.responseBody);
  }
  return lines.join('\n');
}

/**
 * The transcript of a check, as reports attach it: each exchange numbered and named on one line, then
 * in full. JSON bodies are indented for reading, but only white space is added: every token stays as
 * the target sent it (a `1.0` stays `1.0`, a duplicated key stays duplicated), so the transcript is
 * still evidence of what came back.
 */
export function formatTranscript(exchanges: readonly Exchange[]): string {
  return exchanges
    .map((ex) => {
      const heading = `#${ex.seq}  ${describeExchange(ex)}`;
      const readable = { ...ex, requestBody: indentJson(ex.requestBody), responseBody: indentJson(ex.responseBody) };
      return `${heading}\n${'='.repeat(Math.min(heading.length, 100))}\n${formatExchange(readable)}`;
    })
    .join('\n\n\n');
}

const INDENT = '  ';
/** Past this depth lines are no longer indented further: a 5,000-deep body would otherwise take O(depth²) text. */
const MAX_INDENT_DEPTH = 32;

/** Re-indents a JSON text without parsing it into values; anything that is not JSON comes back as it was. */
export function indentJson(body: string | undefined): string | undefined {
  if (body === undefined || !/^\s*[[{]/.test(body)) return body;
  try {
    JSON.parse(body);
  } catch {
    return body;
  }
  // One pass over the text, in slices: strings and literals are copied whole, and a line break is
  // written only when the next token comes, so an empty `{}` or `[]` needs no look back.
  const parts: string[] = [];
  const n = body.length;
  let depth = 0;
  let pending: 'none' | 'open' | 'comma' = 'none';
  const flush = (): void => {
    if (pending !== 'none') parts.push(`\n${INDENT.repeat(Math.min(depth, MAX_INDENT_DEPTH))}`);
    pending = 'none';
  };
  let i = 0;
  while (i < n) {
    const ch = body[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n && body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
      flush();
      parts.push(body.slice(i, j + 1));
      i = j + 1;
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '{' || ch === '[') {
      flush();
      parts.push(ch);
      depth++;
      pending = 'open';
      i++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      parts.push(pending === 'open' ? ch : `\n${INDENT.repeat(Math.min(depth, MAX_INDENT_DEPTH))}${ch}`);
      pending = 'none';
      i++;
    } else if (ch === ',') {
      parts.push(',');
      pending = 'comma';
      i++;
    } else if (ch === ':') {
      parts.push(': ');
      i++;
    } else {
      let j = i;
      while (j < n && !LITERAL_END.has(body[j]!)) j++;
      flush();
      parts.push(body.slice(i, j));
      i = j;
    }
  }
  return parts.join('');
}

const LITERAL_END = new Set([' ', '\t', '\n', '\r', ',', ':', '{', '}', '[', ']', '"']);
