import type { RecordedExchange } from './recorded-exchange.ts';
import { displayNameSet, field, isRecord, parseJson, shapeOf } from './request-shape.ts';

/**
 * The values the harness generates afresh for every replay (ids, userName, names), found in a
 * recording and turned back into the replay engine's placeholders. The first user the IdP creates
 * is `user`, the first group `group`; other people and groups stay as recorded.
 */
export interface Binding {
  /** The replay engine's variable, e.g. `user.userName`. */
  name: string;
  value: string;
  /** Long, unique values (ids, userName, external ids) are replaced wherever they occur; names only where a whole value equals them. */
  anywhere: boolean;
}

const MIN_ANYWHERE = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

class Found {
  readonly bindings: Binding[] = [];

  add(name: string, value: unknown, anywhere = false): void {
    const found = text(value);
    if (found === undefined || this.bindings.some((b) => b.name === name || b.value === found)) return;
    this.bindings.push({ name, value: found, anywhere: anywhere && found.length >= MIN_ANYWHERE });
  }

  has(name: string): boolean {
    return this.bindings.some((b) => b.name === name);
  }

  value(name: string): string | undefined {
    return this.bindings.find((b) => b.name === name)?.value;
  }
}

export function findBindings(exchanges: readonly RecordedExchange[]): Binding[] {
  const found = new Found();
  const shapes = exchanges.map(shapeOf);
  const firstUser = exchanges.findIndex((e, i) => e.method === 'POST' && shapes[i]!.resource === 'Users');
  if (firstUser >= 0) {
    const body = shapes[firstUser]!.body;
    found.add('user.id', field(parseJson(exchanges[firstUser]!.responseBody), 'id'), true);
    found.add('user.userName', field(body, 'userName'), true);
    found.add('user.externalId', field(body, 'externalId'), true);
    found.add('user.displayName', field(body, 'displayName'));
    found.add('user.givenName', field(field(body, 'name'), 'givenName'));
    found.add('user.familyName', field(field(body, 'name'), 'familyName'));
    found.add('user.password', field(body, 'password'));
  } else {
    // No create was recorded: the IdP linked to a user it looked up.
    const lookup = shapes.find((s) => s.resource === 'Users' && s.filter?.attribute.toLowerCase() === 'username');
    found.add('user.userName', lookup?.filter?.value, true);
  }
  const firstGroup = exchanges.findIndex((e, i) => e.method === 'POST' && shapes[i]!.resource === 'Groups' && shapes[i]!.id === undefined);
  if (firstGroup >= 0) {
    const body = shapes[firstGroup]!.body;
    found.add('group.id', field(parseJson(exchanges[firstGroup]!.responseBody), 'id'), true);
    found.add('group.displayName', field(body, 'displayName'));
    found.add('group.externalId', field(body, 'externalId'), true);
  } else {
    linkedGroup(exchanges, found);
  }
  for (const [i, exchange] of exchanges.entries()) {
    const shape = shapes[i]!;
    if (shape.resource === 'Groups' && shape.id !== undefined && shape.id === found.value('group.id')) {
      const name = displayNameSet(exchange.method, shape);
      if (name !== undefined && name !== found.value('group.displayName')) found.add('group.newDisplayName', name);
    }
    if (shape.resource === 'Users' && shape.id !== undefined && shape.id === found.value('user.id') && exchange.method !== 'GET') {
      const given = givenNameSet(exchange.method, shape.body, shape.operations);
      if (given !== undefined && given !== found.value('user.givenName')) found.add('user.newGivenName', given);
    }
    // Entra's connection test looks up a random GUID (IDP-SHAPES.md 3.2).
    const probed = shape.filter?.value;
    if (probed !== undefined && UUID.test(probed) && !found.bindings.some((b) => b.value === probed)) found.add('random.guid', probed, true);
  }
  return found.bindings;
}

