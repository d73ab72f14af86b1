import type { DocumentedDeviation } from './index.ts';

/**
 * Where Cloudflare's account SCIM API is documented to depart from RFC 7643/7644 (CLOUDFLARE.md A4,
 * A5.6, A6), as the protocol checks see it. Shape deviations inside response bodies (User "groups" as
 * strings, meta without timestamps) are schema deviations instead: fixtures/data/schema-deviations.ts.
 */
const API: DocumentedDeviation['source'] = { cloudflare: 'scim-api' };

const META = 'meta carries resourceType only, without created or lastModified (CLOUDFLARE.md A4)';
const PATCH_REPLACE_ONLY = 'User PATCH takes effect only as replace on userName, name.givenName, name.familyName and active; add and remove are accepted and do nothing (CLOUDFLARE.md A4)';
const PATCH_PATHS = 'User PATCH accepts and ignores paths other than userName, name.givenName, name.familyName, active and emails[type eq "work"].value (CLOUDFLARE.md A4, [INF])';
const NO_PROJECTION = 'the API has no attributes or excludedAttributes parameters; they are ignored (CLOUDFLARE.md A5.6, [INF])';

export const CLOUDFLARE_ACCOUNT_PROTOCOL: readonly DocumentedDeviation[] = [
  { requirement: 'users/read/meta-timestamps', reason: META, source: API },
  { requirement: 'users/replace/created-kept', reason: META, source: API },
  { requirement: 'patch/replace/simple-attribute', reason: PATCH_REPLACE_ONLY, source: API },
  { requirement: 'patch/remove/sub-attribute', reason: PATCH_REPLACE_ONLY, source: API },
  { requirement: 'patch/errors/remove-without-path', reason: PATCH_REPLACE_ONLY, source: API },
  { requirement: 'patch/errors/invalid-path', reason: PATCH_PATHS, source: API },
  { requirement: 'patch/errors/read-only-mutability', reason: PATCH_PATHS, source: API },
  { requirement: 'attributes/get/attributes-param', reason: NO_PROJECTION, source: API },
  { requirement: 'attributes/get/excluded-attributes', reason: NO_PROJECTION, source: API },
  { requirement: 'attributes/list/attributes-param', reason: NO_PROJECTION, source: API },
  { requirement: 'attributes/list/excluded-attributes', reason: NO_PROJECTION, source: API },
  { requirement: 'attributes/sub-attribute/narrowing', reason: NO_PROJECTION, source: API },
];

/** CLOUDFLARE.md A6: before 2025-12-02 only the exact role-bound names could be created. */
export const LEGACY_VIRTUAL_GROUPS_PROTOCOL: readonly DocumentedDeviation[] = [
  {
    requirement: 'groups/create/201-with-id',
    reason: 'the legacy model binds only the exact "CF-<ACCOUNT_ID> - <Role Name>" names and allows no custom groups, so POST /Groups with any other name is refused (CLOUDFLARE.md A6)',
    source: { cloudflare: 'virtual-groups-migration' },
  },
];
