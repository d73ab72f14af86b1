import { defineConfig, type Project } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describeTarget, loadConfig } from './lib/config/index.ts';
import type { ProjectOptions } from './fixtures/project-options.fixture.ts';
import { conformanceReporters } from './reporters/reporter-list.ts';

const config = loadConfig();
const reports = config.reportsDir;

/**
 * One project per IdP profile (fixtures/idp/<idp>/<variant>.json); specs never branch on a project's name,
 * only on its options. Each replays the IdP's steps, the lifecycle table and the IdP-shaped target rules.
 */
const IDP_PROJECTS: ReadonlyArray<{ name: string; idp: ProjectOptions['idp']; idpVariant: string }> = [
  { name: 'okta', idp: 'okta', idpVariant: 'oin' },
  { name: 'okta-aiw', idp: 'okta', idpVariant: 'aiw' },
  { name: 'entra', idp: 'entra', idpVariant: 'default' },
  { name: 'entra-aad-opt', idp: 'entra', idpVariant: 'aad-opt' },
  { name: 'authentik', idp: 'authentik', idpVariant: 'default' },
];
const IDP_SPECS = /[\\/]specs[\\/](idp|lifecycle|target[\\/]idp)[\\/].*\.spec\.ts$/;

const projects: Array<Project<object, ProjectOptions>> = [
  { name: 'protocol', testDir: 'specs', testMatch: /[\\/]specs[\\/](protocol|security|robustness|target)[\\/].*\.spec\.ts$/, testIgnore: IDP_SPECS, use: { idp: 'protocol' }, metadata: { idp: 'protocol', targetProfile: config.profile } },
  ...IDP_PROJECTS.map(({ name, idp, idpVariant }) => ({
    name,
    testDir: 'specs',
    testMatch: IDP_SPECS,
    use: { idp, idpVariant },
    metadata: { idp, variant: idpVariant, targetProfile: config.profile },
  })),
  // Zero Trust Access (SCIM_TARGET_PROFILE=cloudflare-access): IdP-neutral like protocol, so it reports in that row;
  // against any other target its checks skip with the reason (fixtures/access-target.ts).
  { name: 'access', testDir: 'specs/access', use: { idp: 'protocol' }, metadata: { idp: 'protocol', targetProfile: config.profile } },
];

export default defineConfig<object, ProjectOptions>({
  projects,
  outputDir: join(reports, 'test-output'),
  fullyParallel: true,
  // A conformance verdict is never retried: transport trouble is retried inside the client instead.
  retries: 0,
  // The emulator is CPU-bound (one per worker); a remote target is network-bound and gains from more,
  // but never more workers than SCIM_MAX_IN_FLIGHT lets send at once.
  workers: config.target.kind === 'emulator' ? availableParallelism() : Math.min(4, config.limits.maxInFlight ?? 4),
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  metadata: { target: describeTarget(config), profile: config.profile, seed: config.seed, runId: config.runId },
  // summary.json + certification summary, JUnit, Allure results, and a blob that shards merge from.
  reporter: conformanceReporters(reports, { blob: true }),
  use: { trace: 'off', screenshot: 'off', video: 'off' },
});
