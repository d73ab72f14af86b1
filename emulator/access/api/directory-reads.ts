import { URN } from '../../../lib/scim-uris.ts';
import type { DefectSwitches } from '../../defects.ts';
import type { EmulatorRequest, EmulatorResponse } from '../../http/types.ts';
import type { GroupRecord } from '../../store/groups.ts';
import type { UserRecord } from '../../store/users.ts';
import { v4Success } from '../../v4/envelope.ts';
import { offsetOf, readV4Page, resultInfo } from '../../v4/paging.ts';
import type { AccessOrg } from '../org.ts';
import { invalidRequest } from './request-body.ts';

/**
 * What the IdP pushed, as Cloudflare reads it back: `/access/identity_providers/<idp>/scim/{users,groups}`
 * (CLOUDFLARE.md B4). These are the group names Access policies offer (B3). Filters: the repeatable
 * `cf_resource_id` and `idp_resource_id` (at most 50, exclusive of the others), `username`, `email`
 * and `name` ([INF] exact, case-insensitive). v4 paging.
 */
const MAX_IDS = 50;

interface Filters {
  test(resource: { id: string; externalId: string | undefined; names: string[]; emails: string[]; userName?: string }): boolean;
}

function readFilters(query: URLSearchParams, allowed: readonly string[]): Filters {
  const cfIds = query.getAll('cf_resource_id');
  const idpIds = query.getAll('idp_resource_id');
  const others = allowed.map((name) => [name, query.get(name)] as const).filter(([, value]) => value !== null) as Array<readonly [string, string]>;
  if (cfIds.length > MAX_IDS || idpIds.length > MAX_IDS) throw invalidRequest(`at most ${MAX_IDS} values of cf_resource_id and of idp_resource_id`);
  if ((cfIds.length > 0 || idpIds.length > 0) && others.length > 0) throw invalidRequest(`cf_resource_id and idp_resource_id cannot be combined with ${others.map(([n]) => n).join(', ')}`);
  const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();
  return {
    test(r) {
      if (cfIds.length > 0 && !cfIds.includes(r.id)) return false;
      if (idpIds.length > 0 && (r.externalId === undefined || !idpIds.includes(r.externalId))) return false;
      return others.every(([name, value]) => {
        if (name === 'username') return same(r.userName, value);
        if (name === 'email') return r.emails.some((e) => same(e, value));
        return r.names.some((n) => same(n, value));
      });
    },
  };
}

function page<T>(req: EmulatorRequest, items: readonly T[]): EmulatorResponse {
  const paging = readV4Page(req.query, 50, 1000);
  const slice = items.slice(offsetOf(paging), offsetOf(paging) + paging.perPage);
  return v4Success(slice, resultInfo(paging, slice.length, items.length));
}

function emailsOf(user: UserRecord): Array<{ value: string; type?: string; primary?: boolean }> {
  const written = user.attributes?.emails;
  if (Array.isArray(written)) {
    return written.filter((e): e is { value: string } => typeof e === 'object' && e !== null && typeof (e as { value?: unknown }).value === 'string');
  }
  return [{ value: user.userName, type: 'work', primary: true }];
}

function userItem(user: UserRecord): Record<string, unknown> {
  const item: Record<string, unknown> = { schemas: [URN.user], id: user.id, active: user.active, displayName: user.displayName ?? user.userName, emails: emailsOf(user) };
  if (user.externalId !== undefined) item.externalId = user.externalId;
  item.meta = { created: user.created, lastModified: user.lastModified };
  return item;
}

function groupItem(group: GroupRecord): Record<string, unknown> {
  const item: Record<string, unknown> = { schemas: [URN.group], id: group.id, displayName: group.displayName };
  if (group.externalId !== undefined) item.externalId = group.externalId;
  item.meta = { created: group.created, lastModified: group.lastModified };
  return item;
}

export function directoryUsers(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const filters = readFilters(req.query, ['username', 'email', 'name']);
  const users = org.directory.state.users.all().filter((u) => {
    const emails = emailsOf(u).map((e) => e.value);
    return filters.test({ id: u.id, externalId: u.externalId, userName: u.userName, emails, names: [u.displayName ?? u.userName] });
  });
  return page(req, users.map(userItem));
}

export function directoryGroups(req: EmulatorRequest, org: AccessOrg, defects: DefectSwitches): EmulatorResponse {
  const filters = readFilters(req.query, ['name']);
  // The defect: Access never learns of the groups the IdP pushed, so no policy can name them.
  const pushed = defects.has('access/groups/listed-for-policies') ? [] : org.directory.state.groups.all();
  const groups = pushed.filter((g) => filters.test({ id: g.id, externalId: g.externalId, emails: [], names: [g.displayName] }));
  return page(req, groups.map(groupItem));
}
