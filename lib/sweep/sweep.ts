import type { ScimClient } from '../client/index.ts';
import { describeExchange } from '../exchange.ts';
import { isHarnessName } from './harness-names.ts';
import { removeResource, type ResourceKind } from './remove-resource.ts';

export interface SweepOptions {
  /** Only this run's leftovers; default: every run's. */
  runId?: string;
  /** List what would be removed, remove nothing. */
  dryRun?: boolean;
  /** Page size of the listing (Cloudflare serves at most 100). */
  pageSize?: number;
}

export interface SweepResult {
  found: Array<{ kind: ResourceKind; id: string; name: string }>;
  removed: number;
  /** One message per resource that could not be removed. */
  problems: string[];
  /** Resources seen and left alone because they are not the harness's. */
  untouched: number;
}

type Listed = { id?: unknown; userName?: unknown; displayName?: unknown; externalId?: unknown };

/** Every resource of a kind, page by page (RFC 7644 §3.4.2.4); collected before anything is removed, so removal cannot shift a page. */
async function listAll(scim: ScimClient, kind: ResourceKind, pageSize: number): Promise<Listed[]> {
  const all: Listed[] = [];
  for (let startIndex = 1; ; ) {
    const response = await scim.get(`/${kind}`, { startIndex, count: pageSize });
    const body = response.json<{ Resources?: Listed[]; totalResults?: unknown }>();
    if (response.status !== 200 || body === undefined) throw new Error(`could not list ${kind}: ${describeExchange(response.exchange)}`);
    const page = body.Resources ?? [];
    all.push(...page);
    const total = typeof body.totalResults === 'number' ? body.totalResults : Number(body.totalResults);
    if (page.length === 0 || !(startIndex - 1 + page.length < total)) return all;
    startIndex += page.length;
  }
}

function nameOf(kind: ResourceKind, item: Listed, runId: string | undefined): string | undefined {
  const names = kind === 'Users' ? [item.userName, item.externalId] : [item.displayName];
  const match = names.find((n) => isHarnessName(n, runId));
  return typeof match === 'string' ? match : undefined;
}

/** Removes the harness's leftovers from a target: Users first (they hold group memberships), then Groups. */
export async function sweep(scim: ScimClient, options: SweepOptions = {}): Promise<SweepResult> {
  const result: SweepResult = { found: [], removed: 0, problems: [], untouched: 0 };
  for (const kind of ['Users', 'Groups'] as const) {
    for (const item of await listAll(scim, kind, options.pageSize ?? 100)) {
      const name = nameOf(kind, item, options.runId);
      if (name === undefined || typeof item.id !== 'string') {
        result.untouched += 1;
        continue;
      }
      result.found.push({ kind, id: item.id, name });
      if (options.dryRun) continue;
      const problem = await removeResource(scim, kind, item.id);
      if (problem === undefined) result.removed += 1;
      else result.problems.push(problem);
    }
  }
  return result;
}
