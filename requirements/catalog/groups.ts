import type { Requirement } from '../types.ts';

export const groups = [] as const satisfies readonly Requirement[];
