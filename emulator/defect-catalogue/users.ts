import type { Defect } from '../defect-types.ts';

/** Defects that break the users requirements (requirements/catalog/users.ts). */
export const usersDefects = [
  { name: 'users/create/201-with-id', breaks: 'users/create/201-with-id', description: 'POST /Users answers 200 instead of 201.' },
  { name: 'users/create/201-with-id~no-id', breaks: 'users/create/201-with-id', description: 'The 201 body of POST /Users lacks "id".' },
  { name: 'users/create/location-header', breaks: 'users/create/location-header', description: 'The 201 of POST /Users has no Location header.' },
  { name: 'users/create/location-header~collection', breaks: 'users/create/location-header', description: 'The Location header of a 201 from POST /Users names the /Users collection, not the new User.' },
  { name: 'users/create/meta-resource-type', breaks: 'users/create/meta-resource-type', description: 'Users created and read by id carry meta.resourceType "Users".' },
  { name: 'users/create/minimal', breaks: 'users/create/minimal', description: 'POST /Users without "emails" answers 400 invalidValue.' },
  { name: 'users/create/full-representation', breaks: 'users/create/full-representation', description: 'The 201 body of POST /Users leaves out name and externalId.' },
  { name: 'users/create/client-id-ignored', breaks: 'users/create/client-id-ignored', description: 'POST /Users answers with the "id" the client sent instead of the one it assigned.' },
  { name: 'users/create/read-only-ignored', breaks: 'users/create/read-only-ignored', description: 'POST /Users answers with the "meta" the client sent merged into its own.' },
  { name: 'users/create/duplicate-409', breaks: 'users/create/duplicate-409', description: 'A userName already in use on POST /Users answers 400 invalidValue instead of 409 uniqueness.' },
  { name: 'users/create/missing-user-name-400', breaks: 'users/create/missing-user-name-400', description: 'POST /Users without userName answers 500.' },
  { name: 'users/read/by-id', breaks: 'users/read/by-id', description: 'GET /Users/{id} returns userName upper-cased.' },
  { name: 'users/read/unknown-id-404', breaks: 'users/read/unknown-id-404', description: 'GET /Users/{id} of an unknown id answers 404 with a text/plain body "not found".' },
  { name: 'users/read/meta-timestamps', breaks: 'users/read/meta-timestamps', description: 'A User read by id reports meta.lastModified an hour after meta.created, although it was never modified.' },
  { name: 'users/replace/omitted-cleared', breaks: 'users/replace/omitted-cleared', description: 'PUT /Users/{id} keeps the attributes the body leaves out.' },
  { name: 'users/replace/read-only-ignored', breaks: 'users/replace/read-only-ignored', description: 'PUT /Users/{id} answers with the "meta" the client sent merged into its own.' },
  { name: 'users/replace/returns-updated', breaks: 'users/replace/returns-updated', description: 'PUT /Users/{id} answers 200 with the User as it was before the replace.' },
  { name: 'users/replace/created-kept', breaks: 'users/replace/created-kept', description: 'PUT /Users/{id} answers with meta.created moved to a second after the replace.' },
  { name: 'users/replace/unknown-id-404', breaks: 'users/replace/unknown-id-404', description: 'PUT /Users/{id} of an unknown id answers 400 invalidValue.' },
  { name: 'users/delete/204-then-404', breaks: 'users/delete/204-then-404', description: 'DELETE /Users/{id} answers 204, but the user stays readable and a member.' },
  { name: 'users/delete/unknown-id-404', breaks: 'users/delete/unknown-id-404', description: 'DELETE /Users/{id} of an unknown id answers 204.' },
] as const satisfies readonly Defect[];
