import type { Requirement } from '../types.ts';

export const filters = [] as const satisfies readonly Requirement[];
