import type { DefectSwitches } from '../defects.ts';
import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import type { UserRecord } from '../store/users.ts';
import { clearedSessionCookie, sessionCookie, sessionCookieOf } from './cookies.ts';
import { escapeHtml, htmlPage } from './html.ts';
import { claimsOf, type Identity } from './identity.ts';
import type { AccessOrg } from './org.ts';
import type { AccessSession } from './sessions.ts';

/**
 * The emulator's stand-in for "the person authenticated at the IdP" (the real login stays SAML or
 * OIDC, CLOUDFLARE.md, Zero Trust Access demo). The emulated IdP lets in exactly the active users of
 * its SCIM directory ([INF] B3: after a deprovision the IdP normally blocks the login), and asserts
 * their SCIM groups. Access evaluates those groups now, at login, and keeps them in the session (B3).
 */
export type LoginResult = { ok: true; session: AccessSession } | { ok: false; reason: string };

export function logIn(org: AccessOrg, email: string, defects: DefectSwitches): LoginResult {
  const user = org.directory.userByEmail(email);
  if (user === undefined) return { ok: false, reason: `no user with userName ${email} has been provisioned to this identity provider over SCIM` };
  if (!user.active) return { ok: false, reason: `${user.userName} is deactivated in this identity provider` };
  const { registry, sessions } = org.state;
  const current = claimsOf(org.directory.groupsOf(user));
  const known = registry.find(user.userName);
  // The defect: the identity never takes in membership changes after the first login.
  const groups = defects.has('access/policy/decided-at-next-login') && known !== undefined ? known.firstLoginGroups : current;
  const person = registry.recordLogin(user.userName, displayNameOf(user), groups);
  const identity: Identity = { userId: person.id, email: person.email, name: person.name, groups };
  return { ok: true, session: sessions.issue(identity) };
}

function displayNameOf(user: UserRecord): string {
  const parts = [user.givenName, user.familyName].filter((p) => p !== undefined && p !== '');
  return user.displayName ?? (parts.length > 0 ? parts.join(' ') : user.userName);
}

/** `GET .../cdn-cgi/access/login?email=<userName>&redirect_url=<path>`; without an email, a form. */
export function loginPage(req: EmulatorRequest, org: AccessOrg, defects: DefectSwitches): EmulatorResponse {
  const redirect = safeRedirect(req.query.get('redirect_url'), org);
  const email = req.query.get('email')?.trim();
  if (email === undefined || email === '') return loginForm(org, redirect);
  const result = logIn(org, email, defects);
  if (!result.ok) {
    return htmlPage(403, 'Sign-in refused', `<h1 class="denied">Sign-in refused</h1><p>The identity provider did not let <code>${escapeHtml(email)}</code> in: ${escapeHtml(result.reason)}.</p>`);
  }
  return { status: 302, headers: { location: redirect, 'set-cookie': sessionCookie(result.session.token, org.info.teamBasePath), 'cache-control': 'no-store' } };
}

export function logoutPage(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const token = sessionCookieOf(req);
  if (token !== undefined) org.state.sessions.end(token);
  return htmlPage(200, 'Signed out', '<h1>Signed out</h1><p>Your Access session has ended.</p>', { 'set-cookie': clearedSessionCookie(org.info.teamBasePath) });
}

/** `GET .../cdn-cgi/access/get-identity`: the identity of the caller's session, as an Access application reads it. */
export function identityOf(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const session = org.state.sessions.find(sessionCookieOf(req));
  const json = (status: number, body: unknown): EmulatorResponse => ({ status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(body) });
  if (session === undefined) return json(401, { err: 'no valid Access session: sign in first' });
  const { identity, issuedAt } = session;
  return json(200, {
    id: identity.userId,
    user_uuid: identity.userId,
    email: identity.email,
    name: identity.name,
    groups: identity.groups.map((g) => ({ id: g.id, name: g.name })),
    idp: { id: org.info.idpId, type: org.state.idp.type },
    account_id: org.info.accountId,
    iat: issuedAt,
  });
}

/** Only paths on this team host: a login must not become an open redirect. */
function safeRedirect(raw: string | null, org: AccessOrg): string {
  return raw !== null && raw.startsWith(`${org.info.teamBasePath}/`) && !raw.startsWith('//') ? raw : org.info.appPath;
}

function loginForm(org: AccessOrg, redirect: string): EmulatorResponse {
  const users = org.directory.state.users
    .all()
    .filter((u) => u.active)
    .slice(0, 20)
    .map((u) => `<li><code>${escapeHtml(u.userName)}</code></li>`)
    .join('');
  return htmlPage(
    200,
    'Sign in',
    `<h1>Sign in to ${escapeHtml(org.info.teamDomain)}</h1>
<p>The emulator stands in for the identity provider "${escapeHtml(org.state.idp.name)}": give the userName of a user it provisioned over SCIM.</p>
<form method="get"><input type="hidden" name="redirect_url" value="${escapeHtml(redirect)}">
<label>Email <input name="email" type="email" required autofocus></label> <button>Sign in</button></form>
${users === '' ? '<p>No user has been provisioned yet.</p>' : `<p>Provisioned users:</p><ul>${users}</ul>`}`,
  );
}
