/**
 * Reading the annotation protocol between the conformance wrapper (which declares and grades checks)
 * and the summary reporter. The wrapper owns the names; Playwright adds its skip annotations.
 *
 * requirement, refs: static, the requirement id and extra reference strings (space-separated).
 * warning, deviation, deviation-stale: the test passed with a SHOULD deviation, with a documented
 * deviation of the target, or with a documented deviation no longer observed.
 * broken: the test failed because the check could not decide. cleanup-error: cleanup after the test
 * failed; the verdict stands.
 */
import { ANNOTATION as WRAPPER_ANNOTATION } from '../fixtures/verdicts.ts';
import type { Annotation, CaseInput, ResultInput } from './test-input.ts';

export const ANNOTATION = {
  ...WRAPPER_ANNOTATION,
  /** Playwright's own, from test.skip() and test.fixme(): the description is the reason. */
  skip: 'skip',
  fixme: 'fixme',
} as const;

export type AnnotationType = (typeof ANNOTATION)[keyof typeof ANNOTATION];

/**
 * The annotations of the run that counts. Since Playwright 1.52 a result carries the static annotations
 * as well as those pushed while running; older versions only fill the test's list.
 */
export function annotationsOf(test: CaseInput, result: ResultInput | undefined): readonly Annotation[] {
  return result?.annotations ?? test.annotations;
}

/** Descriptions of the annotations of the given types, in the order they were added. */
export function descriptionsOf(annotations: readonly Annotation[], ...types: AnnotationType[]): string[] {
  return annotations
    .filter((a) => (types as string[]).includes(a.type))
    .map((a) => a.description?.trim() ?? '')
    .filter((d) => d !== '');
}

export function hasAnnotation(annotations: readonly Annotation[], ...types: AnnotationType[]): boolean {
  return annotations.some((a) => (types as string[]).includes(a.type));
}

/**
 * Static annotations are looked up in the result first and then on the test, so a result that lost
 * them (a worker that crashed before reporting) still names its requirement.
 */
export function requirementIdOf(test: CaseInput, annotations: readonly Annotation[]): string | undefined {
  return descriptionsOf([...annotations, ...test.annotations], ANNOTATION.requirement)[0];
}

export function extraRefsOf(test: CaseInput, annotations: readonly Annotation[]): string[] {
  const listed = descriptionsOf([...annotations, ...test.annotations], ANNOTATION.refs);
  return [...new Set(listed.flatMap((d) => d.split(/\s+/)))];
}
