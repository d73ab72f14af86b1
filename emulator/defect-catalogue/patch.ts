import type { Defect } from '../defect-types.ts';

/** Defects that break the patch requirements (requirements/catalog/patch.ts). */
export const patchDefects = [] as const satisfies readonly Defect[];
