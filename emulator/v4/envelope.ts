import type { EmulatorResponse } from '../http/types.ts';

/** Cloudflare API v4 envelope (CLOUDFLARE.md C1): success, errors, messages, result, result_info. */
export interface V4Message {
  code: number;
  message: string;
}

export interface ResultInfo {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages: number;
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Codes seen in practice (C3); none is formally documented. */
export const V4_ERRORS = {
  authentication: { code: 10000, message: 'Authentication error' },
  noRoute: { code: 7003, message: 'No route for the URI' },
} as const satisfies Record<string, V4Message>;

/** A v4 request that cannot be served; the v4 dispatcher turns it into the failure envelope. */
export class V4Failure extends Error {
  constructor(
    readonly status: number,
    readonly error: V4Message,
  ) {
    super(error.message);
    this.name = 'V4Failure';
  }
}

export function v4Success(result: unknown, resultInfo?: ResultInfo): EmulatorResponse {
  const body: Record<string, unknown> = { success: true, errors: [], messages: [], result };
  if (resultInfo !== undefined) body.result_info = resultInfo;
  return { status: 200, headers: { 'content-type': JSON_CONTENT_TYPE }, body: JSON.stringify(body) };
}

export function v4Failure(status: number, error: V4Message, headers: Record<string, string> = {}): EmulatorResponse {
  const body = { success: false, errors: [error], messages: [], result: null };
  return { status, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers }, body: JSON.stringify(body) };
}
