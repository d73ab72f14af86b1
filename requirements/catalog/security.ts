import type { Requirement } from '../types.ts';

/**
 * Who may do what: RFC 7644 §2 (every request is authenticated and authorised), RFC 6750 §3.1
 * (401 invalid_token, 403 insufficient_scope) and the security considerations of RFC 7644 §7.
 */
export const security = [
  {
    id: 'security/auth/unauthenticated-401',
    level: 'MUST',
    area: 'security',
    rule: 'A request with no Authorization header, a malformed one or an unknown bearer token is answered 401 with no resource data in the body, and changes nothing.',
    refs: [{ rfc7644: '2' }, { rfc6750: '3.1' }],
  },
  {
    id: 'security/auth/permission-required-403',
    level: 'MUST',
    area: 'security',
    rule: 'A valid token of the account that lacks the SCIM permission for the request is refused with 401 or 403, with no resource data in the body, and changes nothing.',
    refs: [{ rfc7644: '2' }, { rfc6750: '3.1' }],
  },
  {
    id: 'security/isolation/foreign-token-reads-nothing',
    level: 'MUST',
    area: 'security',
    rule: 'A valid token of another account or tenant reads none of this account\'s resources: by id it gets 401, 403 or 404, and no list or filter returns them.',
    refs: [{ rfc7644: '2' }, { rfc7644: '7.3' }],
  },
  {
    id: 'security/isolation/foreign-token-writes-nothing',
    level: 'MUST',
    area: 'security',
    rule: 'A valid token of another account or tenant changes none of this account\'s resources: PATCH, PUT and DELETE of them get 401, 403 or 404 and leave them as they were.',
    refs: [{ rfc7644: '2' }, { rfc7644: '7.3' }],
  },
  {
    id: 'security/returned-never/password',
    level: 'MUST',
    area: 'security',
    rule: 'A password sent with a User is never returned: not in the create response, a read by id or a list.',
    refs: [{ rfc7643: '4.1.1' }, { rfc7643: '7' }, { rfc7644: '7.7' }],
  },
  {
    id: 'security/errors/no-internals',
    level: 'SHOULD',
    area: 'security',
    rule: 'Error responses carry no stack traces, source file paths, SQL or framework internals.',
    refs: [{ rfc7644: '3.12' }, { rfc7644: '7' }],
  },
] as const satisfies readonly Requirement[];
