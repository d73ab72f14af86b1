/**
 * The emulator's own request and response types: plain objects, so the hot path builds no WHATWG
 * Request/Response (a benchmark compares the emulator with a bare node:http server). The Fetch and
 * node:http adapters translate at the edge.
 */
export interface HeaderLookup {
  /** Case-insensitive; undefined when absent. */
  get(name: string): string | undefined;
}

export interface EmulatorRequest {
  method: string;
  /** Path as received, still percent-encoded, without the query string. */
  path: string;
  query: URLSearchParams;
  rawQuery: string;
  headers: HeaderLookup;
  body: string;
  /** The body's bytes were not valid UTF-8 (`body` then holds a lossy decode); the SCIM surface refuses it. */
  invalidUtf8?: boolean;
  /** `scheme://host` the client used, for Location headers and meta.location; a placeholder when unknown. */
  origin?: string;
}

/**
 * What the transport does beyond writing the response: drop the connection before answering, or
 * send the full Content-Length but only part of the body (resilience faults, emulator/faults.ts).
 */
export type TransportFault = 'reset' | 'truncate';

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  transportFault?: TransportFault;
}

/** Largest request body accepted; beyond it the answer is 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function exceedsBodyLimit(body: string): boolean {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short bodies need no byte count.
  return body.length * 3 > MAX_BODY_BYTES && Buffer.byteLength(body) > MAX_BODY_BYTES;
}

export const DEFAULT_ORIGIN = 'http://localhost';
