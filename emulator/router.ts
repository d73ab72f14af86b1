import type { Account } from './accounts.ts';
import { handleAccessApi } from './access/api/endpoint.ts';
import { TEAM_DOMAIN_SUFFIX, type AccessOrg } from './access/org.ts';
import { handleTeamHost, isAccessScimPath } from './access/team-host.ts';
import { CONTROL_PREFIX, handleControl, type Controllable } from './control.ts';
import { rateLimitHeaders } from './faults.ts';
import type { EmulatorRequest, EmulatorResponse } from './http/types.ts';
import { handleScim } from './scim/endpoint.ts';
import { scimErrorResponse } from './scim/responses.ts';
import { handleV4, v4NoRoute } from './v4/endpoint.ts';
import { v4Failure } from './v4/envelope.ts';

/**
 * Top-level routing: the control interface, each account's SCIM base
 * (`/client/v4/accounts/<id>/scim/v2`, CLOUDFLARE.md D1.1), each account's v4 API, and each account's
 * Zero Trust team domain and Access API (D2). Faults are decided here, at entry, for everything but
 * the control interface.
 */
export type Route =
  | { family: 'control'; segments: string[] }
  | { family: 'scim'; accountId: string; segments: string[] }
  | { family: 'v4'; accountId: string; segments: string[] }
  /** A Zero Trust team domain, served as `/<team>.cloudflareaccess.com/...` (emulator/access/). */
  | { family: 'access-team'; teamDomain: string; segments: string[] }
  /** The account's Zero Trust API, `/client/v4/accounts/<id>/access/...` (CLOUDFLARE.md B4). */
  | { family: 'access-api'; accountId: string; segments: string[] }
  | { family: 'none' };

/** Empty segments are dropped, so a trailing or doubled slash (a base URL ending in "/") still routes. */
export function parseRoute(path: string): Route {
  let segments: string[];
  try {
    segments = path.split('/').filter((s) => s !== '').map(decodeURIComponent);
  } catch {
    return { family: 'none' };
  }
  if (segments[0] === CONTROL_PREFIX) return { family: 'control', segments: segments.slice(1) };
  if (segments[0]?.endsWith(TEAM_DOMAIN_SUFFIX)) return { family: 'access-team', teamDomain: segments[0], segments: segments.slice(1) };
  if (segments[0] !== 'client' || segments[1] !== 'v4' || segments[2] !== 'accounts' || segments[3] === undefined) return { family: 'none' };
  const accountId = segments[3];
  if (segments[4] === 'scim' && segments[5] === 'v2') return { family: 'scim', accountId, segments: segments.slice(6) };
  if (segments[4] === 'access') return { family: 'access-api', accountId, segments: segments.slice(5) };
  return { family: 'v4', accountId, segments: segments.slice(4) };
}

export interface Routable extends Controllable {
  accountById(id: string): Account | undefined;
  accessOrg(accountId: string): AccessOrg | undefined;
  accessTeam(teamDomain: string): AccessOrg | undefined;
}

export async function dispatch(req: EmulatorRequest, target: Routable): Promise<EmulatorResponse> {
  const route = parseRoute(req.path);
  if (route.family === 'control') return handleControl(req, route.segments, target);
  const { faults } = target;
  if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
  const fault = faults.draw();
  const family = familyOf(route);
  if (fault === '429') {
    const headers = rateLimitHeaders(faults.retryAfterSeconds);
    // [INF] A9: the 429 body on SCIM routes is unknown; each family answers in its own format.
    return family === 'scim'
      ? scimErrorResponse(429, 'Too many requests', undefined, headers)
      : v4Failure(429, { code: 971, message: 'Please wait and consider throttling your request speed' }, headers);
  }
  if (fault === '503') return failure(family, 503, 'Service temporarily unavailable');
  if (fault === 'reset') return { ...failure(family, 503, 'Connection reset'), transportFault: 'reset' };
  const response = serve(req, route, target);
  return fault === 'truncate' ? { ...response, transportFault: 'truncate' } : response;
}

function serve(req: EmulatorRequest, route: Exclude<Route, { family: 'control' }>, target: Routable): EmulatorResponse {
  if (route.family === 'none') return v4NoRoute();
  try {
    if (route.family === 'access-team') return handleTeamHost(req, target.accessTeam(route.teamDomain), route.segments, target.defects);
    if (route.family === 'access-api') return handleAccessApi(req, target.accessOrg(route.accountId), route.segments, target.defects);
    const account = target.accountById(route.accountId);
    return route.family === 'scim' ? handleScim(req, account, route.segments, target.defects) : handleV4(req, account, route.segments);
  } catch (error) {
    // A bug, not a modelled behaviour: say so in the answer instead of hanging up.
    return failure(familyOf(route), 500, `Internal error in the emulator: ${(error as Error).stack ?? String(error)}`);
  }
}

/** SCIM routes (dashboard and Zero Trust) answer errors as SCIM errors, everything else in the v4 envelope. */
function familyOf(route: Route): 'scim' | 'v4' {
  return route.family === 'scim' || (route.family === 'access-team' && isAccessScimPath(route.segments)) ? 'scim' : 'v4';
}

function failure(family: 'scim' | 'v4', status: number, message: string): EmulatorResponse {
  return family === 'scim' ? scimErrorResponse(status, message) : v4Failure(status, { code: 1000, message });
}
