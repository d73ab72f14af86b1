import type { Defect } from '../defect-types.ts';

/** Defects that break the lifecycle requirements (requirements/catalog/lifecycle.ts). */
export const lifecycleDefects = [] as const satisfies readonly Defect[];
