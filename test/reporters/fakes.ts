/**
 * Hand-built stand-ins for Playwright's TestCase, TestResult and project suites, shaped the way the
 * conformance wrapper leaves them.
 */
import type { RunInput } from '../../reporters/summary-model.ts';
import type { Annotation, CaseInput, ProjectInput, ResultInput, SuiteInput } from '../../reporters/test-input.ts';

export const RUN_METADATA = { target: 'https://scim.example.test/v2', profile: 'generic', seed: 42, runId: 'run-7' };

export function result(status: ResultInput['status'], annotations: Annotation[] = [], errors: ResultInput['errors'] = []): ResultInput {
  return { status, annotations, errors };
}

export function note(type: string, description?: string): Annotation {
  return description === undefined ? { type } : { type, description };
}

interface CaseOptions {
  /** Undefined: a test declared without the wrapper. */
  requirement?: string;
  results?: ResultInput[];
  file?: string;
  line?: number;
  describe?: string[];
  timeout?: number;
  staticAnnotations?: Annotation[];
}

/**
 * The static annotations are copied into each result, as Playwright 1.52+ does, so every result
 * carries its requirement unless a test deliberately builds one without.
 */
export function testCase(title: string, options: CaseOptions = {}): CaseInput {
  const statics = [
    ...(options.requirement === undefined ? [] : [note('requirement', options.requirement)]),
    ...(options.staticAnnotations ?? []),
  ];
  const results = (options.results ?? [result('passed')]).map((r) => ({ ...r, annotations: [...statics, ...(r.annotations ?? [])] }));
  let parent: SuiteInput = { title: options.file ?? 'specs/protocol/users.spec.ts', type: 'file' };
  for (const title of options.describe ?? []) parent = { title, type: 'describe', parent };
  return {
    title,
    parent,
    location: { file: `/repo/${options.file ?? 'specs/protocol/users.spec.ts'}`, line: options.line ?? 1, column: 1 },
    annotations: results.at(-1)?.annotations ?? statics,
    timeout: options.timeout ?? 30_000,
    results,
  };
}

export function project(name: string, tests: CaseInput[], metadata: Record<string, unknown> = { idp: name }): ProjectInput {
  return { name, metadata, tests };
}

export function run(projects: ProjectInput[], overrides: Partial<RunInput> = {}): RunInput {
  return {
    metadata: RUN_METADATA,
    startedAt: new Date('2025-01-02T03:04:05.000Z'),
    durationMs: 1234.4,
    status: 'passed',
    globalErrors: [],
    projects,
    ...overrides,
  };
}
