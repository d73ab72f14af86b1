/**
 * Suite wall time against the runner floor: the real suite, then the same number of empty tests in
 * the same projects with the same workers and reporters (playwright.config.ts itself, with each
 * project's testDir pointed at generated empty specs). Interleaved rounds, best of each, because on
 * a shared 2-core box the noise only ever adds time. Also times report generation (scripts/report.ts:
 * certification summary and the Allure HTML report) on the suite's own results.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './measure.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, 'reports', 'bench');
const PLAYWRIGHT = fileURLToPath(import.meta.resolve('@playwright/test/cli'));
const ROUNDS = 2;

interface ListedRun {
  perProject: Map<string, number>;
  errors: string[];
}

function env(reportsDir: string): NodeJS.ProcessEnv {
  // The same seed and run id for every run, so no run differs by its data.
  return { ...process.env, SCIM_REPORTS_DIR: reportsDir, SCIM_SEED: '1', SCIM_RUN_ID: 'bench', CI: '' };
}

/** Tests per project, as Playwright itself counts them for the current suite. */
function listSuite(): ListedRun {
  const run = spawnSync(process.execPath, [PLAYWRIGHT, 'test', '--list', '--reporter=json'], { cwd: ROOT, env: env(join(WORK, 'list')), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const report = JSON.parse(run.stdout) as { suites: Suite[]; errors: Array<{ message: string }> };
  const perProject = new Map<string, number>();
  const walk = (suite: Suite): void => {
    for (const spec of suite.specs ?? []) for (const test of spec.tests) perProject.set(test.projectName, (perProject.get(test.projectName) ?? 0) + 1);
    for (const child of suite.suites ?? []) walk(child);
  };
  report.suites.forEach(walk);
  return { perProject, errors: report.errors.map((e) => e.message.split('\n')[0]!) };
}

interface Suite {
  specs?: Array<{ tests: Array<{ projectName: string }> }>;
  suites?: Suite[];
}

/** A config that is playwright.config.ts with every project's tests replaced by N empty ones. */
function writeFloor(perProject: ReadonlyMap<string, number>): string {
  const dir = join(WORK, 'floor');
  rmSync(dir, { recursive: true, force: true });
  for (const [project, count] of perProject) {
    mkdirSync(join(dir, project), { recursive: true });
    const tests = Array.from({ length: count }, (_, i) => `test('empty ${i}', () => {});`).join('\n');
    writeFileSync(join(dir, project, 'empty.spec.ts'), `import { test } from '@playwright/test';\n\n${tests}\n`);
  }
  const config = join(dir, 'floor.config.ts');
  writeFileSync(
    config,
    `import real from ${JSON.stringify(resolve(ROOT, 'playwright.config.ts'))};
import { join } from 'node:path';
const counts: Record<string, number> = ${JSON.stringify(Object.fromEntries(perProject))};
export default {
  ...real,
  projects: (real.projects ?? []).filter((p) => (counts[p.name ?? ''] ?? 0) > 0).map((p) => ({ ...p, testDir: join(${JSON.stringify(dir)}, p.name ?? ''), testMatch: '*.spec.ts', testIgnore: [] })),
};
`,
  );
  return config;
}

function timedRun(args: readonly string[], reportsDir: string, fresh = true): number {
  if (fresh) rmSync(reportsDir, { recursive: true, force: true });
  const started = performance.now();
  spawnSync(process.execPath, [...args], { cwd: ROOT, env: env(reportsDir), stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

export function suiteBenchmarks(): BenchResult[] {
  const listed = listSuite();
  const tests = [...listed.perProject.values()].reduce((a, b) => a + b, 0);
  if (listed.errors.length > 0 || tests === 0) {
    throw new Error(`the suite does not load right now (${listed.errors[0] ?? 'no tests'}), so it cannot be timed`);
  }
  const floorConfig = writeFloor(listed.perProject);
  const suiteReports = join(WORK, 'suite-reports');
  const floorReports = join(WORK, 'floor-reports');
  const suite: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    suite.push(timedRun([PLAYWRIGHT, 'test'], suiteReports));
    floor.push(timedRun([PLAYWRIGHT, 'test', '--config', floorConfig], floorReports));
  }
  // The suite's results are on disk from its last round; generate its reports from them.
  const report = timedRun([fileURLToPath(import.meta.resolve('tsx/cli')), join(ROOT, 'scripts', 'report.ts')], suiteReports, false);
  const best = (xs: number[]): number => Math.min(...xs);
  const ratio = best(suite) / best(floor);
  const projects = [...listed.perProject].map(([p, n]) => `${p} ${n}`).join(', ');
  return [
    {
      name: 'suite wall time vs runner floor',
      value: ratio,
      unit: 'x',
      goal: '<= 1.5x',
      met: ratio <= 1.5,
      detail: `${tests} tests (${projects}): suite ${best(suite).toFixed(1)} s, floor ${best(floor).toFixed(1)} s (best of ${ROUNDS}; all: suite ${suite.map((s) => s.toFixed(1)).join('/')}, floor ${floor.map((s) => s.toFixed(1)).join('/')})`,
    },
    {
      name: 'report generation for the full suite',
      value: report,
      unit: 's',
      goal: undefined,
      met: undefined,
      detail: `scripts/report.ts (certification summary + Allure HTML) on the results of ${tests} tests, process start included`,
    },
  ];
}
