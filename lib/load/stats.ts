import type { Sent } from './replay.ts';

/** Latency and status counts per request label ("provision-user POST"), kept raw: 200k numbers are 1.6 MB. */
export class LoadStats {
  private readonly latencies = new Map<string, number[]>();
  private readonly statuses = new Map<string, Map<number, number>>();
  requests = 0;
  retried = 0;
  transportErrors = 0;

  record(sent: Sent): void {
    this.requests++;
    let list = this.latencies.get(sent.label);
    if (list === undefined) this.latencies.set(sent.label, (list = []));
    list.push(sent.ms);
    let counts = this.statuses.get(sent.label);
    if (counts === undefined) this.statuses.set(sent.label, (counts = new Map()));
    counts.set(sent.status, (counts.get(sent.status) ?? 0) + 1);
  }

  summary(): OperationSummary[] {
    return [...this.latencies.entries()].map(([label, list]) => {
      const sorted = Float64Array.from(list).sort();
      const statuses = Object.fromEntries([...(this.statuses.get(label) ?? new Map<number, number>()).entries()].sort((a, b) => a[0] - b[0]));
      return {
        operation: label,
        count: sorted.length,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
        max: sorted[sorted.length - 1] ?? 0,
        statuses,
        histogram: histogram(sorted),
      };
    });
  }

  /** Final statuses of 400 and above (after the client's bounded retries of 429/503), by status. */
  errorsByStatus(): Record<string, number> {
    const errors: Record<string, number> = {};
    for (const counts of this.statuses.values()) {
      for (const [status, n] of counts) if (status >= 400) errors[status] = (errors[status] ?? 0) + n;
    }
    if (this.transportErrors > 0) errors.transport = this.transportErrors;
    return errors;
  }
}

export interface OperationSummary {
  operation: string;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  histogram: Bucket[];
}

/** Latency bucket [from, to) in ms, on a log scale so 0.2 ms and 2 s both show. */
export interface Bucket {
  from: number;
  to: number;
  count: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const BUCKET_EDGES_MS = [0, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, Number.POSITIVE_INFINITY];

function histogram(sorted: Float64Array): Bucket[] {
  const buckets = BUCKET_EDGES_MS.slice(0, -1).map((from, i) => ({ from, to: BUCKET_EDGES_MS[i + 1]!, count: 0 }));
  let b = 0;
  for (const ms of sorted) {
    while (ms >= buckets[b]!.to) b++;
    buckets[b]!.count++;
  }
  return buckets;
}
