import { uuidOf } from './ids.ts';
import type { GroupClaim } from './identity.ts';

/**
 * The Access users of one team (User Registry identities with their seats, CLOUDFLARE.md B3/B4).
 * There is no just-in-time creation: an identity appears at the person's first login, never from a
 * SCIM POST (B3). Keyed by lower-cased email.
 */
export interface AccessUserRecord {
  readonly id: string;
  readonly email: string;
  name: string;
  accessSeat: boolean;
  gatewaySeat: boolean;
  seatUid: string | null;
  lastSuccessfulLogin: string | null;
  readonly createdAt: string;
  updatedAt: string;
  /** The registry identity's groups: as of the last login, or as SCIM updated them (`automatic`). */
  groups: GroupClaim[];
  /** The groups of the first login; only a defect reads them again. */
  readonly firstLoginGroups: GroupClaim[];
}

export class AccessRegistry {
  private readonly byEmail = new Map<string, AccessUserRecord>();
  private readonly byId = new Map<string, AccessUserRecord>();

  constructor(private readonly seed: string, private readonly team: string) {}

  get(id: string): AccessUserRecord | undefined {
    return this.byId.get(id);
  }

  find(email: string): AccessUserRecord | undefined {
    return this.byEmail.get(email.toLowerCase());
  }

  /** In first-login order. */
  list(): readonly AccessUserRecord[] {
    return [...this.byId.values()];
  }

  /** A successful login: the identity exists from now on, with an Access seat (B4 `access_seat`). */
  recordLogin(email: string, name: string, groups: GroupClaim[]): AccessUserRecord {
    const now = new Date().toISOString();
    let user = this.find(email);
    if (user === undefined) {
      const id = uuidOf(this.seed, this.team, 'access-user', email.toLowerCase());
      user = { id, email, name, accessSeat: false, gatewaySeat: false, seatUid: null, lastSuccessfulLogin: null, createdAt: now, updatedAt: now, groups, firstLoginGroups: groups };
      this.byEmail.set(email.toLowerCase(), user);
      this.byId.set(id, user);
    }
    user.name = name;
    user.groups = groups;
    user.accessSeat = true;
    user.seatUid ??= uuidOf(this.seed, this.team, 'seat', user.id, now);
    user.lastSuccessfulLogin = now;
    user.updatedAt = now;
    return user;
  }

  /** `automatic` identity updates (B3): the registry follows SCIM at once; Access sessions do not. */
  updateGroups(user: AccessUserRecord, groups: GroupClaim[]): void {
    user.groups = groups;
    user.updatedAt = new Date().toISOString();
  }

  /** seat_deprovision (B3): the seat goes; the identity stays, and a later login takes a new seat. */
  removeSeat(user: AccessUserRecord): void {
    user.accessSeat = false;
    user.gatewaySeat = false;
    user.seatUid = null;
    user.updatedAt = new Date().toISOString();
  }
}
