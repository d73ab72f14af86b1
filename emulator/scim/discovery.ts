import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { ScimContext } from './context.ts';
import { listResponse } from './list.ts';
import { methodNotAllowed, ScimFailure, scimErrorResponse, scimJson } from './responses.ts';
import { SCHEMA_DEFINITIONS } from './rfc-engine.ts';
import { CLOUDFLARE_GROUP_SCHEMA, CLOUDFLARE_USER_SCHEMA } from './cloudflare-schemas.ts';

/**
 * ServiceProviderConfig, ResourceTypes and Schemas (RFC 7643 §5-§7; CLOUDFLARE.md A3, A4, D1.5).
 * Query parameters are ignored ("not supported on this endpoint", A3). Cloudflare's patch, sort,
 * etag and changePassword values are [INF] (A4): patch true, the others false. Presets that keep
 * full meta advertise etag, presets that sort advertise sort.
 */
export function discovery(ctx: ScimContext, resource: 'ServiceProviderConfig' | 'ResourceTypes' | 'Schemas', id: string | undefined): EmulatorResponse {
  if (ctx.req.method !== 'GET') throw methodNotAllowed('GET');
  if (resource === 'ServiceProviderConfig') {
    if (id !== undefined) throw new ScimFailure(404, `No resource at ServiceProviderConfig/${id}`);
    if (ctx.defects.has('discovery/service-provider-config/served')) return scimErrorResponse(404, 'Not found');
    return scimJson(200, serviceProviderConfig(ctx));
  }
  const all = resource === 'ResourceTypes' ? resourceTypes(ctx) : schemas(ctx);
  if (id === undefined) return listResponse(ctx, all.length, { startIndex: 1, count: all.length }, all, false);
  const found = all.find((r) => r.id === id);
  if (found === undefined) throw new ScimFailure(404, `No ${resource === 'ResourceTypes' ? 'resource type' : 'schema'} "${id}"`);
  return scimJson(200, found);
}

function serviceProviderConfig(ctx: ScimContext): Record<string, unknown> {
  const config: Record<string, unknown> = {
    schemas: [URN.serviceProviderConfig],
    documentationUri: ctx.knobs.documentationUri,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: ctx.knobs.maxResults },
    changePassword: { supported: false },
    sort: { supported: ctx.knobs.sort },
    etag: { supported: ctx.knobs.meta === 'full' },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication via OAuth 2.0 Bearer Token',
        specUri: 'http://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${ctx.baseUrl}/ServiceProviderConfig` },
  };
  if (ctx.defects.has('discovery/service-provider-config/capabilities-declared')) {
    delete config.etag;
    delete config.authenticationSchemes;
  }
  // Authentik turns PATCH and filtering off when bulk.maxOperations is missing (IDP-SHAPES 4.10.7).
  if (ctx.defects.has('idp/connection-test~authentik-spc-incomplete')) config.bulk = { supported: false, maxPayloadSize: 0 };
  return config;
}

interface Identified {
  id: string;
  [key: string]: unknown;
}

function withExtensions(ctx: ScimContext): boolean {
  return ctx.knobs.attributeStorage === 'full';
}

function resourceTypes(ctx: ScimContext): Identified[] {
  const location = (id: string): Record<string, string> => ({ resourceType: 'ResourceType', location: `${ctx.baseUrl}/ResourceTypes/${id}` });
  const user: Identified = { schemas: [URN.resourceType], id: 'User', name: 'User', endpoint: '/Users', description: 'User Account', schema: URN.user };
  if (withExtensions(ctx)) user.schemaExtensions = [{ schema: URN.enterpriseUser, required: false }];
  user.meta = location('User');
  const group: Identified = { schemas: [URN.resourceType], id: 'Group', name: 'Group', endpoint: '/Groups', description: 'Group', schema: URN.group, meta: location('Group') };
  return ctx.defects.has('discovery/resource-types/listed') ? [user] : [user, group];
}

function schemas(ctx: ScimContext): Identified[] {
  const definitions = withExtensions(ctx) ? [SCHEMA_DEFINITIONS.user, SCHEMA_DEFINITIONS.group] : [CLOUDFLARE_USER_SCHEMA, CLOUDFLARE_GROUP_SCHEMA];
  if (withExtensions(ctx)) definitions.push(SCHEMA_DEFINITIONS.enterpriseUser);
  const served = ctx.defects.has('discovery/schemas/listed') ? definitions.filter((d) => d.id !== URN.user) : definitions;
  return served.map((definition) => ({
    schemas: [URN.schema],
    ...definition,
    meta: { resourceType: 'Schema', location: `${ctx.baseUrl}/Schemas/${definition.id}` },
  }));
}
