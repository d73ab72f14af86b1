import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shapes of the case files beside this module (schema: cases.schema.json). */
export interface NameCase {
  name: string;
  displayName: string;
}

export interface EditCase {
  name: string;
  method: 'PATCH' | 'PUT' | 'DELETE';
  body?: Record<string, unknown>;
}

function casesOf<T>(file: string): readonly T[] {
  return (JSON.parse(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')) as { cases: T[] }).cases;
}

export const NEAR_MISS_NAMES = casesOf<NameCase>('./near-miss-names.cases.json');
export const RESERVED_NAMES = casesOf<NameCase>('./reserved-names.cases.json');
export const SYSTEM_GROUP_EDITS = casesOf<EditCase>('./system-group-edits.cases.json');
