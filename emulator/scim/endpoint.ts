import { isJsonMediaType } from '../../lib/media-types.ts';
import type { Account } from '../accounts.ts';
import type { Scope } from '../auth.ts';
import type { DefectSwitches } from '../defects.ts';
import { DEFAULT_ORIGIN, exceedsBodyLimit, MAX_BODY_BYTES, type EmulatorRequest, type EmulatorResponse } from '../http/types.ts';
import { v4Failure, V4_ERRORS } from '../v4/envelope.ts';
import type { ScimContext } from './context.ts';
import { discovery } from './discovery.ts';
import { groups } from './groups.ts';
import { failureResponse, ScimFailure, scimErrorResponse } from './responses.ts';
import { users } from './users.ts';

/**
 * The SCIM surface of one account: `/client/v4/accounts/<id>/scim/v2/...` (CLOUDFLARE.md A3, D1.1).
 * Order: body size, authentication, permission, body parsing, then the resource.
 */
export function handleScim(req: EmulatorRequest, account: Account | undefined, segments: readonly string[], defects: DefectSwitches): EmulatorResponse {
  if (exceedsBodyLimit(req.body)) return scimErrorResponse(413, `The request body exceeds ${MAX_BODY_BYTES} bytes`);
  const denied = authorize(req, account);
  if (denied !== undefined) return denied;
  try {
    const ctx: ScimContext = {
      req,
      account: account!,
      state: account!.state,
      knobs: account!.knobs,
      defects,
      baseUrl: (req.origin ?? DEFAULT_ORIGIN) + account!.info.scimBasePath,
      body: readJsonBody(req),
    };
    return dispatch(ctx, segments);
  } catch (error) {
    if (error instanceof ScimFailure) return failureResponse(error);
    throw error;
  }
}

function dispatch(ctx: ScimContext, segments: readonly string[]): EmulatorResponse {
  const [resource, id, ...rest] = segments;
  if (rest.length === 0) {
    switch (resource) {
      case 'Users':
        return users(ctx, id);
      case 'Groups':
        return groups(ctx, id);
      case 'ServiceProviderConfig':
      case 'ResourceTypes':
      case 'Schemas':
        return discovery(ctx, resource, id);
    }
  }
  // /Bulk, /Me and /.search are not implemented (A3).
  throw new ScimFailure(404, `No SCIM endpoint at /${segments.join('/')}`);
}

function requiredScope(method: string): Scope {
  return method === 'GET' || method === 'HEAD' ? 'scim:read' : 'scim:write';
}

/**
 * 401 for a missing, malformed or unknown token, and for a token of another account: it is not a
 * valid token for this account, and what Cloudflare answers there is unknown ([INF] CLOUDFLARE.md
 * D3.1). 403 for a valid token of this account without the permission (D1.2). The body follows the
 * preset (A8: SCIM error or v4 envelope, unknown).
 */
function authorize(req: EmulatorRequest, account: Account | undefined): EmulatorResponse | undefined {
  const result = account?.tokens.authenticate(req.headers.get('authorization'));
  const style = account?.knobs.authErrorBody ?? 'scim';
  if (result === undefined || !result.ok) {
    const detail = result?.reason === 'missing' ? 'Authentication required: send Authorization: Bearer <token>' : 'The API token is not valid for this account';
    const headers = { 'www-authenticate': 'Bearer realm="scim"' };
    return style === 'v4' ? v4Failure(401, V4_ERRORS.authentication, headers) : scimErrorResponse(401, detail, undefined, headers);
  }
  if (result.scopes.includes(requiredScope(req.method))) return undefined;
  const detail = `The API token lacks the SCIM Provisioning ${requiredScope(req.method) === 'scim:read' ? 'Read' : 'Edit'} permission`;
  return style === 'v4' ? v4Failure(403, V4_ERRORS.authentication) : scimErrorResponse(403, detail);
}

/**
 * Bodies of writes. application/scim+json and application/json are accepted with any parameters
 * (A3: whether Cloudflare takes the latter is unknown, so both); a request without a body may carry
 * any Content-Type (Authentik sends one on GET and DELETE, IDP-SHAPES 4.10.1).
 */
function readJsonBody(req: EmulatorRequest): unknown {
  if (req.body === '' || req.method === 'GET' || req.method === 'DELETE' || req.method === 'HEAD') return undefined;
  const contentType = req.headers.get('content-type');
  if (contentType !== undefined && !isJsonMediaType(contentType)) {
    throw new ScimFailure(415, `Unsupported Content-Type "${contentType}": send application/scim+json`);
  }
  try {
    return JSON.parse(req.body) as unknown;
  } catch (error) {
    throw new ScimFailure(400, `The request body is not valid JSON: ${(error as Error).message}`, 'invalidSyntax');
  }
}
