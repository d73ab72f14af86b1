/** When to try a request again and how long to wait first. Pure functions, so they are easy to test. */

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Upper bound for any wait, including a server's Retry-After. */
  maxDelayMs: number;
  /** First backoff step when the server gives no hint; doubles per retry. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = { maxRetries: 3, maxDelayMs: 30_000, baseDelayMs: 200 };

/** Throttling and temporary unavailability: the server asked us to come back later. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/** RFC 9110 §9.2.2: replaying these cannot change the outcome, so a request lost mid-flight may be sent again. */
export function isIdempotent(method: string): boolean {
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
    case 'PUT':
    case 'DELETE':
    case 'OPTIONS':
      return true;
    default:
      return false;
  }
}

export type HeaderValue = string | string[] | undefined;

/**
 * The wait the server asked for, in ms: `Retry-After` as delta-seconds or an HTTP-date, else
 * `X-RateLimit-Reset`, which servers send either as seconds to wait or as a Unix time in seconds.
 * Undefined when the response gives no usable hint.
 */
export function serverDelayMs(headers: Record<string, HeaderValue>, now = Date.now()): number | undefined {
  const retryAfter = firstValue(headers['retry-after']);
  if (retryAfter !== undefined) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = firstValue(headers['x-ratelimit-reset']);
  if (reset !== undefined && /^\d+(\.\d+)?$/.test(reset)) {
    const value = Number(reset);
    // Nobody asks for a wait of 30 years: a value this large is a point in time.
    return value > 1e9 ? Math.max(0, value * 1000 - now) : value * 1000;
  }
  return undefined;
}

/** Exponential backoff with jitter, so parallel workers that failed together do not retry together. */
export function backoffDelayMs(retry: number, options: RetryOptions, random = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** How long to wait before retry number `retry` (1-based), honouring the server's hint when it gave one. */
export function retryDelayMs(retry: number, headers: Record<string, HeaderValue> | undefined, options: RetryOptions): number {
  const hinted = headers === undefined ? undefined : serverDelayMs(headers);
  return Math.min(options.maxDelayMs, hinted ?? backoffDelayMs(retry, options));
}

function firstValue(value: HeaderValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed === '' ? undefined : trimmed;
}
