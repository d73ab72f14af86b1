import type { Defect } from '../defect-types.ts';

/** Defects that break the errors requirements (requirements/catalog/errors.ts). */
export const errorsDefects = [] as const satisfies readonly Defect[];
