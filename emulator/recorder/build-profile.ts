import { STEP_NAMES, type IdpProfileFile, type Step, type StepName, type StepRequest } from '../../fixtures/idp/profile-types.ts';
import { findBindings, templateJson, templatePath, templateQuery, type Binding } from './bindings.ts';
import type { RecordedExchange } from './recorded-exchange.ts';
import { field, parseJson, shapeOf } from './request-shape.ts';
import { segment, type Segment } from './segment.ts';

/**
 * A recording as an IdP profile in the format of fixtures/idp/<idp>/<variant>.json: steps cut by the
 * rule in segment.ts, the harness's generated values back as placeholders (bindings.ts), the headers
 * the IdP sent alike on every request, and for each request the status the emulator answered. The
 * `because` of each expectation and the summary of each step are for a person to rewrite.
 */
export type RecordedIdp = 'okta' | 'entra' | 'authentik';

export interface RecordingMeta {
  idp: RecordedIdp;
  variant: string;
  title?: string;
}

export type RecordedProfile = { $schema: string } & IdpProfileFile;

export interface BuiltProfile {
  profile: RecordedProfile;
  /** What a person should know: steps left out, requests no step describes, bodies that are not JSON. */
  notes: string[];
}

/** Where a profile sits once moved to fixtures/idp/<idp>/. */
const SCHEMA_REF = '../../../schemas/harness/idp-profile.schema.json';

const IDP_NAMES: Record<RecordedIdp, string> = { okta: 'Okta', entra: 'Entra', authentik: 'Authentik' };

const SUMMARIES: Record<StepName, string> = {
  'connection-test': 'Connection test',
  'find-user': 'Look up a user',
  'create-user': 'Create a user',
  'read-user': 'Read a user',
  'update-user': 'Update a user',
  'deactivate-user': 'Deactivate a user',
  'read-deactivated-user': 'Read a deactivated user',
  'reactivate-user': 'Reactivate a user',
  'delete-user': 'Delete a user',
  'find-group': 'Look up a group',
  'create-group': 'Create a group',
  'link-group': 'Link an existing group',
  'add-member': 'Add a group member',
  'remove-member': 'Remove a group member',
  'rename-group': 'Rename a group',
  'delete-group': 'Delete a group',
};

/** The state a step starts from, beyond the resources it names: recorded steps that must run first. */
const STARTS_AFTER: Partial<Record<StepName, StepName[]>> = {
  'read-deactivated-user': ['deactivate-user'],
  'reactivate-user': ['deactivate-user'],
  'remove-member': ['add-member'],
};

/** Headers sent with the same value on every request that carried them; per-request values (ids, traces) are not the IdP's shape. */
function commonHeaders(exchanges: readonly RecordedExchange[]): Record<string, string> {
  const values = new Map<string, Set<string>>();
  for (const exchange of exchanges) {
    for (const [name, value] of exchange.headers) values.set(name, (values.get(name) ?? new Set()).add(value));
  }
  const headers: Record<string, string> = {};
  for (const [name, seen] of values) {
    if (seen.size === 1) headers[name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase())] = [...seen][0]!;
  }
  return headers;
}

interface Producer {
  variable: string;
  kind: 'Users' | 'Groups';
}

/** The id variable a request's response yields: a created resource, or one picked from a list (a linked group). */
function produced(exchange: RecordedExchange, bindings: readonly Binding[], extras: { count: number }): { capture: StepRequest['capture']; track?: StepRequest['track']; producer?: Producer } {
  const shape = shapeOf(exchange);
  const kind = shape.resource === 'Users' ? 'Users' : shape.resource === 'Groups' ? 'Groups' : undefined;
  if (kind === undefined || shape.id !== undefined) return { capture: undefined };
  const namespace = kind === 'Users' ? 'user' : 'group';
  const id = field(parseJson(exchange.responseBody), 'id');
  if (exchange.method === 'POST') {
    const variable = typeof id === 'string' && bindings.some((b) => b.name === `${namespace}.id` && b.value === id) ? `${namespace}.id` : `recorded${++extras.count}.id`;
    return { capture: { [variable]: 'id' }, track: { kind, from: variable }, producer: { variable, kind } };
  }
  const groupId = bindings.find((b) => b.name === 'group.id')?.value;
  const resources = field(parseJson(exchange.responseBody), 'Resources');
  if (kind === 'Groups' && exchange.method === 'GET' && groupId !== undefined && Array.isArray(resources) && resources.some((r) => field(r, 'id') === groupId)) {
    return { capture: { 'group.id': { in: 'Resources', where: { displayName: '{{group.displayName}}' }, take: 'id' } }, producer: { variable: 'group.id', kind } };
  }
  return { capture: undefined };
}

