import type { EmulatorRequest, EmulatorResponse } from '../../http/types.ts';
import { V4Failure, v4Success } from '../../v4/envelope.ts';
import { offsetOf, readV4Page, resultInfo } from '../../v4/paging.ts';
import type { AccessOrg } from '../org.ts';
import type { AccessUserRecord } from '../registry.ts';

/**
 * Access users and what revocation and seat removal are checked through (CLOUDFLARE.md B4, SDK S31):
 * `/access/users` (filters `email`, `name`, `search`), `/access/users/<id>/active_sessions`, and
 * `/access/users/<id>/last_seen_identity`.
 */
function userItem(user: AccessUserRecord): Record<string, unknown> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    access_seat: user.accessSeat,
    gateway_seat: user.gatewaySeat,
    seat_uid: user.seatUid,
    last_successful_login: user.lastSuccessfulLogin,
    active_device_count: 0,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

export function listAccessUsers(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const email = req.query.get('email')?.toLowerCase();
  const name = req.query.get('name')?.toLowerCase();
  const search = req.query.get('search')?.toLowerCase();
  const users = org.state.registry.list().filter(
    (u) =>
      (email === undefined || u.email.toLowerCase() === email) &&
      (name === undefined || u.name.toLowerCase() === name) &&
      (search === undefined || u.email.toLowerCase().includes(search) || u.name.toLowerCase().includes(search)),
  );
  const paging = readV4Page(req.query, 25, 1000);
  const slice = users.slice(offsetOf(paging), offsetOf(paging) + paging.perPage);
  return v4Success(slice.map(userItem), resultInfo(paging, slice.length, users.length));
}

function accessUser(org: AccessOrg, id: string): AccessUserRecord {
  const user = org.state.registry.get(id);
  if (user === undefined) throw new V4Failure(404, { code: 12001, message: `No Access user ${id}` });
  return user;
}

export function activeSessions(org: AccessOrg, id: string): EmulatorResponse {
  const user = accessUser(org, id);
  const { app } = org.state;
  const sessions = org.state.sessions.ofUser(user.id).map((s) => ({
    name: app.name,
    expiration: s.expiresAt,
    metadata: {
      apps: { [app.id]: { hostname: `${org.info.teamDomain}${app.path}`, name: app.name, type: 'self_hosted', uid: app.id } },
      expires: s.expiresAt,
      iat: s.issuedAt,
      nonce: s.nonce,
      ttl: s.expiresAt - s.issuedAt,
    },
  }));
  return v4Success(sessions);
}

/** The registry identity: groups as of the last login, or as SCIM updated them (`automatic`, B3). */
export function lastSeenIdentity(org: AccessOrg, id: string): EmulatorResponse {
  const user = accessUser(org, id);
  return v4Success({
    account_id: org.info.accountId,
    email: user.email,
    name: user.name,
    user_uuid: user.id,
    idp: { id: org.info.idpId, type: org.state.idp.type },
    groups: user.groups.map((g) => ({ id: g.id, name: g.name, email: '' })),
  });
}
