import type { Requirement } from '../types.ts';

export const access = [] as const satisfies readonly Requirement[];
