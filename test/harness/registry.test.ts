import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFECTS } from '../../emulator/defects.ts';
import { REQUIREMENTS, refToUrl } from '../../requirements/index.ts';
import { listTests, renderChecks } from '../../scripts/list-checks.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : []));
}

describe('the requirement registry lints itself', () => {
  it('ids are unique, stable paths without section numbers', () => {
    const ids = REQUIREMENTS.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate requirement ids');
    for (const id of ids) {
      assert.match(id, /^[a-z0-9-]+(\/[A-Za-z0-9-]+)+$/, `"${id}" is not a path-like id`);
      assert.doesNotMatch(id, /\d+\.\d+/, `"${id}" carries a section number; put it in refs`);
    }
  });

  it('rules are one declarative sentence', () => {
    for (const r of REQUIREMENTS) {
      assert.match(r.rule, /^[A-Z/(].*\.$/s, `${r.id}: the rule should start with a capital and end with a full stop`);
      assert.doesNotMatch(r.rule, /^should\b/i, `${r.id}: state the rule, not "should ..."`);
    }
  });

  it('every reference resolves to a link', () => {
    for (const r of REQUIREMENTS) for (const ref of r.refs) assert.ok(refToUrl(ref), `${r.id}: ${JSON.stringify(ref)} has no link`);
  });

  it('every requirement has an emulator defect that breaks it, and every defect names a known requirement', () => {
    const known = new Set(REQUIREMENTS.map((r) => r.id));
    for (const d of DEFECTS) assert.ok(known.has(d.breaks), `defect ${d.name} breaks unknown requirement ${d.breaks}`);
    for (const r of REQUIREMENTS) assert.ok(DEFECTS.some((d) => d.breaks === r.id), `${r.id} has no defect: nothing proves its check can fail`);
  });

  it('no spec bypasses the conformance wrapper', () => {
    for (const file of specFiles(join(ROOT, 'specs'))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /(?<![.\w])test(\.\w+)?\(/, `${file} declares a test directly; use conformance(requirement, title, body)`);
      assert.doesNotMatch(text, /https?:\/\//, `${file} holds a URL; links are built in requirements/links.ts`);
    }
  });
});

describe('the checks as Playwright lists them', () => {
  const tests = listTests();

  it('every check names a requirement, and every requirement has a check', () => {
    const unnamed = tests.filter((t) => t.requirement === undefined);
    assert.deepEqual(unnamed.map((t) => `${t.project}: ${t.title}`), []);
    const checked = new Set(tests.map((t) => t.requirement));
    assert.deepEqual(REQUIREMENTS.filter((r) => !checked.has(r.id)).map((r) => r.id), []);
  });

  it('titles are short declarative statements, unique within a project', () => {
    for (const t of tests) assert.doesNotMatch(t.title, /^should\b/i, `"${t.title}": state what holds, not "should ..."`);
    const keys = tests.map((t) => `${t.project}\u0000${t.title}`);
    assert.equal(new Set(keys).size, keys.length, 'duplicate check titles within a project');
  });

  it('CHECKS.md is up to date', () => {
    assert.equal(readFileSync(join(ROOT, 'CHECKS.md'), 'utf8'), renderChecks(tests), 'run `npm run checks:list` and commit CHECKS.md');
  });
});
