import type { Requirement } from '../types.ts';

export const attributes = [] as const satisfies readonly Requirement[];
