import { Account, ownerUserName } from '../accounts.ts';
import type { Preset } from '../presets.ts';
import type { AccountState } from '../store/account-state.ts';
import type { GroupRecord } from '../store/groups.ts';
import type { UserRecord } from '../store/users.ts';

/**
 * [INF] CLOUDFLARE.md D3.12: the Zero Trust SCIM server's protocol surface (filter grammar, PATCH
 * grammar, errors) is undocumented. The directory answers Users and Groups as a plain RFC 7644 server
 * does, so IdP replays against it exercise the Access model (sessions, seats, policies) rather than
 * a guess at what Cloudflare refuses. Deactivated users stay listed with `active: false`, as the
 * SCIM users read API lists them (B4); DELETE removes.
 */
const DIRECTORY_KNOBS: Partial<Preset> = {
  groupModel: 'plain',
  deactivate: 'keep-inactive',
  userDelete: 'delete',
  lastSuperAdmin: 'allow',
  userIdentity: 'unique',
};

/**
 * One identity provider's SCIM directory: the Users and Groups that IdP pushed. It is served by the
 * same SCIM handlers as dashboard SCIM, through an Account whose token is the IdP's SCIM secret and
 * whose plain groups have no roles behind them. An Account starts with its owner; an IdP's directory
 * starts empty, so the owner is taken out after every reset.
 */
export class AccessDirectory {
  readonly provider: Account;

  constructor(key: string, seed: string, secret: string, scimBasePath: string) {
    this.provider = new Account({ key, preset: 'generic', knobs: DIRECTORY_KNOBS, scimBasePath }, seed, { scim: secret });
    this.empty();
  }

  get state(): AccountState {
    return this.provider.state;
  }

  reset(): void {
    this.provider.reset();
    this.empty();
  }

  /** The provisioned user an IdP login for this email maps to (B3: userName is the Cloudflare One email). */
  userByEmail(email: string): UserRecord | undefined {
    return this.state.users.findByUserName(email);
  }

  groupsOf(user: UserRecord): GroupRecord[] {
    return [...user.groups].map((id) => this.state.groups.get(id)).filter((g): g is GroupRecord => g !== undefined);
  }

  private empty(): void {
    const owner = this.state.users.findByUserName(ownerUserName(this.provider.info.key));
    if (owner !== undefined) this.state.deprovisionUser(owner);
  }
}
