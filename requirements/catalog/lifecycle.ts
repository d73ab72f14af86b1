import type { Requirement } from '../types.ts';

export const lifecycle = [] as const satisfies readonly Requirement[];
