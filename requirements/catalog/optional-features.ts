import type { Requirement } from '../types.ts';

export const optionalFeatures = [] as const satisfies readonly Requirement[];
