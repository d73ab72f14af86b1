import { registerSecret } from '../lib/secrets.ts';
import { AccessOrg, type AccessInfo } from './access/org.ts';
import { Account, DEFAULT_ACCOUNTS, type AccountInfo, type AccountSpec } from './accounts.ts';
import type { AuditEntry } from './audit.ts';
import { randomToken, type TokenSet } from './auth.ts';
import { DefectSwitches } from './defects.ts';
import { Faults } from './faults.ts';
import { toEmulatorRequest, toFetchResponse } from './http/fetch-adapter.ts';
import { listen, type ListenOptions, type RunningServer } from './http/node-server.ts';
import type { EmulatorRequest, EmulatorResponse } from './http/types.ts';
import { dispatch, type Routable } from './router.ts';
import type { AccountState } from './store/account-state.ts';

export type { AccessInfo } from './access/org.ts';
export type { AccountInfo, AccountSpec } from './accounts.ts';
export type { AuditAction, AuditEntry } from './audit.ts';
export type { TokenSet } from './auth.ts';
export { DEFECTS, type Defect, type DefectName } from './defects.ts';
export type { FaultConfig, FaultKind } from './faults.ts';
export type { EmulatorRequest, EmulatorResponse, HeaderLookup } from './http/types.ts';
export type { RunningServer, ListenOptions } from './http/node-server.ts';
export { PRESETS, type Preset, type PresetName } from './presets.ts';

export interface EmulatorOptions {
  /** Derives account ids and user tags; the same seed gives the same ids. Default 'scim-conformance'. */
  seed?: string;
  /** Default: primary, secondary (cloudflare-account), legacy (cloudflare-account-legacy), reference (generic). */
  accounts?: readonly AccountSpec[];
  /** Fixed tokens per account key (the standalone server); others are random. */
  tokens?: Readonly<Record<string, Partial<TokenSet>>>;
  /** Fixed control token; random otherwise. */
  controlToken?: string;
  /** Zero Trust SCIM endpoints also take the raw secret without `Bearer` (CLOUDFLARE.md B1 [UNK]); default off. */
  accessRawSecret?: boolean;
}

export const DEFAULT_SEED = 'scim-conformance';

/**
 * The embedded Cloudflare SCIM emulator (../shared/CLOUDFLARE.md): several accounts, each with a
 * behaviour preset, their SCIM and v4 surfaces, switchable defects and faults, and a control
 * interface. One instance per Playwright worker; reset() before each test.
 */
export class Emulator implements Routable {
  readonly accounts: readonly AccountInfo[];
  readonly controlToken: string;
  readonly defects = new DefectSwitches();
  readonly faults = new Faults();
  private readonly byKey: ReadonlyMap<string, Account>;
  private readonly byId: ReadonlyMap<string, Account>;
  /** Each account's Zero Trust organisation, by account id and by team domain. */
  private readonly orgsById: ReadonlyMap<string, AccessOrg>;
  private readonly orgsByTeam: ReadonlyMap<string, AccessOrg>;

  constructor(options: EmulatorOptions = {}) {
    const seed = options.seed ?? DEFAULT_SEED;
    const specs = options.accounts ?? DEFAULT_ACCOUNTS;
    const keys = new Set(specs.map((s) => s.key));
    if (keys.size !== specs.length) throw new Error('emulator: account keys must be unique');
    for (const key of Object.keys(options.tokens ?? {})) {
      if (!keys.has(key)) throw new Error(`emulator: tokens given for unknown account "${key}"`);
    }
    const accounts = specs.map((spec) => new Account(spec, seed, options.tokens?.[spec.key]));
    this.byKey = new Map(accounts.map((a) => [a.info.key, a]));
    this.byId = new Map(accounts.map((a) => [a.info.id, a]));
    const orgs = accounts.map((a) => new AccessOrg(a, seed, { acceptRawSecret: options.accessRawSecret ?? false }));
    this.orgsById = new Map(orgs.map((o) => [o.info.accountId, o]));
    this.orgsByTeam = new Map(orgs.map((o) => [o.info.teamDomain, o]));
    this.accounts = Object.freeze(accounts.map((a) => a.info));
    this.controlToken = options.controlToken ?? randomToken();
    registerSecret(this.controlToken);
  }

  account(key: string): AccountInfo {
    return this.get(key).info;
  }

  accountById(id: string): Account | undefined {
    return this.byId.get(id);
  }

  /** The Zero Trust side of an account: its team domain, IdP, SCIM secret and Access paths. */
  access(key: string): AccessInfo {
    return this.accessOrg(this.get(key).info.id)!.info;
  }

  accessOrg(accountId: string): AccessOrg | undefined {
    return this.orgsById.get(accountId);
  }

  accessTeam(teamDomain: string): AccessOrg | undefined {
    return this.orgsByTeam.get(teamDomain);
  }

  /** The live state of an account (stores and audit), for seeding in bulk; reset() replaces it. */
  state(key: string): AccountState {
    return this.get(key).state;
  }

  audit(key: string): readonly AuditEntry[] {
    return this.get(key).state.audit.list();
  }

  /** Back to the seeded state; tokens, defects and faults stay. */
  reset(): void {
    for (const account of this.byKey.values()) account.reset();
    for (const org of this.orgsById.values()) org.reset();
  }

  handle(req: EmulatorRequest): Promise<EmulatorResponse> {
    return dispatch(req, this);
  }

  /** Standard Fetch: for in-process tests. */
  async fetch(request: Request): Promise<Response> {
    return toFetchResponse(await this.handle(await toEmulatorRequest(request)));
  }

  /** Real HTTP on loopback (default port 0: any free port). */
  listen(options: ListenOptions = {}): Promise<RunningServer> {
    return listen((req) => this.handle(req), options);
  }

  private get(key: string): Account {
    const account = this.byKey.get(key);
    if (account === undefined) throw new Error(`emulator: no account "${key}"; accounts: ${[...this.byKey.keys()].join(', ')}`);
    return account;
  }
}
