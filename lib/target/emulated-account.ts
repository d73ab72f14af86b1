import { ConfigError } from '../config/config-error.ts';
import type { TargetProfile } from '../config/profiles.ts';

/**
 * Which of the embedded emulator's seeded accounts plays each target profile. cloudflare-access is
 * played by that account's Zero Trust organisation: its IdP's SCIM endpoint on the team domain
 * (emulator/access/), not the account's dashboard SCIM.
 */
const ACCOUNT_FOR_PROFILE: Partial<Record<TargetProfile, string>> = {
  'cloudflare-account': 'primary',
  'cloudflare-account-legacy': 'legacy',
  generic: 'reference',
  'cloudflare-access': 'primary',
};

/** True when the profile is played by an account's Zero Trust IdP endpoint rather than its dashboard SCIM. */
export function emulatedByAccess(profile: TargetProfile): boolean {
  return profile === 'cloudflare-access';
}

export function emulatedAccountKey(profile: TargetProfile): string {
  const key = ACCOUNT_FOR_PROFILE[profile];
  if (key === undefined) {
    throw new ConfigError('SCIM_TARGET_PROFILE', `${profile} is not served by the embedded emulator`, 'Set SCIM_BASE_URL to a real endpoint for it, or choose generic, cloudflare-account, cloudflare-account-legacy or cloudflare-access');
  }
  return key;
}

/**
 * Defects switched on for a run (emulator only), e.g. to see how a report shows a broken target.
 * SCIM_EMULATOR_DEFECTS as sets: `a,b` is one set for the whole run; `a;b,c` are two, and each check is
 * declared once per set (`<title> [defects: a]`), so one run can show several broken targets.
 */
export function runDefectSets(env: NodeJS.ProcessEnv = process.env): string[][] {
  return (env.SCIM_EMULATOR_DEFECTS ?? '')
    .split(';')
    .map((set) => set.split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .filter((set) => set.length > 0);
}

/**
 * Proof mode (the project's own tests, SCIM_PROOF=1): every check runs clean, and once more with each
 * emulator defect that breaks its own requirement switched on, when it must fail. One run per profile
 * proves every check and shows it clean (fixtures/proof-checks.ts).
 */
export function proofMode(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.SCIM_PROOF;
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw !== '1') throw new ConfigError('SCIM_PROOF', `"${raw}" is not 1 or 0`, 'Leave it to the self-test runner');
  return true;
}

/** SCIM_PROOF_AREAS: the areas whose checks a proof run proves (all when unset); every check still runs clean. */
export function proofAreas(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> | undefined {
  const listed = (env.SCIM_PROOF_AREAS ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  return listed.length === 0 ? undefined : new Set(listed);
}

/** Emulator switches make no sense against a remote target; saying so beats silently ignoring them. */
export function assertNoEmulatorSettings(kind: 'emulator' | 'remote', env: NodeJS.ProcessEnv = process.env): void {
  if (kind === 'remote' && (runDefectSets(env).length > 0 || proofMode(env))) {
    throw new ConfigError('SCIM_EMULATOR_DEFECTS', 'switches defects of the embedded emulator, but SCIM_BASE_URL names a remote target', 'Unset SCIM_EMULATOR_DEFECTS and SCIM_PROOF');
  }
}
