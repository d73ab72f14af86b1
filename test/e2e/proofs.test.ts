import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DEFECTS } from '../../emulator/defects.ts';
import { annotation, playwrightTests } from './playwright-json.ts';
import { EMULATED_PROFILES, PROOF_AREAS } from './profiles.ts';
import { runConformance } from './run-suite.ts';

/**
 * A check that cannot fail is a defect. One run per emulated profile, in proof mode
 * (fixtures/proof-checks.ts): every check runs clean and must pass, or skip with its reason; each of its
 * proofs runs it with an emulator defect that breaks its requirement switched on, and the check must
 * catch it. A proof that passes anyway is a missed proof, named with its defect.
 */
describe('every check runs clean, and fails against each emulator defect that breaks its requirement', { timeout: EMULATED_PROFILES.length * 600_000 }, () => {
  const caught = new Set<string>();
  for (const profile of EMULATED_PROFILES) {
    it(`${profile}: every check${PROOF_AREAS[profile] === '' ? '' : ` in ${PROOF_AREAS[profile]}`} runs clean, and no defect goes unnoticed`, async () => {
      const areas = PROOF_AREAS[profile];
      const args = ['--reporter=dot,json', ...(areas === '' ? [] : ['--grep', `@(${areas.split(',').join('|')})( |$)`])];
      const run = await runConformance({ SCIM_TARGET_PROFILE: profile, SCIM_PROOF: '1', SCIM_PROOF_AREAS: PROOF_AREAS[profile] }, args);
      const unclean: string[] = [];
      const missed: string[] = [];
      let clean = 0;
      for (const test of playwrightTests(run.reportsDir)) {
        const result = test.results.at(-1);
        const defect = annotation(test, 'defect');
        const line = `[${test.projectName}] ${test.title}: ${result?.status} ${result?.error?.message?.split('\n')[0] ?? ''}`;
        if (result?.status === 'skipped') {
          if ((annotation(test, 'skip') ?? '') === '') unclean.push(`${line} (skipped without a reason)`);
        } else if (defect === undefined) {
          clean++;
          if (result?.status !== 'passed') unclean.push(line);
        } else if (result?.status === 'passed' && test.annotations.some((a) => a.type === 'proof')) {
          caught.add(defect);
        } else {
          missed.push(line);
        }
      }
      assert.ok(clean > 0, `no check ran clean: ${run.output.slice(-2000)}`);
      assert.deepEqual(unclean, [], `${profile} does not run clean`);
      assert.deepEqual(missed, [], `${profile}: defects a check did not catch`);
    });
  }

  after(() => {
    // Checked after every profile: a defect only one profile exposes still counts.
    const uncaught = DEFECTS.map((d) => d.name).filter((name) => !caught.has(name));
    assert.deepEqual(uncaught, [], 'defects that no check caught in any profile');
  });
});
