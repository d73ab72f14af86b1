/**
 * What a reviewer needs to know about the run behind a report: the target (its base URL, never a
 * token), the profile, the seed that reproduces the data, and the versions of what ran it. Shown as
 * the Allure report's environment and at the top of the certification summary.
 */
import { readFileSync } from 'node:fs';

import type { FullConfig, Suite } from '@playwright/test/reporter';

import { redact } from '../lib/secrets.ts';
import { readRunMetadata } from './run-metadata.ts';

export interface RunEnvironmentInput {
  metadata: Readonly<Record<string, unknown>>;
  /** The Playwright version (`config.version`). */
  playwright: string;
  shard: FullConfig['shard'];
  projects: ReadonlyArray<{ name: string; metadata: Readonly<Record<string, unknown>> }>;
  harness: string;
  node: string;
}

/** Entries in the order a reader looks for them; values are redacted whatever produced them. */
export function runEnvironment(input: RunEnvironmentInput): Record<string, string> {
  const { metadata } = readRunMetadata(input.metadata);
  const entries: Array<[string, string]> = [
    ['Target', metadata.target],
    ['Target profile', metadata.profile],
    ['Seed', String(metadata.seed)],
    ['Run id', metadata.runId],
    // A merge of shards lists each project once per shard.
    ['Projects', [...new Set(input.projects.map(projectName))].join(', ')],
  ];
  if (input.shard) entries.push(['Shard', `${input.shard.current} of ${input.shard.total}`]);
  entries.push(['Harness', input.harness], ['Node.js', input.node], ['Playwright', input.playwright]);
  return Object.fromEntries(entries.filter(([, value]) => value !== '').map(([key, value]) => [key, redact(value)]));
}

/** `okta (oin)`: the variant says which of the IdP's request shapes were replayed. */
function projectName(project: RunEnvironmentInput['projects'][number]): string {
  const variant = project.metadata['variant'];
  return typeof variant === 'string' && variant !== '' ? `${project.name} (${variant})` : project.name;
}

/**
 * The environment of the run a reporter is told about; in a merge, the shards' metadata. Projects are
 * those that ran a check: a merge knows no others, so a run must not name more.
 */
export function configEnvironment(config: Pick<FullConfig, 'metadata' | 'version' | 'shard'>, root: Pick<Suite, 'suites'>): Record<string, string> {
  const projects = root.suites.filter((s) => s.allTests().length > 0).flatMap((s) => s.project() ?? []);
  return runEnvironment({ metadata: config.metadata, playwright: config.version, shard: config.shard, projects, harness: harnessVersion(), node: process.version });
}

/** `scim-conformance 0.1.0`, read from the package manifest beside the harness code. */
export function harnessVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name?: string; version?: string };
  return `${manifest.name ?? 'scim-conformance'} ${manifest.version ?? ''}`.trim();
}
