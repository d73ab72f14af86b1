import { discovery } from './catalog/discovery.ts';
import { users } from './catalog/users.ts';
import { groups } from './catalog/groups.ts';
import { filters } from './catalog/filters.ts';
import { pagination } from './catalog/pagination.ts';
import { attributes } from './catalog/attributes.ts';
import { patch } from './catalog/patch.ts';
import { errors } from './catalog/errors.ts';
import { optionalFeatures } from './catalog/optional-features.ts';
import { idpFlow } from './catalog/idp-flow.ts';
import { lifecycle } from './catalog/lifecycle.ts';
import { cloudflareRules } from './catalog/cloudflare-rules.ts';
import { access } from './catalog/access.ts';
import { robustness } from './catalog/robustness.ts';
import { security } from './catalog/security.ts';
import type { Requirement } from './types.ts';

export type { Area, Level, Ref, Requirement } from './types.ts';
export { parseRef, refLabel, refToString, refToUrl } from './links.ts';

/** One catalog file per area, so adding requirements to one area never touches another's file. */
const ALL = [...discovery, ...users, ...groups, ...filters, ...pagination, ...attributes, ...patch, ...errors, ...optionalFeatures, ...idpFlow, ...lifecycle, ...cloudflareRules, ...access, ...robustness, ...security] as const;

/** Every requirement id, as a type: a spec that names an unknown id does not compile. */
export type RequirementId = (typeof ALL)[number]['id'];

export const REQUIREMENTS: readonly Requirement[] = ALL;

const byId = new Map<string, Requirement>(ALL.map((r) => [r.id, r]));

export function requirement(id: string): Requirement {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`unknown requirement "${id}": add it to requirements/catalog/`);
  return found;
}

export function findRequirement(id: string): Requirement | undefined {
  return byId.get(id);
}
