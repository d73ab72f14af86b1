import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordedProfile } from './build-profile.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/harness/idp-profile.schema.json', import.meta.url));

/** Problems of a profile against schemas/harness/idp-profile.schema.json; empty when it is valid. */
export function profileProblems(profile: RecordedProfile): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  if (validate(profile)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Past this width a value is laid out over several lines, as in the hand-written profiles. */
const LINE_WIDTH = 140;

/** JSON the way fixtures/idp files are written: two-space indent, anything short enough on one line. */
export function formatJson(value: unknown, indent = ''): string {
  const inline = oneLine(value);
  if (indent.length + inline.length <= LINE_WIDTH || typeof value !== 'object' || value === null) return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Writes the profile as a fixtures/idp file would be written, after checking it against the schema. */
export function writeProfile(path: string, profile: RecordedProfile): void {
  const problems = profileProblems(profile);
  if (problems.length > 0) throw new Error(`the recorded profile does not match the IdP profile schema (a recorder bug): ${problems.join('; ')}`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${formatJson(profile)}\n`);
}
