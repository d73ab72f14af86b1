/**
 * Run facts the config hands to reporters through `config.metadata`. A summary that cannot say what was
 * tested, or with which seed, is no evidence, so a missing fact makes the run incomplete rather than
 * failing the reporter: the checks' verdicts are still worth writing.
 */
export interface RunMetadata {
  /** Base URL of the target, already without credentials. */
  target: string;
  profile: string;
  seed: number;
  runId: string;
}

export interface RunMetadataReading {
  metadata: RunMetadata;
  problems: string[];
}

export function readRunMetadata(metadata: Readonly<Record<string, unknown>>): RunMetadataReading {
  const problems: string[] = [];
  const text = (key: 'target' | 'profile' | 'runId'): string => {
    const value = metadata[key];
    if (typeof value === 'string' && value !== '') return value;
    problems.push(`the config's metadata has no ${key}`);
    return '';
  };
  const target = text('target');
  const profile = text('profile');
  const runId = text('runId');
  const seed = seedOf(metadata['seed']);
  if (seed === undefined) problems.push("the config's metadata has no numeric seed, so the run cannot be reproduced");
  return { metadata: { target, profile, seed: seed ?? 0, runId }, problems };
}

/** A seed read from the environment may still be a string of digits. */
function seedOf(value: unknown): number | undefined {
  const seed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof seed === 'number' && Number.isFinite(seed) ? seed : undefined;
}
