import type { Requirement } from '../types.ts';

/**
 * Features a target may leave out (RFC 7643 §5, RFC 7644 §3.4.3, §3.7, §3.11, §3.14). A feature it does not claim is skipped with
 * that reason; one it claims must work. Claims are read fresh from the target's ServiceProviderConfig by each check.
 */
export const optionalFeatures = [
  {
    id: 'optional-features/sort/ascending',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When sort is claimed, sortBy orders the results by that attribute, ascending by default.',
    refs: [{ rfc7644: '3.4.2.3' }, { rfc7643: '5' }],
  },
  {
    id: 'optional-features/sort/descending',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When sort is claimed, sortOrder=descending orders the results from last to first.',
    refs: [{ rfc7644: '3.4.2.3' }, { rfc7643: '5' }],
  },
  {
    id: 'optional-features/etag/version-header',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When etag is claimed, a single-resource answer carries an ETag header equal to meta.version.',
    refs: [{ rfc7644: '3.14' }, { rfc7643: '3.1' }],
  },
  {
    id: 'optional-features/etag/version-changes',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When etag is claimed, meta.version changes when the resource changes.',
    refs: [{ rfc7644: '3.14' }, { rfc7643: '3.1' }],
  },
  {
    id: 'optional-features/etag/if-match-stale-412',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When etag is claimed, a PUT whose If-Match names an old version answers 412 and changes nothing.',
    refs: [{ rfc7644: '3.14' }],
  },
  {
    id: 'optional-features/etag/if-none-match-304',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When etag is claimed, a GET whose If-None-Match names the current version answers 304 Not Modified.',
    refs: [{ rfc7644: '3.14' }],
  },
  {
    id: 'optional-features/bulk/claimed-works',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When bulk is claimed, POST /Bulk runs a BulkRequest and answers 200 with a BulkResponse.',
    refs: [{ rfc7644: '3.7' }, { rfc7643: '5' }],
  },
  {
    id: 'optional-features/change-password/claimed-works',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When changePassword is claimed, a PATCH that replaces password succeeds and the password is never returned.',
    refs: [{ rfc7643: '5' }, { rfc7644: '3.5.2' }],
  },
  {
    id: 'optional-features/search/post-search',
    level: 'MUST',
    area: 'optional-features',
    rule: 'When POST /.search is served on /Users, it answers like the equivalent GET: a ListResponse of the matching Users.',
    refs: [{ rfc7644: '3.4.3' }],
  },
  {
    id: 'optional-features/me/answered',
    level: 'SHOULD',
    area: 'optional-features',
    rule: 'GET /Me answers with the authenticated subject\'s User, or 501 Not Implemented when the target does not serve /Me.',
    refs: [{ rfc7644: '3.11' }],
  },
] as const satisfies readonly Requirement[];
