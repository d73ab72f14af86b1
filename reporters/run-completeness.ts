/**
 * Whether a run can stand as evidence. A green summary of a run that stopped halfway, or that skipped
 * the wrapper, would certify checks that never ran; each reason here names what is missing.
 */
import type { FullResult, TestError } from '@playwright/test/reporter';

import { cleanMessage, firstLine } from './text.ts';
import type { SummaryCheck } from './summary-types.ts';

export interface RunFindings {
  status: FullResult['status'];
  globalErrors: readonly TestError[];
  metadataProblems: readonly string[];
  /** Why merged shards do not add up to one run (a shard missing, different seeds). */
  mergeProblems: readonly string[];
  /** Labels (`[okta] idp/create-user`) of selected tests that have no result. */
  notRun: string[];
  /** Labels of tests that ran without a `requirement` annotation. */
  withoutRequirement: string[];
  /** Requirement ids named by tests but absent from the registry. */
  unknownRequirements: string[];
}

const UNFINISHED: Partial<Record<FullResult['status'], string>> = {
  interrupted: 'the run was interrupted before it finished',
  timedout: 'the run hit the global timeout before it finished',
};

/** Enough names to start looking; the rest are in the checks. */
const NAMES_LISTED = 5;

export function incompleteReasons(findings: RunFindings, checks: readonly SummaryCheck[]): string[] {
  const reasons: string[] = [];
  const unfinished = UNFINISHED[findings.status];
  if (unfinished !== undefined) reasons.push(unfinished);
  if (findings.globalErrors.length > 0) {
    const first = firstLine(cleanMessage(errorText(findings.globalErrors[0])));
    reasons.push(`${counted(findings.globalErrors.length, 'error')} outside any check, the first: ${first}`);
  }
  reasons.push(...findings.metadataProblems);
  reasons.push(...findings.mergeProblems);
  // An empty run certifies nothing, whatever filter or shard emptied it.
  if (checks.length === 0 && findings.notRun.length === 0) reasons.push('no checks were selected');
  const broken = checks.filter((c) => c.status === 'broken').map((c) => `[${c.idp}] ${c.requirement}`);
  addListed(reasons, findings.notRun, 'selected check', 'did not run');
  addListed(reasons, broken, 'check', 'could not decide (broken)');
  addListed(reasons, findings.withoutRequirement, 'test', 'bypassed the conformance wrapper (no requirement annotation)');
  addListed(reasons, [...new Set(findings.unknownRequirements)], 'requirement id', 'named by a test but missing from the registry');
  return reasons;
}

function addListed(reasons: string[], names: readonly string[], noun: string, predicate: string): void {
  if (names.length === 0) return;
  const shown = names.slice(0, NAMES_LISTED).join(', ');
  const more = names.length > NAMES_LISTED ? ` and ${names.length - NAMES_LISTED} more` : '';
  reasons.push(`${counted(names.length, noun)} ${predicate}: ${shown}${more}`);
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function errorText(error: TestError | undefined): string {
  return error?.message ?? error?.value ?? 'no message';
}
