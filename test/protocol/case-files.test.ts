import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateMessage } from '../../fixtures/schema-validation.ts';
import { URN } from '../../lib/scim-uris.ts';
import { findRequirement } from '../../requirements/index.ts';
import { loadCases } from '../../specs/protocol/support/cases.ts';

/** The protocol case files are data: each matches its schema, names a requirement of its own area, and says something new. */
interface Case {
  requirement: string;
  title: string;
  statusRequirement?: string;
  operations?: Array<{ op: string; path?: string }>;
}

const FILES: ReadonlyArray<[string, string, string]> = [
  ['filters.json', 'filter-cases.schema.json', 'filters'],
  ['patch.json', 'patch-cases.schema.json', 'patch'],
  ['errors.json', 'error-cases.schema.json', 'errors'],
];

describe('the protocol case files', () => {
  for (const [file, schema, area] of FILES) {
    it(`${file} matches ${schema}, and each case names a ${area} requirement`, () => {
      const cases = loadCases<Case>(file, schema);
      assert.ok(cases.length > 0);
      for (const c of cases) assert.equal(findRequirement(c.requirement)?.area, area, `${file}: "${c.title}" names ${c.requirement}`);
      for (const c of cases.filter((c) => c.statusRequirement !== undefined)) assert.ok(findRequirement(c.statusRequirement!), `${file}: "${c.title}" defers to ${c.statusRequirement}, which is no requirement`);
      const titles = cases.map((c) => c.title);
      assert.equal(new Set(titles).size, titles.length, `${file}: titles repeat`);
      for (const title of titles) assert.doesNotMatch(title, /^should\b/i);
    });
  }

  it('a case file that breaks its schema stops loading with ajv\'s words', () => {
    assert.throws(() => loadCases('errors.json', 'filter-cases.schema.json'), /does not match schemas\/harness\/filter-cases\.schema\.json: .*must have required property/);
  });

  it('every PATCH case sends a valid PatchOp, except the ones about invalid operations', () => {
    const invalidOnPurpose = new Set(['patch/errors/unknown-op', 'patch/errors/remove-without-path']);
    for (const c of loadCases<Case>('patch.json', 'patch-cases.schema.json')) {
      const violations = validateMessage({ message: 'PatchOp' }, { schemas: [URN.patchOp], Operations: c.operations });
      assert.equal(violations.length === 0, !invalidOnPurpose.has(c.requirement), `${c.title}: ${JSON.stringify(violations)}`);
    }
  });

  it('the harness case schemas are draft 2020-12', () => {
    for (const [, schema] of FILES) {
      const parsed = JSON.parse(readFileSync(new URL(`../../schemas/harness/${schema}`, import.meta.url), 'utf8')) as { $schema: string };
      assert.equal(parsed.$schema, 'https://json-schema.org/draft/2020-12/schema');
    }
  });
});
