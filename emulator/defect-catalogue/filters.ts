import type { Defect } from '../defect-types.ts';

/** Defects that break the filters requirements (requirements/catalog/filters.ts). */
export const filtersDefects = [] as const satisfies readonly Defect[];
