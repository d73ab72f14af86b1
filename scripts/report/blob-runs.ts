/**
 * What each blob report in a folder says about the run it came from, and whether the blobs add up to
 * one run: every shard present once, all with the same target, profile and seed. A merge that is
 * missing a shard, or that mixes runs, must not read as a complete verdict.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { zipEntries } from './zip-entries.ts';

export interface BlobRun {
  file: string;
  shard: { current: number; total: number } | undefined;
  /** The run's `config.metadata`: target, profile, seed, runId. */
  metadata: Record<string, unknown>;
}

/** Playwright's merge reads every `.zip` in the folder, in name order; so does this. */
export function blobFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.zip')).sort();
}

export function readBlobRun(dir: string, file: string): BlobRun {
  const jsonl = zipEntries(readFileSync(join(dir, file))).get('report.jsonl');
  if (jsonl === undefined) throw new Error(`${file} is not a Playwright blob report (no report.jsonl)`);
  let shard: BlobRun['shard'];
  let metadata: Record<string, unknown> = {};
  for (const line of jsonl.toString('utf8').split('\n')) {
    // The two events wanted open the file; the test events after them can be large.
    if (!line.startsWith('{"method":"onBlobReportMetadata"') && !line.startsWith('{"method":"onConfigure"')) continue;
    const event = JSON.parse(line) as { method: string; params: { shard?: BlobRun['shard']; config?: { metadata?: Record<string, unknown> } } };
    if (event.method === 'onBlobReportMetadata') shard = event.params.shard ?? undefined;
    else metadata = event.params.config?.metadata ?? {};
  }
  return { file, shard, metadata };
}

/** The settings that make runs one run; the run id may differ (each shard prefixes its own data). */
const SAME_RUN_KEYS = ['target', 'profile', 'seed'] as const;

/** Why the blobs do not add up to one complete run; empty when they do. */
export function mergeProblems(runs: readonly BlobRun[]): string[] {
  const problems: string[] = [];
  const sharded = runs.filter((r) => r.shard !== undefined);
  if (sharded.length > 0 && sharded.length < runs.length) {
    problems.push(`${runs.filter((r) => r.shard === undefined).map((r) => r.file).join(', ')} ran unsharded beside shards of another run`);
  }
  const totals = [...new Set(sharded.map((r) => r.shard!.total))];
  if (totals.length > 1) problems.push(`the shards were cut in different ways (of ${totals.join(', of ')})`);
  if (totals.length === 1) {
    const total = totals[0]!;
    for (let current = 1; current <= total; current++) {
      const given = sharded.filter((r) => r.shard!.current === current).length;
      if (given === 0) problems.push(`shard ${current} of ${total} is missing`);
      if (given > 1) problems.push(`shard ${current} of ${total} was given ${given} times`);
    }
  }
  for (const key of SAME_RUN_KEYS) {
    const values = [...new Set(runs.map((r) => String(r.metadata[key] ?? '')))];
    if (values.length > 1) problems.push(`the blobs come from runs with different ${key === 'seed' ? 'seeds' : `${key}s`}: ${values.join(', ')}`);
  }
  return problems;
}
