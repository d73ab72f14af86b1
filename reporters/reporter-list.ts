/**
 * The reporters of a conformance run, shared by playwright.config.ts and the shard-merging config, so a
 * merged run writes exactly what an unsharded run writes. Paths are absolute (relative ones resolve
 * against the working directory, as SCIM_REPORTS_DIR does): Playwright would otherwise resolve them
 * against whichever config file loaded this list.
 */
import type { ReporterDescription } from '@playwright/test';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUMMARY_REPORTER = fileURLToPath(new URL('./summary-reporter.ts', import.meta.url));
export const ALLURE_REPORTER = fileURLToPath(new URL('./allure-reporter.ts', import.meta.url));

/** Where each output of a run lands inside the reports folder. */
export function reportPaths(reportsDir: string) {
  const root = resolve(reportsDir);
  return {
    root,
    summary: resolve(root, 'summary.json'),
    junit: resolve(root, 'junit.xml'),
    allureResults: resolve(root, 'allure-results'),
    allureReport: resolve(root, 'allure-report'),
    certificationHtml: resolve(root, 'certification.html'),
    certificationMarkdown: resolve(root, 'certification.md'),
    blobReport: resolve(root, 'blob-report'),
  };
}

export interface ReporterListOptions {
  /** Also write the run as a Playwright blob, so shards (or any split runs) can be merged later. */
  blob: boolean;
  /** A merge's findings about its blobs (a shard missing, different seeds); each makes the run incomplete. */
  mergeProblems?: string[];
}

export function conformanceReporters(reportsDir: string, options: ReporterListOptions): ReporterDescription[] {
  const paths = reportPaths(reportsDir);
  return [
    [process.stdout.isTTY ? 'line' : 'dot'],
    [SUMMARY_REPORTER, { outputFile: paths.summary, stepSummary: process.env['GITHUB_STEP_SUMMARY'], ...(options.mergeProblems ? { mergeProblems: options.mergeProblems } : {}) }],
    // Every IdP project runs the same titles; the project in the name keeps CI test lists unambiguous.
    ['junit', { outputFile: paths.junit, includeProjectInTestName: true }],
    [ALLURE_REPORTER, { resultsDir: paths.allureResults, detail: false, suiteTitle: false }],
    ...(options.blob ? [['blob', { outputDir: paths.blobReport }] as ReporterDescription] : []),
  ];
}
