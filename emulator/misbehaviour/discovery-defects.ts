import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { bodyOf, editBody, errorAnswer, isJson, resourcesOf, rewritten, type Json, type Routed, type Serve } from './request.ts';

/** Defects of the discovery endpoints (requirements/catalog/discovery.ts, optional-features.ts claims). */
const UNSERVED_EXTENSION = 'urn:ietf:params:scim:schemas:extension:unserved:2.0:User';

function attributeNamed(schema: Json, name: string): Json | undefined {
  return Array.isArray(schema.attributes) ? schema.attributes.filter(isJson).find((a) => a.name === name) : undefined;
}

/** Requests a discovery defect answers by itself, or by serving another one. */
export function discoveryInstead(route: Routed, serve: Serve): EmulatorResponse | undefined {
  const { ctx } = route;
  if (ctx.req.method !== 'GET' || route.id === undefined) return undefined;
  if (route.endpoint === 'ResourceTypes' && route.id === 'User' && ctx.defects.has('discovery/resource-types/by-id')) return serve(ctx, ['ResourceTypes', 'Group']);
  if (route.endpoint !== 'Schemas') return undefined;
  if (route.id === URN.user && ctx.defects.has('discovery/schemas/by-id')) return errorAnswer(404, `No schema "${route.id}"`);
  if (ctx.defects.has('discovery/schemas/unknown-id-404')) {
    const answer = serve(ctx, ['Schemas', route.id]);
    return answer.status === 404 ? serve(ctx, ['Schemas', URN.user]) : answer;
  }
  return undefined;
}

function misrepresentConfig(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  return editBody(response, (config) => {
    if (defects.has('discovery/service-provider-config/schema-valid') && isJson(config.filter)) config.filter.maxResults = String(config.filter.maxResults);
    if (defects.has('discovery/service-provider-config/authentication-schemes')) config.authenticationSchemes = [];
    if (defects.has('optional-features/bulk/claimed-works')) config.bulk = { supported: true, maxOperations: 10, maxPayloadSize: 1_048_576 };
    if (defects.has('optional-features/change-password/claimed-works')) config.changePassword = { supported: true };
  });
}

function misrepresentSchemas(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  const answer = editBody(response, (body) => {
    for (const schema of resourcesOf(body)) {
      const userName = schema.id === URN.user ? attributeNamed(schema, 'userName') : undefined;
      if (defects.has('discovery/schemas/attribute-definitions') && userName !== undefined) userName.mutability = 'read-write';
      if (defects.has('discovery/schemas/user-name-required') && userName !== undefined) Object.assign(userName, { required: false, uniqueness: 'none' });
      if (defects.has('discovery/schemas/group-members') && schema.id === URN.group && Array.isArray(schema.attributes)) {
        schema.attributes = schema.attributes.filter((a) => !isJson(a) || a.name !== 'members');
      }
    }
  });
  const body = bodyOf(answer);
  if (defects.has('discovery/lists/list-response') && route.id === undefined && isJson(body)) return rewritten(answer, body.Resources);
  return answer;
}

export function misrepresentDiscovery(route: Routed, response: EmulatorResponse): EmulatorResponse {
  const { defects } = route.ctx;
  if (route.ctx.req.method !== 'GET') return response;
  if (route.endpoint === 'ServiceProviderConfig' && response.status === 200) return misrepresentConfig(route, response);
  if (route.endpoint === 'Schemas' && response.status === 200) return misrepresentSchemas(route, response);
  if (route.endpoint === 'ResourceTypes') {
    if (route.id !== undefined && response.status === 404 && defects.has('discovery/resource-types/unknown-id-404')) {
      return rewritten(response, { schemas: [URN.listResponse], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] }, 200);
    }
    if (response.status === 200 && defects.has('discovery/resource-types/schemas-served')) {
      return editBody(response, (body) => {
        for (const type of resourcesOf(body)) {
          if (type.id === 'User') type.schemaExtensions = [...(Array.isArray(type.schemaExtensions) ? type.schemaExtensions : []), { schema: UNSERVED_EXTENSION, required: false }];
        }
      });
    }
  }
  return response;
}
