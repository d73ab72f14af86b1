import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { cellOf, certificationView, MAX_LISTED } from '../../reporters/certification/certification-model.ts';
import { renderHtml } from '../../reporters/certification/render-html.ts';
import { renderMarkdown } from '../../reporters/certification/render-markdown.ts';
import { writeCertification } from '../../reporters/certification/write-certification.ts';
import type { CheckStatus, Summary, SummaryCheck } from '../../reporters/summary-types.ts';

function check(idp: string, requirement: string, status: CheckStatus, extra: Partial<SummaryCheck> = {}): SummaryCheck {
  return { requirement, title: `${requirement} holds`, idp, level: 'MUST', status, refs: [], message: status === 'passed' ? '' : `${status}: why`, ...extra };
}

function summary(checks: SummaryCheck[], run: Partial<Summary['run']> = {}): Summary {
  const totals = { passed: 0, failed: 0, warnings: 0, skipped: 0, broken: 0 };
  for (const c of checks) totals[c.status === 'warning' ? 'warnings' : c.status] += 1;
  return {
    run: { target: 'https://scim.example.test/v2', profile: 'generic', seed: 7, startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1500, complete: true, runId: 'run-1', incompleteReasons: [], ...run },
    totals,
    checks,
    cleanup: [],
    environment: { Target: 'https://scim.example.test/v2', Seed: '7' },
  };
}

const L3 = { refs: ['lifecycle:L3', 'rfc7644#3.5.2'] };

describe('certificationView', () => {
  it('heads a clean run conformant, naming its warnings', () => {
    assert.deepEqual(certificationView(summary([check('protocol', 'users/read/by-id', 'passed')])).headline, { state: 'conformant', text: 'Conformant: no MUST check failed' });
    const warned = certificationView(summary([check('protocol', 'users/read/by-id', 'warning', { level: 'SHOULD' })]));
    assert.equal(warned.headline.text, 'Conformant: no MUST check failed, with 1 warning');
  });

  it('heads a run with a MUST failure not conformant, and an incomplete run incomplete', () => {
    const failed = certificationView(summary([check('protocol', 'users/read/by-id', 'failed'), check('protocol', 'users/create/201-with-id', 'failed')], { complete: false, incompleteReasons: ['x'] }));
    assert.deepEqual(failed.headline, { state: 'not-conformant', text: 'Not conformant: 2 MUST checks failed; the run was also incomplete' });
    const broken = certificationView(summary([check('protocol', 'users/read/by-id', 'broken')], { complete: false, incompleteReasons: ['1 check could not decide'] }));
    assert.equal(broken.headline.state, 'incomplete');
  });

  it('heads a shard as partial: it is not the verdict of the run', () => {
    const view = certificationView(summary([check('protocol', 'users/read/by-id', 'passed')], { shard: { current: 2, total: 4 } }));
    assert.equal(view.headline.state, 'partial');
    assert.match(view.headline.text, /^Shard 2 of 4: no MUST check failed in this shard; merge the shards/);
  });

  it('draws the IdP x lifecycle matrix: every row of the table, then the other areas the IdPs ran', () => {
    const view = certificationView(summary([
      check('protocol', 'users/read/by-id', 'passed', L3),
      check('okta', 'lifecycle/L3-grant-role', 'passed', L3),
      check('okta', 'idp/create-user', 'failed'),
      check('entra', 'lifecycle/L3-grant-role', 'warning', L3),
      check('entra', 'idp/create-user', 'skipped'),
    ]));
    assert.deepEqual(view.idpColumns, ['okta', 'entra']);
    assert.deepEqual(view.idpRows.map((r) => r.key), ['L1', 'L2', 'L3', 'L4', 'L5', 'idp-flow']);
    const cells = Object.fromEntries(view.idpRows.map((r) => [r.key, r.cells.map((c) => `${c.state} ${c.text}`)]));
    assert.deepEqual(cells['L1'], ['none not covered', 'none not covered']);
    assert.deepEqual(cells['L3'], ['passed 1/1 passed', 'warning 0/1 passed, 1 warning']);
    assert.deepEqual(cells['idp-flow'], ['failed 0/1 passed, 1 failed', 'skipped not applicable']);
    assert.match(view.idpRows[2]!.title, /^add the user to a pushed group: holds that group's role$/);
  });

  it('names IdP variants only where an IdP ran in several', () => {
    const view = certificationView(summary([
      check('okta', 'idp/create-user', 'passed', { variant: 'oin' }),
      check('okta', 'idp/create-user', 'passed', { variant: 'custom-app' }),
      check('entra', 'idp/create-user', 'passed', { variant: 'default' }),
    ]));
    assert.deepEqual(view.idpColumns, ['okta/oin', 'okta/custom-app', 'entra']);
  });

  it('totals the protocol checks per area in registry order, and every check per level', () => {
    const view = certificationView(summary([
      check('protocol', 'users/read/by-id', 'failed'),
      check('protocol', 'discovery/schemas/listed', 'passed'),
      check('protocol', 'discovery/resource-types/listed', 'skipped'),
      check('okta', 'idp/create-user', 'warning', { level: 'SHOULD' }),
    ]));
    assert.deepEqual(view.protocolAreas.map((a) => [a.area, a.counts.passed, a.counts.failed, a.counts.skipped]), [['discovery', 1, 0, 1], ['users', 0, 1, 0]]);
    assert.deepEqual(view.levels.map((l) => [l.level, l.counts.passed + l.counts.failed + l.counts.skipped + l.counts.warning]), [['MUST', 3], ['SHOULD', 1], ['MAY', 0]]);
  });

  it('lists failures, broken checks, warnings and documented deviations apart, up to a page', () => {
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i) => check('protocol', `users/read/by-id`, 'failed', { title: `case ${i}`, message: `first line ${i}\nRequest and response: …` }));
    const view = certificationView(summary([
      ...many,
      check('protocol', 'users/create/201-with-id', 'warning', { deviation: true, message: 'documented deviation of cloudflare-account' }),
      check('protocol', 'discovery/schemas/listed', 'warning', { level: 'SHOULD' }),
      check('protocol', 'discovery/resource-types/listed', 'passed', { deviationStale: true, message: 'remove the entry' }),
    ]));
    assert.equal(view.failures.shown.length, MAX_LISTED);
    assert.equal(view.failures.more, 3);
    assert.equal(view.failures.shown[0]!.message, 'first line 0');
    assert.deepEqual(view.deviations.shown.map((c) => c.requirement), ['users/create/201-with-id']);
    assert.deepEqual(view.warnings.shown.map((c) => c.requirement), ['discovery/schemas/listed']);
    assert.deepEqual(view.staleDeviations.shown.map((c) => c.requirement), ['discovery/resource-types/listed']);
  });
});

