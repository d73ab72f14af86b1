/**
 * From a Playwright outcome plus the wrapper's annotations to a conformance verdict. Playwright only
 * knows passed and failed; the wrapper passes a test with a warning for a SHOULD deviation, and marks a
 * failure caused by an assertion about the target with a `verdict` annotation. A failure without that
 * mark (a spec that did not load, a fixture that could not start, harness code that threw) could not
 * decide anything about the target, so it is broken, never failed.
 */
import type { TestError } from '@playwright/test/reporter';

import { ANNOTATION, annotationsOf, descriptionsOf, hasAnnotation } from './check-annotations.ts';
import type { CheckStatus } from './summary-types.ts';
import { cleanMessage } from './text.ts';
import type { Annotation, CaseInput, ResultInput } from './test-input.ts';

export interface Verdict {
  status: CheckStatus;
  message: string;
  deviation?: true;
  deviationStale?: true;
}

export function verdictOf(test: CaseInput, result: ResultInput): Verdict {
  const annotations = annotationsOf(test, result);
  switch (result.status) {
    case 'skipped':
      return { status: 'skipped', message: joinMessages(descriptionsOf(annotations, ANNOTATION.skip, ANNOTATION.fixme)) };
    case 'passed':
      return passedVerdict(annotations);
    case 'timedOut':
      return brokenVerdict(`timed out after ${test.timeout} ms`, annotations, result);
    case 'interrupted':
      return brokenVerdict('interrupted before it finished', annotations, result);
    case 'failed':
      if (hasAnnotation(annotations, ANNOTATION.broken) || !hasAnnotation(annotations, ANNOTATION.verdict)) return brokenVerdict(undefined, annotations, result);
      return { status: 'failed', message: errorText(result) };
  }
}

function passedVerdict(annotations: readonly Annotation[]): Verdict {
  // Under one of several defect sets a red check passes, only so that Playwright keeps its worker.
  if (hasAnnotation(annotations, ANNOTATION.runDefects)) {
    const broken = descriptionsOf(annotations, ANNOTATION.broken);
    if (broken.length > 0) return { status: 'broken', message: joinMessages(broken) };
    const caught = descriptionsOf(annotations, ANNOTATION.failedUnderDefects);
    if (caught.length > 0) return { status: 'failed', message: joinMessages(caught) };
  }
  const concerns = descriptionsOf(annotations, ANNOTATION.warning, ANNOTATION.deviation);
  const stale = descriptionsOf(annotations, ANNOTATION.deviationStale);
  const verdict: Verdict = {
    status: hasAnnotation(annotations, ANNOTATION.warning, ANNOTATION.deviation) ? 'warning' : 'passed',
    message: joinMessages([...concerns, ...stale]),
  };
  if (hasAnnotation(annotations, ANNOTATION.deviation)) verdict.deviation = true;
  if (hasAnnotation(annotations, ANNOTATION.deviationStale)) verdict.deviationStale = true;
  return verdict;
}

/** The wrapper's diagnosis comes first; without one the raw error is the only evidence. */
function brokenVerdict(cause: string | undefined, annotations: readonly Annotation[], result: ResultInput): Verdict {
  const diagnosis = joinMessages(descriptionsOf(annotations, ANNOTATION.broken));
  if (cause === undefined) return { status: 'broken', message: diagnosis === '' ? errorText(result) : diagnosis };
  return { status: 'broken', message: diagnosis === '' ? cause : cleanMessage(`${cause}: ${diagnosis}`) };
}

function errorText(result: ResultInput): string {
  // Playwright prefixes a thrown error's message with its class name; the verdict is the sentence itself.
  const text = firstErrorText(result.errors[0] ?? result.error).replace(/^(?:\u001b\[[0-9;]*m)*(?:Error|CheckFailure): /, '');
  return text === '' ? 'failed without an error message' : cleanMessage(text);
}

function firstErrorText(error: TestError | undefined): string {
  return error?.message ?? error?.value ?? error?.stack ?? '';
}

function joinMessages(messages: readonly string[]): string {
  return cleanMessage(messages.join('; '));
}
