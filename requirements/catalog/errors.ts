import type { Requirement } from '../types.ts';

export const errors = [] as const satisfies readonly Requirement[];
