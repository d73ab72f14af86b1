import type { Exchange } from '../exchange.ts';
import { redact } from '../secrets.ts';
import type { ExchangeLog } from './exchange-log.ts';
import type { HeaderOverrides } from './headers.ts';
import type { Pacer } from './pacer.ts';
import type { QueryInput } from './request-url.ts';
import { DEFAULT_RETRY, type RetryOptions } from './retry-policy.ts';

export interface ScimClientOptions {
  /** The SCIM endpoint, e.g. `https://api.cloudflare.com/client/v4/accounts/<id>/scim/v2`; request paths are appended to it. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` and registered as a secret, so no output shows it. */
  token?: string;
  userAgent?: string;
  /** Per request; default 30000. */
  timeoutMs?: number;
  /** Connections to the target's origin; default 8. */
  connections?: number;
  /** Requests on the wire at once; default `connections`. */
  maxInFlight?: number;
  retry?: Partial<RetryOptions>;
  /** Requests beyond this many throw `BudgetExceededError` before anything is sent. */
  budget?: { maxRequests: number };
  /**
   * Shared with other clients of the same target: its concurrency bound, budget and rate-limit pauses
   * are used instead of this client's own `maxInFlight` and `budget`.
   */
  pacer?: Pacer;
  log?: ExchangeLog;
  onExchange?: (ex: Exchange) => void;
  /** Sent with every request; a request's own `headers` still win. */
  defaultHeaders?: Record<string, string>;
}

export interface ScimRequestOptions {
  method: string;
  /** Appended to the base URL, or an absolute `http(s)://` URL (e.g. a Location header to follow). */
  path: string;
  /** A string is appended verbatim after `?`; an object is encoded with encodeURIComponent. */
  query?: QueryInput;
  /** Replace or (with `undefined`) drop any header the client would send, Authorization included. */
  headers?: HeaderOverrides;
  /** Serialised as JSON and sent as `application/scim+json; charset=utf-8` unless `headers` name a Content-Type. */
  json?: unknown;
  /** Sent byte for byte with no Content-Type added: malformed JSON, invalid UTF-8, odd media types. */
  body?: string | Uint8Array;
  /** `false` sends no Authorization header. */
  auth?: boolean;
  timeoutMs?: number;
  /** `false` makes exactly one attempt, whatever the outcome. */
  retry?: false;
}

/** What the convenience methods accept besides path and body. */
export type ScimCallOptions = Omit<ScimRequestOptions, 'method' | 'path' | 'json' | 'body'>;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTIONS = 8;

/** The numeric settings with defaults applied, checked once so a typo fails at construction, not mid-run. */
export interface ClientLimits {
  base: URL;
  timeoutMs: number;
  connections: number;
  maxInFlight: number;
  retry: RetryOptions;
  /** Infinity when there is no budget. */
  maxRequests: number;
}

export function resolveLimits(options: ScimClientOptions): ClientLimits {
  const connections = wholeNumber('connections', options.connections ?? DEFAULT_CONNECTIONS, 1);
  return {
    base: parseBaseUrl(options.baseUrl),
    timeoutMs: atLeast('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1),
    connections,
    maxInFlight: wholeNumber('maxInFlight', options.maxInFlight ?? connections, 1),
    retry: retryOptions(options.retry),
    maxRequests: options.budget === undefined ? Number.POSITIVE_INFINITY : wholeNumber('budget.maxRequests', options.budget.maxRequests, 0),
  };
}

function parseBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`baseUrl: "${redact(value)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl: "${redact(value)}" is not an http or https URL`);
  }
  return url;
}

/** Field by field, so `{ maxRetries: undefined }` keeps the default rather than erasing it. */
function retryOptions(given: Partial<RetryOptions> | undefined): RetryOptions {
  return {
    maxRetries: wholeNumber('retry.maxRetries', given?.maxRetries ?? DEFAULT_RETRY.maxRetries, 0),
    maxDelayMs: atLeast('retry.maxDelayMs', given?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs, 0),
    baseDelayMs: atLeast('retry.baseDelayMs', given?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs, 0),
  };
}

function atLeast(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) throw new RangeError(`${name} must be a number of at least ${min}, got ${value}`);
  return value;
}

function wholeNumber(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  return value;
}
