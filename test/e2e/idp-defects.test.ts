import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotation, playwrightTests, type JsonTest } from './playwright-json.ts';
import { runConformance } from './run-suite.ts';

/**
 * A defect in how a target reads one IdP's request shapes is reported by that IdP's projects and by no
 * other. One run replays the steps these defects break in every IdP project, once per defect
 * (SCIM_EMULATOR_DEFECTS holds one set per defect; each check is declared once per set), and for each
 * defect the profiles (IdP/variant) with a failed check must be exactly the ones that send the shape,
 * each failure in that IdP's own terms.
 */
const CASES: ReadonlyArray<{ defect: string; shape: string; failing: readonly string[] }> = [
  { defect: 'idp/update-user~capitalised-op-rejected', shape: 'capitalised PATCH ops', failing: ['entra/default'] },
  { defect: 'idp/remove-member~value-array-ignored', shape: 'a remove of members with a value array', failing: ['authentik/default', 'entra/default'] },
  { defect: 'idp/add-member~entra-ref-null-rejected', shape: '"$ref": null in member values', failing: ['entra/aad-opt', 'entra/default'] },
  { defect: 'idp/create-group~authentik-empty-members-omitted', shape: 'a reconcile GET that needs "members" on an empty group', failing: ['authentik/default'] },
  { defect: 'idp/find-user~okta-filter-paging-ignored', shape: 'startIndex and count appended to a filter', failing: ['okta/aiw', 'okta/oin'] },
];

/** Project name -> the IdP/variant it replays, and that IdP's name as failures use it. */
const PROJECTS: Record<string, { profile: string; title: string }> = {
  okta: { profile: 'okta/oin', title: 'Okta' },
  'okta-aiw': { profile: 'okta/aiw', title: 'Okta' },
  entra: { profile: 'entra/default', title: 'Microsoft Entra ID' },
  'entra-aad-opt': { profile: 'entra/aad-opt', title: 'Microsoft Entra ID' },
  authentik: { profile: 'authentik/default', title: 'Authentik' },
};

describe('an IdP-specific defect is reported by that IdP\'s projects only', { timeout: 600_000 }, () => {
  const run = runConformance({ SCIM_EMULATOR_DEFECTS: CASES.map((c) => c.defect).join(';') }, [
    ...Object.keys(PROJECTS).map((p) => `--project=${p}`),
    '--reporter=dot,json',
    // The steps of the requirements these defects break, in every IdP project: where a shape is sent.
    '--grep',
    `@req:(${[...new Set(CASES.map((c) => c.defect.split('~')[0]))].join('|')})( |$)`,
    'specs/idp',
  ]).then((done) => ({ ...done, tests: playwrightTests(done.reportsDir) }));

  for (const { defect, shape, failing } of CASES) {
    it(`${shape} (${defect}): ${failing.join(', ')}`, async () => {
      const { tests, output } = await run;
      const mine = tests.filter((t) => annotation(t, 'run-defects') === defect);
      assert.ok(mine.length > 0, `no check ran with ${defect}: ${output.slice(-2000)}`);
      // Under a defect set a red check passes, graded by its failed-under-defects or broken annotation (fixtures/verdicts.ts).
      const failed = mine.filter((t) => annotation(t, 'failed-under-defects') !== undefined);
      const broken = mine.filter((t) => annotation(t, 'broken') !== undefined || (t.results.at(-1)?.status !== 'passed' && t.results.at(-1)?.status !== 'skipped'));
      const red = [...failed, ...broken];
      const profiles = (list: JsonTest[]) => [...new Set(list.map((t) => PROJECTS[t.projectName]!.profile))].sort();
      assert.deepEqual(profiles(failed), failing, 'profiles with a failed check');
      assert.deepEqual(profiles(red), failing, 'no other profile fails or breaks');
      for (const test of failed) {
        const message = annotation(test, 'failed-under-defects') ?? '';
        assert.ok(message.includes(PROJECTS[test.projectName]!.title), `${test.projectName}: the failure names the IdP: ${message.slice(0, 300)}`);
      }
    });
  }
});
