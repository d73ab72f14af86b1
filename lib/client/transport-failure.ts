/**
 * What went wrong on the wire, and whether trying again is safe. The distinction matters: a
 * request that was never sent (refused, unknown host) will not succeed on a retry, while a
 * request lost mid-flight might have reached the server, so only idempotent methods may replay it.
 */
export interface TransportFailure {
  code: string;
  /** Short phrase for messages, e.g. "connection refused". */
  description: string;
  /** `never`: fail fast. `idempotent`: retry GET, HEAD, PUT, DELETE, OPTIONS only. */
  retry: 'never' | 'idempotent';
}

const NEVER_SENT: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  // Undici's connect timeout: the host did not accept a connection, nothing was sent.
  UND_ERR_CONNECT_TIMEOUT: 'connection not established in time',
};

const LOST_IN_FLIGHT: Readonly<Record<string, string>> = {
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ECONNABORTED: 'connection aborted',
  ETIMEDOUT: 'connection timed out',
  // Undici reports a server that hangs up without a complete response as "other side closed".
  UND_ERR_SOCKET: 'connection closed by the server',
};

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function classifyTransportError(err: unknown, timeoutMs: number): TransportFailure {
  const code = errorCode(err);
  if (TIMEOUT_CODES.has(code)) {
    const description =
      code === 'UND_ERR_BODY_TIMEOUT' ? `response body stalled for ${timeoutMs} ms` : `no response within ${timeoutMs} ms`;
    return { code: 'TIMEOUT', description, retry: 'idempotent' };
  }
  const neverSent = NEVER_SENT[code];
  if (neverSent !== undefined) return { code, description: neverSent, retry: 'never' };
  const lost = LOST_IN_FLIGHT[code];
  if (lost !== undefined) return { code, description: lost, retry: 'idempotent' };
  // Anything else (an invalid header value, a closed client) is not the network's fault.
  const message = err instanceof Error ? err.message : String(err);
  return { code: code || 'ERROR', description: message.split('\n', 1)[0] || 'request failed', retry: 'never' };
}

/**
 * Node puts the code on the error itself, but a failed dual-stack connect arrives as an
 * AggregateError whose own code may be missing, and some undici errors wrap a socket error in `cause`.
 */
function errorCode(err: unknown): string {
  if (typeof err !== 'object' || err === null) return '';
  const { code, cause, errors } = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0]);
  return cause === undefined ? '' : errorCode(cause);
}
