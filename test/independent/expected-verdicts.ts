/**
 * What the suite must say about the SCIMMY server (scimmy-server.ts), every check that does not pass,
 * each with the finding behind it. Each was read against the exchange in the report and the RFC text:
 * the server deviates from the RFC, or an IdP's own request shape, itself off the RFC, meets a server that
 * refuses it (an interoperability finding, reported in that IdP's project only).
 * Checks not listed here must pass or be skipped with a reason. A change of verdict either way is a
 * change in the harness's judgement and has to be argued here.
 */
export interface ExpectedVerdict {
  /** `<idp>/<variant> <requirement> <title>`, as test/e2e/run-suite.ts keys a check. */
  check: string;
  status: 'failed' | 'warning' | 'broken';
  finding: string;
}

const protocol = (requirement: string, title: string, status: ExpectedVerdict['status'], finding: string): ExpectedVerdict => ({
  check: `protocol/ ${requirement} ${title}`,
  status,
  finding,
});

export const SCIMMY_VERDICTS: readonly ExpectedVerdict[] = [
  protocol('users/create/location-header', "POST /Users answers with the new User's Location", 'failed',
    'scimmy-routers answers 201 without a Location header; RFC 7644 §3.3 says the URI of the created resource SHALL be in the Location header.'),
  protocol('groups/create/location-header', "POST /Groups answers with the new Group's Location", 'failed',
    'The same for Groups.'),
  protocol('filters/errors/invalid-filter-400', 'a comparison without a value is refused', 'failed',
    'SCIMMY parses `userName eq` (no value) and answers 200; RFC 7644 §3.4.2.2 wants 400 invalidFilter for invalid filter syntax.'),
  protocol('filters/errors/invalid-filter-400', 'a dangling and is refused', 'failed',
    'The same for `userName eq "a" and`.'),
  protocol('filters/boolean/ordering-rejected', 'gt on the boolean active is refused', 'failed',
    'RFC 7644 §3.4.2.2: gt/ge/lt/le on a Boolean SHALL answer 400 invalidFilter; SCIMMY evaluates it and answers 200.'),
  protocol('filters/boolean/ordering-rejected', 'le on the boolean active is refused', 'failed',
    'The same for le.'),
  protocol('filters/eq/case-insensitive-value', 'eq on userName ignores the case of the value', 'failed',
    "SCIMMY's Filter.match compares strings case-sensitively whatever the attribute's caseExact; userName is caseExact false in the server's own /Schemas (RFC 7644 §3.4.2.2)."),
  protocol('filters/eq/case-insensitive-value', 'eq on name.familyName ignores the case of the value', 'failed',
    'The same for name.familyName.'),
  protocol('filters/urn/qualified-names', 'userName named by the core User URN', 'failed',
    'SCIMMY does not resolve a fully qualified attribute name in a filter (RFC 7644 §3.10) and matches nothing.'),
  protocol('filters/urn/qualified-names', 'department named by the enterprise extension URN', 'failed',
    'The same for an enterprise extension attribute.'),
  protocol('pagination/start-index/beyond-total', 'a startIndex past the end answers an empty page', 'failed',
    'SCIMMY answers startIndex 11 with the first result in Resources: the page claims to begin at result 11 but holds result 1 (RFC 7644 §3.4.2, §3.4.2.4).'),
  protocol('pagination/items-per-page/matches-page', 'itemsPerPage counts the resources of the page', 'failed',
    'SCIMMY echoes the requested count as itemsPerPage; RFC 7644 §3.4.2 defines it as the number of resources returned in the page.'),
  protocol('attributes/get/attributes-param', 'attributes narrows a user read by id', 'failed',
    'With attributes=, SCIMMY drops "schemas" from the resource; RFC 7643 §3 requires it in every representation.'),
  protocol('attributes/list/attributes-param', 'attributes narrows the users of a list', 'failed',
    'The same in a ListResponse. Other checks that narrow a representation (attributes=password, name.givenName) meet the same fault and carry a schema-note naming these two checks.'),
  protocol('patch/replace/complex-merge', 'replace of name with givenName keeps familyName', 'failed',
    'SCIMMY replaces the whole name; RFC 7644 §3.5.2.3: sub-attributes not given in the value are left unchanged.'),
  protocol('patch/replace/filter-no-match', 'replace of a phone no filter matches answers noTarget', 'failed',
    'SCIMMY answers 200 when the value filter selects nothing; RFC 7644 §3.5.2.3 SHALL answer 400 noTarget.'),
  protocol('patch/multi-valued/primary-exclusive', 'a new primary phone takes primary from the old one', 'failed',
    'After the PATCH two phoneNumbers are primary; RFC 7643 §2.4 allows primary true at most once, and RFC 7644 §3.5.2 has the server clear the old one.'),
  protocol('patch/errors/read-only-mutability', 'a replace of groups answers mutability', 'failed',
    'SCIMMY ignores a replace of the readOnly User.groups and answers 204; RFC 7644 §3.5.2: an operation incompatible with the mutability SHALL answer an error (400 mutability).'),
  protocol('patch/add/existing-value-not-duplicated', 'add of a phone already there does not duplicate it', 'warning',
    'SCIMMY appends a value already present; RFC 7644 §3.5.2.1 says no change SHOULD be made (a SHOULD, so a warning).'),
  {
    check: 'entra/default idp/deactivate-user IdP\'s deactivation deprovisions the user',
    status: 'failed',
    finding: 'An interoperability finding, not an RFC one: Entra (default, without aadOptscim062020) sends {"op":"Replace","path":"active","value":"False"}, which is not an RFC 7643 boolean. SCIMMY refuses it with 400 invalidValue, as the RFC allows, so Entra cannot deprovision users on this server; the entra-aad-opt project, which sends real booleans, passes.',
  },
  {
    check: 'entra/default lifecycle/L2-unassign-removes-member L2 unassignment removes the account member',
    status: 'failed',
    finding: 'L2 replays the same deactivation and meets the same 400.',
  },
  {
    check: 'entra/default idp/read-deactivated-user deactivated user still reads back inactive',
    status: 'broken',
    finding: 'Needs the deactivation as its setup, which the server refused: undecided, not failed.',
  },
  {
    check: "entra/default idp/reactivate-user IdP's reactivation makes the user active again",
    status: 'broken',
    finding: 'The same.',
  },
  {
    check: "authentik/default idp/rename-group IdP's rename changes the group's name",
    status: 'failed',
    finding: 'An interoperability finding, not an RFC one: Authentik renames with a PatchOp without the "schemas" RFC 7644 §3.5.2 requires. SCIMMY refuses it with 400, as the RFC allows, and Authentik retries until it gives up, so the rename never lands.',
  },
];
