import { registerSecret } from '../../lib/secrets.ts';
import type { Account } from '../accounts.ts';
import { randomToken } from '../auth.ts';
import { AccessDirectory } from './directory.ts';
import { uuidOf } from './ids.ts';
import type { AccessApplication } from './policy.ts';
import { AccessRegistry } from './registry.ts';
import { DEFAULT_SCIM_CONFIG, type ScimConfig } from './scim-config.ts';
import { SessionStore } from './sessions.ts';

/**
 * The Zero Trust organisation of one emulated account (CLOUDFLARE.md Part B, D2): a team domain, one
 * identity provider with its own SCIM secret and directory, the User Registry and its sessions, and
 * the demo's Access application gated by an Allow policy on "group A". A team domain
 * `<team>.cloudflareaccess.com` is served as the path prefix `/<team>.cloudflareaccess.com`.
 */
export const TEAM_DOMAIN_SUFFIX = '.cloudflareaccess.com';

/** The demo's group (CLOUDFLARE.md, Zero Trust Access demo): the default policy allows its members. */
export const DEMO_GROUP_A = 'CF-Demo-Group-A';

export interface AccessInfo {
  accountKey: string;
  accountId: string;
  /** `<team>.cloudflareaccess.com`, served as the path prefix `/<teamDomain>`. */
  teamDomain: string;
  teamBasePath: string;
  idpId: string;
  /** The IdP's SCIM secret, sent as `Bearer <secret>` (B1). */
  scimSecret: string;
  /** The documented form, `/populations/<IDP_UUID>/scim/v2` (B1). */
  scimBasePath: string;
  /** The form a third-party demo uses, `/cdn-cgi/access/scim/v2` (B1: not in Cloudflare's docs). */
  cdnCgiScimBasePath: string;
  /** `/client/v4/accounts/<id>/access` (B4). */
  apiBasePath: string;
  /** The emulator's stand-in for an IdP login: `?email=<userName>&redirect_url=<path>`. */
  loginPath: string;
  logoutPath: string;
  identityPath: string;
  appPath: string;
  appId: string;
  policyId: string;
}

export type IdpType = 'saml' | 'azureAD' | 'okta' | 'oidc' | 'onelogin' | 'centrify' | 'pingone' | 'google-apps' | 'github';
export const IDP_TYPES: readonly IdpType[] = ['saml', 'azureAD', 'okta', 'oidc', 'onelogin', 'centrify', 'pingone', 'google-apps', 'github'];

export interface IdentityProviderSettings {
  name: string;
  /** [INF] A generic SAML IdP with SCIM (B2): the harness plays several IdPs, none of them Entra or Okta in particular. */
  type: IdpType;
  config: Record<string, unknown>;
  scim: ScimConfig;
}

/** Everything reset() throws away. */
export interface OrgState {
  idp: IdentityProviderSettings;
  registry: AccessRegistry;
  sessions: SessionStore;
  app: AccessApplication;
}

export interface AccessOrgOptions {
  /**
   * [UNK] B1: whether Cloudflare takes the raw secret as well as `Bearer <secret>`. Okta's "Header Auth"
   * template sends the value as pasted (IDP-SHAPES.md 2.1); off by default, since RFC 6750 wants the scheme.
   */
  acceptRawSecret?: boolean;
}

export class AccessOrg {
  readonly info: AccessInfo;
  readonly directory: AccessDirectory;
  readonly acceptRawSecret: boolean;
  private current: OrgState;

  constructor(
    readonly account: Account,
    private readonly seed: string,
    options: AccessOrgOptions = {},
  ) {
    this.acceptRawSecret = options.acceptRawSecret ?? false;
    const { key, id } = account.info;
    const teamDomain = `${key}${TEAM_DOMAIN_SUFFIX}`;
    const teamBasePath = `/${teamDomain}`;
    const idpId = uuidOf(seed, 'access-idp', key);
    const scimSecret = randomToken();
    registerSecret(scimSecret);
    const scimBasePath = `${teamBasePath}/populations/${idpId}/scim/v2`;
    this.info = Object.freeze({
      accountKey: key,
      accountId: id,
      teamDomain,
      teamBasePath,
      idpId,
      scimSecret,
      scimBasePath,
      cdnCgiScimBasePath: `${teamBasePath}/cdn-cgi/access/scim/v2`,
      apiBasePath: `${account.info.apiBasePath}/access`,
      loginPath: `${teamBasePath}/cdn-cgi/access/login`,
      logoutPath: `${teamBasePath}/cdn-cgi/access/logout`,
      identityPath: `${teamBasePath}/cdn-cgi/access/get-identity`,
      appPath: `${teamBasePath}/access-demo/`,
      appId: uuidOf(seed, 'access-app', key),
      policyId: uuidOf(seed, 'access-policy', key),
    });
    this.directory = new AccessDirectory(`${key}-access-idp`, seed, scimSecret, scimBasePath);
    this.current = this.fresh();
  }

  /** The live state; replaced by reset(), so hold the org, not the state. */
  get state(): OrgState {
    return this.current;
  }

  /** Back to the configured start: empty directory, no identities or sessions, default settings; the secret stays. */
  reset(): void {
    this.directory.reset();
    this.current = this.fresh();
  }

  private fresh(): OrgState {
    const { teamDomain, idpId, appId, policyId, appPath } = this.info;
    return {
      idp: { name: 'SCIM demo IdP (emulated)', type: 'saml', config: {}, scim: { ...DEFAULT_SCIM_CONFIG } },
      registry: new AccessRegistry(this.seed, teamDomain),
      sessions: new SessionStore(),
      app: {
        id: appId,
        name: 'SCIM demo',
        path: appPath,
        policies: [
          {
            id: policyId,
            name: 'Allow group A',
            decision: 'allow',
            precedence: 1,
            include: [{ saml: { attribute_name: 'groups', attribute_value: DEMO_GROUP_A, identity_provider_id: idpId } }],
          },
        ],
      },
    };
  }
}
