import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import { sessionCookieOf } from './cookies.ts';
import { escapeHtml, htmlPage } from './html.ts';
import type { AccessOrg } from './org.ts';
import { decide } from './policy.ts';

/**
 * The demo's Access application (CLOUDFLARE.md, Zero Trust Access demo): without a session, a redirect
 * to the team's login; with one, the policy decides on the groups the session was issued with, and
 * the page shows the caller's identity (what `/cdn-cgi/access/get-identity` returns) or the block page.
 */
export function appPage(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const { app, sessions } = org.state;
  const session = sessions.find(sessionCookieOf(req));
  if (session === undefined) {
    return { status: 302, headers: { location: `${org.info.loginPath}?redirect_url=${encodeURIComponent(req.path)}`, 'cache-control': 'no-store' } };
  }
  const { identity } = session;
  const decision = decide(app, identity, org.info.idpId);
  const groups = identity.groups.length === 0 ? '(none)' : identity.groups.map((g) => `<code>${escapeHtml(g.name)}</code>`).join(', ');
  const who = `<table><tr><th>Email</th><td data-field="email">${escapeHtml(identity.email)}</td></tr>
<tr><th>Name</th><td data-field="name">${escapeHtml(identity.name)}</td></tr>
<tr><th>Groups at sign-in</th><td data-field="groups">${groups}</td></tr>
<tr><th>Identity provider</th><td>${escapeHtml(org.state.idp.name)}</td></tr></table>`;
  if (!decision.allowed) {
    return htmlPage(
      403,
      'Forbidden',
      `<h1 class="denied">Forbidden</h1><p data-decision="denied">You don't have permission to view ${escapeHtml(app.name)}: no Allow policy includes this identity.</p>${who}`,
    );
  }
  return htmlPage(200, app.name, `<h1 class="allowed">${escapeHtml(app.name)}</h1><p data-decision="allowed">Allowed by the policy "${escapeHtml(decision.policy.name)}".</p>${who}`);
}
