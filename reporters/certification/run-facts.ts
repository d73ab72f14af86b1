/**
 * The facts at the top of a certification summary, in reading order. The environment recorded with
 * the run has them all; an older summary without one still names its target, profile and seed.
 */
import type { CertificationView } from './certification-model.ts';

export function runFacts(view: CertificationView): Array<[string, string]> {
  const { run } = view;
  const recorded = view.environment.length > 0
    ? view.environment
    : ([['Target', run.target], ['Target profile', run.profile], ['Seed', String(run.seed)], ['Run id', run.runId]] as Array<[string, string]>);
  return [...recorded, ['Started', run.startedAt], ['Duration', `${(run.durationMs / 1000).toFixed(1)} s`]];
}

/** Totals in the order of summary.json, with their report names. */
export function totalsLine(view: CertificationView): Array<[string, number]> {
  const t = view.totals;
  return [['passed', t.passed], ['failed', t.failed], ['warnings', t.warnings], ['skipped', t.skipped], ['broken', t.broken]];
}

/**
 * The sections listing single checks, in the order a reviewer reads them, with what each means. Only
 * sections with checks are shown, except documented deviations: "none" is evidence too.
 */
export function checkSections(view: CertificationView): Array<{ title: string; note: string; list: CertificationView['failures'] }> {
  return [
    { title: 'Failed', note: 'a MUST requirement was violated', list: view.failures },
    { title: 'Broken', note: 'the run could not decide (transport or setup trouble)', list: view.broken },
    { title: 'Warnings', note: 'a SHOULD requirement was not met', list: view.warnings },
    { title: 'Documented deviations', note: "the target profile's ledger lists these; reported, not failed", list: view.deviations, always: true },
    { title: 'Deviations no longer observed', note: 'the target now meets these: remove them from the ledger', list: view.staleDeviations },
  ].filter((section) => section.always === true || section.list.shown.length > 0);
}
