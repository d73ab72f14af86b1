import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shapes of the case files beside this module (schema: cases.schema.json). */
export interface BadInputCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `Users`: the collection; `user`: a User created for the case. */
  target: 'Users' | 'user';
  path?: string;
  query?: string;
  /** null: no Content-Type at all; absent: application/scim+json. */
  contentType?: string | null;
  body?: string;
  generate?: { kind: 'oversized' | 'nested' | 'invalid-utf8'; size: number };
  destructive?: boolean;
}

export interface HostileFilterCase {
  name: string;
  filter: string;
  /** Whether the case's own User may be in the list (it is one of the literal values). */
  selfMayMatch: boolean;
}

function casesOf<T>(file: string): readonly T[] {
  const path = fileURLToPath(new URL(file, import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: T[] }).cases;
}

export const BAD_INPUT_CASES = casesOf<BadInputCase>('./bad-inputs.cases.json');
export const HOSTILE_FILTER_CASES = casesOf<HostileFilterCase>('./hostile-filters.cases.json');
