import type { RecordedExchange } from './recorded-exchange.ts';

/** What the recorder reads out of a recorded request: its resource, id, body and PATCH operations. */
export interface Shape {
  resource: string | undefined;
  id: string | undefined;
  body: unknown;
  operations: Array<{ op: string; path: string | undefined; value: unknown }>;
  /** The `<attribute> eq "<value>"` of a filtered list read. */
  filter: { attribute: string; value: string } | undefined;
  /** Whether the query carries a filter at all (also one this reader cannot take apart). */
  filtered: boolean;
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key of an object, matched case-insensitively as RFC 7643 §2.1 names attributes. */
export function field(value: unknown, name: string): unknown {
  if (!isRecord(value)) return undefined;
  const key = Object.keys(value).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : value[key];
}

export function shapeOf(exchange: RecordedExchange): Shape {
  let segments: string[];
  try {
    segments = exchange.path.split('/').filter((s) => s !== '').map(decodeURIComponent);
  } catch {
    segments = [];
  }
  const body = parseJson(exchange.body);
  const rawOperations = field(body, 'Operations');
  const operations = Array.isArray(rawOperations)
    ? rawOperations.filter(isRecord).map((o) => ({ op: String(field(o, 'op') ?? '').toLowerCase(), path: typeof field(o, 'path') === 'string' ? (field(o, 'path') as string) : undefined, value: field(o, 'value') }))
    : [];
  const expression = new URLSearchParams(exchange.query).get('filter');
  const match = expression === null ? null : /^\s*([\w.:]+)\s+eq\s+"(.*)"\s*$/i.exec(expression);
  return {
    resource: segments[0],
    id: segments[1],
    body,
    operations,
    filter: match === null ? undefined : { attribute: match[1]!, value: match[2]! },
    filtered: expression !== null,
  };
}

/** `false`, `"False"` and `"false"` alike: Entra sends booleans as strings (IDP-SHAPES.md 3.6). */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

/** The `active` a user write sets, if it sets one: PUT bodies, PATCH paths, path-less PATCH values. */
export function activeSet(method: string, shape: Shape): boolean | undefined {
  if (method === 'PUT') return asBoolean(field(shape.body, 'active'));
  for (const { op, path, value } of shape.operations) {
    if (op === 'remove') continue;
    if (path?.toLowerCase() === 'active') return asBoolean(value);
    if (path === undefined) {
      const set = asBoolean(field(value, 'active'));
      if (set !== undefined) return set;
    }
  }
  return undefined;
}

/** The displayName a group write sets, if it sets one. */
export function displayNameSet(method: string, shape: Shape): string | undefined {
  if (method === 'PUT') return stringOf(field(shape.body, 'displayName'));
  for (const { op, path, value } of shape.operations) {
    if (op !== 'replace' && op !== 'add') continue;
    if (path?.toLowerCase() === 'displayname') return stringOf(value);
    if (path === undefined) {
      const name = stringOf(field(value, 'displayName'));
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/** How a group write changes membership: members added, removed, or the list replaced. */
export function membershipChange(method: string, shape: Shape): 'add' | 'remove' | 'replace' | undefined {
  if (method === 'PUT') return field(shape.body, 'members') === undefined ? undefined : 'replace';
  let change: 'add' | 'remove' | 'replace' | undefined;
  for (const { op, path, value } of shape.operations) {
    const onMembers = path === undefined ? field(value, 'members') !== undefined : /^members(\[|$|\.)/i.test(path);
    if (!onMembers) continue;
    if (op === 'add') return 'add';
    change ??= op === 'remove' ? 'remove' : 'replace';
  }
  return change;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
