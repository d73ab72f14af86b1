import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import type { Summary } from '../../reporters/summary-types.ts';
import { runMerge, textsUnder } from './report-support.ts';
import { filesUnder, runConformance, verdicts, type SuiteRun } from './run-suite.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** Distinctive tokens: any of their forms in any output is a leak. */
const TARGET_TOKEN = 'CANARY-scim-token-7f3a9d2e1b4c5a6f8e0d';
const FOREIGN_TOKEN = 'CANARY-foreign-token-2b8c4e6a0f1d3b5c7e9a';
const LEAK_FORMS = [TARGET_TOKEN, FOREIGN_TOKEN].flatMap((token) => [
  token,
  encodeURIComponent(token),
  Buffer.from(token).toString('base64'),
  Buffer.from(`Bearer ${token}`).toString('base64'),
  token.slice(0, 24),
]);

/**
 * Every form of a token in every output: plain files, the entries of zips (traces, the blob), the data
 * the single-file HTML report embeds base64-encoded, and the console.
 */
function leaksOf(run: { reportsDir: string; output: string }, ...more: string[]): string[] {
  const leaks: string[] = [];
  for (const { file, text } of [run.reportsDir, ...more].flatMap(textsUnder)) {
    for (const form of LEAK_FORMS) if (text.includes(form)) leaks.push(`${file}: ${form.slice(0, 12)}…`);
  }
  for (const form of LEAK_FORMS) if (run.output.includes(form)) leaks.push(`console: ${form.slice(0, 12)}…`);
  return leaks;
}

/**
 * The suite against a target given by SCIM_BASE_URL, as nightly CI runs it against a shared sandbox:
 * here the emulator served on loopback by this test, holding foreign Users and Groups (near-miss names
 * among them) and answering to distinctive tokens, so the test can see the target's state and search
 * every output for the tokens. One clean run, one under 10% transient faults, one killed midway and
 * swept, one against a broken target with traces on (failures carry the most evidence).
 */
