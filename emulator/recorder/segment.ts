import type { StepName } from '../../fixtures/idp/profile-types.ts';
import type { RecordedExchange } from './recorded-exchange.ts';
import { activeSet, displayNameSet, field, membershipChange, parseJson, shapeOf, type Shape } from './request-shape.ts';

/**
 * How a recording becomes steps (README, "Recording an IdP's own traffic"):
 * 1. Every request is put in the step its action belongs to: discovery and unfiltered list reads
 *    are the connection test; a POST creates; a write setting `active` false deactivates, true
 *    (on an inactive user) reactivates, any other user write updates; a group write that adds
 *    members is add-member, one that removes them remove-member, one that only changes the name
 *    rename-group; DELETEs delete; a first write to a group the recording never created links it.
 * 2. A read travels with the write it serves: a lookup right before a POST belongs to the create,
 *    a read right before a PUT of the same resource to that PUT (read-modify-write, Okta's custom
 *    app), a read of a group right after a write to it to that write (Authentik's reconcile), and a
 *    rename that changes nothing to the membership change it comes with (Okta's).
 * 3. Consecutive requests of the same step are one occurrence; the first occurrence of each step
 *    becomes the step, later ones are counted and left out.
 */
export interface Segment {
  step: StepName;
  exchanges: RecordedExchange[];
}

export interface Segmentation {
  steps: Segment[];
  /** Later occurrences of a step already taken. */
  repeated: Segment[];
  /** Requests no step describes (e.g. /Bulk, /Me). */
  unplaced: RecordedExchange[];
}

type Placement = { own: StepName; join?: 'next' | 'previous' } | undefined;

interface GroupState {
  name: string | undefined;
  members: number;
}

class Walker {
  private readonly usersCreated = new Set<string>();
  private readonly inactive = new Set<string>();
  private readonly groups = new Map<string, GroupState>();
  private readonly linked = new Set<string>();

  constructor(
    private readonly exchanges: readonly RecordedExchange[],
    private readonly shapes: readonly Shape[],
  ) {
    for (const [i, shape] of shapes.entries()) {
      if (exchanges[i]!.method !== 'POST' || shape.resource !== 'Users') continue;
      for (const key of ['userName', 'externalId']) {
        const value = field(shape.body, key);
        if (typeof value === 'string') this.usersCreated.add(value.toLowerCase());
      }
    }
  }

  place(i: number): Placement {
    const exchange = this.exchanges[i]!;
    const shape = this.shapes[i]!;
    switch (shape.resource) {
      case 'ServiceProviderConfig':
      case 'Schemas':
      case 'ResourceTypes':
        return { own: 'connection-test' };
      case 'Users':
        return shape.id === undefined ? this.users(i, exchange, shape) : this.user(i, exchange, shape, shape.id);
      case 'Groups':
        return shape.id === undefined ? this.groupList(i, exchange, shape) : this.group(i, exchange, shape, shape.id);
    }
    return undefined;
  }

  private next(i: number): { exchange: RecordedExchange; shape: Shape } | undefined {
    const exchange = this.exchanges[i + 1];
    return exchange === undefined ? undefined : { exchange, shape: this.shapes[i + 1]! };
  }

  private writesTo(at: { exchange: RecordedExchange; shape: Shape } | undefined, resource: string, id: string | undefined): boolean {
    return at !== undefined && at.exchange.method !== 'GET' && at.shape.resource === resource && at.shape.id !== undefined && (id === undefined || at.shape.id === id);
  }

  private putsTo(at: { exchange: RecordedExchange; shape: Shape } | undefined, resource: string, id: string): boolean {
    return at?.exchange.method === 'PUT' && this.writesTo(at, resource, id);
  }

  private users(i: number, exchange: RecordedExchange, shape: Shape): Placement {
    if (exchange.method === 'POST') return { own: 'create-user' };
    if (exchange.method !== 'GET' || !shape.filtered) return { own: 'connection-test' };
    const next = this.next(i);
    if (next?.exchange.method === 'POST' && next.shape.resource === 'Users' && next.shape.id === undefined) return { own: 'create-user', join: 'next' };
    const value = shape.filter?.value.toLowerCase();
    const total = field(parseJson(exchange.responseBody), 'totalResults');
    // A lookup of nobody the IdP creates, matching nothing, is a probe: Entra's random GUID (IDP-SHAPES.md 3.2).
    return (value !== undefined && this.usersCreated.has(value)) || (typeof total === 'number' && total > 0) ? { own: 'find-user' } : { own: 'connection-test' };
  }

  private user(i: number, exchange: RecordedExchange, shape: Shape, id: string): Placement {
    switch (exchange.method) {
      case 'GET':
        if (this.putsTo(this.next(i), 'Users', id)) return { own: 'read-user', join: 'next' };
        return { own: this.inactive.has(id) ? 'read-deactivated-user' : 'read-user' };
      case 'DELETE':
        return { own: 'delete-user' };
    }
    const active = activeSet(exchange.method, shape);
    if (active === false) {
      this.inactive.add(id);
      return { own: 'deactivate-user' };
    }
    if (active === true && this.inactive.delete(id)) return { own: 'reactivate-user' };
    return { own: 'update-user' };
  }

