import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPatch, GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../emulator/rfc/index.ts';
import { expectRefusal } from './assertions.ts';
import { BARBARA, ENGINEERING, patchOp } from './fixtures.ts';

/**
 * RFC 7644 §3.5.2: a PATCH applies whole or not at all. The fixtures are deeply frozen, so any
 * write to the input would throw a TypeError instead of the expected refusal.
 */

test('a failing second operation leaves the input unchanged', () => {
  const before = structuredClone(BARBARA);
  const body = patchOp({ op: 'replace', path: 'displayName', value: 'Changed' }, { op: 'replace', path: 'id', value: 'other' });
  expectRefusal(() => applyPatch(BARBARA, body, USER_RESOURCE_SCHEMA), 'mutability', `PATCH ${JSON.stringify(body)}`);
  assert.deepEqual(BARBARA, before, 'The input changed although the PATCH was refused.');
});

test('a failing later member operation keeps every member', () => {
  const before = structuredClone(ENGINEERING);
  const body = patchOp(
    { op: 'remove', path: 'members', value: [{ value: (before.members as Array<{ value: string }>)[0]!.value }] },
    { op: 'add', path: 'members', value: [{ value: 'u4' }] },
    { op: 'remove', path: 'members[value eq "nobody"]' },
  );
  expectRefusal(() => applyPatch(ENGINEERING, body, GROUP_RESOURCE_SCHEMA), 'noTarget', `PATCH ${JSON.stringify(body)}`);
  assert.deepEqual(ENGINEERING, before, 'The group changed although the PATCH was refused.');
});

test('a successful patch returns a new resource and leaves the input unchanged', () => {
  const before = structuredClone(BARBARA);
  const body = patchOp(
    { op: 'replace', path: 'name.givenName', value: 'Babs' },
    { op: 'add', path: 'emails', value: [{ value: 'new@x.org', primary: true }] },
    { op: 'remove', path: 'phoneNumbers' },
  );
  const result = applyPatch(BARBARA, body, USER_RESOURCE_SCHEMA);
  assert.notEqual(result, BARBARA, 'applyPatch returned its input.');
  assert.deepEqual(BARBARA, before, 'The input changed.');
  assert.equal((result.name as Record<string, unknown>).givenName, 'Babs');
});

test('the result shares no objects with the input', () => {
  const result = applyPatch(BARBARA, patchOp({ op: 'replace', path: 'title', value: 'Lead' }), USER_RESOURCE_SCHEMA);
  for (const key of ['name', 'emails', 'meta', 'schemas'] as const) {
    assert.notEqual(result[key], BARBARA[key], `The result's "${key}" is the input's object.`);
  }
});
