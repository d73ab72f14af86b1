/**
 * The parts of Playwright's reporter objects the summary reads. Playwright's own TestCase, TestResult
 * and Suite satisfy these structurally, and unit tests can build them as plain objects.
 */
import type { Location, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';

export type Annotation = TestCase['annotations'][number];

export interface SuiteInput {
  title: string;
  type: Suite['type'];
  parent?: SuiteInput;
}

export interface ResultInput {
  status: TestResult['status'];
  /** Optional because Playwright before 1.52 kept annotations on the TestCase only. */
  annotations?: readonly Annotation[];
  errors: readonly TestError[];
  error?: TestError;
}

export interface CaseInput {
  title: string;
  parent: SuiteInput;
  location: Pick<Location, 'file' | 'line' | 'column'>;
  annotations: readonly Annotation[];
  /** The timeout the test ran with; Playwright updates it when the test changed its own. */
  timeout: number;
  results: readonly ResultInput[];
}

export interface ProjectInput {
  name: string;
  /** The project's `metadata`: `idp`, `targetProfile`, optional `variant`. */
  metadata: Readonly<Record<string, unknown>>;
  tests: readonly CaseInput[];
}
