/**
 * SCIM client cost per request against raw undici on the same server: CPU time of this process
 * (the server runs in another) for the same number of GETs at the same concurrency, interleaved
 * rounds, median of the per-round ratios. The goal's baseline is undici's `request()` as a caller
 * would use it; a bare `Pool.request()` (no URL parsing, no agent) is shown beside it. The client's
 * extra work is the evidence it keeps (a redacted Exchange per request), the retry gate and the budget.
 */
import { fileURLToPath } from 'node:url';
import { Agent, Pool, request } from 'undici';
import { ScimClient } from '../../lib/client/index.ts';
import { forEachConcurrently } from '../../lib/load/pool.ts';
import { spawnServer } from '../../lib/load/emulator-target.ts';
import { cpuMs, median, type BenchResult } from './measure.ts';

const REQUESTS = 10_000;
const CONCURRENCY = 16;
const ROUNDS = 7;

export async function clientCost(): Promise<BenchResult> {
  const server = await spawnServer(fileURLToPath(new URL('./minimal-server.ts', import.meta.url)));
  const base = new URL(server.baseUrl);
  const pool = new Pool(base.origin, { connections: CONCURRENCY });
  const agent = new Agent({ connections: CONCURRENCY });
  const url = `${server.baseUrl}/Users/0123456789abcdef0123456789abcdef`;
  const client = new ScimClient({ baseUrl: server.baseUrl, token: server.token, connections: CONCURRENCY });
  const path = `${base.pathname}/Users/0123456789abcdef0123456789abcdef`;
  const headers = { authorization: `Bearer ${server.token}`, accept: 'application/scim+json' };
  const raw = (): Promise<void> =>
    forEachConcurrently(REQUESTS, CONCURRENCY, async () => {
      const res = await request(url, { method: 'GET', headers, dispatcher: agent });
      await res.body.text();
    });
  const bare = (): Promise<void> =>
    forEachConcurrently(REQUESTS, CONCURRENCY, async () => {
      const res = await pool.request({ path, method: 'GET', headers });
      await res.body.text();
    });
  const scim = (): Promise<void> =>
    forEachConcurrently(REQUESTS, CONCURRENCY, async () => {
      await client.get('/Users/0123456789abcdef0123456789abcdef');
    });
  try {
    await raw();
    await bare();
    await scim();
    const ratios: number[] = [];
    const bareRatios: number[] = [];
    const rawMs: number[] = [];
    const bareMs: number[] = [];
    const scimMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const r = await cpuMs(raw);
      const b = await cpuMs(bare);
      const s = await cpuMs(scim);
      rawMs.push(r);
      bareMs.push(b);
      scimMs.push(s);
      ratios.push(s / r);
      bareRatios.push(s / b);
    }
    const ratio = median(ratios);
    const us = (ms: number): string => `${((ms * 1000) / REQUESTS).toFixed(1)} µs`;
    return {
      name: 'SCIM client CPU per request vs raw undici',
      value: ratio,
      unit: 'x',
      goal: '<= 1.15x',
      met: ratio <= 1.15,
      detail: `${REQUESTS} GETs x ${ROUNDS} rounds, concurrency ${CONCURRENCY}, CPU per request (medians): client ${us(median(scimMs))}, undici request() ${us(median(rawMs))}, bare Pool.request() ${us(median(bareMs))} (client vs bare pool ${median(bareRatios).toFixed(2)}x); round ratios ${ratios.map((x) => x.toFixed(2)).join(' ')}`,
    };
  } finally {
    await Promise.all([pool.close(), agent.close(), client.close()]);
    await server.stop();
  }
}
