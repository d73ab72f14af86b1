/**
 * What the harness adds to each Allure result. Allure knows passed, failed, broken and skipped; the
 * harness also has warnings (a SHOULD not met) and documented deviations, both of which pass in
 * Playwright. So every result carries a `verdict` label with the same grading summary.json uses
 * (check-verdict.ts), the report's categories are built on that label, and the result's status and
 * message are aligned with it before the result is written. Its place is corrected too: every check
 * is declared in the conformance wrapper, so Playwright's location names the wrapper, not the spec.
 */
import { Status, type Label, type TestResult as AllureTestResult } from 'allure-js-commons';

import type { Verdict } from './check-verdict.ts';
import { redactStrings } from './redact-strings.ts';

export const VERDICT_LABEL = 'verdict';

/** The status of summary.json, with documented deviations told apart from plain SHOULD warnings. */
export const VERDICT_VALUES = ['passed', 'failed', 'warning', 'deviation', 'deviation-stale', 'skipped', 'broken'] as const;
export type VerdictValue = (typeof VERDICT_VALUES)[number];

/**
 * Carries what only the reporter knows to the result listener, on the result itself (allure-playwright
 * builds the result from runtime messages, which can add labels but not set a status). The listener
 * removes it; Allure would hide it anyway, as it hides every label starting with `_`.
 */
const CARRIER_LABEL = '_conformance';

interface Carried {
  message: string;
  /** Project, spec file, describe titles: where a reader finds the check. */
  titlePath: string[];
  fullName: string;
}

export function verdictValue(verdict: Verdict): VerdictValue {
  if (verdict.deviation === true) return 'deviation';
  if (verdict.deviationStale === true) return 'deviation-stale';
  return verdict.status;
}

/** `titlePath` is Playwright's: root, project, spec file, describes, title. */
export function resultLabels(verdict: Verdict, titlePath: readonly string[]): Label[] {
  const [, project = '', file = '', ...rest] = titlePath;
  const carried: Carried = {
    message: verdict.message,
    titlePath: [project, file, ...rest.slice(0, -1)].filter((t) => t !== ''),
    fullName: [file, ...rest].filter((t) => t !== '').join(' › '),
  };
  return [
    { name: VERDICT_LABEL, value: verdictValue(verdict) },
    { name: CARRIER_LABEL, value: JSON.stringify(carried) },
  ];
}

type Writable = Pick<AllureTestResult, 'labels' | 'status' | 'statusDetails' | 'steps' | 'titlePath' | 'fullName'>;

/** Static annotations that allure-playwright turns into steps; the labels and links already say it all. */
const ANNOTATION_STEP = /^(?:requirement|refs): /;

/**
 * The result listener, run just before a result is written. Allure reads a failed Playwright test as
 * failed; the harness calls it broken when no assertion about the target failed (transport trouble,
 * setup). A warning stays passed, with its reason as the message, so the report shows why it is not a
 * plain pass. And every string is redacted, whatever put it there.
 */
export function prepareResult(result: Writable): void {
  const verdict = result.labels.find((l) => l.name === VERDICT_LABEL)?.value;
  const carriedLabel = result.labels.find((l) => l.name === CARRIER_LABEL)?.value;
  result.labels = result.labels.filter((l) => l.name !== CARRIER_LABEL);
  result.steps = result.steps.filter((s) => !(s.steps.length === 0 && s.attachments.length === 0 && ANNOTATION_STEP.test(s.name ?? '')));
  if (verdict === 'broken') result.status = Status.BROKEN;
  if (carriedLabel !== undefined) {
    const carried = JSON.parse(carriedLabel) as Carried;
    if (carried.titlePath.length > 0) result.titlePath = carried.titlePath;
    if (carried.fullName !== '') result.fullName = carried.fullName;
    if (carried.message !== '' && (result.statusDetails.message ?? '') === '') {
      result.statusDetails = { ...result.statusDetails, message: carried.message };
    }
  }
  Object.assign(result, redactStrings({ ...result }));
}
