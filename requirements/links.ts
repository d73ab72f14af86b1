import type { Ref } from './types.ts';

/**
 * The only place reference links are built. A ref becomes a short string for summary.json
 * (`rfc7644#3.3`, `lifecycle:L1`, `cloudflare:user-lifecycle`) and a URL for reports.
 */
const SECTION_LINKS = {
  rfc7643: 'https://www.rfc-editor.org/rfc/rfc7643#section-',
  rfc7644: 'https://www.rfc-editor.org/rfc/rfc7644#section-',
  rfc6750: 'https://www.rfc-editor.org/rfc/rfc6750#section-',
} as const;

/** Named documents: `{ cloudflare: 'user-lifecycle' }` resolves through this map. */
export const DOCUMENTS = {
  cloudflare: {
    'user-lifecycle': 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/',
    'scim-setup': 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/',
    'scim-api': 'https://developers.cloudflare.com/api/resources/iam/',
    'scim-okta': 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/okta/',
    'scim-entra': 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/entra/',
    'scim-authentik': 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/authentik/',
    'scim-troubleshooting': 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/troubleshooting/',
    'virtual-groups-migration': 'https://developers.cloudflare.com/fundamentals/reference/migration-guides/scim-virtual-groups-migration/',
    'user-groups': 'https://developers.cloudflare.com/fundamentals/manage-members/user-groups/',
    roles: 'https://developers.cloudflare.com/fundamentals/manage-members/roles/',
    'access-scim': 'https://developers.cloudflare.com/cloudflare-one/team-and-resources/users/scim/',
    'access-entra-idp': 'https://developers.cloudflare.com/cloudflare-one/integrations/identity-providers/entra-id/',
    'access-session-management': 'https://developers.cloudflare.com/cloudflare-one/team-and-resources/users/session-management/',
    'access-seat-management': 'https://developers.cloudflare.com/cloudflare-one/team-and-resources/users/seat-management/',
    'access-identity-providers-api': 'https://developers.cloudflare.com/api/resources/zero_trust/subresources/identity_providers/',
    'access-users-api': 'https://developers.cloudflare.com/api/resources/zero_trust/subresources/access/subresources/users/',
    'api-envelope': 'https://developers.cloudflare.com/fundamentals/api/how-to/make-api-calls/',
  },
  okta: {
    'scim-2.0': 'https://developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20/',
    'scim-faq': 'https://developer.okta.com/docs/concepts/scim/faqs/',
    'scim-1.1': 'https://developer.okta.com/docs/api/openapi/okta-scim/guides/scim-11/',
    'scim-crud-test': 'https://developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-CRUD-Test.json',
  },
  entra: {
    'scim-guide': 'https://learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups',
    'scim-compatibility': 'https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility',
    'how-provisioning-works': 'https://learn.microsoft.com/entra/identity/app-provisioning/how-provisioning-works',
    'known-issues': 'https://learn.microsoft.com/entra/identity/app-provisioning/known-issues',
  },
  authentik: {
    'scim-provider': 'https://docs.goauthentik.io/add-secure-apps/providers/scim/',
    'scim-client-source': 'https://github.com/goauthentik/authentik/tree/main/authentik/providers/scim/clients',
  },
} as const;

export type DocumentFamily = keyof typeof DOCUMENTS;

const LIFECYCLE_DOC = DOCUMENTS.cloudflare['user-lifecycle'];

function entry(ref: Ref): [string, string] {
  const pairs = Object.entries(ref);
  if (pairs.length !== 1) throw new Error(`a reference names exactly one document: ${JSON.stringify(ref)}`);
  return pairs[0] as [string, string];
}

export function refToString(ref: Ref): string {
  const [family, where] = entry(ref);
  if (family in SECTION_LINKS) return `${family}#${where}`;
  return `${family}:${where}`;
}

/** The inverse of refToString; undefined for text that is not a reference. */
export function parseRef(text: string): Ref | undefined {
  const match = /^([a-z0-9-]+)([#:])(.+)$/.exec(text);
  if (match === null) return undefined;
  const [, family, separator, where] = match;
  if ((separator === '#') !== (family! in SECTION_LINKS)) return undefined;
  return { [family!]: where! } as Ref;
}

/** Undefined when the reference names a document this map does not know (the registry lint reports it). */
export function refToUrl(ref: Ref): string | undefined {
  const [family, where] = entry(ref);
  if (family in SECTION_LINKS) return SECTION_LINKS[family as keyof typeof SECTION_LINKS] + where;
  if (family === 'lifecycle') return LIFECYCLE_DOC;
  const docs = (DOCUMENTS as Record<string, Record<string, string>>)[family];
  return docs?.[where];
}

/** Human label for a link: "RFC 7644 §3.3", "Lifecycle L1", "Okta: scim-2.0". */
export function refLabel(ref: Ref): string {
  const [family, where] = entry(ref);
  if (family in SECTION_LINKS) return `RFC ${family.slice(3)} §${where}`;
  if (family === 'lifecycle') return `Lifecycle ${where}`;
  return `${family[0]!.toUpperCase()}${family.slice(1)}: ${where}`;
}
