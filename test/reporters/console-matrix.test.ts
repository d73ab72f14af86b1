import assert from 'node:assert/strict';
import { stripVTControlCharacters } from 'node:util';
import { describe, it } from 'node:test';

import { MAX_LISTED_PROBLEMS, renderMatrix, wantsColor } from '../../reporters/console-matrix.ts';
import type { CheckStatus, Summary, SummaryCheck } from '../../reporters/summary-types.ts';

function check(idp: string, requirement: string, status: CheckStatus, message = '', variant?: string): SummaryCheck {
  return { requirement, title: requirement, idp, level: 'MUST', status, refs: [], message, ...(variant === undefined ? {} : { variant }) };
}

function summary(checks: SummaryCheck[], run: Partial<Summary['run']> = {}, cleanup: Summary['cleanup'] = []): Summary {
  return {
    run: {
      target: 'https://scim.example.test/v2',
      profile: 'generic',
      seed: 1,
      startedAt: '2025-01-01T00:00:00.000Z',
      durationMs: 1,
      complete: true,
      runId: 'r',
      incompleteReasons: [],
      ...run,
    },
    totals: { passed: 0, failed: 0, warnings: 0, skipped: 0, broken: 0 },
    checks,
    cleanup,
  };
}

const OPTIONS = { summaryPath: 'reports/summary.json', color: false };

describe('renderMatrix', () => {
  it('draws idp rows in summary order and the registry areas that occur, aligned', () => {
    const text = renderMatrix(
      summary([
        check('protocol', 'users/create/201-with-id', 'passed'),
        check('protocol', 'users/read/by-id', 'failed', 'Expected: 200\nReceived: 404'),
        check('protocol', 'discovery/schemas/listed', 'skipped', 'n/a'),
        check('protocol', 'discovery/resource-types/listed', 'passed'),
        check('okta', 'idp/create-user', 'warning', 'SHOULD not met'),
        check('okta', 'idp/read-user', 'broken', 'the check could not decide: ECONNRESET'),
        check('okta', '(none)', 'passed'),
      ]),
      OPTIONS,
    );
    assert.equal(
      text,
      [
        'idp       discovery  users   idp-flow   other',
        'protocol  1/1        1/2 ✗1  -          -',
        'okta      -          -       0/2 !1 ?1  1/1',
        '',
        'Total: 3/6 ✗1 !1 ?1 (1 skipped)',
        'n/m: passed of the checks that ran; ✗ failed, ! warning, ? broken',
        '',
        '✗ [protocol] users/read/by-id — Expected: 200',
        '? [okta] idp/read-user — the check could not decide: ECONNRESET',
        'Summary: reports/summary.json',
        '',
      ].join('\n'),
    );
  });

  it('leaves skipped checks out of the denominator and shows a cell of only skips as empty', () => {
    const text = renderMatrix(
      summary([check('protocol', 'users/read/by-id', 'skipped'), check('protocol', 'users/read/by-id', 'skipped'), check('protocol', 'discovery/schemas/listed', 'passed')]),
      OPTIONS,
    );
    assert.match(text, /^protocol {2}1\/1 {8}-$/m);
    assert.match(text, /^Total: 1\/1 \(2 skipped\)$/m);
  });

  it('lists at most the first failures and counts the rest', () => {
    const failures = Array.from({ length: MAX_LISTED_PROBLEMS + 3 }, (_, i) => check('entra', `idp/x-${i}`, 'failed', `failure ${i}`));
    const lines = renderMatrix(summary(failures), OPTIONS).split('\n');
    assert.equal(lines.filter((l) => l.startsWith('✗ [entra]')).length, MAX_LISTED_PROBLEMS);
    assert.ok(lines.includes('… and 3 more failed or broken'), lines.join('\n'));
  });

  it('names the variant only where an IdP ran in several', () => {
    const text = renderMatrix(
      summary([
        check('okta', 'idp/create-user', 'failed', 'no id', 'oin'),
        check('okta', 'idp/create-user', 'passed', '', 'custom-app'),
        check('entra', 'idp/create-user', 'failed', 'no id', 'default'),
      ]),
      OPTIONS,
    );
    assert.match(text, /^✗ \[okta\/oin\] idp\/create-user — no id$/m);
    assert.match(text, /^✗ \[entra\] idp\/create-user — no id$/m);
  });

  it('says why a run is incomplete and that cleanup failed', () => {
    const text = renderMatrix(
      summary([check('okta', 'idp/create-user', 'passed')], { complete: false, incompleteReasons: ['the run was interrupted before it finished'] }, [
        { requirement: 'idp/create-user', idp: 'okta', title: 't', message: 'DELETE answered 500' },
      ]),
      OPTIONS,
    );
    assert.match(text, /^Run incomplete:\n {2}- the run was interrupted before it finished$/m);
    assert.match(text, /^Cleanup failed once: resources may be left on the target/m);
  });

  it('colours cells without moving a column', () => {
    const checks = [check('protocol', 'users/read/by-id', 'failed', 'x'), check('okta', 'idp/create-user', 'warning', 'y')];
    const coloured = renderMatrix(summary(checks), { ...OPTIONS, color: true });
    assert.ok(coloured.includes('\u001b['), 'colour codes are present');
    assert.equal(stripVTControlCharacters(coloured), renderMatrix(summary(checks), OPTIONS));
  });

  it('shows an empty run without failing', () => {
    assert.equal(renderMatrix(summary([]), OPTIONS).split('\n')[2], 'Total: -');
  });
});

describe('wantsColor', () => {
  it('colours a terminal unless NO_COLOR is set', () => {
    assert.equal(wantsColor({ isTTY: true }, {}), true);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '' }), true);
    assert.equal(wantsColor({ isTTY: false }, {}), false);
    assert.equal(wantsColor({}, {}), false);
  });
});
