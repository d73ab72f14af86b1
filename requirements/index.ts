import { discovery } from './catalog/discovery.ts';
import { idpFlow } from './catalog/idp-flow.ts';
import { users } from './catalog/users.ts';
import type { Requirement } from './types.ts';

export type { Area, Level, Ref, Requirement } from './types.ts';
export { refLabel, refToString, refToUrl } from './links.ts';

const ALL = [...discovery, ...users, ...idpFlow] as const;

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
