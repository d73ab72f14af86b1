/**
 * `npm test`: the project's own tests. Type check first (a type error is cheaper to read than a failed
 * run), then every test/**\/*.test.ts under node's test runner: unit tests of the client, emulator,
 * registry and reporter, and the end-to-end runs (a clean conformance run, and the proof runs that show
 * each check fails against the emulator defect that breaks its requirement).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
  });
}

function step(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : testFiles(join(ROOT, 'test')).sort();
const typed = only.length > 0 || step('type check', process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '--noEmit', '-p', 'tsconfig.json']);
// Slow end-to-end files start first so they overlap with the many quick unit files.
const ordered = [...files.filter((f) => f.startsWith('test/e2e/')), ...files.filter((f) => !f.startsWith('test/e2e/'))];
const tested = typed && step(`${ordered.length} test files`, process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...ordered]);
process.exitCode = typed && tested ? 0 : 1;
