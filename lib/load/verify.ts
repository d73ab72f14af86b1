import { readPath } from '../../fixtures/idp/json-path.ts';
import type { ScimClient } from '../client/index.ts';
import type { DirectoryPlan } from './directory.ts';
import { forEachConcurrently } from './pool.ts';

/**
 * The end state read back over SCIM and held to what was sent: every user once, active unless
 * deactivated (a deactivated user may be gone: Cloudflare removes the member, CLOUDFLARE.md A5.3),
 * every group holding exactly the members it was last given, no value twice.
 */
export interface Verification {
  ok: boolean;
  usersExpected: number;
  usersFound: number;
  membershipsExpected: number;
  membershipsFound: number;
  /** Writes that did not stick: users missing, deactivations not applied, members missing. */
  lost: { users: number; deactivations: number; memberships: number };
  /** Values present more than once, or present though never sent. */
  duplicated: { users: number; memberships: number; roles: number };
  extraMemberships: number;
  /** Up to ten examples of each problem, in words. */
  examples: string[];
  requests: number;
}

interface ReadUser {
  id: string;
  active: boolean;
  roles: number;
  distinctRoles: number;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function roleKey(role: unknown): string {
  return typeof role === 'string' ? role : JSON.stringify(readPath(role, 'value') ?? role);
}

async function readUsers(client: ScimClient, prefix: string, concurrency: number): Promise<{ byName: Map<string, ReadUser[]>; requests: number }> {
  const byName = new Map<string, ReadUser[]>();
  const take = (resources: unknown[]): void => {
    for (const resource of resources) {
      const userName = readPath(resource, 'userName');
      if (typeof userName !== 'string' || !userName.toLowerCase().startsWith(prefix.toLowerCase())) continue;
      const roles = asArray(readPath(resource, 'roles')).map(roleKey);
      const entry: ReadUser = { id: String(readPath(resource, 'id')), active: readPath(resource, 'active') !== false, roles: roles.length, distinctRoles: new Set(roles).size };
      const key = userName.toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), entry]);
    }
  };
  const first = await client.get('/Users', { startIndex: '1', count: '100' });
  if (first.status !== 200) throw new Error(`reading the users back: GET /Users answered ${first.status}`);
  const total = Number(readPath(first.json(), 'totalResults'));
  const firstPage = asArray(readPath(first.json(), 'Resources'));
  take(firstPage);
  const pageSize = Math.max(1, firstPage.length);
  const pages = Number.isFinite(total) ? Math.ceil(Math.max(0, total - pageSize) / pageSize) : 0;
  await forEachConcurrently(pages, concurrency, async (p) => {
    const response = await client.get('/Users', { startIndex: String(1 + pageSize * (p + 1)), count: String(pageSize) });
    if (response.status !== 200) throw new Error(`reading the users back: GET /Users page ${p + 2} answered ${response.status}`);
    take(asArray(readPath(response.json(), 'Resources')));
  });
  return { byName, requests: pages + 1 };
}

export async function verifyEndState(client: ScimClient, plan: DirectoryPlan, prefix: string, concurrency: number): Promise<Verification> {
  const examples: string[] = [];
  const note = (text: string): void => {
    if (examples.length < 10) examples.push(text);
  };
  const { byName, requests } = await readUsers(client, prefix, concurrency);
  const deactivated = new Set(plan.deactivations);
  const finalGroup = plan.users.map((u) => u.group);
  for (const move of plan.moves) finalGroup[move.user] = move.to;

  const lost = { users: 0, deactivations: 0, memberships: 0 };
  const duplicated = { users: 0, memberships: 0, roles: 0 };
  const present = new Set<number>();
  let usersFound = 0;
  plan.users.forEach((user, i) => {
    const userName = String(user.vars['user.userName']);
    const found = byName.get(userName.toLowerCase()) ?? [];
    usersFound += found.length;
    if (found.length > 1) {
      duplicated.users += found.length - 1;
      note(`${userName} is there ${found.length} times`);
    }
    for (const read of found) {
      if (read.roles !== read.distinctRoles) {
        duplicated.roles += read.roles - read.distinctRoles;
        note(`${userName} holds a role twice`);
      }
    }
    const read = found[0];
    if (read !== undefined) present.add(i);
    if (deactivated.has(i)) {
      if (read?.active === true) {
        lost.deactivations++;
        note(`${userName} was deactivated but is still active`);
      }
    } else if (read === undefined) {
      lost.users++;
      note(`${userName} was created but is not there`);
    } else if (!read.active) {
      lost.users++;
      note(`${userName} was never deactivated but is inactive`);
    }
  });

  // Members are expected by id: the id each user was created with.
  const expectedMembers = plan.groups.map(() => new Set<string>());
  plan.users.forEach((user, i) => {
    const group = finalGroup[i]!;
    const id = user.vars['user.id'];
    if (group < 0 || typeof id !== 'string') return;
    if (deactivated.has(i) && !present.has(i)) return;
    expectedMembers[group]!.add(id);
  });
  let membershipsFound = 0;
  let extraMemberships = 0;
  await forEachConcurrently(plan.groups.length, concurrency, async (g) => {
    const group = plan.groups[g]!;
    const id = group.vars['group.id'];
    const name = String(group.vars['group.displayName']);
    const expected = expectedMembers[g]!;
    if (typeof id !== 'string') {
      lost.memberships += expected.size;
      note(`group ${name} was never created`);
      return;
    }
    const response = await client.get(`/Groups/${encodeURIComponent(id)}`);
    if (response.status !== 200) {
      lost.memberships += expected.size;
      note(`group ${name}: GET answered ${response.status}`);
      return;
    }
    const members = asArray(readPath(response.json(), 'members')).map((m) => String(typeof m === 'string' ? m : readPath(m, 'value')));
    const seen = new Set(members);
    membershipsFound += members.length;
    if (seen.size !== members.length) {
      duplicated.memberships += members.length - seen.size;
      note(`group ${name} lists a member twice`);
    }
    for (const member of expected) {
      if (seen.has(member)) continue;
      lost.memberships++;
      note(`group ${name} lost member ${member}`);
    }
    for (const member of seen) {
      if (expected.has(member)) continue;
      extraMemberships++;
      note(`group ${name} still holds ${member}, who was moved out or never added`);
    }
  });
  const membershipsExpected = expectedMembers.reduce((n, s) => n + s.size, 0);
  const usersExpected = plan.users.length - plan.deactivations.filter((i) => !present.has(i)).length;
  const ok = Object.values(lost).every((n) => n === 0) && Object.values(duplicated).every((n) => n === 0) && extraMemberships === 0;
  return { ok, usersExpected, usersFound, membershipsExpected, membershipsFound, lost, duplicated, extraMemberships, examples, requests: requests + plan.groups.length };
}
