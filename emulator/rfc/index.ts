/**
 * The RFC 7643/7644 engine of the reference server: pure functions over plain JSON resources.
 * Nothing here does I/O or keeps state; the emulator's HTTP layer calls these and turns a thrown
 * ScimRequestError into an RFC 7644 §3.12 error response.
 */
export type { AttributeDefinition, ResourceSchema, SchemaDefinition, ScimResource } from './types.ts';
export { USER_SCHEMA } from './schemas/user.ts';
export { GROUP_SCHEMA } from './schemas/group.ts';
export { ENTERPRISE_USER_SCHEMA } from './schemas/enterprise-user.ts';
export { USER_RESOURCE_SCHEMA, GROUP_RESOURCE_SCHEMA } from './schemas/resource-schemas.ts';
export { COMMON_ATTRIBUTES } from './schemas/common.ts';
export { ScimRequestError } from './errors.ts';
export { resolveAttribute } from './attributes.ts';
export { compileFilter } from './filter.ts';
export { applyPatch } from './patch/index.ts';
export { projectAttributes } from './projection.ts';
export { sortResources } from './sort.ts';
export { coerceBoolean } from './coerce.ts';
export { canonicalNames } from './canonical-names.ts';
