import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFECTS } from '../../emulator/defects.ts';
import { REQUIREMENTS, type Area } from '../../requirements/index.ts';

/**
 * The protocol half of the registry proves itself: every requirement has an emulator defect that breaks
 * it (so some check run can fail), and the breadth the suite promises is there.
 */
const PROTOCOL_AREAS: readonly Area[] = ['discovery', 'users', 'groups', 'filters', 'pagination', 'attributes', 'patch', 'errors', 'optional-features'];
const protocol = REQUIREMENTS.filter((r) => PROTOCOL_AREAS.includes(r.area));

describe('protocol requirements and their proofs', () => {
  it('every protocol requirement has a defect that breaks it', () => {
    const missing = protocol.filter((r) => !DEFECTS.some((d) => d.breaks === r.id)).map((r) => r.id);
    assert.deepEqual(missing, [], 'requirements whose check nothing proves can fail');
  });

  it('each protocol defect sits in the catalogue file of its requirement\'s area', () => {
    for (const d of DEFECTS.filter((d) => PROTOCOL_AREAS.some((a) => d.breaks.startsWith(`${a}/`)))) {
      assert.ok(protocol.some((r) => r.id === d.breaks && d.breaks.startsWith(`${r.area}/`)), `${d.name} breaks ${d.breaks}`);
    }
  });

  it('at least 120 distinct protocol requirements, most of them MUST', () => {
    assert.ok(protocol.length >= 120, `${protocol.length} protocol requirements`);
    assert.ok(protocol.filter((r) => r.level === 'MUST').length > protocol.length * 0.9);
  });
});
