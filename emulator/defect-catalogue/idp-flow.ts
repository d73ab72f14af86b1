import type { Defect } from '../defect-types.ts';

/** Defects that break the idp-flow requirements (requirements/catalog/idp-flow.ts). */
export const idpFlowDefects = [
  { name: 'idp/connection-test~okta-count-strings', breaks: 'idp/connection-test', idp: 'okta', description: 'ListResponse totalResults, itemsPerPage and startIndex are strings whenever "count" is in the query.' },
  { name: 'idp/connection-test~entra-no-match-404', breaks: 'idp/connection-test', idp: 'entra', description: 'A filter query with no match answers 404 instead of an empty ListResponse.' },
  { name: 'idp/connection-test~authentik-spc-incomplete', breaks: 'idp/connection-test', idp: 'authentik', description: 'ServiceProviderConfig "bulk" lacks "maxOperations".' },
  { name: 'idp/create-user~okta-password-rejected', breaks: 'idp/create-user', idp: 'okta', description: 'POST /Users with a "password" attribute answers 400 invalidValue.' },
  { name: 'idp/create-user~entra-meta-rejected', breaks: 'idp/create-user', idp: 'entra', description: 'POST /Users with a "meta" attribute answers 400 invalidSyntax.' },
  { name: 'idp/create-user~authentik-other-email-rejected', breaks: 'idp/create-user', idp: 'authentik', description: 'POST /Users whose email has type "other" answers 400 invalidValue.' },
  { name: 'idp/read-user', breaks: 'idp/read-user', description: 'Users read back (GET by id and in lists) omit "active".' },
  { name: 'idp/remove-user~okta-pathless-ignored', breaks: 'idp/remove-user', idp: 'okta', description: 'A path-less PATCH replace is answered 200 but ignored.' },
  { name: 'idp/remove-user~entra-string-boolean-ignored', breaks: 'idp/remove-user', idp: 'entra', description: '"active" given as a string ("False") in PATCH is ignored.' },
  { name: 'idp/remove-user~authentik-delete-405', breaks: 'idp/remove-user', idp: 'authentik', description: 'DELETE /Users/{id} answers 405.' },
] as const satisfies readonly Defect[];
