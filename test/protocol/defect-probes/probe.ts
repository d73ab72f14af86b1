import type { attributesDefects } from '../../../emulator/defect-catalogue/attributes.ts';
import type { discoveryDefects } from '../../../emulator/defect-catalogue/discovery.ts';
import type { errorsDefects } from '../../../emulator/defect-catalogue/errors.ts';
import type { filtersDefects } from '../../../emulator/defect-catalogue/filters.ts';
import type { groupsDefects } from '../../../emulator/defect-catalogue/groups.ts';
import type { optionalFeaturesDefects } from '../../../emulator/defect-catalogue/optional-features.ts';
import type { paginationDefects } from '../../../emulator/defect-catalogue/pagination.ts';
import type { patchDefects } from '../../../emulator/defect-catalogue/patch.ts';
import type { usersDefects } from '../../../emulator/defect-catalogue/users.ts';
import type { Emulator } from '../../../emulator/index.ts';
import { scim, type Client } from '../../emulator/support.ts';

/**
 * Observations of the protocol defects for test/emulator/defects.test.ts: each runs once healthy and once
 * with its defect on, from a reset emulator, against the `primary` (Cloudflare) account unless it asks
 * for `reference` (the plain RFC server), where the defect lives in the RFC engine's paths.
 */
export interface Probe {
  run(client: Client, emulator: Emulator): Promise<unknown>;
  healthy: unknown;
  broken: unknown;
}

type Catalogue =
  | typeof discoveryDefects
  | typeof usersDefects
  | typeof groupsDefects
  | typeof filtersDefects
  | typeof paginationDefects
  | typeof patchDefects
  | typeof errorsDefects
  | typeof attributesDefects
  | typeof optionalFeaturesDefects;

/** Rows test/emulator/defects.test.ts has kept since before these catalogues grew. */
type Listed =
  | 'discovery/service-provider-config/served'
  | 'discovery/service-provider-config/capabilities-declared'
  | 'discovery/resource-types/listed'
  | 'discovery/schemas/listed'
  | 'users/create/201-with-id'
  | 'users/create/201-with-id~no-id'
  | 'users/read/by-id'
  | 'users/read/unknown-id-404'
  | 'users/delete/204-then-404';

export type ProtocolDefectName = Exclude<Catalogue[number]['name'], Listed>;

/** The defects of some areas, so each probe file must cover exactly its own. */
export type In<Area extends string> = Extract<ProtocolDefectName, `${Area}/${string}`>;

/** The plain RFC 7643/7644 account. */
export function reference(emulator: Emulator): Client {
  return scim(emulator, 'reference');
}

export type Json = Record<string, unknown>;

export function list(body: unknown): Json[] {
  const resources = (body as { Resources?: unknown } | undefined)?.Resources;
  return Array.isArray(resources) ? (resources as Json[]) : [];
}

export function get(body: unknown, path: string): unknown {
  let current: unknown = body;
  for (const name of path.split('.')) current = (current as Json | undefined)?.[name];
  return current;
}
