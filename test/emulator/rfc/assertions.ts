import assert from 'node:assert/strict';
import type { ScimType } from '../../../lib/scim-errors.ts';
import { ScimRequestError } from '../../../emulator/rfc/index.ts';

/** Asserts that `action` is refused with a 400 of the given scimType, and returns the error. */
export function expectRefusal(action: () => unknown, scimType: ScimType, context: string): ScimRequestError {
  let outcome: unknown;
  try {
    outcome = action();
  } catch (error) {
    assert.ok(error instanceof ScimRequestError, `${context} threw ${String(error)} instead of a ScimRequestError.`);
    assert.equal(error.status, 400, `${context} was refused with status ${error.status}, expected 400.`);
    assert.equal(error.scimType, scimType, `${context} was refused as ${error.scimType} (${error.detail}), expected ${scimType}.`);
    assert.ok(error.detail.length > 0, `${context} was refused without a detail.`);
    return error;
  }
  assert.fail(`${context} was accepted (${JSON.stringify(outcome)}), expected a 400 ${scimType}.`);
}

/**
 * Asserts that `result` differs from `input` exactly by `changes`: each named top-level member has
 * the given value (undefined: unassigned) and every other member is as it was.
 */
export function expectChanges(input: Record<string, unknown>, result: Record<string, unknown>, changes: Record<string, unknown>, context: string): void {
  for (const key of new Set([...Object.keys(input), ...Object.keys(result), ...Object.keys(changes)])) {
    const expected = Object.hasOwn(changes, key) ? changes[key] : input[key];
    assert.deepEqual(result[key], expected, `After ${context}, "${key}" is ${JSON.stringify(result[key])}.`);
  }
}
