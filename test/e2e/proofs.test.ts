import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFECTS } from '../../emulator/defects.ts';
import { runConformance } from './run-suite.ts';

interface JsonTest {
  projectName: string;
  annotations: Array<{ type: string; description?: string }>;
  results: Array<{ status: string; error?: { message?: string } }>;
}
interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: Array<{ title: string; tests: JsonTest[] }>;
}

function testsOf(suite: JsonSuite): Array<JsonTest & { title: string }> {
  return [...(suite.specs ?? []).flatMap((s) => s.tests.map((t) => ({ ...t, title: s.title }))), ...(suite.suites ?? []).flatMap(testsOf)];
}

/** Pass N switches on the N-th defect of each check's own requirement; a requirement has at most this many. */
const PROJECT_IDPS = ['protocol', 'okta', 'entra', 'authentik'];
const passes = Math.max(
  ...DEFECTS.flatMap((d) => PROJECT_IDPS.map((idp) => DEFECTS.filter((o) => o.breaks === d.breaks && (o.idp === undefined || o.idp === idp)).length)),
);

/**
 * A check that cannot fail is a defect. Each proof pass runs the whole suite once, every check with the
 * emulator defect that breaks its own requirement switched on, and every check must catch it.
 */
describe('every check fails against the emulator defect that breaks its requirement', { timeout: 600_000 }, () => {
  const caught = new Set<string>();
  for (let pass = 0; pass < passes; pass++) {
    it(`proof pass ${pass + 1} of ${passes}: no defect goes unnoticed`, async () => {
      const run = await runConformance({ SCIM_PROOF_PASS: String(pass) }, ['--reporter=dot,json,./reporters/summary-reporter.ts']);
      const report = JSON.parse(readFileSync(join(run.reportsDir, 'playwright.json'), 'utf8')) as { suites: JsonSuite[] };
      const missed: string[] = [];
      for (const test of report.suites.flatMap(testsOf)) {
        const result = test.results.at(-1);
        const defect = test.annotations.find((a) => a.type === 'defect')?.description;
        if (result?.status === 'skipped') continue;
        if (result?.status === 'passed' && test.annotations.some((a) => a.type === 'proof')) caught.add(defect!);
        else missed.push(`[${test.projectName}] ${test.title} with ${defect ?? 'no defect'}: ${result?.status} ${result?.error?.message?.split('\n')[0] ?? ''}`);
      }
      assert.deepEqual(missed, []);
    });
  }

  it('every defect in the catalogue was caught by some check', () => {
    assert.deepEqual(DEFECTS.map((d) => d.name).filter((name) => !caught.has(name)), []);
  });
});
