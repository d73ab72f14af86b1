import { RecordCollection } from './record-collection.ts';

/**
 * Account members as SCIM Users, in memory. Indexed for large runs: by id, by lower-cased userName
 * (userName is caseExact false, RFC 7643 §4.1.1), by externalId, by member id, and role holders by
 * role. Pages come from the shared RecordCollection: O(log n + page), not the total.
 * Fields that are indexed change only through the store's methods.
 */
export interface UserRecord {
  /** The Cloudflare user tag (CLOUDFLARE.md A4), or a per-resource id (generic preset). */
  readonly id: string;
  /** The account-member id the v4 members API uses; distinct from the user tag (A4). */
  readonly memberId: string;
  readonly userName: string;
  readonly externalId: string | undefined;
  givenName: string | undefined;
  familyName: string | undefined;
  displayName: string | undefined;
  active: boolean;
  /** Role ids, in the order granted. */
  readonly roles: ReadonlySet<string>;
  /** Ids of the custom groups the user is in, in the order joined (kept by GroupStore). */
  readonly groups: Set<string>;
  readonly created: string;
  lastModified: string;
  version: number;
  /** The whole resource as last written by the client, when the preset stores full resources. */
  attributes: Record<string, unknown> | undefined;
}

export interface NewUser {
  id: string;
  memberId: string;
  userName: string;
  externalId?: string | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
  displayName?: string | undefined;
  active?: boolean;
  roles?: Iterable<string>;
  attributes?: Record<string, unknown> | undefined;
}

type MutableUser = { -readonly [K in keyof UserRecord]: UserRecord[K] } & { roles: Set<string> };

export class UserStore {
  private readonly records = new RecordCollection<MutableUser>('user');
  private readonly byMemberId = new Map<string, MutableUser>();
  private readonly holders = new Map<string, Set<string>>();

  get size(): number {
    return this.records.size;
  }

  /** In insertion order; a copy, O(n). */
  all(): readonly UserRecord[] {
    return this.records.all();
  }

  page(offset: number, count: number): readonly UserRecord[] {
    return this.records.page(offset, count);
  }

  get(id: string): UserRecord | undefined {
    return this.records.get(id);
  }

  findByUserName(userName: string): UserRecord | undefined {
    return this.records.findByName(userName);
  }

  findByExternalId(externalId: string): readonly UserRecord[] {
    return this.records.findByExternalId(externalId);
  }

  findByMemberId(memberId: string): UserRecord | undefined {
    return this.byMemberId.get(memberId);
  }

  /** Ids of the users holding a role, in the order they got it. */
  holdersOf(roleId: string): ReadonlySet<string> {
    return this.holders.get(roleId) ?? EMPTY;
  }

  add(input: NewUser): UserRecord {
    if (this.records.get(input.id) !== undefined) throw new Error(`user store: id ${input.id} exists`);
    if (this.records.hasName(input.userName)) throw new Error(`user store: userName ${input.userName} exists`);
    const now = new Date().toISOString();
    const user: MutableUser = {
      id: input.id,
      memberId: input.memberId,
      userName: input.userName,
      externalId: input.externalId,
      givenName: input.givenName,
      familyName: input.familyName,
      displayName: input.displayName,
      active: input.active ?? true,
      roles: new Set(),
      groups: new Set(),
      created: now,
      lastModified: now,
      version: 1,
      attributes: input.attributes,
    };
    this.records.insert(user, user.userName, user.externalId);
    this.byMemberId.set(user.memberId, user);
    for (const role of input.roles ?? []) this.grant(user, role);
    return user;
  }

  /** Forgets the user; the caller has already taken it out of its groups (GroupStore.removeUser). */
  remove(user: UserRecord): void {
    const stored = this.records.get(user.id);
    if (stored === undefined) return;
    for (const role of stored.roles) this.holders.get(role)?.delete(stored.id);
    stored.roles.clear();
    this.records.delete(stored, stored.userName);
    this.byMemberId.delete(stored.memberId);
  }

  /** The caller checks uniqueness first (a SCIM 409 is its business, not the store's). */
  rename(user: UserRecord, userName: string): void {
    const stored = this.mutable(user);
    if (stored.userName === userName) return;
    this.records.renameKey(stored, stored.userName, userName);
    stored.userName = userName;
  }

  setExternalId(user: UserRecord, externalId: string | undefined): void {
    const stored = this.mutable(user);
    this.records.moveExternalId(stored, externalId);
    stored.externalId = externalId;
  }

  grant(user: UserRecord, roleId: string): void {
    this.mutable(user).roles.add(roleId);
    let set = this.holders.get(roleId);
    if (set === undefined) this.holders.set(roleId, (set = new Set()));
    set.add(user.id);
  }

  revoke(user: UserRecord, roleId: string): void {
    this.mutable(user).roles.delete(roleId);
    this.holders.get(roleId)?.delete(user.id);
  }

  /** Marks a write: lastModified and the version behind the weak ETag (RFC 7644 §3.14). */
  touch(user: UserRecord): void {
    const stored = this.mutable(user);
    stored.lastModified = new Date().toISOString();
    stored.version += 1;
  }

  private mutable(user: UserRecord): MutableUser {
    return this.records.stored(user);
  }
}

const EMPTY: ReadonlySet<string> = new Set();