function requestOf(exchange: RecordedExchange, idpName: string, bindings: readonly Binding[], capture: Pick<StepRequest, 'capture' | 'track'>, notes: string[], where: string): StepRequest {
  // In the order the hand-written profiles use: the request, what is kept of the answer, what the IdP needs.
  const request: Partial<StepRequest> = { method: exchange.method, path: templatePath(exchange.path, bindings) };
  if (exchange.query !== '') request.query = templateQuery(exchange.query, bindings);
  if (exchange.body.trim() !== '') {
    const json = parseJson(exchange.body);
    if (json === undefined) notes.push(`${where} has a body that is not JSON; the replay engine sends JSON bodies only, so it was left out.`);
    else request.body = templateJson(json, bindings);
  }
  if (capture.capture !== undefined) request.capture = capture.capture;
  if (capture.track !== undefined) request.track = capture.track;
  return {
    ...request,
    method: exchange.method,
    path: request.path!,
    expect: [{ status: [exchange.status], because: `Recorded: the endpoint answered ${exchange.status} and ${idpName} went on. Say what ${idpName} needs from this answer and what breaks for it otherwise.` }],
  };
}

function variablesUsed(step: Step): string[] {
  return [...JSON.stringify(step.requests).matchAll(/\{\{([\w]+\.[\w]+)/g)].map((m) => m[1]!);
}

export function buildProfile(exchanges: readonly RecordedExchange[], meta: RecordingMeta): BuiltProfile {
  const idpName = IDP_NAMES[meta.idp];
  const { steps: segments, repeated, unplaced } = segment(exchanges);
  const bindings = findBindings(exchanges);
  const notes: string[] = [];
  const producers = new Map<string, StepName>();
  const extras = { count: 0 };
  const built = new Map<StepName, Step>();
  const order = segments.map((s) => s.step);

  for (const seg of segments) {
    const requests = seg.exchanges.map((exchange, i) => {
      const made = produced(exchange, bindings, extras);
      if (made.producer !== undefined && !producers.has(made.producer.variable)) producers.set(made.producer.variable, seg.step);
      return requestOf(exchange, idpName, bindings, made, notes, `"${seg.step}", request ${i + 1}`);
    });
    built.set(seg.step, { summary: `${SUMMARIES[seg.step]} (recorded)`, requests });
  }

  // given: every recorded step that produced an id this step names, and the state it starts from, with their own given first, in recorded order.
  const direct = (name: StepName): StepName[] => {
    const step = built.get(name)!;
    const needed = new Set<StepName>();
    for (const variable of variablesUsed(step)) {
      const producer = producers.get(variable);
      if (producer !== undefined && producer !== name) needed.add(producer);
    }
    for (const before of STARTS_AFTER[name] ?? []) if (built.has(before)) needed.add(before);
    return [...needed];
  };
  const closure = (name: StepName, seen: Set<StepName>): Set<StepName> => {
    for (const dependency of direct(name)) {
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      closure(dependency, seen);
    }
    return seen;
  };
  for (const [name, step] of built) {
    const given = [...closure(name, new Set())].filter((s) => s !== name).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (given.length > 0) built.set(name, { summary: step.summary, given, requests: step.requests });
  }

  if (repeated.length > 0) notes.push(`Left out, as steps already recorded once: ${summarise(repeated)}.`);
  if (unplaced.length > 0) notes.push(`Left out, as no step describes them: ${unplaced.map((e) => `${e.method} ${e.path}`).join(', ')}.`);
  const never: Partial<Record<StepName, string>> = {};
  for (const name of STEP_NAMES) {
    if (!built.has(name)) never[name] = `Not recorded: ${idpName} did not take this step while recording. Say why it never does, or record it.`;
  }
  const steps: Partial<Record<StepName, Step>> = {};
  for (const name of STEP_NAMES) if (built.has(name)) steps[name] = built.get(name)!;
  const profile: RecordedProfile = {
    $schema: SCHEMA_REF,
    idp: meta.idp,
    variant: meta.variant,
    title: meta.title ?? `${idpName} (${meta.variant}, recorded)`,
    refs: [],
    headers: commonHeaders(exchanges),
    unassign: built.has('deactivate-user') || !built.has('delete-user') ? 'deactivate-user' : 'delete-user',
    never,
    steps,
  };
  return { profile, notes };
}

function summarise(segments: readonly Segment[]): string {
  const counts = new Map<StepName, number>();
  for (const s of segments) counts.set(s.step, (counts.get(s.step) ?? 0) + 1);
  return [...counts].map(([step, n]) => `${step} ×${n}`).join(', ');
}
