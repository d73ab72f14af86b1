import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator, type EmulatorRequest } from '../../emulator/index.ts';
import { GROUP_URN, PATCH_URN, USER_URN } from './support.ts';

/**
 * Generated requests against every account (current, legacy, reference presets): each must get an
 * answer below 500 (but the 501 of an unsupported /Me or /Bulk), and the handler must never throw. The generator is seeded, so a failure names the
 * request that caused it and reproduces with the same seed.
 */
const REQUESTS = 10_000;
const SEED = 20261207;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  readonly #random: () => number;
  constructor(seed: number) {
    this.#random = prng(seed);
  }
  int(max: number): number {
    return Math.floor(this.#random() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.#random() < p;
  }
  text(max = 12): string {
    const alphabet = 'aZ09 "\'\\[]().,:;*%$&|<>-_=+\u00e9\u4e2d\ud83d\ude00\u0000\n';
    return Array.from({ length: this.int(max) }, () => alphabet[this.int(alphabet.length)]).join('');
  }
  /** Any JSON value, nested up to `depth`. */
  value(depth = 3): unknown {
    const kind = this.int(depth > 0 ? 8 : 6);
    switch (kind) {
      case 0: return null;
      case 1: return this.chance(0.5);
      case 2: return this.pick([0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308]);
      case 3: return this.text();
      case 4: return this.pick(['True', 'False', 'false', '', 'urn:ietf:params:scim:schemas:core:2.0:User']);
      case 5: return this.pick([USER_URN, GROUP_URN, PATCH_URN]);
      case 6: return Array.from({ length: this.int(4) }, () => this.value(depth - 1));
      default: return Object.fromEntries(Array.from({ length: this.int(4) }, () => [this.pick(ATTRIBUTES), this.value(depth - 1)]));
    }
  }
}

