import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REQUIREMENTS } from '../../requirements/index.ts';
import type { Summary } from '../../reporters/summary-types.ts';
import { runConformance } from './run-suite.ts';

function assertClean(s: Summary): void {
  assert.equal(s.run.complete, true, JSON.stringify(s.run));
  assert.equal(s.totals.failed, 0);
  assert.equal(s.totals.broken, 0);
  for (const check of s.checks) {
    assert.ok(REQUIREMENTS.some((r) => r.id === check.requirement), `unknown requirement ${check.requirement}`);
    assert.ok(['passed', 'warning', 'skipped'].includes(check.status), `${check.idp} ${check.requirement}: ${check.status} ${check.message}`);
    if (check.status !== 'passed') assert.notEqual(check.message, '', `${check.idp} ${check.requirement}: a ${check.status} says why`);
  }
}

describe('npm run conformance against the embedded emulator', { timeout: 600_000 }, () => {
  const run = runConformance({});

  it('exits 0 with a complete summary in the DESIGN.md format', async () => {
    const { exitCode, output, summary } = await run;
    assert.equal(exitCode, 0, output);
    const s = summary();
    assert.deepEqual(Object.keys(s).slice(0, 3), ['run', 'totals', 'checks']);
    assert.equal(s.run.profile, 'cloudflare-account');
    assert.equal(s.run.seed, 20261123);
    assert.deepEqual(Object.keys(s.totals).sort(), ['broken', 'failed', 'passed', 'skipped', 'warnings']);
    assertClean(s);
  });

  it('runs every project, and every requirement in some profile', async () => {
    const s = (await run).summary();
    assert.deepEqual([...new Set(s.checks.map((c) => c.idp))], ['protocol', 'okta', 'entra', 'authentik']);
    const covered = new Set(s.checks.map((c) => c.requirement));
    assert.deepEqual(REQUIREMENTS.filter((r) => !covered.has(r.id)).map((r) => r.id), []);
  });

  it('writes JUnit and Allure results beside the summary, and prints the matrix', async () => {
    const { reportsDir, output } = await run;
    assert.ok(existsSync(join(reportsDir, 'junit.xml')));
    assert.ok(existsSync(join(reportsDir, 'allure-results')));
    assert.match(output, /idp\s+discovery\s+users/);
    assert.match(output, /scim-conformance: conformant/);
  });
  // The other emulated profiles run clean in repetition 0 of their proof runs (proofs.test.ts).
});
