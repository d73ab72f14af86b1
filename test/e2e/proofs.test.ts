import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFECTS } from '../../emulator/defects.ts';
import { EMULATED_PROFILES, PROOF_PASSES, proofGrep } from './profiles.ts';
import { runConformance } from './run-suite.ts';

interface JsonTest {
  projectName: string;
  annotations: Array<{ type: string; description?: string }>;
  results: Array<{ status: string; error?: { message?: string } }>;
}
interface JsonSuite {
  suites?: JsonSuite[];
  specs?: Array<{ title: string; tests: JsonTest[] }>;
}

function testsOf(suite: JsonSuite): Array<JsonTest & { title: string }> {
  return [...(suite.specs ?? []).flatMap((s) => s.tests.map((t) => ({ ...t, title: s.title }))), ...(suite.suites ?? []).flatMap(testsOf)];
}

/**
 * A check that cannot fail is a defect. Each proof pass runs the suite once per emulated profile, every
 * check with the emulator defect that breaks its own requirement switched on, and every check must
 * catch it. A check that passes anyway is a missed proof, named with its defect.
 */
describe('every check fails against the emulator defect that breaks its requirement', { timeout: 900_000 }, () => {
  const caught = new Set<string>();
  for (const profile of EMULATED_PROFILES) {
    for (let pass = 0; pass < PROOF_PASSES; pass++) {
      it(`${profile}, proof pass ${pass + 1} of ${PROOF_PASSES}: no defect goes unnoticed`, async () => {
        const grep = proofGrep(pass);
        const args = ['--reporter=dot,json,./reporters/summary-reporter.ts', ...(grep ? ['--grep', grep] : [])];
        const run = await runConformance({ SCIM_TARGET_PROFILE: profile, SCIM_PROOF_PASS: String(pass) }, args);
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
  }

  after(() => {
    // Checked after every pass of every profile: a defect only one profile exposes still counts.
    const uncaught = DEFECTS.map((d) => d.name).filter((name) => !caught.has(name));
    assert.deepEqual(uncaught, [], 'defects that no check caught in any profile');
  });
});
