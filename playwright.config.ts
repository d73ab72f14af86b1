import { defineConfig, type Project } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describeTarget, loadConfig } from './lib/config/index.ts';
import type { ProjectOptions } from './fixtures/project-options.fixture.ts';

const config = loadConfig();
const reports = config.reportsDir;

/** One project per IdP profile; specs never branch on a project's name, only on its options. */
const IDP_PROJECTS: ReadonlyArray<{ name: string; idp: ProjectOptions['idp']; idpVariant: string }> = [
  { name: 'okta', idp: 'okta', idpVariant: 'oin' },
  { name: 'entra', idp: 'entra', idpVariant: 'default' },
  { name: 'authentik', idp: 'authentik', idpVariant: 'default' },
];

const projects: Array<Project<object, ProjectOptions>> = [
  { name: 'protocol', testDir: 'specs/protocol', use: { idp: 'protocol' }, metadata: { idp: 'protocol', targetProfile: config.profile } },
  ...IDP_PROJECTS.map(({ name, idp, idpVariant }) => ({
    name,
    testDir: 'specs/idp',
    use: { idp, idpVariant },
    metadata: { idp, variant: idpVariant, targetProfile: config.profile },
  })),
];

export default defineConfig<object, ProjectOptions>({
  projects,
  outputDir: join(reports, 'test-output'),
  fullyParallel: true,
  // A conformance verdict is never retried: transport trouble is retried inside the client instead.
  retries: 0,
  // The emulator is CPU-bound (one per worker); a remote target is network-bound and gains from more.
  workers: config.target.kind === 'emulator' ? availableParallelism() : 4,
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  metadata: { target: describeTarget(config), profile: config.profile, seed: config.seed, runId: config.runId },
  reporter: [
    [process.stdout.isTTY ? 'line' : 'dot'],
    ['./reporters/summary-reporter.ts', { outputFile: join(reports, 'summary.json') }],
    ['junit', { outputFile: join(reports, 'junit.xml') }],
    ['allure-playwright', { resultsDir: join(reports, 'allure-results'), detail: false, suiteTitle: false }],
  ],
  use: { trace: 'off', screenshot: 'off', video: 'off' },
});
