import type { Defect } from '../defect-types.ts';

/** Defects that break the access requirements (requirements/catalog/access.ts). */
export const accessDefects = [] as const satisfies readonly Defect[];
