/**
 * Bounds how many requests are on the wire at once. `acquire()` returns nothing when a slot is
 * free, so the common uncontended path costs a comparison rather than a promise.
 */
export class Semaphore {
  #active = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
  }

  acquire(): Promise<void> | undefined {
    if (this.#active < this.limit) {
      this.#active++;
      return undefined;
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Hands the slot straight to the next waiter, so a late arrival cannot jump the queue. */
  release(): void {
    const next = this.#waiting.shift();
    if (next === undefined) this.#active--;
    else next();
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }
}
