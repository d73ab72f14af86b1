import type { ScimContext } from './context.ts';
import { projectAttributes, type ResourceSchema, type ScimResource } from './rfc-engine.ts';

/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5, §3.9). Cloudflare has no such parameters
 * ([INF] ignored, CLOUDFLARE.md A5.6); presets that honour them use the RFC engine.
 */
function names(raw: string | null): string[] | undefined {
  if (raw === null) return undefined;
  const list = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return list.length === 0 ? undefined : list;
}

export function project(ctx: ScimContext, resource: ScimResource, schema: ResourceSchema): ScimResource {
  if (!ctx.knobs.attributeProjection) return resource;
  const attributes = names(ctx.req.query.get('attributes'));
  const excludedAttributes = names(ctx.req.query.get('excludedAttributes'));
  if (attributes === undefined && excludedAttributes === undefined) return resource;
  const params: { attributes?: string[]; excludedAttributes?: string[] } = {};
  if (attributes !== undefined) params.attributes = attributes;
  if (excludedAttributes !== undefined) params.excludedAttributes = excludedAttributes;
  return projectAttributes(resource, params, schema);
}
