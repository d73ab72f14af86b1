import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadProfiles } from '../../fixtures/idp/profiles.ts';
import { STEP_NAMES } from '../../fixtures/idp/profile-types.ts';
import { findRequirement } from '../../requirements/index.ts';
import { LIFECYCLE } from '../../specs/lifecycle/rows.ts';

const SPECS = fileURLToPath(new URL('../../specs/', import.meta.url));

function validator(schemaFile: string): (data: unknown) => string | undefined {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  return (data) => (validate(data) ? undefined : ajv.errorsText(validate.errors));
}

describe('lifecycle and target-rule case files', () => {
  it('the lifecycle rows validate, cover L1 to L5 once each, and name lifecycle requirements', () => {
    const problems = validator(join(SPECS, 'lifecycle/rows.schema.json'))(JSON.parse(readFileSync(join(SPECS, 'lifecycle/rows.json'), 'utf8')));
    assert.equal(problems, undefined);
    assert.deepEqual(LIFECYCLE.rows.map((r) => r.row), ['L1', 'L2', 'L3', 'L4', 'L5']);
    for (const row of LIFECYCLE.rows) assert.equal(findRequirement(row.requirement)?.area, 'lifecycle', row.requirement);
  });

  it('every lifecycle step is a step every IdP profile defines, or a role-group or unassign stand-in', () => {
    for (const row of LIFECYCLE.rows) {
      for (const item of row.steps) {
        const step = typeof item === 'string' ? item : item.step;
        if (step.startsWith('@')) continue;
        assert.ok((STEP_NAMES as readonly string[]).includes(step), `${row.row}: unknown step ${step}`);
        for (const [key, profile] of loadProfiles()) assert.ok(profile.steps[step as (typeof STEP_NAMES)[number]], `${row.row}: ${key} has no ${step}`);
      }
      for (const namespace of [...(row.expect.holds ?? []), ...(row.expect.lacks ?? [])]) assert.ok(LIFECYCLE.roles[namespace], `${row.row}: no role for ${namespace}`);
    }
  });

  it('the target-rule case files validate against their schema', () => {
    const validate = validator(join(SPECS, 'target/cases.schema.json'));
    const files = readdirSync(join(SPECS, 'target')).filter((f) => f.endsWith('.cases.json'));
    assert.ok(files.length >= 3);
    for (const file of files) assert.equal(validate(JSON.parse(readFileSync(join(SPECS, 'target', file), 'utf8'))), undefined, file);
  });
});
