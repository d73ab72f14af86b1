/**
 * Playwright config of `playwright merge-reports`, used by `npm run merge`: the shards' blobs go
 * through the same reporters as an unsharded run, so the merge writes the same summary.json, JUnit,
 * Allure results and certification summary. The merge script passes the reports folder and what it
 * found wrong with the blobs through the environment.
 */
import { defineConfig } from '@playwright/test';

import { conformanceReporters } from '../../reporters/reporter-list.ts';

const reportsDir = process.env['SCIM_REPORTS_DIR'] ?? 'reports';
const mergeProblems = JSON.parse(process.env['SCIM_MERGE_PROBLEMS'] ?? '[]') as string[];

export default defineConfig({
  // The merged run is not written as a blob again.
  reporter: conformanceReporters(reportsDir, { blob: false, mergeProblems }),
});
