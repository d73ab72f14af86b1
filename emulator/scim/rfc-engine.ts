import * as rfc from '../rfc/index.ts';
import { ScimFailure } from './responses.ts';

/**
 * The RFC 7643/7644 engine (emulator/rfc/) as the `full` presets use it: filters, PATCH, attribute
 * projection and sorting. Its refusals become ScimFailure, so handlers know one error type.
 */
export type ScimResource = rfc.ScimResource;
export type ResourceSchema = rfc.ResourceSchema;

export const USER_RESOURCE_SCHEMA: ResourceSchema = rfc.USER_RESOURCE_SCHEMA;
export const GROUP_RESOURCE_SCHEMA: ResourceSchema = rfc.GROUP_RESOURCE_SCHEMA;

export const SCHEMA_DEFINITIONS = {
  user: rfc.USER_SCHEMA,
  group: rfc.GROUP_SCHEMA,
  enterpriseUser: rfc.ENTERPRISE_USER_SCHEMA,
} as const;

function translated<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof rfc.ScimRequestError) throw new ScimFailure(error.status, error.detail, error.scimType);
    throw error;
  }
}

export function compileFilter(expression: string, schema: ResourceSchema): (resource: ScimResource) => boolean {
  const test = translated(() => rfc.compileFilter(expression, schema));
  return (resource) => translated(() => test(resource));
}

export function applyPatch(resource: ScimResource, body: unknown, schema: ResourceSchema): ScimResource {
  return translated(() => rfc.applyPatch(resource, body, schema));
}

export function projectAttributes(resource: ScimResource, params: { attributes?: string[]; excludedAttributes?: string[] }, schema: ResourceSchema): ScimResource {
  return translated(() => rfc.projectAttributes(resource, params, schema));
}

export function sortResources(resources: ScimResource[], sortBy: string, sortOrder: 'ascending' | 'descending', schema: ResourceSchema): ScimResource[] {
  return translated(() => rfc.sortResources(resources, sortBy, sortOrder, schema));
}
