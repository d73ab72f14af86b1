import { randomUUID } from 'node:crypto';
import type { Vars } from '../../fixtures/idp/template.ts';
import { BudgetExceededError, ScimClient, TransportError } from '../client/index.ts';
import { planDirectory, type DirectoryShape } from './directory.ts';
import { forEachConcurrently } from './pool.ts';
import { Progress } from './progress.ts';
import { replayAction } from './replay.ts';
import { loadShapes, type LoadAction } from './shapes.ts';
import { LoadStats, type OperationSummary } from './stats.ts';
import { verifyEndState, type Verification } from './verify.ts';

export interface LoadOptions extends DirectoryShape {
  idp: string;
  variant: string;
  concurrency: number;
  baseUrl: string;
  token: string;
  /** Run prefix of every user and group created (userName `<prefix>-<n>@example.com`). */
  prefix: string;
  /** Requests at most; undefined: no budget. */
  budget: number | undefined;
  /** Members per PATCH in the initial sync (1: the IdP's template as is). */
  memberBatch: number;
  /** Retries of 429/503 per request, honouring Retry-After (RFC 6585 §4, RFC 9110 §10.2.3). */
  maxRetries: number;
  quiet: boolean;
}

export interface PhaseResult {
  phase: string;
  actions: number;
  requests: number;
  seconds: number;
}

export interface LoadResult {
  options: Omit<LoadOptions, 'token'>;
  shapes: Record<LoadAction, string>;
  phases: PhaseResult[];
  seconds: number;
  requests: number;
  throughput: number;
  operations: OperationSummary[];
  errorsByStatus: Record<string, number>;
  /** Actions not sent because an earlier one they depend on failed (e.g. a member add for a user never created). */
  skipped: number;
  /** Set when the run stopped early: the request budget was spent. */
  stoppedBy: string | undefined;
  verification: Verification | undefined;
  peakRssBytes: number;
  /** CPU time of the load process during the run: on a shared machine, a figure that waiting does not inflate. */
  cpuSeconds: number;
}

/**
 * The load profile: an IdP's initial cycle (find and create every user, create every group, add
 * every member), then a change wave (deactivations, membership moves), then the end state read back
 * and compared with what was sent. Every request is shaped by the IdP profile (fixtures/idp).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const shapes = loadShapes(options.idp, options.variant);
  const plan = planDirectory(options.prefix, options);
  const stats = new LoadStats();
  const client = new ScimClient({
    baseUrl: options.baseUrl,
    token: options.token,
    connections: options.concurrency,
    retry: { maxRetries: options.maxRetries },
    ...(options.budget === undefined ? {} : { budget: { maxRequests: options.budget } }),
  });
  const shared: Vars = { 'random.guid': randomUUID() };
  const phases: PhaseResult[] = [];
  let skipped = 0;
  let stoppedBy: string | undefined;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();

  const send = async (action: LoadAction, vars: Vars, needs: readonly string[], more: readonly Vars[] = []): Promise<void> => {
    const ready = [vars, ...more].filter((v) => needs.every((name) => typeof v[name] === 'string'));
    skipped += 1 + more.length - ready.length;
    const [first, ...rest] = ready;
    if (first === undefined) return;
    try {
      await replayAction(client, shapes[action], first, (sent) => stats.record(sent), rest);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      stats.transportErrors++;
    }
  };

  const phase = async (name: string, count: number, job: (i: number) => Promise<void>): Promise<void> => {
    if (stoppedBy !== undefined) return;
    const before = stats.requests;
    const t0 = performance.now();
    const progress = new Progress(name, count, options.quiet);
    try {
      await forEachConcurrently(count, options.concurrency, async (i) => {
        await job(i);
        progress.tick();
      });
    } catch (error) {
      if (!(error instanceof BudgetExceededError)) throw error;
      stoppedBy = `the request budget of ${error.maxRequests} was spent during "${name}"`;
    } finally {
      progress.finish();
      phases.push({ phase: name, actions: count, requests: stats.requests - before, seconds: (performance.now() - t0) / 1000 });
    }
  };

  const both = (user: number, group: number): Vars => ({ ...shared, ...plan.users[user]!.vars, ...plan.groups[group]!.vars });
  try {
    await phase('sync: users', plan.users.length, (i) => send('provision-user', Object.assign(plan.users[i]!.vars, shared), []));
    // An IdP's create steps look the resource up first (Entra, Okta: filter by userName / displayName).
    await phase('sync: groups', plan.groups.length, (g) => send('create-group', Object.assign(plan.groups[g]!.vars, shared), []));
    const batches = memberBatches(plan.users.map((u) => u.group), options.memberBatch);
    await phase('sync: members', batches.length, async (k) => {
      const { group, users } = batches[k]!;
      const [first, ...rest] = users.map((i) => both(i, group));
      await send('add-member', first!, ['user.id', 'group.id'], rest);
    });
    const wave = [...plan.deactivations.map((user) => ({ user, move: undefined })), ...plan.moves.map((move) => ({ user: move.user, move }))];
    await phase('change wave', wave.length, async (k) => {
      const { user, move } = wave[k]!;
      if (move === undefined) return send('deactivate-user', Object.assign(plan.users[user]!.vars, shared), ['user.id']);
      await send('remove-member', both(user, move.from), ['user.id', 'group.id']);
      await send('add-member', both(user, move.to), ['user.id', 'group.id']);
    });
    const seconds = (performance.now() - started) / 1000;
    let verification: Verification | undefined;
    if (stoppedBy === undefined) {
      const t0 = performance.now();
      const progress = new Progress('verify: end state', 1, options.quiet);
      verification = await verifyEndState(client, plan, options.prefix, options.concurrency);
      progress.tick();
      progress.finish();
      phases.push({ phase: 'verify', actions: plan.users.length + plan.groups.length, requests: verification.requests, seconds: (performance.now() - t0) / 1000 });
    }
    const { token: _token, ...shown } = options;
    return {
      options: shown,
      shapes: Object.fromEntries(Object.entries(shapes).map(([action, shape]) => [action, shape.source])) as Record<LoadAction, string>,
      phases,
      seconds,
      requests: stats.requests,
      throughput: stats.requests / seconds,
      operations: stats.summary(),
      errorsByStatus: stats.errorsByStatus(),
      skipped,
      stoppedBy,
      verification,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      cpuSeconds: cpuSecondsSince(cpuBefore),
    };
  } finally {
    await client.close();
  }
}

/** Users grouped by their group, in chunks of at most `size`, in user order within a group. */
function memberBatches(groupOf: readonly number[], size: number): Array<{ group: number; users: number[] }> {
  const open = new Map<number, number[]>();
  const batches: Array<{ group: number; users: number[] }> = [];
  groupOf.forEach((group, user) => {
    if (group < 0) return;
    let users = open.get(group);
    if (users === undefined) {
      open.set(group, (users = []));
      batches.push({ group, users });
    }
    users.push(user);
    if (users.length >= size) open.delete(group);
  });
  return batches;
}

function cpuSecondsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
