/**
 * The exit rule of a run (DESIGN.md, Running), shared by a run and a merge of shards: 0 only when no
 * MUST check failed and the run was complete.
 */
import type { Summary } from '../../reporters/summary-types.ts';

export function runOutcome(summary: Summary): { ok: boolean; verdict: string } {
  const ok = summary.run.complete && summary.totals.failed === 0;
  const verdict = ok ? 'conformant' : summary.totals.failed > 0 ? `${summary.totals.failed} MUST check(s) failed` : 'the run was incomplete';
  return { ok, verdict };
}
