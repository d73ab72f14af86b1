import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, type Dispatcher } from 'undici';
import type { Exchange } from '../exchange.ts';
import { knownSecretCount, redact, redactHeaders, registerSecret } from '../secrets.ts';
import { TransportError } from './errors.ts';
import type { ExchangeLog } from './exchange-log.ts';
import { flattenResponseHeaders, headerSets, overrideHeaders, WITH_AUTH, WITH_JSON } from './headers.ts';
import { resolveLimits, type ScimCallOptions, type ScimClientOptions, type ScimRequestOptions } from './options.ts';
import { basePathOf, isAbsoluteUrl, joinPath, withQuery, type QueryInput } from './request-url.ts';
import { ScimResponse } from './response.ts';
import { isIdempotent, isRetryableStatus, retryDelayMs, type RetryOptions } from './retry-policy.ts';
import { Pacer } from './pacer.ts';
import { classifyTransportError, type TransportFailure } from './transport-failure.ts';

/** Keeps a BOM if one was sent: the text is evidence, not a convenience. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Everything fixed for one logical request, shared by its attempts. */
interface Call {
  method: string;
  url: string;
  dispatcher: Dispatcher;
  headers: Readonly<Record<string, string>>;
  /** Index of the unmodified header set used, or -1 when the request overrode headers. */
  headerSet: number;
  body: string | Uint8Array | undefined;
  dispatch: Dispatcher.RequestOptions;
  timeoutMs: number;
  maxAttempts: number;
  startedAt: number;
  startedTick: number;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** One attempt's result: a response to hand back, a wait before the next attempt, or a failure to report. */
type Attempt = Answer | { retryInMs: number } | { failure: TransportFailure };

/**
 * An HTTP client for one SCIM endpoint. Every request becomes a redacted Exchange (the evidence
 * checks attach to their verdicts). Transport trouble is retried within bounds; responses are
 * never judged here, so a retry cannot change a verdict.
 */
export class ScimClient {
  readonly baseUrl: string;
  readonly #origin: string;
  readonly #basePath: string;
  readonly #poolOptions: Pool.Options;
  readonly #pool: Pool;
  /** Pools for other origins a Location header pointed to, created on first use. */
  readonly #otherPools = new Map<string, Pool>();
  readonly #headerSets: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Redacted copies of the header sets, remade whenever another secret has been registered since. */
  #redactedSets: ReadonlyArray<Readonly<Record<string, string>>> = [];
  #redactedWithSecrets = -1;
  readonly #timeoutMs: number;
  readonly #retry: RetryOptions;
  readonly #pacer: Pacer;
  readonly #log: ExchangeLog | undefined;
  readonly #onExchange: ((ex: Exchange) => void) | undefined;
  #requestCount = 0;
  /** Numbers exchanges when no log does. */
  #seq = 0;

  constructor(options: ScimClientOptions) {
    registerSecret(options.token);
    const { base, timeoutMs, connections, maxInFlight, retry, maxRequests } = resolveLimits(options);
    this.baseUrl = base.href.replace(/\/+$/, '');
    this.#origin = base.origin;
    this.#basePath = basePathOf(base);
    this.#timeoutMs = timeoutMs;
    this.#retry = retry;
    this.#pacer = options.pacer ?? new Pacer({ maxInFlight, maxRequests, maxPauseMs: retry.maxDelayMs });
    this.#log = options.log;
    this.#onExchange = options.onExchange;
    // Undici's own timeouts: they run on its coarse shared timer, which costs nothing per request.
    this.#poolOptions = { connections, headersTimeout: timeoutMs, bodyTimeout: timeoutMs };
    this.#pool = new Pool(this.#origin, this.#poolOptions);
    this.#headerSets = headerSets(options);
  }

  /** Requests started so far (what the budget counts; retries are not extra requests). */
  get requestCount(): number {
    return this.#requestCount;
  }

  get(path: string, query?: QueryInput, options?: ScimCallOptions): Promise<ScimResponse> {
    return this.request({ ...options, method: 'GET', path, query: query ?? options?.query });
  }

  post(path: string, json: unknown, options?: ScimCallOptions): Promise<ScimResponse> {
    return this.request({ ...options, method: 'POST', path, json });
  }

  put(path: string, json: unknown, options?: ScimCallOptions): Promise<ScimResponse> {
    return this.request({ ...options, method: 'PUT', path, json });
  }

  patch(path: string, json: unknown, options?: ScimCallOptions): Promise<ScimResponse> {
    return this.request({ ...options, method: 'PATCH', path, json });
  }

  delete(path: string, options?: ScimCallOptions): Promise<ScimResponse> {
    return this.request({ ...options, method: 'DELETE', path });
  }

