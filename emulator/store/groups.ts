import { RecordCollection } from './record-collection.ts';
import type { UserRecord } from './users.ts';

/**
 * Custom (and plain RFC) groups, in memory: by id, by lower-cased displayName, by externalId, in
 * insertion order (the RecordCollection users share). Membership is kept in both directions (group.members and
 * user.groups), so a user's groups and a group's members are both one lookup.
 * System groups are not stored here: they are roles (store/system-groups.ts).
 */
export interface GroupRecord {
  readonly id: string;
  readonly displayName: string;
  readonly externalId: string | undefined;
  /** User ids, in the order added. */
  readonly members: ReadonlySet<string>;
  readonly created: string;
  lastModified: string;
  version: number;
  /** The whole resource as last written by the client, when the preset stores full resources. */
  attributes: Record<string, unknown> | undefined;
}

export interface NewGroup {
  id: string;
  displayName: string;
  externalId?: string | undefined;
  attributes?: Record<string, unknown> | undefined;
}

type MutableGroup = { -readonly [K in keyof GroupRecord]: GroupRecord[K] } & { members: Set<string> };

/** What GroupStore needs of the users: resolving a member id back to its record. */
export interface MemberLookup {
  get(id: string): UserRecord | undefined;
}

export class GroupStore {
  private readonly records = new RecordCollection<MutableGroup>('group');

  constructor(private readonly users: MemberLookup) {}

  get size(): number {
    return this.records.size;
  }

  all(): readonly GroupRecord[] {
    return this.records.all();
  }

  page(offset: number, count: number): readonly GroupRecord[] {
    return this.records.page(offset, count);
  }

  get(id: string): GroupRecord | undefined {
    return this.records.get(id);
  }

  findByDisplayName(displayName: string): GroupRecord | undefined {
    return this.records.findByName(displayName);
  }

  findByExternalId(externalId: string): readonly GroupRecord[] {
    return this.records.findByExternalId(externalId);
  }

  add(input: NewGroup): GroupRecord {
    const now = new Date().toISOString();
    const group: MutableGroup = {
      id: input.id,
      displayName: input.displayName,
      externalId: input.externalId,
      members: new Set(),
      created: now,
      lastModified: now,
      version: 1,
      attributes: input.attributes,
    };
    this.records.insert(group, group.displayName, group.externalId);
    return group;
  }

  /** Deleting a group never touches account membership (CLOUDFLARE.md A5.13). */
  remove(group: GroupRecord): void {
    const stored = this.records.get(group.id);
    if (stored === undefined) return;
    for (const userId of stored.members) this.users.get(userId)?.groups.delete(stored.id);
    stored.members.clear();
    this.records.delete(stored, stored.displayName);
  }

  rename(group: GroupRecord, displayName: string): void {
    const stored = this.mutable(group);
    if (stored.displayName === displayName) return;
    this.records.renameKey(stored, stored.displayName, displayName);
    stored.displayName = displayName;
  }

  setExternalId(group: GroupRecord, externalId: string | undefined): void {
    const stored = this.mutable(group);
    this.records.moveExternalId(stored, externalId);
    stored.externalId = externalId;
  }

  addMember(group: GroupRecord, user: UserRecord): void {
    this.mutable(group).members.add(user.id);
    user.groups.add(group.id);
  }

  removeMember(group: GroupRecord, user: UserRecord): void {
    this.mutable(group).members.delete(user.id);
    user.groups.delete(group.id);
  }

  /** Takes a user out of every group (deprovisioning, CLOUDFLARE.md A5.3). */
  removeUser(user: UserRecord): void {
    for (const groupId of user.groups) this.records.get(groupId)?.members.delete(user.id);
    user.groups.clear();
  }

  touch(group: GroupRecord): void {
    const stored = this.mutable(group);
    stored.lastModified = new Date().toISOString();
    stored.version += 1;
  }

  private mutable(group: GroupRecord): MutableGroup {
    return this.records.stored(group);
  }
}
