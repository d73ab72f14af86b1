/** What every benchmark reports: a figure, its goal, and how it was obtained. */
export interface BenchResult {
  name: string;
  /** The ratio (or a time in seconds when `unit` says so). */
  value: number;
  unit: 'x' | 's';
  /** e.g. "<= 1.5x"; undefined for a figure without a goal. */
  goal: string | undefined;
  met: boolean | undefined;
  /** The raw figures behind the ratio, one line. */
  detail: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CPU time (user + system) of this process spent in `work`, in ms. */
export async function cpuMs(work: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function formatResult(r: BenchResult): string {
  const value = r.unit === 'x' ? `${r.value.toFixed(2)}x` : `${r.value.toFixed(2)} s`;
  const goal = r.goal === undefined ? 'no goal (figure)' : `goal ${r.goal}: ${r.met ? 'met' : 'NOT met'}`;
  return `${r.name.padEnd(44)} ${value.padStart(9)}   ${goal}\n    ${r.detail}`;
}
