/**
 * Playwright's view of a finished run, mapped to summary.json. Pure: no files, no console, so every
 * path of the mapping is unit-tested with plain objects.
 */
import type { FullResult, TestError } from '@playwright/test/reporter';

import { findRequirement, refToString } from '../requirements/index.ts';
import { ANNOTATION, annotationsOf, descriptionsOf, extraRefsOf, requirementIdOf } from './check-annotations.ts';
import { verdictOf } from './check-verdict.ts';
import { incompleteReasons, type RunFindings } from './run-completeness.ts';
import { readRunMetadata } from './run-metadata.ts';
import { redactStrings } from './redact-strings.ts';
import { TOTALS_KEY, type CleanupFailure, type Summary, type SummaryCheck, type SummaryTotals } from './summary-types.ts';
import type { CaseInput, ProjectInput, SuiteInput } from './test-input.ts';

/** The requirement of a test that did not declare one: it bypassed the conformance wrapper. */
export const NO_REQUIREMENT = '(none)';

export interface RunInput {
  /** `config.metadata`: target, profile, seed, runId. */
  metadata: Readonly<Record<string, unknown>>;
  startedAt: Date;
  durationMs: number;
  status: FullResult['status'];
  /** Errors Playwright reported outside any test (config, global setup, worker crashes). */
  globalErrors: readonly TestError[];
  /** In project order: the order of the rows in the matrix and of the checks in the file. */
  projects: readonly ProjectInput[];
  /** Set when the run was one shard of several (`--shard 2/4`). */
  shard?: { current: number; total: number } | null;
  /** What ran the checks, as reports show it (run-environment.ts). */
  environment?: Record<string, string>;
  /** Why merged shards do not add up to one run; found by the merge, which reads the blobs. */
  mergeProblems?: readonly string[];
}

interface PlacedTest {
  test: CaseInput;
  projectIndex: number;
  idp: string;
  variant: string | undefined;
  title: string;
}

export function buildSummary(input: RunInput): Summary {
  const { metadata, problems } = readRunMetadata(input.metadata);
  const findings: RunFindings = {
    status: input.status,
    globalErrors: input.globalErrors,
    metadataProblems: problems,
    mergeProblems: input.mergeProblems ?? [],
    notRun: [],
    withoutRequirement: [],
    unknownRequirements: [],
  };
  const checks: SummaryCheck[] = [];
  const cleanup: CleanupFailure[] = [];

  for (const placed of placeTests(input.projects)) {
    const result = placed.test.results.at(-1);
    const annotations = annotationsOf(placed.test, result);
    const id = requirementIdOf(placed.test, annotations);
    const requirement = id ?? NO_REQUIREMENT;
    const label = `[${placed.idp}] ${id ?? placed.title}`;
    if (result === undefined) {
      findings.notRun.push(label);
      continue;
    }
    const registered = id === undefined ? undefined : findRequirement(id);
    if (id === undefined) findings.withoutRequirement.push(label);
    else if (registered === undefined) findings.unknownRequirements.push(id);

    const variant = placed.variant === undefined ? {} : { variant: placed.variant };
    const { status, message, ...flags } = verdictOf(placed.test, result);
    checks.push({
      requirement,
      title: placed.title,
      idp: placed.idp,
      // An unregistered check is held to the strictest level, so its failure can never pass a gate.
      level: registered?.level ?? 'MUST',
      status,
      refs: [...new Set([...(registered?.refs.map(refToString) ?? []), ...extraRefsOf(placed.test, annotations)])],
      message,
      ...variant,
      ...flags,
    });
    for (const problem of descriptionsOf(annotations, ANNOTATION.cleanupError)) {
      cleanup.push({ requirement, idp: placed.idp, ...variant, title: placed.title, message: problem });
    }
  }

  const reasons = incompleteReasons(findings, checks);
  return redactStrings({
    run: {
      target: metadata.target,
      profile: metadata.profile,
      seed: metadata.seed,
      startedAt: input.startedAt.toISOString(),
      durationMs: Math.round(input.durationMs),
      complete: reasons.length === 0,
      runId: metadata.runId,
      incompleteReasons: reasons,
      ...(input.shard ? { shard: { current: input.shard.current, total: input.shard.total } } : {}),
    },
    totals: totalsOf(checks),
    checks,
    cleanup,
    ...(input.environment === undefined ? {} : { environment: input.environment }),
  });
}

/**
 * Stable order: project, then file, then title; line and column only break ties between twins. A merge
 * of shards has one project suite per shard: a project's place is where its name first appears.
 */
function placeTests(projects: readonly ProjectInput[]): PlacedTest[] {
  const names = projects.map((p) => p.name);
  const placed = projects.flatMap((project) =>
    project.tests.map((test) => ({
      test,
      projectIndex: names.indexOf(project.name),
      idp: stringField(project.metadata, 'idp') ?? project.name,
      variant: stringField(project.metadata, 'variant'),
      title: titleOf(test),
    })),
  );
  return placed.sort(
    (a, b) =>
      a.projectIndex - b.projectIndex ||
      compareText(a.test.location.file, b.test.location.file) ||
      compareText(a.title, b.title) ||
      a.test.location.line - b.test.location.line ||
      a.test.location.column - b.test.location.column,
  );
}

/** Describe blocks belong to the title: two checks may share a title in different groups. */
function titleOf(test: CaseInput): string {
  const titles = [test.title];
  let suite: SuiteInput | undefined = test.parent;
  while (suite?.type === 'describe') {
    if (suite.title !== '') titles.unshift(suite.title);
    suite = suite.parent;
  }
  return titles.join(' › ');
}

function totalsOf(checks: readonly SummaryCheck[]): SummaryTotals {
  const totals: SummaryTotals = { passed: 0, failed: 0, warnings: 0, skipped: 0, broken: 0 };
  for (const check of checks) totals[TOTALS_KEY[check.status]] += 1;
  return totals;
}

function stringField(metadata: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = metadata[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Code-unit order, not locale order: the file must not change with the machine that wrote it. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
