import { setTimeout as sleep } from 'node:timers/promises';
import { BudgetExceededError } from './errors.ts';
import { serverDelayMs, type HeaderValue } from './retry-policy.ts';
import { Semaphore } from './semaphore.ts';

export interface PacerOptions {
  /** Requests on the wire at once. */
  maxInFlight: number;
  /** Requests started at most (retries are not extra requests); Infinity for no budget. */
  maxRequests: number;
  /** The longest pause a rate-limit hint may impose; a longer hint is capped. */
  maxPauseMs: number;
}

/**
 * What the clients of one target share in a process: the concurrency bound, the request budget, and a
 * pause every request waits out once the target said it is rate limited (a 429's Retry-After, or an
 * X-RateLimit-Remaining of 0 with its X-RateLimit-Reset). One client's 429 then slows all of them,
 * instead of each finding the limit on its own.
 */
export class Pacer {
  readonly #gate: Semaphore;
  readonly #maxRequests: number;
  readonly #maxPauseMs: number;
  #started = 0;
  #pausedUntil = 0;

  constructor(options: PacerOptions) {
    this.#gate = new Semaphore(options.maxInFlight);
    this.#maxRequests = options.maxRequests;
    this.#maxPauseMs = options.maxPauseMs;
  }

  /** Counts a request against the budget, or refuses it before anything is sent. */
  start(description: string): void {
    if (this.#started >= this.#maxRequests) {
      throw new BudgetExceededError(`${description} was not sent: the request budget of ${this.#maxRequests} is spent`, this.#maxRequests);
    }
    this.#started++;
  }

  get started(): number {
    return this.#started;
  }

  /** Waits for a slot on the wire and for any rate-limit pause to pass. Pair with release(). */
  async acquire(): Promise<void> {
    const wait = this.#gate.acquire();
    if (wait !== undefined) await wait;
    const pause = this.#pausedUntil - Date.now();
    if (pause > 0) await sleep(pause);
  }

  release(): void {
    this.#gate.release();
  }

  /** Reads a response's rate-limit headers: a 429, or a window with nothing left, pauses every request. */
  observe(status: number, headers: Record<string, HeaderValue>): void {
    const remaining = headers['x-ratelimit-remaining'];
    const exhausted = (Array.isArray(remaining) ? remaining[0] : remaining)?.trim() === '0';
    if (status !== 429 && !exhausted) return;
    const delay = serverDelayMs(headers);
    if (delay === undefined) return;
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + Math.min(delay, this.#maxPauseMs));
  }
}
