import type { EmulatorResponse } from '../http/types.ts';
import { bodyOf, errorAnswer, isJson, rewritten, type Routed } from './request.ts';

/** Defects in ListResponse answers of /Users and /Groups (RFC 7644 §3.4.2, §3.4.2.4). */
export function misrepresentList(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { ctx } = route;
  const listing = ctx.req.method === 'GET' && route.id === undefined && (route.endpoint === 'Users' || route.endpoint === 'Groups');
  const body = bodyOf(response);
  if (!listing || response.status !== 200 || !isJson(body) || !Array.isArray(body.Resources)) return response;
  const { defects, req } = ctx;
  const filtered = req.query.has('filter');
  const startIndex = Number(req.query.get('startIndex') ?? '1');
  if (defects.has('filters/no-match/empty-list') && filtered && body.totalResults === 0) return errorAnswer(404, 'No resource matches the filter');
  if (defects.has('pagination/start-index/beyond-total') && body.Resources.length === 0 && startIndex > 1) return errorAnswer(404, `No result at startIndex ${startIndex}`);
  const count = req.query.get('count');
  if (defects.has('pagination/items-per-page/matches-page') && count !== null) body.itemsPerPage = Number(count);
  if (defects.has('pagination/total-results/whole-set')) body.totalResults = body.Resources.length;
  if (defects.has('pagination/total-results/filtered') && filtered) {
    body.totalResults = route.endpoint === 'Users' ? ctx.state.users.size : ctx.state.groups.size + ctx.account.systemGroups.list.length;
  }
  if (defects.has('pagination/list-response/integers')) {
    for (const key of ['totalResults', 'startIndex', 'itemsPerPage']) if (typeof body[key] === 'number') body[key] = String(body[key]);
  }
  return rewritten(response, body);
}
