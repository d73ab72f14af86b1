import { ConfigError } from '../config/config-error.ts';
import type { TargetProfile } from '../config/profiles.ts';

/** Which of the embedded emulator's seeded accounts plays each target profile. */
const ACCOUNT_FOR_PROFILE: Partial<Record<TargetProfile, string>> = {
  'cloudflare-account': 'primary',
  'cloudflare-account-legacy': 'legacy',
  generic: 'reference',
};

export function emulatedAccountKey(profile: TargetProfile): string {
  const key = ACCOUNT_FOR_PROFILE[profile];
  if (key === undefined) {
    throw new ConfigError('SCIM_TARGET_PROFILE', `${profile} is not served by the embedded emulator`, 'Set SCIM_BASE_URL to a real endpoint for it, or choose generic, cloudflare-account or cloudflare-account-legacy');
  }
  return key;
}

/** Defects switched on for a whole run (emulator only), e.g. to see how a report shows a broken target. */
export function runDefects(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SCIM_EMULATOR_DEFECTS ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Proof mode (the project's own tests): each check runs with the emulator defect that breaks its own
 * requirement switched on, and must fail. Pass N uses the N-th defect of each requirement.
 */
export function proofPass(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SCIM_PROOF_PASS;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new ConfigError('SCIM_PROOF_PASS', `"${raw}" is not a whole number`, 'Leave it to the self-test runner');
  return Number(raw);
}

/** Emulator switches make no sense against a remote target; saying so beats silently ignoring them. */
export function assertNoEmulatorSettings(kind: 'emulator' | 'remote', env: NodeJS.ProcessEnv = process.env): void {
  if (kind === 'remote' && (runDefects(env).length > 0 || proofPass(env) !== undefined)) {
    throw new ConfigError('SCIM_EMULATOR_DEFECTS', 'switches defects of the embedded emulator, but SCIM_BASE_URL names a remote target', 'Unset SCIM_EMULATOR_DEFECTS and SCIM_PROOF_PASS');
  }
}
