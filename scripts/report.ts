/**
 * `npm run report`: turns the last run's reports/allure-results into reports/allure-report (Allure 3,
 * one self-contained page, trends from the history in SCIM_HISTORY_DIR) and rewrites the certification
 * summary (certification.html, certification.md) from reports/summary.json. `npm run conformance`
 * does both at the end of a run; this is for a run whose report was skipped, or a new history.
 */
import { existsSync, readFileSync } from 'node:fs';

import { writeCertification } from '../reporters/certification/write-certification.ts';
import { reportPaths } from '../reporters/reporter-list.ts';
import type { Summary } from '../reporters/summary-types.ts';
import { generateAllureHtml } from './report/allure-html.ts';
import { reportSettings } from './report/report-settings.ts';

async function main(): Promise<number> {
  const settings = reportSettings();
  const paths = reportPaths(settings.reportsDir);
  if (existsSync(paths.summary)) {
    const summary = JSON.parse(readFileSync(paths.summary, 'utf8')) as Summary;
    await writeCertification(summary, { html: paths.certificationHtml, markdown: paths.certificationMarkdown });
    console.log(`scim-conformance report: certification summary in ${paths.certificationHtml} and ${paths.certificationMarkdown}`);
  } else {
    console.log(`scim-conformance report: no ${paths.summary}, so no certification summary`);
  }
  const html = await generateAllureHtml({ resultsDir: paths.allureResults, outputDir: paths.allureReport, historyFile: settings.historyFile });
  console.log(`scim-conformance report: ${html.ok ? `Allure report in ${html.line} (history: ${settings.historyFile})` : html.line}`);
  return html.ok ? 0 : 1;
}

process.exitCode = await main();
