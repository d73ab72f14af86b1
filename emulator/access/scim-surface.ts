import type { DefectSwitches } from '../defects.ts';
import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import { handleScim } from '../scim/endpoint.ts';
import { scimErrorResponse } from '../scim/responses.ts';
import type { AccessOrg } from './org.ts';
import { applyEffects, scopeOf } from './provisioning-effects.ts';

/**
 * The IdP's SCIM endpoint on the team host (CLOUDFLARE.md B1, D2.1): Users and Groups only, since
 * nothing else is documented for the Zero Trust SCIM server (B3, D3.12). Requests go to the same
 * handlers as dashboard SCIM, against the IdP's directory; a write then has its Access effects.
 */
export function handleAccessScim(req: EmulatorRequest, org: AccessOrg, segments: readonly string[], defects: DefectSwitches): EmulatorResponse {
  const [resource] = segments;
  if (resource !== 'Users' && resource !== 'Groups') {
    return scimErrorResponse(404, `No SCIM endpoint at /${segments.join('/')}: the Zero Trust SCIM endpoint serves /Users and /Groups`);
  }
  const request = org.acceptRawSecret ? withBearer(req) : req;
  const credential = org.directory.provider.tokens.authenticate(request.headers.get('authorization'));
  if (credential.ok && !org.state.idp.scim.enabled) {
    return scimErrorResponse(403, 'SCIM is not enabled for this identity provider: turn on "Enable SCIM" in its settings');
  }
  const scope = scopeOf(org, req.method, segments);
  const response = handleScim(request, org.directory.provider, segments, defects);
  applyEffects(org, scope, response, defects);
  return response;
}

/** The raw secret read as `Bearer <secret>`, when the org takes raw secrets (AccessOrgOptions). */
function withBearer(req: EmulatorRequest): EmulatorRequest {
  const presented = req.headers.get('authorization')?.trim();
  if (presented === undefined || presented === '' || /\s/.test(presented)) return req;
  return { ...req, headers: { get: (name) => (name.toLowerCase() === 'authorization' ? `Bearer ${presented}` : req.headers.get(name)) } };
}
