import type { DefectSwitches } from '../../defects.ts';
import { exceedsBodyLimit, type EmulatorRequest, type EmulatorResponse } from '../../http/types.ts';
import { V4Failure, v4Failure, V4_ERRORS } from '../../v4/envelope.ts';
import { v4NoRoute } from '../../v4/endpoint.ts';
import type { AccessOrg } from '../org.ts';
import { listAccessUsers, activeSessions, lastSeenIdentity } from './access-users.ts';
import { getApplication, getPolicy, listApplications, listPolicies, replacePolicy } from './applications.ts';
import { directoryGroups, directoryUsers } from './directory-reads.ts';
import { getIdentityProvider, listIdentityProviders, replaceIdentityProvider } from './identity-providers.ts';

/**
 * The account's Zero Trust API, `/client/v4/accounts/<id>/access/...` (CLOUDFLARE.md B1, B4, D2.4):
 * the IdP and its scim_config, the SCIM users and groups it received, Access users with their
 * sessions and identities, and the demo application's policies. v4 envelope and paging (C1, C2).
 * The account's API token (the harness's observer) may read and edit; its other tokens carry no
 * Access permission (403), and anything else is not a token of this account (401).
 */
type Handler = (req: EmulatorRequest, org: AccessOrg, defects: DefectSwitches) => EmulatorResponse;

function match(method: string, segments: readonly string[], org: AccessOrg): Handler | undefined {
  const [resource, id, sub, leaf, ...rest] = segments;
  if (rest.length > 0) return undefined;
  const get = method === 'GET';
  const put = method === 'PUT';
  switch (resource) {
    case 'identity_providers':
      if (id === undefined) return get ? listIdentityProviders : undefined;
      if (id !== org.info.idpId) return undefined;
      if (sub === undefined) return get ? getIdentityProvider : put ? replaceIdentityProvider : undefined;
      if (sub === 'scim' && leaf === 'users' && get) return directoryUsers;
      if (sub === 'scim' && leaf === 'groups' && get) return directoryGroups;
      return undefined;
    case 'users':
      if (leaf !== undefined || !get) return undefined;
      if (id === undefined) return listAccessUsers;
      if (sub === 'active_sessions') return (_req, o) => activeSessions(o, id);
      if (sub === 'last_seen_identity') return (_req, o) => lastSeenIdentity(o, id);
      return undefined;
    case 'apps':
      if (id === undefined) return get ? listApplications : undefined;
      if (id !== org.info.appId) return undefined;
      if (sub === undefined) return get ? getApplication : undefined;
      if (sub !== 'policies') return undefined;
      if (leaf === undefined) return get ? listPolicies : undefined;
      return get ? (_req, o) => getPolicy(o, leaf) : put ? (req, o) => replacePolicy(req, o, leaf) : undefined;
  }
  return undefined;
}

export function handleAccessApi(req: EmulatorRequest, org: AccessOrg | undefined, segments: readonly string[], defects: DefectSwitches): EmulatorResponse {
  const credential = org?.account.tokens.authenticate(req.headers.get('authorization'));
  if (org === undefined || credential === undefined || !credential.ok) return v4Failure(401, V4_ERRORS.authentication);
  const handler = match(req.method, segments, org);
  if (handler === undefined) return v4NoRoute();
  if (credential.kind !== 'api') return v4Failure(403, V4_ERRORS.authentication);
  if (exceedsBodyLimit(req.body)) return v4Failure(413, { code: 1001, message: 'Request body too large' });
  try {
    return handler(req, org, defects);
  } catch (error) {
    if (error instanceof V4Failure) return v4Failure(error.status, error.error);
    throw error;
  }
}
