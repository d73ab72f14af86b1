import { DEFECTS } from '../../emulator/defects.ts';

/** The target profiles the embedded emulator plays; each must run clean, and each proves its own checks. */
export const EMULATED_PROFILES = ['cloudflare-account', 'cloudflare-account-legacy', 'generic'] as const;

const PROJECT_IDPS = ['protocol', 'okta', 'entra', 'authentik'];

/** How many defects a check (requirement x project) can be proven with: one proof pass each. */
function defectsFor(requirement: string, idp: string): number {
  return DEFECTS.filter((d) => d.breaks === requirement && (d.idp === undefined || d.idp === idp)).length;
}

export const PROOF_PASSES = Math.max(...DEFECTS.flatMap((d) => PROJECT_IDPS.map((idp) => defectsFor(d.breaks, idp))));

/**
 * The --grep of proof pass N: only the requirements that have an N-th defect, so later passes run a few
 * checks instead of skipping through the whole suite.
 */
export function proofGrep(pass: number): string | undefined {
  if (pass === 0) return undefined;
  const ids = [...new Set(DEFECTS.map((d) => d.breaks))].filter((id) => PROJECT_IDPS.some((idp) => defectsFor(id, idp) > pass));
  return `@req:(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})( |$)`;
}
