import type { Requirement } from '../types.ts';

export const users = [
  {
    id: 'users/create/201-with-id',
    level: 'MUST',
    area: 'users',
    rule: 'POST /Users answers 201 Created with the new User, whose "id" is a non-empty string assigned by the server.',
    refs: [{ rfc7644: '3.3' }, { rfc7643: '3.1' }],
  },
  {
    id: 'users/read/by-id',
    level: 'MUST',
    area: 'users',
    rule: 'GET /Users/{id} answers 200 with that User: the same id and userName it was created with.',
    refs: [{ rfc7644: '3.4.1' }],
  },
  {
    id: 'users/read/unknown-id-404',
    level: 'MUST',
    area: 'users',
    rule: 'GET /Users/{id} for an id that does not exist answers 404 with a SCIM Error body whose status is "404".',
    refs: [{ rfc7644: '3.12' }],
  },
  {
    id: 'users/delete/204-then-404',
    level: 'MUST',
    area: 'users',
    rule: 'DELETE /Users/{id} answers 204 No Content, and the User is gone: a GET of it answers 404.',
    refs: [{ rfc7644: '3.6' }],
  },
] as const satisfies readonly Requirement[];
