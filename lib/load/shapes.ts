import { readFileSync } from 'node:fs';
import { idpProfile } from '../../fixtures/idp/profiles.ts';
import type { IdpProfile, Step, StepRequest } from '../../fixtures/idp/profile-types.ts';

/** The IdP actions a directory sync is made of. */
export type LoadAction = 'provision-user' | 'create-group' | 'add-member' | 'remove-member' | 'deactivate-user';

/** What one action sends: the IdP's own requests (harness-only observe requests dropped). */
export interface ActionShape {
  action: LoadAction;
  /** Where the shape came from: `<idp>/<variant> <step>` or `built-in <step>`. */
  source: string;
  headers: Readonly<Record<string, string>>;
  requests: readonly StepRequest[];
}

export type LoadShapes = Readonly<Record<LoadAction, ActionShape>>;

const FALLBACK = JSON.parse(readFileSync(new URL('./fallback-shapes.json', import.meta.url), 'utf8')) as Record<string, Step>;

/** Step names by action, first found wins: profiles name deactivation after the IdP's unassign step. */
function candidates(action: LoadAction, profile: IdpProfile): string[] {
  switch (action) {
    case 'provision-user':
      return ['create-user'];
    case 'deactivate-user':
      return [profile.unassign, 'deactivate-user', 'remove-user'].filter((s): s is string => typeof s === 'string' && s !== 'delete-user');
    default:
      return [action];
  }
}

function stepNamed(profile: IdpProfile, name: string): Step | undefined {
  return (profile.steps as Readonly<Record<string, Step | undefined>>)[name];
}

/**
 * Resolves every action from the IdP profile (fixtures/idp/<idp>/<variant>.json, read through its
 * loader), falling back to the built-in RFC 7644 shape for a step the profile does not define.
 * A user is provisioned the way the IdP does it: its find-user step first, unless create-user
 * already starts with that lookup (Entra's and Okta's do).
 */
export function loadShapes(idp: string, variant: string): LoadShapes {
  const profile = idpProfile(idp, variant);
  const headers = profile.headers ?? {};
  const resolve = (action: LoadAction): ActionShape => {
    for (const name of candidates(action, profile)) {
      const step = stepNamed(profile, name);
      if (step === undefined) continue;
      let requests = step.requests.filter((r) => r.observe !== true);
      const find = stepNamed(profile, 'find-user');
      if (action === 'provision-user' && find !== undefined && requests[0]?.method !== 'GET') requests = [...find.requests.filter((r) => r.observe !== true), ...requests];
      return { action, source: `${idp}/${variant} ${name}`, headers, requests };
    }
    const fallback = FALLBACK[action];
    if (fallback === undefined) throw new Error(`${profile.title} has no step for "${action}" and there is no built-in shape for it`);
    return { action, source: `built-in ${action}`, headers, requests: fallback.requests };
  };
  const actions: LoadAction[] = ['provision-user', 'create-group', 'add-member', 'remove-member', 'deactivate-user'];
  return Object.fromEntries(actions.map((a) => [a, resolve(a)])) as Record<LoadAction, ActionShape>;
}
