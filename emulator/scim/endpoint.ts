import { isJsonMediaType } from '../../lib/media-types.ts';
import type { Account } from '../accounts.ts';
import type { AuthResult, Scope } from '../auth.ts';
import type { DefectSwitches } from '../defects.ts';
import { DEFAULT_ORIGIN, exceedsBodyLimit, MAX_BODY_BYTES, type EmulatorRequest, type EmulatorResponse } from '../http/types.ts';
import { v4Failure, V4_ERRORS } from '../v4/envelope.ts';
import type { ScimContext } from './context.ts';
import { discovery } from './discovery.ts';
import { groups } from './groups.ts';
import { failureResponse, ScimFailure, scimErrorResponse } from './responses.ts';
import { users } from './users.ts';
import { notModified } from './conditional.ts';
import { search } from './search.ts';
import { answerWithDefects, serveWithDefects } from '../misbehaviour/index.ts';
import { withDefects } from '../rfc/defect-scope.ts';

/**
 * The SCIM surface of one account: `/client/v4/accounts/<id>/scim/v2/...` (CLOUDFLARE.md A3, D1.1).
 * Order: body size, authentication, permission, body parsing, then the resource.
 */
export function handleScim(req: EmulatorRequest, account: Account | undefined, segments: readonly string[], defects: DefectSwitches): EmulatorResponse {
  const response = serveScim(req, account, segments, defects);
  return defects.has('robustness/bad-input/4xx-scim-error') ? refusalsAsCrashes(response) : response;
}

function serveScim(req: EmulatorRequest, account: Account | undefined, segments: readonly string[], defects: DefectSwitches): EmulatorResponse {
  if (exceedsBodyLimit(req.body)) return scimErrorResponse(413, `The request body exceeds ${MAX_BODY_BYTES} bytes`);
  const denied = authorize(req, account, defects);
  if (denied !== undefined) return denied;
  let ctx: ScimContext;
  try {
    ctx = {
      req,
      account: account!,
      state: account!.state,
      knobs: account!.knobs,
      defects,
      baseUrl: (req.origin ?? DEFAULT_ORIGIN) + account!.info.scimBasePath,
      body: readJsonBody(req, defects),
    };
  } catch (error) {
    if (error instanceof ScimFailure) return answerWithDefects(defects, failureResponse(error));
    throw error;
  }
  // Protocol defects (emulator/misbehaviour/) read, serve and answer around the handlers when switched on.
  return withDefects(defects, () => serveWithDefects(ctx, segments, served));
}

/** The handlers; a ScimFailure they raise becomes its RFC 7644 §3.12 answer. */
function served(ctx: ScimContext, segments: readonly string[]): EmulatorResponse {
  try {
    return notModified(ctx, dispatch(ctx, segments));
  } catch (error) {
    if (error instanceof ScimFailure) return failureResponse(error);
    throw error;
  }
}

function dispatch(ctx: ScimContext, segments: readonly string[]): EmulatorResponse {
  const [resource, id, ...rest] = segments;
  // RFC 7644 §3.11: a service provider without /Me answers 501 (A3: Cloudflare has none).
  if (resource === 'Me') throw new ScimFailure(501, 'This service provider does not implement /Me');
  if (id === '.search' && rest.length === 0 && (resource === 'Users' || resource === 'Groups') && ctx.req.method === 'POST' && ctx.knobs.search) {
    return search(ctx, (query) => (resource === 'Users' ? users(query, undefined) : groups(query, undefined)));
  }
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
  // /Bulk is not implemented (A3); /.search only where the preset serves it.
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
function authorize(req: EmulatorRequest, account: Account | undefined, defects: DefectSwitches): EmulatorResponse | undefined {
  const result = account?.tokens.authenticate(req.headers.get('authorization'));
  const style = account?.knobs.authErrorBody ?? 'scim';
  if (account !== undefined && admittedByDefect(req, result, defects)) return undefined;
  if (result === undefined || !result.ok) {
    const detail = result?.reason === 'missing' ? 'Authentication required: send Authorization: Bearer <token>' : 'The API token is not valid for this account';
    const headers = { 'www-authenticate': 'Bearer realm="scim"' };
    return style === 'v4' ? v4Failure(401, V4_ERRORS.authentication, headers) : scimErrorResponse(401, detail, undefined, headers);
  }
  if (result.scopes.includes(requiredScope(req.method)) || defects.has('security/auth/permission-required-403')) return undefined;
  const detail = `The API token lacks the SCIM Provisioning ${requiredScope(req.method) === 'scim:read' ? 'Read' : 'Edit'} permission`;
  return style === 'v4' ? v4Failure(403, V4_ERRORS.authentication) : scimErrorResponse(403, detail);
}

/**
 * Bodies of writes. application/scim+json and application/json are accepted with any parameters
 * (A3: whether Cloudflare takes the latter is unknown, so both); a request without a body may carry
 * any Content-Type (Authentik sends one on GET and DELETE, IDP-SHAPES 4.10.1).
 */
function readJsonBody(req: EmulatorRequest, defects: DefectSwitches): unknown {
  if (req.body === '' || req.method === 'GET' || req.method === 'DELETE' || req.method === 'HEAD') return undefined;
  const contentType = req.headers.get('content-type');
  if (contentType !== undefined && !isJsonMediaType(contentType)) {
    throw new ScimFailure(415, `Unsupported Content-Type "${contentType}": send application/scim+json`);
  }
  // RFC 8259 §8.1: JSON text exchanged between systems is UTF-8; a lossy decode would store U+FFFD.
  if (req.invalidUtf8 === true) throw new ScimFailure(400, 'The request body is not valid UTF-8', 'invalidSyntax');
  try {
    return JSON.parse(req.body) as unknown;
  } catch (error) {
    const internals = defects.has('security/errors/no-internals') ? `\n${(error as Error).stack ?? ''}` : '';
    throw new ScimFailure(400, `The request body is not valid JSON: ${(error as Error).message}${internals}`, 'invalidSyntax');
  }
}

/**
 * Authentication defects: with `security/auth/unauthenticated-401` no credential is needed at all;
 * the isolation defects let a well-formed bearer token this account does not know (another account's,
 * in the emulator) read, or write, this account's resources.
 */
function admittedByDefect(req: EmulatorRequest, result: AuthResult | undefined, defects: DefectSwitches): boolean {
  if (defects.has('security/auth/unauthenticated-401')) return result === undefined || !result.ok;
  if (result?.ok !== false || result.reason !== 'invalid') return false;
  const read = requiredScope(req.method) === 'scim:read';
  return read ? defects.has('security/isolation/foreign-token-reads-nothing') : defects.has('security/isolation/foreign-token-writes-nothing');
}

/** The robustness defect: every refusal of the SCIM surface turns into a 500, as an unguarded parser would. */
function refusalsAsCrashes(response: EmulatorResponse): EmulatorResponse {
  if (response.status < 400 || response.status > 499 || response.status === 401 || response.status === 403) return response;
  return scimErrorResponse(500, 'Internal server error');
}