describe('npm run conformance against a remote target (a shared sandbox)', { timeout: 900_000 }, () => {
  const emulator = new Emulator({ tokens: { reference: { scim: TARGET_TOKEN }, secondary: { scim: FOREIGN_TOKEN } } });
  const account = emulator.account('reference');
  let server: RunningServer;
  let env: Record<string, string>;
  let foreign: string;
  let clean: Summary;

  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await emulator.fetch(new Request(`http://sandbox.test${account.scimBasePath}${path}`, {
      method,
      headers: { authorization: `Bearer ${TARGET_TOKEN}`, 'content-type': 'application/scim+json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }));
    const text = await response.text();
    return { status: response.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  };
  const everything = async (): Promise<Array<Record<string, unknown>>> => {
    const users = (await call('GET', '/Users?count=1000')).json.Resources as Array<Record<string, unknown>>;
    const groups = (await call('GET', '/Groups?count=1000')).json.Resources as Array<Record<string, unknown>>;
    return [...users, ...groups];
  };
  const isHarness = (r: Record<string, unknown>): boolean => /^scimc-[a-z0-9]{4,12}-/.test(String(r.userName ?? r.displayName));

  before(async () => {
    server = await emulator.listen({ port: 0 });
    env = { SCIM_BASE_URL: server.url + account.scimBasePath, SCIM_TOKEN: TARGET_TOKEN, SCIM_FOREIGN_TOKEN: FOREIGN_TOKEN, SCIM_TARGET_PROFILE: 'generic' };
    const ids: string[] = [];
    for (const name of ['alice', 'bob', 'carol', 'scimc.dave', 'SCIMC-erin']) {
      const userName = `${name}@corp.example`;
      const created = await call('POST', '/Users', { schemas: [USER_URN], userName, name: { givenName: name, familyName: 'Foreign' }, emails: [{ value: userName, type: 'work', primary: true }], active: true });
      assert.equal(created.status, 201);
      ids.push(created.json.id as string);
    }
    for (const displayName of ['Engineering', 'scimc reviewers', 'SCIMC-ops']) {
      assert.equal((await call('POST', '/Groups', { schemas: [GROUP_URN], displayName, members: ids.slice(0, 3).map((value) => ({ value })) })).status, 201);
    }
    foreign = JSON.stringify(await everything());
  });
  after(() => server.close());

  it('runs the full suite clean, leaves foreign data as it was and nothing of its own, and leaks no token', async () => {
    const run = await runConformance({ ...env, SCIM_RUN_ID: 'sbclean' });
    assert.equal(run.exitCode, 0, run.output.slice(-3000));
    clean = run.summary();
    assert.equal(clean.run.target, env.SCIM_BASE_URL);
    assert.equal(clean.run.complete, true);
    assert.equal(clean.totals.failed + clean.totals.broken, 0);
    const now = await everything();
    assert.deepEqual(now.filter(isHarness), [], 'cleanup removed everything the run created');
    assert.equal(JSON.stringify(now), foreign, 'foreign Users and Groups are exactly as seeded');
    assert.deepEqual(leaksOf(run), []);
  });

  it('under 10% transient faults gives the clean run\'s verdicts; what it could not decide is broken, never failed', async (t) => {
    emulator.faults.set({ rate: 0.1, kinds: ['429', '503', 'reset', 'truncate'], retryAfterSeconds: 0, seed: 20261207 });
    let run: SuiteRun;
    try {
      run = await runConformance({ ...env, SCIM_RUN_ID: 'sbfaults' });
    } finally {
      emulator.faults.clear();
    }
    const faulted = verdicts(run.summary());
    const changed: string[] = [];
    let broken = 0;
    for (const [check, status] of verdicts(clean)) {
      const now = faulted.get(check);
      if (now === status) continue;
      if (now === 'broken') broken++;
      else changed.push(`${check}: ${status} became ${now ?? 'missing'}`);
    }
    assert.deepEqual(changed, [], 'verdicts that transient faults changed');
    const retried = run.summary().checks.length;
    t.diagnostic(`${retried} checks under 10% faults: ${broken} broken (a write lost in transit cannot be retried safely), ${retried - broken} with the clean verdict`);
    assert.equal(JSON.stringify((await everything()).filter((r) => !isHarness(r))), foreign, 'foreign data is untouched under faults too');
  });

  it('a run killed midway and `npm run sweep` leave foreign data as it was and no harness resource', async () => {
    // SIGKILL: no cleanup at all, as soon as the run has created something.
    const killed = spawn(process.execPath, ['--import', 'tsx', 'scripts/conformance.ts', '--project', 'protocol'], {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, ...env, SCIM_RUN_ID: 'sbkill', SCIM_ENV_FILE: '/dev/null', SCIM_REPORTS_DIR: mkdtempSync(join(tmpdir(), 'scimc-killed-')) },
    });
    for (let i = 0; i < 600 && !(await everything()).some(isHarness); i++) await sleep(100);
    process.kill(-killed.pid!, 'SIGKILL');
    await sleep(200);
    assert.ok((await everything()).some(isHarness), 'the killed run left something to sweep');

    const swept = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sweep.ts'], { cwd: ROOT, env: { ...process.env, ...env, SCIM_ENV_FILE: '/dev/null' } });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (code) => resolve({ code, output }));
    });
    assert.equal(swept.code, 0, swept.output);
    assert.match(swept.output, /harness resource\(s\) found/);
    const now = await everything();
    assert.deepEqual(now.filter(isHarness), [], 'no harness resource is left');
    assert.equal(JSON.stringify(now), foreign, 'foreign Users and Groups are exactly as seeded');
    assert.ok(!LEAK_FORMS.some((form) => swept.output.includes(form)), 'the sweep prints no token');
  });

  it('exits non-zero on a broken target; the failure says what was expected and what came back, redacted', async () => {
    emulator.defects.set(['users/read/unknown-id-404', 'security/errors/no-internals']);
    let run: SuiteRun;
    try {
      run = await runConformance({ ...env, SCIM_RUN_ID: 'sbbroken' }, ['--trace=on', '--grep', '@req:(users/read/unknown-id-404|security/errors/no-internals|users/read/by-id)( |$)']);
    } finally {
      emulator.defects.set([]);
    }
    assert.equal(run.exitCode, 1, run.output.slice(-3000));
    const summary = run.summary();
    const failed = summary.checks.filter((c) => c.status === 'failed');
    assert.deepEqual(failed.map((c) => c.requirement), ['users/read/unknown-id-404']);
    assert.ok(summary.checks.some((c) => c.requirement === 'users/read/by-id' && c.status === 'passed'), 'the other checks still pass');
    const message = failed[0]!.message;
    assert.match(message, /^Expected GET http:\/\/127\.0\.0\.1:\d+\/.*\/Users\/\S+ to answer a SCIM Error with status "404", but it came back with a body that is not a JSON object/);
    assert.match(message, /authorization: Bearer \[REDACTED\]/, 'the evidence shows the request headers, redacted');
    assert.match(message, /HTTP 404 .*\n(.*\n)*\nnot found$/, 'the evidence shows the response body');
    const files = filesUnder(run.reportsDir);
    for (const kind of ['trace.zip', 'junit.xml', 'certification.html', 'allure-report/index.html']) assert.ok(files.some((f) => f.endsWith(kind)), `${kind} was written`);
    const merged = mkdtempSync(join(tmpdir(), 'scimc-merged-'));
    assert.equal((await runMerge(join(run.reportsDir, 'blob-report'), merged)).exitCode, 1, 'the merge of its blob gives the same verdict');
    const embedded = textsUnder(run.reportsDir).filter((t) => t.file.includes('allure-report/index.html#'));
    assert.ok(embedded.some((t) => t.text.includes('authorization: Bearer [REDACTED]')), 'the HTML report\'s embedded transcripts are searched too');
    assert.deepEqual(leaksOf(run, merged), [], 'failure messages, JUnit, Allure results and report, traces, the blob and its merge hold no token');
  });

  it('fails fast with one line when the target is unreachable', async () => {
    const started = Date.now();
    const run = await runConformance({ SCIM_BASE_URL: 'http://127.0.0.1:9/scim/v2', SCIM_TOKEN: 'unreachable-token-1234' });
    assert.equal(run.exitCode, 2);
    assert.match(run.output, /^scim-conformance: SCIM_BASE_URL http:\/\/127\.0\.0\.1:9\/scim\/v2 is unreachable: .*ECONNREFUSED/m);
    assert.ok(Date.now() - started < 15_000, 'an unreachable target is reported within seconds');
  });

  it('fails fast with one line when the token is rejected', async () => {
    const run = await runConformance({ SCIM_BASE_URL: env.SCIM_BASE_URL!, SCIM_TOKEN: 'not-the-right-token-0000' });
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
