import type { Requirement } from '../types.ts';

export const robustness = [] as const satisfies readonly Requirement[];
