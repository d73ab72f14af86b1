import type { Requirement } from '../types.ts';

export const pagination = [] as const satisfies readonly Requirement[];
