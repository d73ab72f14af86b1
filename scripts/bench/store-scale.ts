/**
 * Emulator scale: the cost of an indexed lookup, a membership change, a delete and a deep page at
 * 100k users against the same at 1k users, in process (no HTTP). Anything proportional to the total
 * shows ~100x; O(1) and O(log n) operations stay within 10x, the rest being CPU cache misses (a
 * 100k-entry hash table does not fit in cache, a 1k-entry one does).
 */
import { Emulator } from '../../emulator/index.ts';
import type { AccountState } from '../../emulator/store/account-state.ts';
import { median, type BenchResult } from './measure.ts';

const SMALL = 1_000;
const LARGE = 100_000;
const OPS = 2_000;

interface Seeded {
  emulator: Emulator;
  state: AccountState;
  token: string;
  base: string;
}

function seed(users: number): Seeded {
  const emulator = new Emulator();
  const account = emulator.account('reference');
  const state = emulator.state('reference');
  for (let i = 0; i < users; i++) state.provisionUser({ userName: `scale-${i}@example.com`, externalId: `x-${i}` });
  for (let g = 0; g < 50; g++) state.createGroup({ displayName: `scale-group-${g}` });
  return { emulator, state, token: account.tokens.scim, base: `http://emulator.test${account.scimBasePath}` };
}

/** CPU µs since `before`: on a shared machine, time spent waiting for a core does not count. */
function cpuMicros(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** CPU µs per call of `op(i)`, median of 5 batches. */
function perOp(op: (i: number) => void, ops = OPS): number {
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const before = process.cpuUsage();
    for (let i = 0; i < ops; i++) op(b * ops + i);
    batches.push(cpuMicros(before) / ops);
  }
  return median(batches);
}

async function pageCost(s: Seeded, users: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const startIndex = users - 150 - (i % 50);
    const before = process.cpuUsage();
    const res = await s.emulator.fetch(new Request(`${s.base}/Users?startIndex=${startIndex}&count=100`, { headers: { authorization: `Bearer ${s.token}` } }));
    await res.text();
    times.push(cpuMicros(before));
  }
  return median(times);
}

async function costs(users: number): Promise<Record<string, number>> {
  const s = seed(users);
  const groups = s.state.groups.all();
  const lookup = perOp((i) => s.state.users.findByUserName(`SCALE-${(i * 7919) % users}@example.com`));
  const external = perOp((i) => s.state.users.findByExternalId(`x-${(i * 7919) % users}`));
  const member = perOp((i) => {
    const user = s.state.users.findByUserName(`scale-${(i * 104729) % users}@example.com`)!;
    const group = groups[i % groups.length]!;
    s.state.groups.addMember(group, user);
    s.state.groups.removeMember(group, user);
  });
  const page = await pageCost(s, users);
  // Deletes last: 5 x 100 users from the middle, so the small store has them too.
  const remove = perOp((i) => {
    const user = s.state.users.findByUserName(`scale-${Math.floor(users / 4) + i}@example.com`);
    if (user === undefined) throw new Error(`store scale: user ${Math.floor(users / 4) + i} is missing`);
    s.state.deprovisionUser(user);
  }, 100);
  return { 'userName eq lookup': lookup, 'externalId lookup': external, 'member add + remove': member, 'delete (deprovision)': remove, 'GET page of 100 near the end': page };
}

export async function storeScale(): Promise<BenchResult[]> {
  const small = await costs(SMALL);
  const large = await costs(LARGE);
  return Object.keys(small).map((name) => {
    const ratio = large[name]! / small[name]!;
    return {
      name: `emulator ${name}: 100k vs 1k users`,
      value: ratio,
      unit: 'x' as const,
      goal: '<= 10x (O(n) would be ~100x)',
      met: ratio <= 10,
      detail: `${large[name]!.toFixed(2)} µs CPU at ${LARGE} users, ${small[name]!.toFixed(2)} µs at ${SMALL} (median of 5 batches)`,
    };
  });
}
