import type { Exchange } from '../exchange.ts';

/**
 * The exchanges of a run (or of one test), in the order they completed. Sequence numbers keep
 * counting across `clear()`, so a mark taken with `last()?.seq` before a step still selects
 * exactly that step's exchanges with `since(mark)`.
 */
export class ExchangeLog {
  #entries: Exchange[] = [];
  /** How many exchanges were cleared away; entry i has seq `#cleared + i + 1`. */
  #cleared = 0;

  /** Numbers the exchange (overwriting its seq) and keeps it. */
  add(ex: Exchange): Exchange {
    ex.seq = this.#cleared + this.#entries.length + 1;
    this.#entries.push(ex);
    return ex;
  }

  all(): readonly Exchange[] {
    return this.#entries;
  }

  /** Exchanges recorded after the one numbered `seq`. */
  since(seq: number): Exchange[] {
    return this.#entries.slice(Math.max(0, seq - this.#cleared));
  }

  last(): Exchange | undefined {
    return this.#entries.at(-1);
  }

  clear(): void {
    this.#cleared += this.#entries.length;
    this.#entries = [];
  }
}
