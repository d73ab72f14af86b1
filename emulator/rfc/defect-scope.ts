import { AsyncLocalStorage } from 'node:async_hooks';
import type { DefectName } from '../defects.ts';

/**
 * The emulator's switchable defects (emulator/defects.ts) that live inside this engine. The engine
 * stays a set of functions of their arguments plus this one ambient lookup: the SCIM layer runs each
 * request inside `withDefects`, and the few places that can be made to misbehave ask `defectOn`.
 * Outside a request (the engine's own unit tests) no defect is on.
 */
export interface DefectLookup {
  has(name: DefectName): boolean;
}

const scope = new AsyncLocalStorage<DefectLookup>();

export function withDefects<T>(defects: DefectLookup, run: () => T): T {
  return scope.run(defects, run);
}

export function defectOn(name: DefectName): boolean {
  return scope.getStore()?.has(name) ?? false;
}
