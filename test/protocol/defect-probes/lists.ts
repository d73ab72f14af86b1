import { createUser, filterQuery, type Client, type UserBody } from '../../emulator/support.ts';
import { get, list, type In, type Probe } from './probe.ts';

/** Probes of the pagination defects, on the Cloudflare account: the seeded owner and three users. */
async function fourUsers(client: Client): Promise<UserBody[]> {
  const users: UserBody[] = [];
  for (let i = 0; i < 3; i++) users.push(await createUser(client));
  return users;
}

async function page(client: Client, query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const reply = await client.get<Record<string, unknown>>(`/Users?${query}`);
  return { status: reply.status, body: reply.body };
}

function observed(query: string, read: (answer: { status: number; body: Record<string, unknown> }) => unknown, healthy: unknown, broken: unknown): Probe {
  return {
    run: async (c) => {
      await fourUsers(c);
      return read(await page(c, query));
    },
    healthy,
    broken,
  };
}

export const LIST_PROBES: Record<In<'pagination'>, Probe> = {
  'pagination/list-response/integers': observed('count=2', (a) => typeof a.body.totalResults, 'number', 'string'),
  'pagination/start-index/one-based': {
    run: async (c, e) => get(list((await page(c, 'startIndex=1&count=1')).body)[0], 'id') === e.account('primary').owner.id,
    healthy: true,
    broken: false,
  },
  'pagination/start-index/below-one': observed('startIndex=0&count=2', (a) => a.status, 200, 400),
  'pagination/start-index/beyond-total': observed('startIndex=50&count=2', (a) => a.status, 200, 404),
  'pagination/count/zero': observed('count=0', (a) => list(a.body).length, 0, 4),
  'pagination/count/negative': observed('count=-1', (a) => a.status, 200, 400),
  'pagination/count/upper-bound': observed('count=1', (a) => list(a.body).length, 1, 4),
  'pagination/count/above-max-results': observed('count=101', (a) => a.status, 200, 400),
  'pagination/items-per-page/matches-page': observed('startIndex=4&count=2', (a) => a.body.itemsPerPage, 1, 2),
  'pagination/total-results/whole-set': observed('count=1', (a) => a.body.totalResults, 4, 1),
  'pagination/total-results/filtered': {
    run: async (c) => {
      const [user] = await fourUsers(c);
      return (await page(c, filterQuery(`userName eq "${user!.userName}"`))).body.totalResults;
    },
    healthy: 1,
    broken: 4,
  },
  'pagination/stable-order': {
    run: async (c) => {
      const [first] = await fourUsers(c);
      return get(list((await page(c, 'startIndex=2&count=1')).body)[0], 'id') === first!.id;
    },
    healthy: true,
    broken: false,
  },
};

