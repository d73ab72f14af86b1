import type { Account } from '../accounts.ts';
import type { DefectSwitches } from '../defects.ts';
import type { EmulatorRequest } from '../http/types.ts';
import type { Preset } from '../presets.ts';
import type { AccountState } from '../store/account-state.ts';

/** Everything a SCIM resource handler needs for one authenticated request. */
export interface ScimContext {
  readonly req: EmulatorRequest;
  readonly account: Account;
  readonly state: AccountState;
  readonly knobs: Readonly<Preset>;
  readonly defects: DefectSwitches;
  /** Absolute SCIM base URL (origin + base path), for Location, $ref and meta.location. */
  readonly baseUrl: string;
  /** The parsed JSON body; undefined when the request had none. */
  readonly body: unknown;
}
