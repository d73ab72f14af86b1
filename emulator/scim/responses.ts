import { SCIM_CONTENT_TYPE } from '../../lib/media-types.ts';
import { scimError, type ScimErrorStatus, type ScimType } from '../../lib/scim-errors.ts';
import type { EmulatorResponse } from '../http/types.ts';

/**
 * A SCIM request that cannot be served. Handlers throw it; the SCIM dispatcher turns it into an
 * RFC 7644 §3.12 error body, which Cloudflare returns "on all 4XX and 5XX responses from SCIM
 * endpoints" (CLOUDFLARE.md A4 Error).
 */
export class ScimFailure extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ScimFailure';
  }
}

export function scimJson(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': SCIM_CONTENT_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function scimNoContent(): EmulatorResponse {
  return { status: 204, headers: { 'content-type': SCIM_CONTENT_TYPE } };
}

export function scimErrorResponse(status: number, detail: string, scimType?: ScimType, headers: Record<string, string> = {}): EmulatorResponse {
  // Callers pass statuses from lib/scim-errors.ts (the §3.12 table and the plain HTTP ones beside it).
  return scimJson(status, scimError(status as ScimErrorStatus, detail, scimType), headers);
}

export function failureResponse(failure: ScimFailure): EmulatorResponse {
  return scimErrorResponse(failure.status, failure.detail, failure.scimType, failure.headers);
}

export function methodNotAllowed(allow: string): ScimFailure {
  return new ScimFailure(405, `Method not allowed here; allowed: ${allow}`, undefined, { allow });
}
