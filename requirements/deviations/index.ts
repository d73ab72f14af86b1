import type { TargetProfile } from '../../lib/config/profiles.ts';
import type { Ref } from '../types.ts';
import { CLOUDFLARE_ACCOUNT_PROTOCOL, LEGACY_VIRTUAL_GROUPS_PROTOCOL } from './protocol.ts';

/**
 * A target's documented deviation from a requirement: reported as such (visible, not a failure),
 * and flagged when the target stops deviating so the entry can go.
 */
export interface DocumentedDeviation {
  requirement: string;
  /** Only for this IdP's project; absent for every project. */
  idp?: string;
  reason: string;
  source: Ref;
}

/**
 * Where Cloudflare's documented behaviour and an IdP's needs collide (CLOUDFLARE.md A5.3, A6): the
 * account profiles share these; the legacy model adds its own.
 */
const CLOUDFLARE_ACCOUNT: readonly DocumentedDeviation[] = [
  {
    requirement: 'idp/read-deactivated-user',
    reason: 'active:false removes the member from the account, so a deactivated user answers 404 instead of reading back inactive (CLOUDFLARE.md A5.3, [INF] in the research notes)',
    source: { cloudflare: 'scim-setup' },
  },
  {
    requirement: 'idp/reactivate-user',
    idp: 'okta',
    reason: 'the member was removed on deactivation, so Okta\'s reactivation of that id answers 404; how "Reactivate Users: Yes" reaches the API is unknown (CLOUDFLARE.md A5.3)',
    source: { cloudflare: 'scim-okta' },
  },
  {
    requirement: 'idp/reactivate-user',
    idp: 'entra',
    reason: 'the member was removed on deactivation, so Entra\'s enable of that id answers 404 and Entra retries it every cycle (CLOUDFLARE.md A5.3)',
    source: { cloudflare: 'scim-entra' },
  },
];

const LEGACY_VIRTUAL_GROUPS: readonly DocumentedDeviation[] = [
  {
    requirement: 'idp/create-group',
    reason: 'the legacy model binds only the exact "CF-<ACCOUNT_ID> - <Role Name>" names and allows no custom groups (CLOUDFLARE.md A6)',
    source: { cloudflare: 'virtual-groups-migration' },
  },
  {
    requirement: 'idp/rename-group',
    reason: 'legacy virtual groups cannot be renamed from the IdP (CLOUDFLARE.md A6)',
    source: { cloudflare: 'virtual-groups-migration' },
  },
  {
    requirement: 'idp/delete-group',
    reason: 'legacy virtual groups cannot be deleted from the IdP (CLOUDFLARE.md A6)',
    source: { cloudflare: 'virtual-groups-migration' },
  },
];

const LEDGERS: Record<TargetProfile, readonly DocumentedDeviation[]> = {
  generic: [],
  'cloudflare-account': [...CLOUDFLARE_ACCOUNT, ...CLOUDFLARE_ACCOUNT_PROTOCOL],
  'cloudflare-account-legacy': [...CLOUDFLARE_ACCOUNT, ...LEGACY_VIRTUAL_GROUPS, ...CLOUDFLARE_ACCOUNT_PROTOCOL, ...LEGACY_VIRTUAL_GROUPS_PROTOCOL],
  'cloudflare-access': [],
};

export function documentedDeviation(profile: TargetProfile, requirement: string, idp: string): DocumentedDeviation | undefined {
  return LEDGERS[profile].find((d) => d.requirement === requirement && (d.idp === undefined || d.idp === idp));
}

export function ledger(profile: TargetProfile): readonly DocumentedDeviation[] {
  return LEDGERS[profile];
}