  async request(options: ScimRequestOptions): Promise<ScimResponse> {
    const call = this.#prepare(options);
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(call, attempt);
      if ('retryInMs' in outcome) {
        await sleep(outcome.retryInMs);
        continue;
      }
      if ('failure' in outcome) {
        const ex = this.#record(call, attempt, undefined, outcome.failure);
        const { code, description } = outcome.failure;
        const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
        throw new TransportError(`${call.method} ${ex.url}: ${description} (${code}) after ${tries}`, ex, code);
      }
      const ex = this.#record(call, attempt, outcome, undefined);
      return new ScimResponse(outcome.status, outcome.headers, outcome.text, ex);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.#pool.close(), ...[...this.#otherPools.values()].map((pool) => pool.close())]);
  }

  #prepare(options: ScimRequestOptions): Call {
    if (options.json !== undefined && options.body !== undefined) {
      throw new TypeError(`${options.method} ${options.path}: give either json or body, not both`);
    }
    const { method } = options;
    let dispatcher: Dispatcher = this.#pool;
    let path: string;
    let url: string;
    if (isAbsoluteUrl(options.path)) {
      const target = new URL(withQuery(options.path, options.query));
      dispatcher = this.#poolFor(target.origin);
      path = target.pathname + target.search;
      url = target.href;
    } else {
      path = joinPath(this.#basePath, withQuery(options.path, options.query));
      url = this.#origin + path;
    }

    this.#pacer.start(`${method} ${redact(url)}`);
    this.#requestCount++;

    const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
    const flags = (options.auth === false ? 0 : WITH_AUTH) | (options.json !== undefined ? WITH_JSON : 0);
    const preset = this.#headerSets[flags] as Readonly<Record<string, string>>;
    const headers = options.headers === undefined ? preset : overrideHeaders(preset, options.headers);
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    return {
      method,
      url,
      dispatcher,
      headers,
      headerSet: options.headers === undefined ? flags : -1,
      body,
      dispatch: { path, method, headers, body: body ?? null, headersTimeout: timeoutMs, bodyTimeout: timeoutMs },
      timeoutMs,
      maxAttempts: options.retry === false ? 1 : this.#retry.maxRetries + 1,
      startedAt: Date.now(),
      startedTick: performance.now(),
    };
  }

  async #attempt(call: Call, attempt: number): Promise<Attempt> {
    const mayRetry = attempt < call.maxAttempts;
    await this.#pacer.acquire();
    try {
      const res = await call.dispatcher.request(call.dispatch);
      this.#pacer.observe(res.statusCode, res.headers);
      if (mayRetry && isRetryableStatus(res.statusCode)) {
        // The server asked us to come back later; the body is not evidence of anything yet.
        await res.body.dump();
        return { retryInMs: retryDelayMs(attempt, res.headers, this.#retry) };
      }
      const text = utf8.decode(await res.body.bytes());
      return { status: res.statusCode, headers: flattenResponseHeaders(res.headers), text };
    } catch (err) {
      const failure = classifyTransportError(err, call.timeoutMs);
      // A request lost mid-flight may have reached the server; replaying a POST could create twice.
      if (mayRetry && failure.retry === 'idempotent' && isIdempotent(call.method)) {
        return { retryInMs: retryDelayMs(attempt, undefined, this.#retry) };
      }
      return { failure };
    } finally {
      this.#pacer.release();
    }
  }

  #record(call: Call, attempts: number, answer: Answer | undefined, failure: TransportFailure | undefined): Exchange {
    const ex: Exchange = {
      seq: 0,
      method: call.method,
      url: redact(call.url),
      requestHeaders: this.#redactedRequestHeaders(call),
      requestBody: redact(typeof call.body === 'object' ? utf8.decode(call.body) : call.body),
      status: answer?.status,
      responseHeaders: answer === undefined ? {} : redactHeaders(Object.entries(answer.headers)),
      responseBody: redact(answer?.text),
      durationMs: performance.now() - call.startedTick,
      attempts,
      startedAt: isoTime(call.startedAt),
    };
    if (failure !== undefined) ex.transportError = `${failure.description} (${failure.code})`;
    if (this.#log === undefined) ex.seq = ++this.#seq;
    else this.#log.add(ex);
    this.#onExchange?.(ex);
    return ex;
  }

  #redactedRequestHeaders(call: Call): Record<string, string> {
    if (call.headerSet < 0) return redactHeaders(Object.entries(call.headers));
    if (this.#redactedWithSecrets !== knownSecretCount()) {
      this.#redactedWithSecrets = knownSecretCount();
      this.#redactedSets = this.#headerSets.map((set) => redactHeaders(Object.entries(set)));
    }
    return { ...this.#redactedSets[call.headerSet] };
  }

  #poolFor(origin: string): Pool {
    if (origin === this.#origin) return this.#pool;
    let pool = this.#otherPools.get(origin);
    if (pool === undefined) {
      pool = new Pool(origin, this.#poolOptions);
      this.#otherPools.set(origin, pool);
    }
    return pool;
  }
}

let lastIsoMs = Number.NaN;
let lastIso = '';
/** Requests under load often start within the same millisecond; formatting a date is not free. */
function isoTime(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIsoMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
