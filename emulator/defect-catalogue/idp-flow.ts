import type { Defect } from '../defect-types.ts';

/**
 * A defect that only some variants of an IdP expose names them in `shapes` (`<idp>/<variant>`, the
 * profile files under fixtures/idp/): Entra sends capitalised ops only without the aadOptscim062020
 * flag, Okta's custom app never PATCHes. Proof mode and the run-wide defect test select by it.
 */
export interface ShapeDefect extends Defect {
  readonly shapes?: readonly string[];
}

/** Whether a project (IdP and variant) replays the request shapes that expose this defect. */
export function exposes(defect: Defect, idp: string, variant: string): boolean {
  if (defect.idp !== undefined && defect.idp !== idp) return false;
  const shapes: unknown = 'shapes' in defect ? defect.shapes : undefined;
  return !Array.isArray(shapes) || shapes.includes(`${idp}/${variant}`);
}

/** Defects that break the idp-flow requirements (requirements/catalog/idp-flow.ts). */
export const idpFlowDefects = [
  { name: 'idp/connection-test~okta-count-strings', breaks: 'idp/connection-test', idp: 'okta', description: 'ListResponse totalResults, itemsPerPage and startIndex are strings whenever "count" is in the query.' },
  { name: 'idp/connection-test~entra-no-match-404', breaks: 'idp/connection-test', idp: 'entra', description: 'A filter query with no match answers 404 instead of an empty ListResponse.' },
  { name: 'idp/connection-test~authentik-spc-incomplete', breaks: 'idp/connection-test', idp: 'authentik', description: 'ServiceProviderConfig "bulk" lacks "maxOperations".' },
  { name: 'idp/find-user', breaks: 'idp/find-user', description: 'A `userName eq` filter matches nobody, even a provisioned user.' },
  { name: 'idp/find-user~okta-filter-paging-ignored', breaks: 'idp/find-user', idp: 'okta', description: 'A userName filter with startIndex or count appended matches nobody.' },
  { name: 'idp/find-user~authentik-conflict-400', breaks: 'idp/find-user', idp: 'authentik', description: 'POST /Users of a userName already in use answers 400 instead of 409.' },
  { name: 'idp/create-user~okta-password-rejected', breaks: 'idp/create-user', idp: 'okta', description: 'POST /Users with a "password" attribute answers 400 invalidValue.' },
  { name: 'idp/create-user~entra-meta-rejected', breaks: 'idp/create-user', idp: 'entra', description: 'POST /Users with a "meta" attribute answers 400 invalidSyntax.' },
  { name: 'idp/create-user~authentik-other-email-rejected', breaks: 'idp/create-user', idp: 'authentik', description: 'POST /Users whose email has type "other" answers 400 invalidValue.' },
  { name: 'idp/read-user', breaks: 'idp/read-user', description: 'Users read back (GET by id and in lists) omit "active".' },
  { name: 'idp/update-user', breaks: 'idp/update-user', description: 'PUT and PATCH of a user answer 200 but leave name.givenName as it was.' },
  { name: 'idp/update-user~capitalised-op-rejected', breaks: 'idp/update-user', idp: 'entra', shapes: ['entra/default'], description: 'A PATCH operation whose "op" is capitalised ("Replace", "Add", "Remove") answers 400 invalidSyntax.' },
  { name: 'idp/update-user~dotted-keys-ignored', breaks: 'idp/update-user', idp: 'entra', shapes: ['entra/aad-opt'], description: 'A path-less PATCH replace ignores value keys that are attribute paths ("name.givenName").' },
  { name: 'idp/update-user~okta-put-readonly-rejected', breaks: 'idp/update-user', idp: 'okta', description: 'PUT /Users/{id} whose body carries the server\'s own "meta" or "groups" answers 400 mutability.' },
  { name: 'idp/deactivate-user~okta-pathless-ignored', breaks: 'idp/deactivate-user', idp: 'okta', shapes: ['okta/oin'], description: 'A path-less PATCH replace of a user is answered 200 but ignored.' },
  { name: 'idp/deactivate-user~entra-string-boolean-ignored', breaks: 'idp/deactivate-user', idp: 'entra', shapes: ['entra/default'], description: '"active" given as a string ("False") in PATCH is ignored.' },
  { name: 'idp/deactivate-user~entra-active-path-ignored', breaks: 'idp/deactivate-user', idp: 'entra', description: 'A PATCH operation with the path "active" is answered 200 but ignored.' },
  { name: 'idp/deactivate-user~put-active-ignored', breaks: 'idp/deactivate-user', shapes: ['okta/aiw', 'authentik/default'], description: '"active": false in PUT /Users/{id} is ignored.' },
  { name: 'idp/read-deactivated-user', breaks: 'idp/read-deactivated-user', description: 'A deactivated user is hidden: GET by id answers 404 and filters leave it out.' },
  { name: 'idp/reactivate-user', breaks: 'idp/reactivate-user', description: 'Reactivation does not take effect: "active": true on an inactive user is ignored, and re-creating a deprovisioned member answers 409.' },
  { name: 'idp/delete-user', breaks: 'idp/delete-user', description: 'DELETE /Users/{id} answers 405.' },
  { name: 'idp/find-group', breaks: 'idp/find-group', description: 'GET /Groups/{id} answers with the group\'s displayName upper-cased.' },
  { name: 'idp/find-group~entra-excluded-attributes-rejected', breaks: 'idp/find-group', idp: 'entra', description: 'GET /Groups/{id} with excludedAttributes answers 400 invalidSyntax.' },
  { name: 'idp/create-group', breaks: 'idp/create-group', description: 'The 201 body of POST /Groups lacks "id".' },
  { name: 'idp/create-group~entra-unknown-schema-rejected', breaks: 'idp/create-group', idp: 'entra', description: 'POST /Groups whose "schemas" lists a URI besides the core Group schema (Entra\'s ADSCIM) answers 400 invalidSyntax.' },
  { name: 'idp/create-group~authentik-empty-members-omitted', breaks: 'idp/create-group', idp: 'authentik', description: 'GET /Groups/{id} of a group without members omits "members".' },
  { name: 'idp/link-group', breaks: 'idp/link-group', shapes: ['entra/default', 'entra/aad-opt', 'authentik/default'], description: 'Groups cannot be found by name: `displayName eq` filters match nothing, and in the legacy model a POST of a role group\'s exact name no longer binds to it.' },
  { name: 'idp/link-group~okta-list-empty', breaks: 'idp/link-group', idp: 'okta', description: 'GET /Groups without a filter answers an empty "Resources" page (totalResults still counts every group).' },
  { name: 'idp/add-member', breaks: 'idp/add-member', description: 'Membership additions (PATCH add or replace, PUT) are answered 200 but nobody joins the group.' },
  { name: 'idp/add-member~entra-ref-null-rejected', breaks: 'idp/add-member', idp: 'entra', description: 'A member value with "$ref": null answers 400 invalidValue.' },
  { name: 'idp/add-member~okta-noop-rename-rejected', breaks: 'idp/add-member', idp: 'okta', shapes: ['okta/oin'], description: 'A path-less PATCH replace of a group whose value carries "id" answers 400 mutability.' },
  { name: 'idp/remove-member', breaks: 'idp/remove-member', description: 'Membership removals (PATCH remove or replace, PUT) are answered 200 but nobody leaves the group.' },
  { name: 'idp/remove-member~value-array-ignored', breaks: 'idp/remove-member', shapes: ['entra/default', 'authentik/default'], description: 'A remove of "members" with a value array ignores the array and removes every member.' },
  { name: 'idp/remove-member~filter-path-rejected', breaks: 'idp/remove-member', shapes: ['okta/oin', 'entra/aad-opt'], description: 'A remove with the path members[value eq "..."] answers 400 invalidPath.' },
  { name: 'idp/rename-group', breaks: 'idp/rename-group', description: 'A new displayName for a group is answered 200 but not stored.' },
  { name: 'idp/rename-group~authentik-no-schemas-rejected', breaks: 'idp/rename-group', idp: 'authentik', description: 'A PatchOp without a top-level "schemas" answers 400 invalidSyntax.' },
  { name: 'idp/delete-group', breaks: 'idp/delete-group', description: 'DELETE /Groups/{id} answers 204 but the group stays.' },
] as const satisfies readonly ShapeDefect[];
