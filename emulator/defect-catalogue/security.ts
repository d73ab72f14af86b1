import type { Defect } from '../defect-types.ts';

/** Defects that break the security requirements (requirements/catalog/security.ts). */
export const securityDefects = [] as const satisfies readonly Defect[];
