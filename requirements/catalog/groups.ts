import type { Requirement } from '../types.ts';

export const groups = [
  {
    id: 'groups/create/201-with-id',
    level: 'MUST',
    area: 'groups',
    rule: 'POST /Groups answers 201 Created with the new Group, whose "id" is a non-empty string assigned by the server.',
    refs: [{ rfc7644: '3.3' }, { rfc7643: '4.2' }],
  },
  {
    id: 'groups/create/location-header',
    level: 'MUST',
    area: 'groups',
    rule: 'The 201 of POST /Groups carries a Location header with the new Group\'s URI, ending in /Groups/{id}.',
    refs: [{ rfc7644: '3.3' }],
  },
  {
    id: 'groups/create/members',
    level: 'MUST',
    area: 'groups',
    rule: 'A Group created with members lists them, each member\'s value being the User\'s id.',
    refs: [{ rfc7643: '4.2' }, { rfc7644: '3.3' }],
  },
  {
    id: 'groups/read/by-id',
    level: 'MUST',
    area: 'groups',
    rule: 'GET /Groups/{id} answers 200 with that Group: the same id and displayName it was created with.',
    refs: [{ rfc7644: '3.4.1' }],
  },
  {
    id: 'groups/read/unknown-id-404',
    level: 'MUST',
    area: 'groups',
    rule: 'GET /Groups/{id} for an id that does not exist answers 404 with a SCIM Error.',
    refs: [{ rfc7644: '3.4.1' }, { rfc7644: '3.12' }],
  },
  {
    id: 'groups/list/list-response',
    level: 'MUST',
    area: 'groups',
    rule: 'GET /Groups answers 200 with a ListResponse of Groups.',
    refs: [{ rfc7644: '3.4.2' }],
  },
  {
    id: 'groups/replace/put-replaces',
    level: 'MUST',
    area: 'groups',
    rule: 'PUT /Groups/{id} replaces the Group: displayName and members become what the body says, and what it leaves out is cleared.',
    refs: [{ rfc7644: '3.5.1' }],
  },
  {
    id: 'groups/delete/204-then-404',
    level: 'MUST',
    area: 'groups',
    rule: 'DELETE /Groups/{id} answers 204 No Content, and the Group is gone: a GET of it answers 404.',
    refs: [{ rfc7644: '3.6' }],
  },
  {
    id: 'groups/delete/unknown-id-404',
    level: 'MUST',
    area: 'groups',
    rule: 'DELETE /Groups/{id} for an id that does not exist answers 404 with a SCIM Error.',
    refs: [{ rfc7644: '3.6' }, { rfc7644: '3.12' }],
  },
  {
    id: 'groups/membership/user-groups',
    level: 'MUST',
    area: 'groups',
    rule: 'When the User schema defines "groups", a User\'s groups lists every Group it is a direct member of.',
    refs: [{ rfc7643: '4.1.2' }],
  },
] as const satisfies readonly Requirement[];
