/**
 * The `scim_config` of a Zero Trust identity provider (CLOUDFLARE.md B1, SDK S31), and the one rule
 * between its flags: seat_deprovision "cannot be enabled unless user_deprovision is also enabled".
 */
export const IDENTITY_UPDATE_BEHAVIORS = ['automatic', 'reauth', 'no_action'] as const;
export type IdentityUpdateBehavior = (typeof IDENTITY_UPDATE_BEHAVIORS)[number];

export interface ScimConfig {
  enabled: boolean;
  /** Revoke the user's Access and Gateway sessions on deprovision (B3). */
  user_deprovision: boolean;
  /** Remove the user's seat on deprovision (B3); needs user_deprovision. */
  seat_deprovision: boolean;
  identity_update_behavior: IdentityUpdateBehavior;
}

/**
 * [INF] B1 does not state the defaults. SCIM on and sessions revoked on deprovision, as the demo
 * (CLOUDFLARE.md, Zero Trust Access demo) describes; seats stay, since revoking alone does not free
 * them (B3); `automatic` is the first value the SDK lists.
 */
export const DEFAULT_SCIM_CONFIG: Readonly<ScimConfig> = Object.freeze({
  enabled: true,
  user_deprovision: true,
  seat_deprovision: false,
  identity_update_behavior: 'automatic',
});

export type ScimConfigResult = { ok: true; config: ScimConfig } | { ok: false; problem: string };

/**
 * A new scim_config from a PUT body: fields left out keep their value, wrong types are refused, and
 * `seatRule` false (a defect) lets seat_deprovision through without user_deprovision.
 */
export function mergeScimConfig(current: ScimConfig, input: unknown, seatRule: boolean): ScimConfigResult {
  if (input === undefined) return { ok: true, config: { ...current } };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problem: 'scim_config must be an object' };
  const given = input as Record<string, unknown>;
  const next = { ...current };
  for (const flag of ['enabled', 'user_deprovision', 'seat_deprovision'] as const) {
    const value = given[flag];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return { ok: false, problem: `scim_config.${flag} must be a boolean` };
    next[flag] = value;
  }
  const behavior = given.identity_update_behavior;
  if (behavior !== undefined) {
    if (!IDENTITY_UPDATE_BEHAVIORS.includes(behavior as IdentityUpdateBehavior)) {
      return { ok: false, problem: `scim_config.identity_update_behavior must be one of ${IDENTITY_UPDATE_BEHAVIORS.join(', ')}` };
    }
    next.identity_update_behavior = behavior as IdentityUpdateBehavior;
  }
  if (seatRule && next.seat_deprovision && !next.user_deprovision) {
    return { ok: false, problem: 'scim_config.seat_deprovision cannot be enabled unless user_deprovision is also enabled' };
  }
  return { ok: true, config: next };
}
