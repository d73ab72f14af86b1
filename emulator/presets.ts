/**
 * Behaviour presets: every way the emulated accounts differ is a knob here, so handlers branch on
 * knobs, never on a preset's name. The Cloudflare presets follow CLOUDFLARE.md A4/A5/D1; where the
 * real behaviour is unknown the chosen value is marked [INF] with its section.
 */
export interface Preset {
  /** user-groups: system groups + custom groups (A5.7-A5.13); legacy-virtual-groups: only `CF-<id> - <Role>` names bind (A6); plain: RFC groups. */
  groupModel: 'user-groups' | 'legacy-virtual-groups' | 'plain';
  /** cloudflare: only `userName eq` / `displayName eq` (A3, A5.6); full: the RFC 7644 §3.4.2.2 grammar. */
  filterSupport: 'cloudflare' | 'full';
  /** What an unsupported filter does in `cloudflare` filter mode (D1.3 knob). */
  unsupportedFilter: 'reject' | 'ignore';
  /** replace-only: only `replace` has effect, add/remove are silent no-ops (A4 PatchOp User); full: RFC 7644 §3.5.2. */
  userPatch: 'replace-only' | 'full';
  /** cloudflare: Users and Groups keep only the attributes of A4; full: the whole resource as sent is stored. */
  attributeStorage: 'cloudflare' | 'full';
  /** strings: User `groups` is an array of ids and Group members are `{value,display}` (A4); complex: RFC 7643 `{value,$ref,display}` in both. */
  userGroupsShape: 'strings' | 'complex';
  /** resource-type-only: `meta:{resourceType}` (A4); full: resourceType, created, lastModified, location, version. */
  meta: 'resource-type-only' | 'full';
  /** remove-member: `active:false` removes the account member (A5.3); keep-inactive: the User stays, inactive. */
  deactivate: 'remove-member' | 'keep-inactive';
  userDelete: 'deprovision' | 'method-not-allowed' | 'delete';
  /** reject: 400; silent: 200 and the user stays active (A5.4 leaves it [UNK]); allow: no such rule (plain RFC server). */
  lastSuperAdmin: 'reject' | 'silent' | 'allow';
  /** Adding a member already in the group (A5.11: uniqueness is the spec's example; IdPs re-add, IDP-SHAPES 4.10.4). */
  duplicateMemberAdd: 'ignore' | 'conflict';
  /** global-user-tag: a User id is the person's Cloudflare user tag, the same in every account and after re-provisioning (A4); unique: never reused. */
  userIdentity: 'global-user-tag' | 'unique';
  /** Largest page (A5.6: [INF] 100, the ServiceProviderConfig example). */
  maxResults: number;
  /** attributes / excludedAttributes honoured (RFC 7644 §3.4.2.5), or ignored (A5.6 [INF]). */
  attributeProjection: boolean;
  /** sortBy / sortOrder honoured (RFC 7644 §3.4.2.3), or ignored (A5.6 [INF]). */
  sort: boolean;
  /** PUT /Groups/{id} exists (A3: added 2026-08-21; D1.4 knob to disable). */
  groupPut: boolean;
  /** POST /Users/.search and /Groups/.search (RFC 7644 §3.4.3); Cloudflare has none ([INF] A3). */
  search: boolean;
  /** ServiceProviderConfig documentationUri. */
  documentationUri: string;
  /** Body of 401/403 on SCIM routes: RFC 7644 error or the v4 envelope (A8, D1.2: unknown). */
  authErrorBody: 'scim' | 'v4';
}

export type PresetName = 'cloudflare-account' | 'cloudflare-account-legacy' | 'generic';

const CLOUDFLARE_ACCOUNT: Preset = {
  groupModel: 'user-groups',
  filterSupport: 'cloudflare',
  // [INF] A5.6: "likely 400 invalidFilter".
  unsupportedFilter: 'reject',
  userPatch: 'replace-only',
  attributeStorage: 'cloudflare',
  userGroupsShape: 'strings',
  meta: 'resource-type-only',
  deactivate: 'remove-member',
  // [INF] A5.5: DELETE is not in the spec, but Authentik (supported since 2026-03, A1) removes users
  // only by DELETE and Audit Logs v2 lists "Delete SCIM User — Member deprovisioned" (A11).
  userDelete: 'deprovision',
  // [INF] A5.4: an explicit error tells the IdP admin why the user stays; 'silent' is the alternative.
  lastSuperAdmin: 'reject',
  // Authentik re-adds members right after creating a group (IDP-SHAPES 4.10.4); rejecting that would break it.
  duplicateMemberAdd: 'ignore',
  userIdentity: 'global-user-tag',
  maxResults: 100,
  attributeProjection: false,
  sort: false,
  groupPut: true,
  search: false,
  // D1.5: the spec's example value.
  documentationUri: 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/',
  authErrorBody: 'scim',
};

export const PRESETS: Readonly<Record<PresetName, Readonly<Preset>>> = {
  'cloudflare-account': CLOUDFLARE_ACCOUNT,
  // A6: before 2025-12-02 only the virtual role groups existed; everything else about Users is the same.
  'cloudflare-account-legacy': { ...CLOUDFLARE_ACCOUNT, groupModel: 'legacy-virtual-groups' },
  // A plain RFC 7643/7644 reference server, so checks can be told apart from Cloudflare's deviations.
  generic: {
    groupModel: 'plain',
    filterSupport: 'full',
    unsupportedFilter: 'reject',
    userPatch: 'full',
    attributeStorage: 'full',
    userGroupsShape: 'complex',
    meta: 'full',
    deactivate: 'keep-inactive',
    userDelete: 'delete',
    lastSuperAdmin: 'allow',
    duplicateMemberAdd: 'ignore',
    userIdentity: 'unique',
    maxResults: 100,
    attributeProjection: true,
    sort: true,
    groupPut: true,
    search: true,
    documentationUri: 'https://www.rfc-editor.org/rfc/rfc7644',
    authErrorBody: 'scim',
  },
};

export function isPresetName(value: string): value is PresetName {
  return Object.hasOwn(PRESETS, value);
}

export function resolvePreset(name: PresetName, overrides: Partial<Preset> = {}): Readonly<Preset> {
  return Object.freeze({ ...PRESETS[name], ...overrides });
}
