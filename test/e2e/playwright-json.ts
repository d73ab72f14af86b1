import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the end-to-end tests read of Playwright's JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME, run-suite.ts). */
export interface JsonTest {
  title: string;
  projectName: string;
  annotations: Array<{ type: string; description?: string }>;
  results: Array<{ status: string; error?: { message?: string } }>;
}

interface JsonSuite {
  suites?: JsonSuite[];
  specs?: Array<{ title: string; tests: Array<Omit<JsonTest, 'title'>> }>;
}

function testsOf(suite: JsonSuite): JsonTest[] {
  return [...(suite.specs ?? []).flatMap((s) => s.tests.map((t) => ({ ...t, title: s.title }))), ...(suite.suites ?? []).flatMap(testsOf)];
}

/** Every test of a run with `--reporter=json`, each with its spec's title. */
export function playwrightTests(reportsDir: string): JsonTest[] {
  const report = JSON.parse(readFileSync(join(reportsDir, 'playwright.json'), 'utf8')) as { suites: JsonSuite[] };
  return report.suites.flatMap(testsOf);
}

export function annotation(test: JsonTest, type: string): string | undefined {
  return test.annotations.find((a) => a.type === type)?.description;
}
