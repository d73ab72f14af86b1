import type { Requirement } from '../types.ts';

export const cloudflareRules = [] as const satisfies readonly Requirement[];
