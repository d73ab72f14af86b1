/**
 * Emulator throughput against a minimal node:http server answering fixed JSON: the same mixed
 * traffic (1/3 POST /Users, 1/3 GET by `userName eq`, 1/3 PATCH replace) from raw undici at the
 * same concurrency, each server in its own process so it has a core of its own. Ratio of
 * requests per second, median of interleaved rounds.
 */
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { forEachConcurrently } from '../../lib/load/pool.ts';
import { spawnEmulator, spawnServer, type SpawnedEmulator } from '../../lib/load/emulator-target.ts';
import { median, type BenchResult } from './measure.ts';

const REQUESTS = 9_000;
const CONCURRENCY = 32;
const ROUNDS = 5;
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

interface Traffic {
  pool: Pool;
  base: string;
  headers: Record<string, string>;
}

function traffic(server: SpawnedEmulator): Traffic {
  const url = new URL(server.baseUrl);
  return {
    pool: new Pool(url.origin, { connections: CONCURRENCY }),
    base: url.pathname,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/scim+json', accept: 'application/scim+json' },
  };
}

/** One round: creates users and finds and patches the ones created, returns requests per second. */
async function round(t: Traffic, tag: string): Promise<number> {
  const ids: string[] = [];
  const started = performance.now();
  await forEachConcurrently(REQUESTS, CONCURRENCY, async (i) => {
    const n = Math.floor(i / 3);
    const userName = `bench-${tag}-${n}@example.com`;
    let res;
    if (i % 3 === 0 || ids.length === 0) {
      const body = JSON.stringify({ schemas: [USER], userName, name: { givenName: 'Bench', familyName: String(n) }, active: true });
      res = await t.pool.request({ path: `${t.base}/Users`, method: 'POST', headers: t.headers, body });
      const text = await res.body.text();
      const id = (JSON.parse(text) as { id?: string }).id;
      if (id !== undefined) ids.push(id);
      return;
    }
    const id = ids[n % ids.length]!;
    if (i % 3 === 1) {
      res = await t.pool.request({ path: `${t.base}/Users?filter=${encodeURIComponent(`userName eq "bench-${tag}-${n % ids.length}@example.com"`)}`, method: 'GET', headers: t.headers });
    } else {
      const body = JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'name.givenName', value: `B${n}` }] });
      res = await t.pool.request({ path: `${t.base}/Users/${id}`, method: 'PATCH', headers: t.headers, body });
    }
    await res.body.text();
  });
  return REQUESTS / ((performance.now() - started) / 1000);
}

export async function emulatorThroughput(): Promise<BenchResult> {
  const emulator = await spawnEmulator('primary');
  const minimal = await spawnServer(fileURLToPath(new URL('./minimal-server.ts', import.meta.url)));
  const e = traffic(emulator);
  const m = traffic(minimal);
  try {
    await round(e, 'warm');
    await round(m, 'warm');
    const emu: number[] = [];
    const min: number[] = [];
    const ratios: number[] = [];
    // Server CPU per request (Linux /proc): what the throughput ratio tends to on an idle machine.
    let emuCpu = 0;
    let minCpu = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const e0 = emulator.cpuSeconds() ?? 0;
      const a = await round(e, `r${r}`);
      const m0 = minimal.cpuSeconds() ?? 0;
      emuCpu += (emulator.cpuSeconds() ?? 0) - e0;
      const b = await round(m, `r${r}`);
      minCpu += (minimal.cpuSeconds() ?? 0) - m0;
      emu.push(a);
      min.push(b);
      ratios.push(a / b);
    }
    const ratio = median(ratios);
    const perRequest = (cpu: number): string => `${((cpu * 1e6) / (REQUESTS * ROUNDS)).toFixed(0)} µs`;
    return {
      name: 'emulator throughput vs minimal node:http',
      value: ratio,
      unit: 'x',
      goal: '>= 0.7x',
      met: ratio >= 0.7,
      detail: `${REQUESTS} mixed POST/GET/PATCH x ${ROUNDS} rounds, concurrency ${CONCURRENCY}: emulator ${Math.round(median(emu))} req/s, minimal ${Math.round(median(min))} req/s (medians; the emulator holds ${(REQUESTS / 3) * (ROUNDS + 1)} users by the end); round ratios ${ratios.map((x) => x.toFixed(2)).join(' ')}; server CPU per request: emulator ${perRequest(emuCpu)}, minimal ${perRequest(minCpu)} (CPU ratio ${(minCpu / emuCpu).toFixed(2)}x)`,
    };
  } finally {
    await Promise.all([e.pool.close(), m.pool.close()]);
    await Promise.all([emulator.stop(), minimal.stop()]);
  }
}
