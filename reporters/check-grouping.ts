/**
 * How the views of a summary (the console matrix, the certification summary) group checks: by the
 * registry's area, in the registry's order, counted per status, and named per project.
 */
import { findRequirement, REQUIREMENTS } from '../requirements/index.ts';
import type { CheckStatus, SummaryCheck } from './summary-types.ts';

export const OTHER_AREA = 'other';

/** Columns and rows follow the registry's order, so a view keeps its shape from run to run. */
const REGISTRY_AREAS: readonly string[] = [...new Set(REQUIREMENTS.map((r) => r.area))];

export type Tally = Record<CheckStatus, number>;

export function registryArea(requirement: string): string {
  return findRequirement(requirement)?.area ?? OTHER_AREA;
}

/** Registry areas first, in registry order; then unknown ones alphabetically; `other` last. */
export function orderAreas(present: ReadonlySet<string>): string[] {
  const known = REGISTRY_AREAS.filter((a) => present.has(a));
  const unknown = [...present].filter((a) => !REGISTRY_AREAS.includes(a) && a !== OTHER_AREA).sort();
  return [...known, ...unknown, ...(present.has(OTHER_AREA) ? [OTHER_AREA] : [])];
}

export function tally(checks: readonly SummaryCheck[]): Tally {
  const counts: Tally = { passed: 0, failed: 0, warning: 0, skipped: 0, broken: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}

/** Checks that ran to a verdict: skipped ones are not part of a pass rate. */
export function ranCount(counts: Tally): number {
  return counts.passed + counts.failed + counts.warning + counts.broken;
}

/** The variant is named only where an IdP ran in several; `[entra/default]` would be noise. */
export function projectLabeller(checks: readonly SummaryCheck[]): (check: Pick<SummaryCheck, 'idp' | 'variant'>) => string {
  const variants = new Map<string, Set<string | undefined>>();
  for (const check of checks) variants.set(check.idp, (variants.get(check.idp) ?? new Set()).add(check.variant));
  return (check) =>
    check.variant !== undefined && (variants.get(check.idp)?.size ?? 0) > 1 ? `${check.idp}/${check.variant}` : check.idp;
}
