import type { Requirement } from '../types.ts';

export const patch = [] as const satisfies readonly Requirement[];
