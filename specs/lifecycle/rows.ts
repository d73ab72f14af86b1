import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StepName } from '../../fixtures/idp/profile-types.ts';
import type { RequirementId } from '../../requirements/index.ts';

/** The shape of rows.json (schema: rows.schema.json). */
export type RowStep = StepName | '@role-group' | '@unassign';

export interface LifecycleRow {
  row: 'L1' | 'L2' | 'L3' | 'L4' | 'L5';
  requirement: RequirementId;
  title: string;
  /** What the IdP did, for failure messages: "the IdP added the user to the pushed role group". */
  after: string;
  steps: Array<RowStep | { step: RowStep; with?: Record<string, string> }>;
  expect: { member: boolean; holds?: string[]; lacks?: string[]; only?: true };
}

export interface LifecycleTable {
  /** The role each role-group namespace stands for (read-only, account-scoped roles, CLOUDFLARE.md A7). */
  roles: Record<string, string>;
  rows: LifecycleRow[];
}

export const LIFECYCLE: LifecycleTable = JSON.parse(readFileSync(fileURLToPath(new URL('./rows.json', import.meta.url)), 'utf8')) as LifecycleTable;
