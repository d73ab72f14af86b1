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
