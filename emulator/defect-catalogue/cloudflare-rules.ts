import type { Defect } from '../defect-types.ts';

/** Defects that break the cloudflare-rules requirements (requirements/catalog/cloudflare-rules.ts). */
export const cloudflareRulesDefects = [] as const satisfies readonly Defect[];
