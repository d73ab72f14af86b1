/**
 * Allure 3 configuration of the HTML report (`npm run report`). The paths come from the environment
 * the report script sets, so one file serves any reports folder; loaded by the Allure CLI itself.
 */
import { defineConfig } from 'allure';

import { CATEGORIES } from '../../reporters/allure-categories.ts';

/** Nightly runs for two months: enough for a trend, small enough to load fast. */
export const HISTORY_LIMIT = 60;

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`allurerc: ${name} is not set; generate the report with npm run report`);
  return value;
};

export default defineConfig({
  name: process.env['SCIM_ALLURE_REPORT_NAME'] ?? 'SCIM conformance',
  output: env('SCIM_ALLURE_OUTPUT'),
  historyPath: env('SCIM_ALLURE_HISTORY'),
  historyLimit: HISTORY_LIMIT,
  categories: CATEGORIES,
  // Playwright's plumbing labels say nothing to a reviewer; the harness's own labels are kept.
  hideLabels: ['language', 'framework', 'package', 'host', 'thread', 'titlePath'],
  plugins: {
    awesome: {
      options: {
        // One file that opens from disk or from a CI artifact, no server needed.
        singleFile: true,
        reportLanguage: 'en',
        // Project, then area: an IdP's variants (okta, okta-aiw) are projects of their own.
        groupBy: ['parentSuite', 'feature'],
      },
    },
  },
});
