import { AuditTrail } from '../audit.ts';
import { hexId, userTag } from '../ids.ts';
import type { Preset } from '../presets.ts';
import { MINIMAL_ACCOUNT_ACCESS_ROLE_ID, SUPER_ADMINISTRATOR_ROLE_ID } from '../roles.ts';
import { GroupStore, type GroupRecord, type NewGroup } from './groups.ts';
import { UserStore, type NewUser, type UserRecord } from './users.ts';

/** What a new account member is made of; ids are the state's business. */
export type ProvisionInput = Omit<NewUser, 'id' | 'memberId'>;

export interface AccountIdentity {
  readonly key: string;
  readonly id: string;
  readonly seed: string;
  readonly knobs: Readonly<Preset>;
}

/**
 * One account's mutable state: its members, its custom groups and its audit trail. reset() throws
 * the whole object away and builds a new one, so a fresh state is only the owner and empty stores.
 * Ids come from counters hashed with the seed: deterministic for a given sequence of requests.
 */
export class AccountState {
  readonly users = new UserStore();
  readonly groups = new GroupStore(this.users);
  readonly audit = new AuditTrail();
  /** Lower-cased userNames of members deprovisioned since the last reset (a reactivation defect remembers them). */
  private readonly former = new Set<string>();
  private members = 0;
  private groupCount = 0;
  private userCount = 0;

  constructor(private readonly account: AccountIdentity) {}

  /** A new account member. New members hold Minimal Account Access (CLOUDFLARE.md A5.1, lifecycle L1). */
  provisionUser(input: ProvisionInput): UserRecord {
    const id =
      this.account.knobs.userIdentity === 'global-user-tag'
        ? userTag(this.account.seed, input.userName)
        : hexId(this.account.seed, this.account.id, 'user', this.userCount++);
    const memberId = hexId(this.account.seed, this.account.id, 'member', this.members++);
    return this.users.add({ roles: [MINIMAL_ACCOUNT_ACCESS_ROLE_ID], ...input, id, memberId });
  }

  /** Removes the member from the account: out of every group, every role gone (A5.3). */
  deprovisionUser(user: UserRecord): void {
    this.former.add(user.userName.toLowerCase());
    this.groups.removeUser(user);
    this.users.remove(user);
    user.active = false;
  }

  wasMember(userName: string): boolean {
    return this.former.has(userName.toLowerCase());
  }

  createGroup(input: Omit<NewGroup, 'id'>): GroupRecord {
    return this.groups.add({ ...input, id: hexId(this.account.seed, this.account.id, 'group', this.groupCount++) });
  }

  /** The last-Super-Administrator guard (A5.4) protects exactly this user. */
  isOnlySuperAdmin(user: UserRecord): boolean {
    const holders = this.users.holdersOf(SUPER_ADMINISTRATOR_ROLE_ID);
    return holders.size === 1 && holders.has(user.id);
  }
}
