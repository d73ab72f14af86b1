import { createTokenSet, TokenRing, type TokenSet } from './auth.ts';
import { hexId } from './ids.ts';
import { resolvePreset, type Preset, type PresetName } from './presets.ts';
import { SUPER_ADMINISTRATOR_ROLE_ID } from './roles.ts';
import { AccountState } from './store/account-state.ts';
import { SystemGroups } from './store/system-groups.ts';

export interface AccountSpec {
  key: string;
  preset: PresetName;
  /** Knob overrides on top of the preset, for experiments with one behaviour. */
  knobs?: Partial<Preset>;
  /** Where its SCIM surface is served, when not `/client/v4/accounts/<id>/scim/v2` (a Zero Trust IdP's directory, emulator/access/). */
  scimBasePath?: string;
}

/**
 * `secondary` exists for isolation checks (another account's token and data); `legacy` models the
 * virtual groups of CLOUDFLARE.md A6; `reference` is a plain RFC server.
 */
export const DEFAULT_ACCOUNTS: readonly AccountSpec[] = [
  { key: 'primary', preset: 'cloudflare-account' },
  { key: 'secondary', preset: 'cloudflare-account' },
  { key: 'legacy', preset: 'cloudflare-account-legacy' },
  { key: 'reference', preset: 'generic' },
];

/** What callers may know of an account: ids, paths and its tokens. */
export interface AccountInfo {
  key: string;
  /** 32 lower-case hex, stable for a given seed and key. */
  id: string;
  preset: PresetName;
  tokens: TokenSet;
  scimBasePath: string;
  apiBasePath: string;
  owner: { id: string; memberId: string; userName: string };
}

export function accountId(seed: string, key: string): string {
  return hexId(seed, 'account', key);
}

export function ownerUserName(key: string): string {
  return `owner@${key}.example.com`;
}

export class Account {
  readonly info: AccountInfo;
  readonly knobs: Readonly<Preset>;
  readonly systemGroups: SystemGroups;
  readonly tokens: TokenRing;
  private readonly seed: string;
  private current: AccountState;

  constructor(spec: AccountSpec, seed: string, fixedTokens: Partial<TokenSet> = {}) {
    const id = accountId(seed, spec.key);
    this.seed = seed;
    this.knobs = resolvePreset(spec.preset, spec.knobs);
    // Plain RFC groups have no roles behind them.
    this.systemGroups = new SystemGroups(id, this.knobs.groupModel === 'plain' ? [] : undefined);
    const tokens = createTokenSet(fixedTokens);
    this.tokens = new TokenRing(tokens);
    this.current = this.seedState(spec.key, id);
    const owner = this.current.users.findByUserName(ownerUserName(spec.key))!;
    const apiBasePath = `/client/v4/accounts/${id}`;
    this.info = Object.freeze({
      key: spec.key,
      id,
      preset: spec.preset,
      tokens: Object.freeze(tokens),
      scimBasePath: spec.scimBasePath ?? `${apiBasePath}/scim/v2`,
      apiBasePath,
      owner: Object.freeze({ id: owner.id, memberId: owner.memberId, userName: owner.userName }),
    });
  }

  /** The live state; replaced by reset(), so hold the Account, not the state. */
  get state(): AccountState {
    return this.current;
  }

  reset(): void {
    this.current = this.seedState(this.info.key, this.info.id);
  }

  /** The seeded state: the owner, the only Super Administrator, and nothing else. */
  private seedState(key: string, id: string): AccountState {
    const state = new AccountState({ key, id, seed: this.seed, knobs: this.knobs });
    state.provisionUser({ userName: ownerUserName(key), givenName: 'Account', familyName: 'Owner', roles: [SUPER_ADMINISTRATOR_ROLE_ID] });
    return state;
  }
}
