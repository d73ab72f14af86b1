/**
 * Defects: named switches that each break exactly one requirement, so the project can prove every
 * check can fail. A defect's name is the id of the requirement it breaks, or `<id>~<variant>` when a
 * requirement has several; `idp` is set when only that IdP's request shapes expose it. Switched per
 * emulator instance, for every account of it.
 */
export interface Defect {
  readonly name: string;
  readonly breaks: string;
  readonly idp?: 'okta' | 'entra' | 'authentik';
  readonly description: string;
}

const CATALOGUE = [
  { name: 'discovery/service-provider-config/served', breaks: 'discovery/service-provider-config/served', description: 'GET /ServiceProviderConfig answers 404.' },
  { name: 'discovery/service-provider-config/capabilities-declared', breaks: 'discovery/service-provider-config/capabilities-declared', description: 'ServiceProviderConfig lacks "etag" and "authenticationSchemes".' },
  { name: 'discovery/resource-types/listed', breaks: 'discovery/resource-types/listed', description: 'GET /ResourceTypes omits the Group resource type.' },
  { name: 'discovery/schemas/listed', breaks: 'discovery/schemas/listed', description: 'GET /Schemas omits the core User schema.' },
  { name: 'users/create/201-with-id', breaks: 'users/create/201-with-id', description: 'POST /Users answers 200 instead of 201.' },
  { name: 'users/create/201-with-id~no-id', breaks: 'users/create/201-with-id', description: 'The 201 body of POST /Users lacks "id".' },
  { name: 'users/read/by-id', breaks: 'users/read/by-id', description: 'GET /Users/{id} returns userName upper-cased.' },
  { name: 'users/read/unknown-id-404', breaks: 'users/read/unknown-id-404', description: 'GET /Users/{id} of an unknown id answers 404 with a text/plain body "not found".' },
  { name: 'users/delete/204-then-404', breaks: 'users/delete/204-then-404', description: 'DELETE /Users/{id} answers 204, but the user stays readable and a member.' },
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

export type DefectName = (typeof CATALOGUE)[number]['name'];

export const DEFECTS: readonly (Defect & { readonly name: DefectName })[] = CATALOGUE;

const KNOWN: ReadonlySet<string> = new Set(DEFECTS.map((d) => d.name));

export function isDefectName(name: string): name is DefectName {
  return KNOWN.has(name);
}

function assertKnown(name: string): asserts name is DefectName {
  if (!KNOWN.has(name)) throw new Error(`unknown defect "${name}"; known defects: ${[...KNOWN].join(', ')}`);
}

/** The defects switched on in one emulator instance. */
export class DefectSwitches {
  private readonly on = new Set<DefectName>();

  enable(name: string): void {
    assertKnown(name);
    this.on.add(name);
  }

  disable(name: string): void {
    assertKnown(name);
    this.on.delete(name);
  }

  /** Exactly these on, all others off; nothing changes when a name is unknown. */
  set(names: Iterable<string>): void {
    const list = [...names];
    for (const name of list) assertKnown(name);
    this.on.clear();
    for (const name of list) this.on.add(name as DefectName);
  }

  has(name: DefectName): boolean {
    return this.on.has(name);
  }

  active(): DefectName[] {
    return [...this.on];
  }
}
