import type { DefectSwitches } from '../defects.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { ScimContext } from '../scim/context.ts';
import { answerInstead } from './answer-defects.ts';
import { misreadBody } from './body-defects.ts';
import { discoveryInstead, misrepresentDiscovery } from './discovery-defects.ts';
import { misrepresentErrors } from './error-defects.ts';
import { misreadFilter } from './filter-defects.ts';
import { misrepresentList } from './list-defects.ts';
import { patchByDefect } from './patch-defects.ts';
import { misreadQuery } from './query-defects.ts';
import { routed, type Serve } from './request.ts';
import { misrepresentResource } from './resource-defects.ts';

/**
 * The protocol defects of the emulator (requirements/catalog/ discovery … optional-features): each
 * request is read, served and answered the way the switched-on defects say, around the emulator's own
 * handlers. With no defect on, the request goes straight through.
 */
export function serveWithDefects(ctx: ScimContext, segments: readonly string[], serve: Serve): EmulatorResponse {
  if (ctx.defects.active().length === 0) return serve(ctx, segments);
  let route = routed(ctx, segments);
  route = { ...route, ctx: misreadQuery(route) };
  route = { ...route, ctx: misreadFilter(route) };
  route = { ...route, ctx: misreadBody(route) };
  const answer =
    answerInstead(route, segments, serve) ??
    discoveryInstead(route, serve) ??
    patchByDefect(route, segments, serve) ??
    serve(route.ctx, segments);
  return misrepresentErrors(ctx.defects, misrepresentList(route, misrepresentDiscovery(route, misrepresentResource(route, answer))));
}

/** For answers given before a request could be routed (a body that is not JSON, an unsupported media type). */
export function answerWithDefects(defects: DefectSwitches, response: EmulatorResponse): EmulatorResponse {
  return defects.active().length === 0 ? response : misrepresentErrors(defects, response);
}
