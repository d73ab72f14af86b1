import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Credentials } from '../../fixtures/credentials.fixture.ts';

/** One case of credentials.cases.json (schema: credentials.schema.json). */
export interface CredentialCase {
  name: string;
  requirement: 'security/auth/unauthenticated-401' | 'security/auth/permission-required-403' | 'security/isolation/foreign-token-reads-nothing' | 'security/isolation/foreign-token-writes-nothing';
  /** null: no Authorization header; otherwise a template over the placeholders below. */
  authorization: string | null;
  request: 'list' | 'read' | 'create' | 'patch' | 'replace' | 'delete';
}

export const CREDENTIAL_CASES: readonly CredentialCase[] = (
  JSON.parse(readFileSync(fileURLToPath(new URL('./credentials.cases.json', import.meta.url)), 'utf8')) as { cases: CredentialCase[] }
).cases;

/** What each requirement lets through: 401 only for no valid token; 403 too for a weaker one; 404 for a token scoped to another tenant. */
export const REFUSALS: Readonly<Record<CredentialCase['requirement'], readonly number[]>> = {
  'security/auth/unauthenticated-401': [401],
  'security/auth/permission-required-403': [401, 403],
  'security/isolation/foreign-token-reads-nothing': [401, 403, 404],
  'security/isolation/foreign-token-writes-nothing': [401, 403, 404],
};

export type Placeholder = 'token' | 'altered' | 'unknown' | 'foreign' | 'readOnly' | 'noScim';

/** The Authorization header of a case, or the placeholder whose token this target does not have. */
export function authorizationOf(template: string, values: { token: string; unknown: string; credentials: Credentials }): { header: string } | { missing: 'foreign' | 'readOnly' | 'noScim' } {
  const last = values.token.at(-1);
  const lookup: Record<Placeholder, string | undefined> = {
    token: values.token,
    altered: values.token.slice(0, -1) + (last === 'A' ? 'B' : 'A'),
    unknown: values.unknown,
    foreign: values.credentials.foreign,
    readOnly: values.credentials.readOnly,
    noScim: values.credentials.noScim,
  };
  for (const kind of ['foreign', 'readOnly', 'noScim'] as const) {
    if (template.includes(`{{${kind}}}`) && lookup[kind] === undefined) return { missing: kind };
  }
  return { header: template.replace(/\{\{(\w+)\}\}/g, (_, name: Placeholder) => lookup[name] ?? '') };
}