const ATTRIBUTES = ['userName', 'USERNAME', 'active', 'name', 'givenName', 'familyName', 'emails', 'value', 'type', 'primary', 'displayName', 'externalId', 'members', 'groups', 'id', 'meta', 'schemas', 'password', '$ref', 'Operations', 'op', 'path', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', 'x'];
const PATHS = ['members', 'members[value eq "x"]', 'members[value eq "x"].display', 'active', 'userName', 'name.givenName', 'emails[type eq "work"].value', 'emails[type eq', 'urn:ietf:params:scim:schemas:core:2.0:User:userName', 'meta.created', 'id', '', '[]', 'a.b.c.d', 'displayName', 'externalId'];
const FILTERS = ['userName eq "a"', 'displayName eq "x"', 'externalId eq "1"', 'userName sw "scim"', 'emails[type eq "work" and value co "@"]', 'not (active eq true)', 'meta.lastModified gt "2020-01-01T00:00:00Z"', 'userName eq', '((((', 'userName eq "a" or', 'x y z', 'members[value eq "1"]', 'id pr', 'userName eq "a\\"b"', 'userName EQ "A" AND active eq true', 'name.givenName le 5', 'emails co "\u0000"', '"', ''];

function resourcePath(g: Generator, ids: readonly string[]): string {
  const id = ids.length > 0 && g.chance(0.6) ? g.pick(ids) : g.pick(['unknown', '00000000-0000-0000-0000-000000000000', '..', '%2e%2e', '%zz', 'a/b', 'cloudflare-v1-x', g.text(6)]);
  // Byte by byte: the generator makes lone surrogates too, which encodeURIComponent refuses.
  return [...Buffer.from(id, 'utf8')].map((b) => (/[\w.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
}

function bodyFor(g: Generator, endpoint: string, method: string): string | undefined {
  if (method === 'GET' || method === 'DELETE') return g.chance(0.1) ? g.text(20) : undefined;
  if (g.chance(0.08)) return g.pick(['{', '[]', 'null', '"x"', '{"userName":', '\u00ff\u00fe', '{}'.repeat(3), '['.repeat(200) + ']'.repeat(200)]);
  if (endpoint === 'Users' || endpoint === 'Groups') {
    if (method === 'PATCH') {
      const ops = Array.from({ length: g.int(4) }, () => {
        const op: Record<string, unknown> = { op: g.pick(['add', 'remove', 'replace', 'Add', 'Replace', 'Remove', 'explode', 5]) };
        if (g.chance(0.8)) op.path = g.pick(PATHS);
        if (g.chance(0.8)) op.value = g.value();
        return op;
      });
      return JSON.stringify(g.chance(0.9) ? { schemas: g.chance(0.9) ? [PATCH_URN] : g.value(), Operations: g.chance(0.9) ? ops : g.value() } : g.value());
    }
    const base: Record<string, unknown> = endpoint === 'Users'
      ? { schemas: [USER_URN], userName: g.chance(0.8) ? `fuzz-${g.int(50)}@example.com` : g.value(1) }
      : { schemas: [GROUP_URN], displayName: g.chance(0.8) ? `Fuzz ${g.int(50)}` : g.value(1) };
    for (let i = g.int(4); i > 0; i--) base[g.pick(ATTRIBUTES)] = g.value();
    return JSON.stringify(base);
  }
  return JSON.stringify(g.value());
}

function request(g: Generator, base: string, ids: readonly string[]): EmulatorRequest {
  const method = g.chance(0.03) ? g.pick(['HEAD', 'OPTIONS', 'TRACE']) : g.pick(['GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'PATCH', 'DELETE']);
  const endpoint = g.chance(0.7) ? g.pick(['Users', 'Groups']) : g.pick(['ServiceProviderConfig', 'ResourceTypes', 'Schemas', 'Bulk', 'Me', '.search', 'Users/.search', g.text(5)]);
  const withId = (endpoint === 'Users' || endpoint === 'Groups') && (method !== 'POST' || g.chance(0.1)) && g.chance(0.7);
  const path = `${base}/${endpoint}${withId ? `/${resourcePath(g, ids)}` : ''}`;
  const query = new URLSearchParams();
  if (g.chance(0.4)) query.set('filter', g.pick(FILTERS));
  if (g.chance(0.2)) query.set('startIndex', String(g.pick([0, -5, 1, 2, 1e9, 'x', ''])));
  if (g.chance(0.2)) query.set('count', String(g.pick([0, -1, 1, 10, 1e9, 'x', ''])));
  if (g.chance(0.15)) query.set(g.pick(['attributes', 'excludedAttributes', 'sortBy', 'sortOrder']), g.pick(['userName', 'members', 'x', 'descending', '', 'emails.value,name']));
  const body = bodyFor(g, endpoint.split('/')[0]!, method) ?? '';
  const headers: Record<string, string> = {};
  const auth = g.chance(0.85) ? 'good' : g.pick(['none', 'bad', 'basic']);
  if (auth !== 'none') headers.authorization = auth === 'bad' ? 'Bearer nope' : auth === 'basic' ? 'Basic Zm9vOmJhcg==' : 'TOKEN';
  if (body !== '' || g.chance(0.1)) headers['content-type'] = g.chance(0.8) ? 'application/scim+json' : g.pick(['application/scim+json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', '']);
  if (g.chance(0.1)) headers['if-match'] = g.pick(['*', 'W/"1"', '"x"', '']);
  return {
    method,
    path,
    query,
    rawQuery: query.toString(),
    headers: { get: (name) => headers[name.toLowerCase()] },
    body,
    invalidUtf8: g.chance(0.01),
    origin: 'http://fuzz.test',
  };
}

/** RFC 7644 §3.11 and §3.7: an unsupported /Me or /Bulk is answered 501, by design. */
function notImplemented(req: EmulatorRequest, status: number): boolean {
  return status === 501 && /\/(Me|Bulk)$/.test(req.path);
}

describe('fuzzing the emulator', () => {
  it(`${REQUESTS} generated requests: no exception, no 5xx`, async (t) => {
    const emulator = new Emulator();
    const g = new Generator(SEED);
    const accounts = emulator.accounts;
    const ids: string[] = [];
    const statuses = new Map<number, number>();
    for (let n = 0; n < REQUESTS; n++) {
      const account = g.pick(accounts);
      const req = request(g, account.scimBasePath, ids);
      const authorization = req.headers.get('authorization');
      const token = authorization === 'TOKEN' ? `Bearer ${g.chance(0.9) ? account.tokens.scim : account.tokens.readOnly}` : authorization;
      const sent: EmulatorRequest = { ...req, headers: { get: (name) => (name.toLowerCase() === 'authorization' ? token : req.headers.get(name)) } };
      const described = `request ${n} (seed ${SEED}): ${sent.method} ${sent.path}?${sent.rawQuery} ${sent.body.slice(0, 200)}`;
      const response = await emulator.handle(sent).catch((error: unknown) => assert.fail(`${described} threw ${String(error)}`));
      assert.ok(response.status < 500 || notImplemented(sent, response.status), `${described} answered ${response.status}: ${response.body?.slice(0, 500)}`);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 201 && response.body !== undefined) {
        const id = (JSON.parse(response.body) as { id?: unknown }).id;
        if (typeof id === 'string') ids.push(id);
      }
      // The stores grow without bound otherwise; a reset now and then also fuzzes reset against live ids.
      if (n % 2_000 === 1_999) emulator.reset();
    }
    t.diagnostic(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
    // The fuzz must reach the handlers, not only the authentication in front of them.
    for (const status of [200, 201, 400, 401, 404]) assert.ok((statuses.get(status) ?? 0) > 0, `no request answered ${status}: ${JSON.stringify([...statuses])}`);
  });
});
