import type { DefectSwitches } from '../defects.ts';
import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import { scimErrorResponse } from '../scim/responses.ts';
import { appPage } from './app-page.ts';
import { htmlPage } from './html.ts';
import { identityOf, loginPage, logoutPage } from './login.ts';
import type { AccessOrg } from './org.ts';
import { handleAccessScim } from './scim-surface.ts';

/**
 * Everything under `/<team>.cloudflareaccess.com/`: the IdP's SCIM endpoint in both forms (B1), the
 * login stand-in, logout, get-identity, and the demo application at `/access-demo/`.
 */
export function isAccessScimPath(segments: readonly string[]): boolean {
  return scimForm(segments) !== undefined;
}

function scimForm(segments: readonly string[]): { idp: string | undefined; rest: string[] } | undefined {
  const [a, b, c, d] = segments;
  if (a === 'populations' && b !== undefined && c === 'scim' && d === 'v2') return { idp: b, rest: segments.slice(4) };
  if (a === 'cdn-cgi' && b === 'access' && c === 'scim' && d === 'v2') return { idp: undefined, rest: segments.slice(4) };
  return undefined;
}

export function handleTeamHost(req: EmulatorRequest, org: AccessOrg | undefined, segments: readonly string[], defects: DefectSwitches): EmulatorResponse {
  const scim = scimForm(segments);
  if (scim !== undefined) {
    if (org === undefined || (scim.idp !== undefined && scim.idp !== org.info.idpId)) return scimErrorResponse(404, 'No such identity provider in this Zero Trust organisation');
    return handleAccessScim(req, org, scim.rest, defects);
  }
  if (org === undefined) return notFound();
  const read = req.method === 'GET' || req.method === 'HEAD';
  const [first, second, third, ...rest] = segments;
  if (first === 'cdn-cgi' && second === 'access' && rest.length === 0) {
    if (third === 'login' && read) return loginPage(req, org, defects);
    if (third === 'logout') return logoutPage(req, org);
    if (third === 'get-identity' && read) return identityOf(req, org);
  }
  if (first === 'access-demo' && read) return appPage(req, org);
  return notFound();
}

function notFound(): EmulatorResponse {
  return htmlPage(404, 'Not found', '<h1>Not found</h1><p>Nothing is served here on this team domain.</p>');
}