/** A group the IdP linked instead of creating (Okta's Link Group): its id from the write, its name from the list it was picked from. */
function linkedGroup(exchanges: readonly RecordedExchange[], found: Found): void {
  const write = exchanges.map(shapeOf).find((s, i) => s.resource === 'Groups' && s.id !== undefined && exchanges[i]!.method !== 'GET');
  if (write?.id === undefined) return;
  for (const exchange of exchanges) {
    const resources = field(parseJson(exchange.responseBody), 'Resources');
    const listed = Array.isArray(resources) ? resources.find((r) => isRecord(r) && r.id === write.id) : undefined;
    if (listed !== undefined) {
      found.add('group.id', write.id, true);
      found.add('group.displayName', field(listed, 'displayName'));
      return;
    }
  }
}

function givenNameSet(method: string, body: unknown, operations: ReturnType<typeof shapeOf>['operations']): string | undefined {
  if (method === 'PUT') return text(field(field(body, 'name'), 'givenName'));
  for (const { path, value } of operations) {
    if (path?.toLowerCase() === 'name.givenname') return text(value);
    if (path?.toLowerCase() === 'name') return text(field(value, 'givenName'));
    if (path === undefined) return text(field(value, 'name.givenName')) ?? text(field(field(value, 'name'), 'givenName'));
  }
  return undefined;
}

/** Longest first, so a value that contains another is replaced whole. */
function ordered(bindings: readonly Binding[]): Binding[] {
  return [...bindings].sort((a, b) => b.value.length - a.value.length);
}

export function templateString(value: string, bindings: readonly Binding[]): string {
  const whole = bindings.find((b) => b.value === value);
  if (whole !== undefined) return `{{${whole.name}}}`;
  let out = value;
  for (const b of ordered(bindings)) if (b.anywhere) out = out.split(b.value).join(`{{${b.name}}}`);
  return out;
}

export function templateJson(value: unknown, bindings: readonly Binding[]): unknown {
  if (typeof value === 'string') return templateString(value, bindings);
  if (Array.isArray(value)) return value.map((item) => templateJson(item, bindings));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, templateJson(item, bindings)]));
  return value;
}

/** Paths hold ids; they are replaced as sent and as percent-encoded. */
export function templatePath(path: string, bindings: readonly Binding[]): string {
  let out = path;
  for (const b of ordered(bindings)) {
    if (!b.anywhere) continue;
    out = out.split(encodeURIComponent(b.value)).join(`{{${b.name}}}`).split(b.value).join(`{{${b.name}}}`);
  }
  return out;
}

/**
 * A query keeps the IdP's encoding: a value sent percent-encoded gets `|uri`, with spaces as `+`
 * gets `|form`, sent as is gets no encoder. A value that needs no encoding takes the style of the rest
 * of the query (`+` anywhere: form), so a fresh value with spaces is encoded the IdP's way. Names are
 * replaced only as a whole quoted value (`displayName eq "..."`).
 */
export function templateQuery(query: string, bindings: readonly Binding[]): string {
  const formStyle = query.includes('+');
  let out = query;
  for (const b of ordered(bindings)) {
    const uri = encodeURIComponent(b.value);
    const form = uri.replace(/%20/g, '+');
    const style = formStyle ? 'form' : 'uri';
    const encoded: Array<[string, string]> = uri === form ? [[uri, style]] : [[form, 'form'], [uri, 'uri']];
    const forms: Array<[string, string]> = uri === b.value ? [[b.value, style]] : [...encoded, [b.value, '']];
    for (const [sent, encoder] of forms) {
      const placeholder = `{{${b.name}${encoder === '' ? '' : `|${encoder}`}}}`;
      if (b.anywhere) out = out.split(sent).join(placeholder);
      else for (const quote of ['%22', '"']) out = out.split(`${quote}${sent}${quote}`).join(`${quote}${placeholder}${quote}`);
    }
  }
  return out;
}
