import type { Defect } from '../defect-types.ts';

/** Defects that break the users requirements (requirements/catalog/users.ts). */
export const usersDefects = [
  { name: 'users/create/201-with-id', breaks: 'users/create/201-with-id', description: 'POST /Users answers 200 instead of 201.' },
  { name: 'users/create/201-with-id~no-id', breaks: 'users/create/201-with-id', description: 'The 201 body of POST /Users lacks "id".' },
  { name: 'users/read/by-id', breaks: 'users/read/by-id', description: 'GET /Users/{id} returns userName upper-cased.' },
  { name: 'users/read/unknown-id-404', breaks: 'users/read/unknown-id-404', description: 'GET /Users/{id} of an unknown id answers 404 with a text/plain body "not found".' },
  { name: 'users/delete/204-then-404', breaks: 'users/delete/204-then-404', description: 'DELETE /Users/{id} answers 204, but the user stays readable and a member.' },
] as const satisfies readonly Defect[];
