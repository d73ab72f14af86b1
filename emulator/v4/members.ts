import type { Account } from '../accounts.ts';
import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import { roleById } from '../roles.ts';
import type { UserRecord } from '../store/users.ts';
import { V4Failure, v4Success } from './envelope.ts';
import { offsetOf, readV4Page, resultInfo } from './paging.ts';
import { roleView } from './roles.ts';

/**
 * The account members API, the harness's observer (CLOUDFLARE.md A12): every SCIM User of the
 * account is a member. [INF] A12: SCIM-created members are `accepted` (no invitation step).
 */
export function memberView(user: UserRecord): Record<string, unknown> {
  return {
    id: user.memberId,
    status: 'accepted',
    user: {
      id: user.id,
      email: user.userName,
      first_name: user.givenName ?? null,
      last_name: user.familyName ?? null,
      two_factor_authentication_enabled: false,
    },
    roles: [...user.roles].map((id) => roleById(id)).filter((r) => r !== undefined).map(roleView),
    policies: [],
  };
}

export function listMembers(req: EmulatorRequest, account: Account): EmulatorResponse {
  const page = readV4Page(req.query, 20, 50);
  const users = account.state.users;
  const items = users.page(offsetOf(page), page.perPage).map(memberView);
  return v4Success(items, resultInfo(page, items.length, users.size));
}

function findMember(account: Account, memberId: string): UserRecord {
  const user = account.state.users.findByMemberId(memberId);
  if (user === undefined) throw new V4Failure(404, { code: 1003, message: 'Member not found' });
  return user;
}

export function getMember(account: Account, memberId: string): EmulatorResponse {
  return v4Success(memberView(findMember(account, memberId)));
}

/**
 * PUT members/{id} `{"roles":[...]}` sets the member's roles exactly: the recovery path after SCIM
 * groups removed every Super Administrator (A5.4, D4). Roles are ids or `{id}` objects.
 */
export function updateMember(account: Account, memberId: string, body: unknown): EmulatorResponse {
  const user = findMember(account, memberId);
  const roles = (body as { roles?: unknown } | null)?.roles;
  if (!Array.isArray(roles)) throw new V4Failure(400, { code: 1001, message: 'roles must be an array of role ids' });
  const ids = roles.map((r: unknown) => (typeof r === 'object' && r !== null ? (r as { id?: unknown }).id : r));
  const unknown = ids.filter((id) => typeof id !== 'string' || roleById(id) === undefined);
  if (unknown.length > 0) throw new V4Failure(400, { code: 1001, message: `Unknown role ids: ${unknown.map((id) => JSON.stringify(id)).join(', ')}` });
  const next = new Set(ids as string[]);
  const { users } = account.state;
  for (const id of [...user.roles]) if (!next.has(id)) users.revoke(user, id);
  for (const id of next) users.grant(user, id);
  users.touch(user);
  return v4Success(memberView(user));
}
