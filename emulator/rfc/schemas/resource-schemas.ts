import type { ResourceSchema } from '../types.ts';
import { ENTERPRISE_USER_SCHEMA } from './enterprise-user.ts';
import { GROUP_SCHEMA } from './group.ts';
import { USER_SCHEMA } from './user.ts';

/** RFC 7643 §6 resource types as the engine sees them: a core schema plus allowed extensions. */
export const USER_RESOURCE_SCHEMA: ResourceSchema = { core: USER_SCHEMA, extensions: [ENTERPRISE_USER_SCHEMA] };
export const GROUP_RESOURCE_SCHEMA: ResourceSchema = { core: GROUP_SCHEMA, extensions: [] };
