import type { DefectSwitches } from '../../defects.ts';
import { DEFAULT_ORIGIN, type EmulatorRequest, type EmulatorResponse } from '../../http/types.ts';
import { v4Success } from '../../v4/envelope.ts';
import { IDP_TYPES, type AccessOrg, type IdpType } from '../org.ts';
import { mergeScimConfig } from '../scim-config.ts';
import { invalidRequest, jsonBody } from './request-body.ts';

/**
 * `/access/identity_providers[/<id>]` (CLOUDFLARE.md B1, SDK S31). The SCIM secret is never read back:
 * it "is redacted on subsequent requests"; `scim_base_url` is read-only and always the documented
 * `/populations/<IDP_UUID>/scim/v2` form.
 */
function view(req: EmulatorRequest, org: AccessOrg): Record<string, unknown> {
  const { idp } = org.state;
  return {
    id: org.info.idpId,
    name: idp.name,
    type: idp.type,
    config: idp.config,
    scim_config: { ...idp.scim, scim_base_url: (req.origin ?? DEFAULT_ORIGIN) + org.info.scimBasePath },
  };
}

export function listIdentityProviders(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const scimEnabled = req.query.get('scim_enabled');
  const listed = scimEnabled === null || scimEnabled === String(org.state.idp.scim.enabled) ? [view(req, org)] : [];
  return v4Success(listed, { page: 1, per_page: 50, count: listed.length, total_count: listed.length, total_pages: 1 });
}

export function getIdentityProvider(req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  return v4Success(view(req, org));
}

/** A PUT replaces name, type and config, and merges scim_config (fields left out keep their value). */
export function replaceIdentityProvider(req: EmulatorRequest, org: AccessOrg, defects: DefectSwitches): EmulatorResponse {
  const body = jsonBody(req);
  const { name, type, config } = body;
  if (typeof name !== 'string' || name.trim() === '') throw invalidRequest('name is required');
  if (!IDP_TYPES.includes(type as IdpType)) throw invalidRequest(`type must be one of ${IDP_TYPES.join(', ')}`);
  if (config !== undefined && (typeof config !== 'object' || config === null || Array.isArray(config))) throw invalidRequest('config must be an object');
  const merged = mergeScimConfig(org.state.idp.scim, body.scim_config, !defects.has('access/scim-config/seat-needs-user-deprovision'));
  if (!merged.ok) throw invalidRequest(merged.problem);
  org.state.idp = { name, type: type as IdpType, config: (config as Record<string, unknown> | undefined) ?? {}, scim: merged.config };
  return v4Success(view(req, org));
}
