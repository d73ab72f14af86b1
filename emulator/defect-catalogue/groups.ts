import type { Defect } from '../defect-types.ts';

/** Defects that break the groups requirements (requirements/catalog/groups.ts). */
export const groupsDefects = [
  { name: 'groups/create/201-with-id', breaks: 'groups/create/201-with-id', description: 'POST /Groups answers 200 instead of 201.' },
  { name: 'groups/create/location-header', breaks: 'groups/create/location-header', description: 'The 201 of POST /Groups has no Location header.' },
  { name: 'groups/create/members', breaks: 'groups/create/members', description: 'POST /Groups ignores the members in its body.' },
  { name: 'groups/read/by-id', breaks: 'groups/read/by-id', description: 'GET /Groups/{id} returns displayName upper-cased.' },
  { name: 'groups/read/unknown-id-404', breaks: 'groups/read/unknown-id-404', description: 'GET /Groups/{id} of an unknown id answers 200 with an empty ListResponse.' },
  { name: 'groups/list/list-response', breaks: 'groups/list/list-response', description: 'GET /Groups answers a bare JSON array of Groups.' },
  { name: 'groups/replace/put-replaces', breaks: 'groups/replace/put-replaces', description: 'PUT /Groups/{id} keeps the members the body leaves out.' },
  { name: 'groups/delete/204-then-404', breaks: 'groups/delete/204-then-404', description: 'DELETE /Groups/{id} answers 204 but keeps the Group.' },
  { name: 'groups/delete/unknown-id-404', breaks: 'groups/delete/unknown-id-404', description: 'DELETE /Groups/{id} of an unknown id answers 204.' },
  { name: 'groups/membership/user-groups', breaks: 'groups/membership/user-groups', description: 'Users read by id carry no "groups", whatever they are members of.' },
] as const satisfies readonly Defect[];
