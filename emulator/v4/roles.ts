import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import { ROLES, type Role } from '../roles.ts';
import { v4Success } from './envelope.ts';
import { offsetOf, readV4Page, resultInfo } from './paging.ts';

/** A role as the v4 API shows it (CLOUDFLARE.md A7, A12). */
export function roleView(role: Role): Record<string, unknown> {
  return { id: role.id, name: role.name, description: role.description, permissions: {} };
}

/** GET {apiBasePath}/roles: the whole catalogue fits the default page. */
export function listRoles(req: EmulatorRequest): EmulatorResponse {
  const page = readV4Page(req.query, 50, 50);
  const items = ROLES.slice(offsetOf(page), offsetOf(page) + page.perPage).map(roleView);
  return v4Success(items, resultInfo(page, items.length, ROLES.length));
}
