import type { TargetProfile } from '../../lib/config/profiles.ts';
import type { Ref } from '../types.ts';

/**
 * A target's documented deviation from a requirement: reported as such (visible, not a failure),
 * and flagged when the target stops deviating so the entry can go.
 */
export interface DocumentedDeviation {
  requirement: string;
  /** Only for this IdP's project; absent for every project. */
  idp?: string;
  reason: string;
  source: Ref;
}

const LEDGERS: Record<TargetProfile, readonly DocumentedDeviation[]> = {
  generic: [],
  'cloudflare-account': [],
  'cloudflare-account-legacy': [],
  'cloudflare-access': [],
};

export function documentedDeviation(profile: TargetProfile, requirement: string, idp: string): DocumentedDeviation | undefined {
  return LEDGERS[profile].find((d) => d.requirement === requirement && (d.idp === undefined || d.idp === idp));
}

export function ledger(profile: TargetProfile): readonly DocumentedDeviation[] {
  return LEDGERS[profile];
}
