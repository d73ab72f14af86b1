/**
 * Resilience faults: latency, 429 with Retry-After, 503, a dropped connection, a truncated body.
 * Decided at request entry with a seeded PRNG, so a run is reproducible and a faulted request was
 * not processed, except `truncate`, which processes the request and then cuts its answer short
 * (the client cannot know whether the write happened, which is the point of the fault).
 */
export type FaultKind = '429' | '503' | 'reset' | 'truncate';

export interface FaultConfig {
  /** Added before every request. */
  latencyMs?: number;
  /** Share of requests that fail, 0..1. */
  rate?: number;
  /** Chosen uniformly per faulted request; default ['503']. */
  kinds?: FaultKind[];
  /** Retry-After of a 429; default 1. */
  retryAfterSeconds?: number;
  seed?: number;
}

const FAULT_KINDS: readonly FaultKind[] = ['429', '503', 'reset', 'truncate'];

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function validateFaultConfig(config: FaultConfig): string | undefined {
  if (typeof config !== 'object' || config === null) return 'faults must be an object';
  const { latencyMs, rate, kinds, retryAfterSeconds, seed } = config;
  if (latencyMs !== undefined && !(Number.isFinite(latencyMs) && latencyMs >= 0)) return 'latencyMs must be a number >= 0';
  if (rate !== undefined && !(Number.isFinite(rate) && rate >= 0 && rate <= 1)) return 'rate must be a number from 0 to 1';
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !FAULT_KINDS.includes(k)))) {
    return `kinds must be a non-empty array of ${FAULT_KINDS.join(', ')}`;
  }
  if (retryAfterSeconds !== undefined && !(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 0)) return 'retryAfterSeconds must be an integer >= 0';
  if (seed !== undefined && !Number.isInteger(seed)) return 'seed must be an integer';
  return undefined;
}

export class Faults {
  private config: Readonly<FaultConfig> | undefined;
  private random: () => number = prng(1);

  /** Replaces the fault configuration; throws on an invalid one. */
  set(config: FaultConfig): void {
    const problem = validateFaultConfig(config);
    if (problem !== undefined) throw new Error(`invalid faults: ${problem}`);
    this.config = Object.freeze({ ...config, kinds: config.kinds ? [...config.kinds] : undefined });
    this.random = prng(config.seed ?? 1);
  }

  clear(): void {
    this.config = undefined;
  }

  current(): Readonly<FaultConfig> | undefined {
    return this.config;
  }

  get latencyMs(): number {
    return this.config?.latencyMs ?? 0;
  }

  get retryAfterSeconds(): number {
    return this.config?.retryAfterSeconds ?? 1;
  }

  /** The fault for the request now entering, if any. */
  draw(): FaultKind | undefined {
    const rate = this.config?.rate ?? 0;
    if (rate === 0 || this.random() >= rate) return undefined;
    const kinds = this.config?.kinds ?? ['503'];
    return kinds[Math.floor(this.random() * kinds.length)] ?? kinds[0];
  }
}

/** Headers of a rate-limited answer (CLOUDFLARE.md A9: the general API limit, 1,200 per 5 minutes). */
export function rateLimitHeaders(retryAfterSeconds: number, now = Date.now()): Record<string, string> {
  return {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-limit': '1200',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': new Date(now + retryAfterSeconds * 1000).toUTCString(),
  };
}
