import type { Defect } from '../defect-types.ts';

/** Defects that break the groups requirements (requirements/catalog/groups.ts). */
export const groupsDefects = [] as const satisfies readonly Defect[];
