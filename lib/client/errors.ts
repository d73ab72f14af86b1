import type { Exchange } from '../exchange.ts';

/**
 * No usable response arrived: the connection was refused, reset or timed out, after the retries
 * the request allowed. Checks report this as "broken" (the run could not decide), never as a
 * conformance failure. The exchange is the evidence; its URL and headers are already redacted.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';

  constructor(
    message: string,
    readonly exchange: Exchange,
    /** `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`, `TIMEOUT`, ... */
    readonly code: string,
  ) {
    super(message);
  }
}

/** The client's request budget is spent; the request was not sent, so there is no exchange. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';

  constructor(
    message: string,
    readonly maxRequests: number,
  ) {
    super(message);
  }
}
