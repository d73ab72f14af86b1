import type { Requirement } from '../types.ts';

export const security = [] as const satisfies readonly Requirement[];