  private groupList(i: number, exchange: RecordedExchange, shape: Shape): Placement {
    if (exchange.method === 'POST') {
      const id = field(parseJson(exchange.responseBody), 'id');
      const members = field(shape.body, 'members');
      if (typeof id === 'string') this.groups.set(id, { name: displayNameSet('PUT', shape), members: Array.isArray(members) ? members.length : 0 });
      return { own: 'create-group' };
    }
    const next = this.next(i);
    if (shape.filtered) {
      return next?.exchange.method === 'POST' && next.shape.resource === 'Groups' && next.shape.id === undefined ? { own: 'create-group', join: 'next' } : { own: 'find-group' };
    }
    // Okta's Link Group picks the group from its cached list, then pushes to it (IDP-SHAPES.md 2.7).
    if (this.writesTo(next, 'Groups', undefined) && !this.groups.has(next!.shape.id!)) return { own: 'link-group', join: 'next' };
    return { own: 'connection-test' };
  }

  private group(i: number, exchange: RecordedExchange, shape: Shape, id: string): Placement {
    const previous = i > 0 ? { exchange: this.exchanges[i - 1]!, shape: this.shapes[i - 1]! } : undefined;
    const next = this.next(i);
    if (exchange.method === 'GET') {
      if (this.writesTo(previous, 'Groups', id)) return { own: 'find-group', join: 'previous' };
      if (this.putsTo(next, 'Groups', id)) return { own: 'find-group', join: 'next' };
      return { own: 'find-group' };
    }
    if (exchange.method === 'DELETE') return { own: 'delete-group' };
    const state = this.groups.get(id);
    if (state === undefined && !this.linked.has(id)) {
      this.linked.add(id);
      return { own: 'link-group' };
    }
    return this.groupWrite(exchange, shape, state ?? { name: undefined, members: 0 }, this.writesTo(next, 'Groups', id));
  }

  private groupWrite(exchange: RecordedExchange, shape: Shape, state: GroupState, beforeAnotherWrite: boolean): Placement {
    const name = displayNameSet(exchange.method, shape);
    const renamed = name !== undefined && name !== state.name;
    if (name !== undefined) state.name = name;
    const change = membershipChange(exchange.method, shape);
    if (change === 'add') {
      state.members += 1;
      return { own: 'add-member' };
    }
    if (change === 'remove') {
      state.members = Math.max(0, state.members - 1);
      return { own: 'remove-member' };
    }
    if (change === 'replace') {
      // A whole member list (Okta's push, a PUT): fewer members than before is a removal, otherwise an addition.
      const count = replacedMemberCount(exchange.method, shape) ?? state.members;
      const shrank = count < state.members;
      state.members = count;
      return { own: shrank ? 'remove-member' : 'add-member' };
    }
    if (renamed) return { own: 'rename-group' };
    return beforeAnotherWrite ? { own: 'rename-group', join: 'next' } : { own: 'rename-group' };
  }
}

function replacedMemberCount(method: string, shape: Shape): number | undefined {
  if (method === 'PUT') {
    const members = field(shape.body, 'members');
    return Array.isArray(members) ? members.length : undefined;
  }
  const op = shape.operations.find((o) => o.op === 'replace' && (o.path === undefined ? field(o.value, 'members') !== undefined : o.path.toLowerCase() === 'members'));
  const value = op?.path === undefined ? field(op?.value, 'members') : op.value;
  return Array.isArray(value) ? value.length : undefined;
}

export function segment(exchanges: readonly RecordedExchange[]): Segmentation {
  const shapes = exchanges.map(shapeOf);
  const walker = new Walker(exchanges, shapes);
  const placements = exchanges.map((_, i) => walker.place(i));
  const steps: Array<StepName | undefined> = placements.map((p) => p?.own);
  // Joins: to the right first (chains of reads before a write), then to the left.
  for (let i = placements.length - 1; i >= 0; i--) if (placements[i]?.join === 'next' && steps[i + 1] !== undefined) steps[i] = steps[i + 1];
  for (let i = 0; i < placements.length; i++) if (placements[i]?.join === 'previous' && i > 0 && steps[i - 1] !== undefined) steps[i] = steps[i - 1];

  const result: Segmentation = { steps: [], repeated: [], unplaced: [] };
  let current: Segment | undefined;
  for (const [i, exchange] of exchanges.entries()) {
    const step = steps[i];
    if (step === undefined) {
      result.unplaced.push(exchange);
      current = undefined;
      continue;
    }
    if (current?.step !== step) {
      current = { step, exchanges: [] };
      (result.steps.some((s) => s.step === step) ? result.repeated : result.steps).push(current);
    }
    current.exchanges.push(exchange);
  }
  return result;
}
