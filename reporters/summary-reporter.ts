/**
 * Playwright reporter: writes reports/summary.json and, beside it, the certification summary
 * (certification.html and .md, the Markdown also appended to `stepSummary`, a CI job summary), and
 * prints the IdP x area matrix when the run ends. It keeps no per-test state; the finished suite
 * holds every test's results, and only the last result of each counts.
 *
 *   reporter: [['./reporters/summary-reporter.ts', { outputFile: 'reports/summary.json', printMatrix: true }]]
 */
import { dirname, join, relative, resolve } from 'node:path';

import type { FullConfig, FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter';

import { writeCertification } from './certification/write-certification.ts';
import { renderMatrix, wantsColor } from './console-matrix.ts';
import { configEnvironment } from './run-environment.ts';
import { buildSummary } from './summary-model.ts';
import type { ProjectInput } from './test-input.ts';
import { writeJsonAtomic } from './write-json-atomic.ts';

export interface SummaryReporterOptions {
  /**
   * Where summary.json is written; a relative path resolves against the config file's folder.
   * Default: `summary.json` in SCIM_REPORTS_DIR (relative to the working directory) or in `reports`.
   */
  outputFile?: string;
  /** Print the matrix, totals and first failures at the end. Default: true. */
  printMatrix?: boolean;
  /** Write certification.html and certification.md beside summary.json. Default: true. */
  certification?: boolean;
  /** Given by a merge of shards: why they do not add up to one run. Each makes the run incomplete. */
  mergeProblems?: string[];
  /** Append the certification Markdown to this file: $GITHUB_STEP_SUMMARY in GitHub Actions. */
  stepSummary?: string;
}

export default class SummaryReporter implements Reporter {
  readonly #options: SummaryReporterOptions;
  #config: FullConfig | undefined;
  #suite: Suite | undefined;
  readonly #globalErrors: TestError[] = [];

  constructor(options: SummaryReporterOptions = {}) {
    this.#options = options;
  }

  /** Progress is the line or list reporter's job; the matrix comes once, after theirs. */
  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.#config = config;
    this.#suite = suite;
  }

  onError(error: TestError): void {
    this.#globalErrors.push(error);
  }

  async onEnd(result: FullResult): Promise<void> {
    const summary = buildSummary({
      metadata: this.#config?.metadata ?? {},
      startedAt: result.startTime,
      durationMs: result.duration,
      status: result.status,
      globalErrors: this.#globalErrors,
      projects: projectsOf(this.#suite),
      shard: this.#config?.shard,
      environment: this.#config === undefined || this.#suite === undefined ? undefined : configEnvironment(this.#config, this.#suite),
      mergeProblems: this.#options.mergeProblems ?? [],
    });
    const path = this.outputPath();
    await writeJsonAtomic(path, summary);
    if (this.#options.certification ?? true) {
      const folder = dirname(path);
      const files = { html: join(folder, 'certification.html'), markdown: join(folder, 'certification.md') };
      await writeCertification(summary, files, { stepSummary: this.#options.stepSummary });
    }
    if (this.#options.printMatrix ?? true) {
      const shown = relative(process.cwd(), path);
      const summaryPath = shown.startsWith('..') ? path : shown;
      process.stdout.write(`\n${renderMatrix(summary, { summaryPath, color: wantsColor(process.stdout, process.env) })}`);
    }
  }

  /** Relative option paths follow Playwright's own reporters: the config file's folder is the base. */
  outputPath(): string {
    const configFile = this.#config?.configFile;
    const configDir = configFile ? dirname(configFile) : process.cwd();
    if (this.#options.outputFile !== undefined) return resolve(configDir, this.#options.outputFile);
    const reportsDir = process.env['SCIM_REPORTS_DIR'];
    if (reportsDir) return resolve(reportsDir, 'summary.json');
    return resolve(configDir, 'reports', 'summary.json');
  }
}

/** Project suites come in the config's project order, which the summary and the matrix keep. */
function projectsOf(root: Suite | undefined): ProjectInput[] {
  return (root?.suites ?? []).map((projectSuite) => {
    const project = projectSuite.project();
    return {
      name: project?.name ?? projectSuite.title,
      metadata: project?.metadata ?? {},
      tests: projectSuite.allTests(),
    };
  });
}
