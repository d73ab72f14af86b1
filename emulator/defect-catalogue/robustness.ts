import type { Defect } from '../defect-types.ts';

/** Defects that break the robustness requirements (requirements/catalog/robustness.ts). */
export const robustnessDefects = [] as const satisfies readonly Defect[];
