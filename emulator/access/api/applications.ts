import type { EmulatorRequest, EmulatorResponse } from '../../http/types.ts';
import { V4Failure, v4Success } from '../../v4/envelope.ts';
import type { AccessOrg } from '../org.ts';
import { readRule, type AccessPolicy, type AccessRule } from '../policy.ts';
import { invalidRequest, jsonBody } from './request-body.ts';

/**
 * The demo application and its policies (SDK S31 `access/applications`): read them, and replace a
 * policy, which is how an administrator points "group A" at a group the IdP pushed (B3).
 */
function policyView(policy: AccessPolicy): Record<string, unknown> {
  return { id: policy.id, name: policy.name, decision: policy.decision, include: policy.include, exclude: [], require: [], precedence: policy.precedence };
}

function appView(org: AccessOrg): Record<string, unknown> {
  const { app } = org.state;
  return { id: app.id, name: app.name, type: 'self_hosted', domain: `${org.info.teamDomain}${app.path}`, policies: app.policies.map(policyView) };
}

export function listApplications(_req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  return v4Success([appView(org)], { page: 1, per_page: 50, count: 1, total_count: 1, total_pages: 1 });
}

export function getApplication(_req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  return v4Success(appView(org));
}

export function listPolicies(_req: EmulatorRequest, org: AccessOrg): EmulatorResponse {
  const policies = org.state.app.policies.map(policyView);
  return v4Success(policies, { page: 1, per_page: 50, count: policies.length, total_count: policies.length, total_pages: 1 });
}

function findPolicy(org: AccessOrg, id: string): AccessPolicy {
  const policy = org.state.app.policies.find((p) => p.id === id);
  if (policy === undefined) throw new V4Failure(404, { code: 12002, message: `No policy ${id} on ${org.state.app.name}` });
  return policy;
}

export function getPolicy(org: AccessOrg, id: string): EmulatorResponse {
  return v4Success(policyView(findPolicy(org, id)));
}

/** A PUT replaces name, decision, include and precedence; `include` is required and every rule must be one the emulator knows. */
export function replacePolicy(req: EmulatorRequest, org: AccessOrg, id: string): EmulatorResponse {
  const policy = findPolicy(org, id);
  const body = jsonBody(req);
  if (!Array.isArray(body.include) || body.include.length === 0) throw invalidRequest('include must be a non-empty list of rules');
  const include: AccessRule[] = [];
  for (const [i, value] of body.include.entries()) {
    const rule = readRule(value);
    if (typeof rule === 'string') throw invalidRequest(`include[${i}]: ${rule}`);
    include.push(rule);
  }
  const decision = body.decision ?? policy.decision;
  if (decision !== 'allow' && decision !== 'deny') throw invalidRequest('decision must be allow or deny');
  if (body.name !== undefined && (typeof body.name !== 'string' || body.name.trim() === '')) throw invalidRequest('name must be a non-empty string');
  if (body.precedence !== undefined && !Number.isInteger(body.precedence)) throw invalidRequest('precedence must be an integer');
  Object.assign(policy, { include, decision, name: (body.name as string | undefined) ?? policy.name, precedence: (body.precedence as number | undefined) ?? policy.precedence });
  return v4Success(policyView(policy));
}
