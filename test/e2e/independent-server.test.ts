import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Summary } from '../../reporters/summary-types.ts';
import { SCIMMY_VERDICTS } from '../independent/expected-verdicts.ts';
import { startScimmyServer, type ScimmyServer } from '../independent/scimmy-server.ts';
import { checkKey, runConformance, type SuiteRun } from './run-suite.ts';

/**
 * The whole suite against a SCIM server written by other people (SCIMMY with scimmy-routers), as a user
 * would point it at their own endpoint. The verdicts must be the ones test/independent/expected-verdicts.ts
 * argues for: failures only where the server deviates (each naming its rule and showing the exchange),
 * warnings for SHOULDs, skips with reasons, and no failure where the RFC leaves the choice to the server.
 */
describe('npm run conformance against an independently written SCIM server', { timeout: 600_000 }, () => {
  let server: ScimmyServer;
  let run: SuiteRun;
  let summary: Summary;

  before(async () => {
    server = await startScimmyServer();
    run = await runConformance({ SCIM_BASE_URL: server.url, SCIM_TOKEN: server.token, SCIM_TARGET_PROFILE: 'generic' });
    summary = run.summary();
  });
  after(() => server?.close());

  it('gives exactly the argued verdicts: everything else passes or is skipped with its reason', (t) => {
    t.diagnostic(`SCIMMY: ${Object.entries(summary.totals).map(([status, n]) => `${n} ${status}`).join(', ')}`);
    const expected = new Map(SCIMMY_VERDICTS.map((v) => [v.check, v.status]));
    const actual = new Map(summary.checks.filter((c) => c.status !== 'passed' && c.status !== 'skipped').map((c) => [checkKey(c), c.status]));
    const surprises = [...actual].filter(([check, status]) => expected.get(check) !== status).map(([check, status]) => `${status}: ${check}`);
    const missing = [...expected].filter(([check, status]) => actual.get(check) !== status).map(([check, status]) => `expected ${status}: ${check}`);
    assert.deepEqual([...surprises, ...missing], [], run.output.slice(-3000));
    assert.ok(summary.totals.passed > 250, `only ${summary.totals.passed} checks passed`);
    const unexplained = summary.checks.filter((c) => c.status === 'skipped' && c.message.trim() === '').map(checkKey);
    assert.deepEqual(unexplained, []);
    assert.equal(run.exitCode, 1, 'a run with MUST failures exits 1');
  });

  it('shows the request and response with every failure, and names a MUST requirement with its references', () => {
    for (const check of summary.checks.filter((c) => c.status === 'failed')) {
      assert.equal(check.level, 'MUST', checkKey(check));
      assert.ok(check.refs.length > 0, `${checkKey(check)} has no references`);
      assert.match(check.message, /Request and response:|HTTP \d{3}/, `${checkKey(check)} shows no exchange`);
      assert.doesNotMatch(check.message, new RegExp(server.token), `${checkKey(check)} shows the token`);
    }
  });

  it('does not hold the server to what the RFC leaves to it', () => {
    const status = (requirement: string) => summary.checks.filter((c) => c.requirement === requirement).map((c) => c.status);
    // PATCH answered with the resource or with 204 (RFC 7644 §3.5.2), /Me answered 501 (§3.11), a group emptied
    // of members, and the features the ServiceProviderConfig does not claim (etag, changePassword).
    for (const requirement of ['patch/response/updated-resource', 'optional-features/me/answered', 'patch/groups/remove-all-members']) {
      assert.ok(status(requirement).length > 0 && status(requirement).every((s) => s === 'passed'), `${requirement}: ${status(requirement).join(', ')}`);
    }
    for (const requirement of ['optional-features/etag/version-header', 'optional-features/change-password/claimed-works']) {
      assert.deepEqual([...new Set(status(requirement))], ['skipped'], requirement);
    }
  });
});
