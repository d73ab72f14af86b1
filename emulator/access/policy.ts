import type { Identity } from './identity.ts';

/**
 * Access applications and their policies, as far as the demo needs them (CLOUDFLARE.md, Zero Trust
 * Access demo; B3 policy selectors; SDK S31 `access/applications/policies.ts`). A request is allowed
 * when an `allow` policy includes the identity and no `deny` policy does; policies are read in
 * precedence order and the first that includes the identity decides. Nothing matching means denied.
 */
export type AccessRule =
  /** B3: Entra groups; `id` is the Entra group object id, which Entra sends as the SCIM group's externalId. */
  | { azureAD: { id: string; identity_provider_id: string } }
  /** B3: Okta groups, by name. */
  | { okta: { name: string; identity_provider_id: string } }
  /** B3: generic SAML; the assertion's `groups` attribute (name case-insensitive) holds group names. */
  | { saml: { attribute_name: string; attribute_value: string; identity_provider_id: string } }
  | { email: { email: string } }
  | { everyone: Record<string, never> };

export interface AccessPolicy {
  id: string;
  name: string;
  decision: 'allow' | 'deny';
  include: AccessRule[];
  precedence: number;
}

export interface AccessApplication {
  id: string;
  name: string;
  /** Where the app lives on the emulator (the demo's `/scim-a/*`). */
  path: string;
  policies: AccessPolicy[];
}

export type Decision = { allowed: true; policy: AccessPolicy } | { allowed: false; policy: AccessPolicy | undefined };

export function decide(app: AccessApplication, identity: Identity, idpId: string): Decision {
  const ordered = [...app.policies].sort((a, b) => a.precedence - b.precedence);
  for (const policy of ordered) {
    if (!policy.include.some((rule) => ruleMatches(rule, identity, idpId))) continue;
    return policy.decision === 'allow' ? { allowed: true, policy } : { allowed: false, policy };
  }
  return { allowed: false, policy: undefined };
}

/** A rule of another identity provider, or of a kind the emulator does not model, matches nobody. */
export function ruleMatches(rule: AccessRule, identity: Identity, idpId: string): boolean {
  if ('azureAD' in rule) return rule.azureAD.identity_provider_id === idpId && identity.groups.some((g) => g.externalId === rule.azureAD.id);
  if ('okta' in rule) return rule.okta.identity_provider_id === idpId && identity.groups.some((g) => g.name === rule.okta.name);
  if ('saml' in rule) {
    const { attribute_name, attribute_value, identity_provider_id } = rule.saml;
    return identity_provider_id === idpId && attribute_name.toLowerCase() === 'groups' && identity.groups.some((g) => g.name === attribute_value);
  }
  if ('email' in rule) return rule.email.email.toLowerCase() === identity.email.toLowerCase();
  return 'everyone' in rule;
}

const RULE_KINDS = ['azureAD', 'okta', 'saml', 'email', 'everyone'] as const;

/** A rule as a client sent it, or the reason it is not one. */
export function readRule(value: unknown): AccessRule | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a rule must be an object';
  const keys = Object.keys(value);
  const kind = keys[0];
  if (keys.length !== 1 || !RULE_KINDS.includes(kind as (typeof RULE_KINDS)[number])) return `a rule has exactly one of ${RULE_KINDS.join(', ')}`;
  const body = (value as Record<string, unknown>)[kind!];
  if (typeof body !== 'object' || body === null) return `rule "${kind}" needs an object`;
  const fields: Record<string, readonly string[]> = {
    azureAD: ['id', 'identity_provider_id'],
    okta: ['name', 'identity_provider_id'],
    saml: ['attribute_name', 'attribute_value', 'identity_provider_id'],
    email: ['email'],
    everyone: [],
  };
  const missing = fields[kind!]!.filter((f) => typeof (body as Record<string, unknown>)[f] !== 'string');
  if (missing.length > 0) return `rule "${kind}" needs ${missing.join(', ')} as strings`;
  return value as AccessRule;
}