describe('cellOf', () => {
  it('names the worst outcome and counts the checks behind it', () => {
    const counts = (c: Partial<Record<CheckStatus, number>>) => ({ passed: 0, failed: 0, warning: 0, skipped: 0, broken: 0, ...c });
    assert.deepEqual(cellOf(counts({ passed: 3, broken: 1, warning: 1 })), { state: 'broken', text: '3/5 passed, 1 broken, 1 warning' });
    assert.deepEqual(cellOf(counts({ passed: 2, skipped: 4 })), { state: 'passed', text: '2/2 passed' });
    assert.deepEqual(cellOf(counts({})), { state: 'none', text: 'not covered' });
  });
});

describe('certification renderers', () => {
  const hostile = check('protocol', 'users/read/by-id', 'failed', { message: 'came back <script>alert(1)</script> | a | b *bold* [link](x)' });
  const view = certificationView(summary([hostile, check('okta', 'idp/create-user', 'passed', L3)]));

  it('writes Markdown whose tables target text cannot break or mark up', () => {
    const md = renderMarkdown(view);
    assert.match(md, /^## SCIM conformance: ❌ Not conformant: 1 MUST check failed$/m);
    assert.match(md, /^\| \*\*L3\*\* add the user to a pushed group: holds that group's role \| ✅ 1\/1 passed \|$/m);
    assert.ok(!md.includes('<script>'));
    assert.match(md, /came back &lt;script&gt;alert\(1\)&lt;\/script&gt; \\\| a \\\| b \\\*bold\\\* \\\[link\\\]\(x\)/);
    assert.match(md, /^\| Seed \| `7` \|$/m);
    assert.match(md, /^### Documented deviations \(0\)\n_.*_\n\n- none$/m, 'no deviation is stated, not left out');
  });

  it('writes one self-contained HTML page with everything escaped', () => {
    const html = renderHtml(view);
    assert.match(html, /^<!doctype html>/);
    assert.ok(!html.includes('<script'), 'no script, not even one a target sent');
    assert.ok(!/\b(?:src|href)="https?:/.test(html), 'no external resource');
    assert.match(html, /data-verdict="not-conformant"/);
    assert.match(html, /<table class="matrix" id="idp-matrix">/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});

describe('writeCertification', () => {
  const scratch = mkdtemp(join(tmpdir(), 'certification-'));
  after(async () => rm(await scratch, { recursive: true, force: true }));

  it('writes both files and appends the Markdown to a CI job summary', async () => {
    const dir = await scratch;
    const files = { html: join(dir, 'certification.html'), markdown: join(dir, 'certification.md') };
    const stepSummary = join(dir, 'step-summary.md');
    const s = summary([check('protocol', 'users/read/by-id', 'passed')]);
    await writeCertification(s, files, { stepSummary });
    await writeCertification(s, files, { stepSummary });
    const markdown = await readFile(files.markdown, 'utf8');
    assert.equal(await readFile(stepSummary, 'utf8'), `${markdown}\n${markdown}\n`, 'appended, as each job step adds its own');
    assert.match(await readFile(files.html, 'utf8'), /Conformant: no MUST check failed/);
  });
});
