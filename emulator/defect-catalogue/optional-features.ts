import type { Defect } from '../defect-types.ts';

/** Defects that break the optional-features requirements (requirements/catalog/optional-features.ts). */
export const optionalFeaturesDefects = [
  { name: 'optional-features/sort/ascending', breaks: 'optional-features/sort/ascending', description: 'sortBy is ignored.' },
  { name: 'optional-features/sort/descending', breaks: 'optional-features/sort/descending', description: 'sortOrder is ignored.' },
  { name: 'optional-features/etag/version-header', breaks: 'optional-features/etag/version-header', description: 'The ETag header of a single-resource answer differs from meta.version.' },
  { name: 'optional-features/etag/version-changes', breaks: 'optional-features/etag/version-changes', description: 'meta.version and the ETag header stay W/"1" whatever changes.' },
  { name: 'optional-features/etag/if-match-stale-412', breaks: 'optional-features/etag/if-match-stale-412', description: 'If-Match is ignored on writes.' },
  { name: 'optional-features/etag/if-none-match-304', breaks: 'optional-features/etag/if-none-match-304', description: 'If-None-Match is ignored on reads.' },
  { name: 'optional-features/bulk/claimed-works', breaks: 'optional-features/bulk/claimed-works', description: 'ServiceProviderConfig claims bulk, but POST /Bulk answers 404.' },
  { name: 'optional-features/change-password/claimed-works', breaks: 'optional-features/change-password/claimed-works', description: 'ServiceProviderConfig claims changePassword, but a PATCH of password answers 400.' },
  { name: 'optional-features/search/post-search', breaks: 'optional-features/search/post-search', description: 'POST /Users/.search ignores the filter of its body.' },
  { name: 'optional-features/me/answered', breaks: 'optional-features/me/answered', description: 'GET /Me answers 404.' },
] as const satisfies readonly Defect[];
