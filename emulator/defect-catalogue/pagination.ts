import type { Defect } from '../defect-types.ts';

/** Defects that break the pagination requirements (requirements/catalog/pagination.ts). */
export const paginationDefects = [] as const satisfies readonly Defect[];
