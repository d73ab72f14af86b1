/**
 * The defect catalogue, one file per requirement area under defect-catalogue/, and the switches of one
 * emulator instance (for every account of it).
 */
import type { Defect } from './defect-types.ts';
import { discoveryDefects } from './defect-catalogue/discovery.ts';
import { usersDefects } from './defect-catalogue/users.ts';
import { groupsDefects } from './defect-catalogue/groups.ts';
import { filtersDefects } from './defect-catalogue/filters.ts';
import { paginationDefects } from './defect-catalogue/pagination.ts';
import { patchDefects } from './defect-catalogue/patch.ts';
import { errorsDefects } from './defect-catalogue/errors.ts';
import { attributesDefects } from './defect-catalogue/attributes.ts';
import { optionalFeaturesDefects } from './defect-catalogue/optional-features.ts';
import { idpFlowDefects } from './defect-catalogue/idp-flow.ts';
import { lifecycleDefects } from './defect-catalogue/lifecycle.ts';
import { cloudflareRulesDefects } from './defect-catalogue/cloudflare-rules.ts';
import { accessDefects } from './defect-catalogue/access.ts';
import { robustnessDefects } from './defect-catalogue/robustness.ts';
import { securityDefects } from './defect-catalogue/security.ts';

export type { Defect } from './defect-types.ts';

const CATALOGUE = [...discoveryDefects, ...usersDefects, ...groupsDefects, ...filtersDefects, ...paginationDefects, ...patchDefects, ...errorsDefects, ...attributesDefects, ...optionalFeaturesDefects, ...idpFlowDefects, ...lifecycleDefects, ...cloudflareRulesDefects, ...accessDefects, ...robustnessDefects, ...securityDefects] as const;

export type DefectName = (typeof CATALOGUE)[number]['name'];

export const DEFECTS: readonly (Defect & { readonly name: DefectName })[] = CATALOGUE;

const KNOWN: ReadonlySet<string> = new Set(DEFECTS.map((d) => d.name));

export function isDefectName(name: string): name is DefectName {
  return KNOWN.has(name);
}

function assertKnown(name: string): asserts name is DefectName {
  if (!KNOWN.has(name)) throw new Error(`unknown defect "${name}"; known defects: ${[...KNOWN].join(', ')}`);
}

/** The defects switched on in one emulator instance. */
export class DefectSwitches {
  private readonly on = new Set<DefectName>();

  enable(name: string): void {
    assertKnown(name);
    this.on.add(name);
  }

  disable(name: string): void {
    assertKnown(name);
    this.on.delete(name);
  }

  /** Exactly these on, all others off; nothing changes when a name is unknown. */
  set(names: Iterable<string>): void {
    const list = [...names];
    for (const name of list) assertKnown(name);
    this.on.clear();
    for (const name of list) this.on.add(name as DefectName);
  }

  has(name: DefectName): boolean {
    return this.on.has(name);
  }

  active(): DefectName[] {
    return [...this.on];
  }
}
