import type { Defect } from '../defect-types.ts';

/** Defects that break the security requirements (requirements/catalog/security.ts). */
export const securityDefects = [
  { name: 'security/auth/unauthenticated-401', breaks: 'security/auth/unauthenticated-401', description: 'The SCIM surface serves requests with no, a malformed or an unknown bearer token as if they carried the SCIM token.' },
  { name: 'security/auth/permission-required-403', breaks: 'security/auth/permission-required-403', description: 'Token permissions are not checked: any valid token of the account (read-only, no SCIM permission) may read and write.' },
  { name: 'security/isolation/foreign-token-reads-nothing', breaks: 'security/isolation/foreign-token-reads-nothing', description: 'A GET with a well-formed bearer token this account does not know (another account\'s) is served with this account\'s data.' },
  { name: 'security/isolation/foreign-token-writes-nothing', breaks: 'security/isolation/foreign-token-writes-nothing', description: 'A POST, PATCH, PUT or DELETE with a well-formed bearer token this account does not know (another account\'s) is carried out on this account.' },
  { name: 'security/returned-never/password', breaks: 'security/returned-never/password', description: 'The 201 of POST /Users echoes the password the request carried.' },
  { name: 'security/errors/no-internals', breaks: 'security/errors/no-internals', description: 'The 400 for an unparsable body carries the parser\'s stack trace, with source file paths.' },
] as const satisfies readonly Defect[];
