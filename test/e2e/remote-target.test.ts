import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { request } from 'undici';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import { filesUnder, runConformance } from './run-suite.ts';

/**
 * The suite against a target given by SCIM_BASE_URL, as nightly CI runs it: here the emulator served on
 * loopback by this test, so the test can look at the target's state and knows its tokens.
 */
describe('npm run conformance against a remote target', { timeout: 300_000 }, () => {
  const emulator = new Emulator();
  let server: RunningServer;
  const reference = emulator.account('reference');
  const primary = emulator.account('primary');
  const urlOf = (basePath: string) => `${server.url}${basePath}`;

  before(async () => {
    server = await emulator.listen({ port: 0 });
  });
  after(() => server.close());

  it('runs the suite with the generic profile, leaves nothing behind and leaks no token', async () => {
    const run = await runConformance({ SCIM_BASE_URL: urlOf(reference.scimBasePath), SCIM_TOKEN: reference.tokens.scim, SCIM_TARGET_PROFILE: 'generic' });
    assert.equal(run.exitCode, 0, run.output);
    const summary = run.summary();
    assert.equal(summary.run.target, urlOf(reference.scimBasePath));
    assert.equal(summary.run.complete, true);

    const listed = await request(`${urlOf(reference.scimBasePath)}/Users?count=1000`, { headers: { authorization: `Bearer ${reference.tokens.scim}` } });
    const users = ((await listed.body.json()) as { Resources: Array<{ userName: string }> }).Resources;
    assert.deepEqual(users.map((u) => u.userName).filter((name) => name.startsWith('scimc-')), [], 'cleanup removed every user the run created');

    for (const file of filesUnder(run.reportsDir)) {
      const text = readFileSync(file, 'latin1');
      for (const token of Object.values(reference.tokens)) assert.ok(!text.includes(token), `${file} contains a token`);
    }
    assert.ok(!run.output.includes(reference.tokens.scim), 'console output contains the token');
  });

  it('exits non-zero on a broken target, and the summary says what was expected and what came back', async () => {
    emulator.defects.set(['users/read/unknown-id-404']);
    try {
      const run = await runConformance({ SCIM_BASE_URL: urlOf(primary.scimBasePath), SCIM_TOKEN: primary.tokens.scim, SCIM_TARGET_PROFILE: 'cloudflare-account' });
      assert.equal(run.exitCode, 1, run.output);
      const failed = run.summary().checks.filter((c) => c.status === 'failed');
      assert.deepEqual(failed.map((c) => c.requirement), ['users/read/unknown-id-404']);
      const message = failed[0]!.message;
      assert.match(message, /^Expected GET http:\/\/127\.0\.0\.1:\d+\/client\/v4\/accounts\/[0-9a-f]{32}\/scim\/v2\/Users\/[0-9a-f]{32} to answer a SCIM Error with status "404", but it came back with a body that is not a JSON object/);
      assert.match(message, /authorization: Bearer \[REDACTED\]/, 'the evidence shows the request headers, redacted');
      assert.match(message, /HTTP 404 .*\n(.*\n)*\nnot found$/, 'the evidence shows the response body');
    } finally {
      emulator.defects.set([]);
    }
  });

  it('fails fast with one line when the target is unreachable', async () => {
    const started = Date.now();
    const run = await runConformance({ SCIM_BASE_URL: 'http://127.0.0.1:9/scim/v2', SCIM_TOKEN: 'unreachable-token-1234' });
    assert.equal(run.exitCode, 2);
    assert.match(run.output, /^scim-conformance: SCIM_BASE_URL http:\/\/127\.0\.0\.1:9\/scim\/v2 is unreachable: .*ECONNREFUSED/m);
    assert.ok(Date.now() - started < 15_000, 'an unreachable target is reported within seconds');
  });

  it('fails fast with one line when the token is rejected', async () => {
    const run = await runConformance({ SCIM_BASE_URL: urlOf(primary.scimBasePath), SCIM_TOKEN: 'not-the-right-token-0000' });
    assert.equal(run.exitCode, 2);
    assert.match(run.output, /^scim-conformance: SCIM_TOKEN was rejected by http:\/\/127\.0\.0\.1:\d+\/.* \(HTTP 401\)/m);
    assert.ok(!run.output.includes('not-the-right-token-0000'), 'the rejected token is not printed');
  });

  it('stops on a bad setting before any test runs', async () => {
    const run = await runConformance({ SCIM_TARGET_PROFILE: 'okta' });
    assert.equal(run.exitCode, 2);
    assert.equal(run.output.trim(), 'scim-conformance: SCIM_TARGET_PROFILE: "okta" is not a profile. Use one of: generic, cloudflare-account, cloudflare-account-legacy, cloudflare-access');
  });
});
