import { CREDENTIAL_HEADERS } from '../../lib/secrets.ts';

/**
 * One request an IdP sent to a SCIM endpoint, as it came over the wire, and what the endpoint answered.
 * Credentials never get in: Authorization, cookies and the like are dropped when the request is read.
 */
export interface RecordedExchange {
  method: string;
  /** Below the SCIM base URL, still percent-encoded as sent: `/Users/2819c223`. */
  path: string;
  /** The query string exactly as sent (`%20` or `+`), without the `?`; empty when there was none. */
  query: string;
  /** Lower-case names, in the order sent. */
  headers: ReadonlyArray<readonly [string, string]>;
  body: string;
  status: number;
  responseBody: string;
}

/** Headers about the connection rather than the request: the replaying client sets its own. */
const TRANSPORT_HEADERS: ReadonlySet<string> = new Set(['host', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'content-length', 'te', 'trailer', 'upgrade', 'expect']);

export function recordableHeaders(raw: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return raw.map(([name, value]) => [name.toLowerCase(), value] as [string, string]).filter(([name]) => !CREDENTIAL_HEADERS.has(name) && !TRANSPORT_HEADERS.has(name));
}

/** The path below whichever SCIM base it falls under, or undefined when it is not a SCIM request. */
export function belowBase(path: string, bases: readonly string[]): string | undefined {
  for (const base of bases) {
    if (path === base) return '/';
    if (path.startsWith(`${base}/`)) return path.slice(base.length);
  }
  return undefined;
}
