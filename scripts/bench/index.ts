/**
 * `npm run bench`: every performance ratio of issue "Performance and scale", each measured in one
 * run on this machine and printed with its goal. Figures only: nothing here fails a build, and the
 * project's tests never assert timings. Method and recorded figures: BENCHMARKS.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import { clientCost } from './client-cost.ts';
import { emulatorThroughput } from './emulator-throughput.ts';
import { formatResult, type BenchResult } from './measure.ts';
import { storeScale } from './store-scale.ts';
import { suiteBenchmarks } from './suite-floor.ts';

const only = new Set(process.argv.slice(2));
const benches: Array<[string, () => Promise<BenchResult[]> | BenchResult[]]> = [
  ['suite', () => suiteBenchmarks()],
  ['client', async () => [await clientCost()]],
  ['emulator', async () => [await emulatorThroughput()]],
  ['store', () => storeScale()],
];

console.log(`scim-conformance bench: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
let missed = 0;
for (const [name, run] of benches) {
  if (only.size > 0 && !only.has(name)) continue;
  try {
    for (const result of await run()) {
      console.log(formatResult(result));
      if (result.met === false) missed++;
    }
  } catch (error) {
    console.log(`${name.padEnd(44)} not measured: ${(error as Error).message}`);
  }
}
console.log(`\n${missed === 0 ? 'every goal met' : `${missed} goal(s) not met`}; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures taken while other work runs are noisier)`);
