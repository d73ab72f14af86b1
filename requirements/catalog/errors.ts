import type { Requirement } from '../types.ts';

/**
 * Errors (RFC 7644 §3.12): the table of statuses and scimType values is one data module, lib/scim-errors.ts, shared with the emulator.
 */
export const errors = [
  {
    id: 'errors/body/shape',
    level: 'MUST',
    area: 'errors',
    rule: 'An error answers with a SCIM Error body: "schemas" lists the Error URN and "status" is the HTTP status as a string.',
    refs: [{ rfc7644: '3.12' }],
  },
  {
    id: 'errors/scim-type/table',
    level: 'MUST',
    area: 'errors',
    rule: 'An error\'s scimType, when it has one, is the RFC 7644 Table 9 value for the fault and belongs with its status; where the RFC names it (invalidFilter, uniqueness), it is there.',
    refs: [{ rfc7644: '3.12' }],
  },
  {
    id: 'errors/content-type/scim-json',
    level: 'SHOULD',
    area: 'errors',
    rule: 'Responses with a body carry Content-Type application/scim+json.',
    refs: [{ rfc7644: '3.1' }, { rfc7644: '8.1' }],
  },
] as const satisfies readonly Requirement[];
