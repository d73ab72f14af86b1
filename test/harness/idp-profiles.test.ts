import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadProfiles } from '../../fixtures/idp/profiles.ts';
import { STEP_NAMES, type IdpProfile, type StepCall, type StepName, type StepRequest } from '../../fixtures/idp/profile-types.ts';
import { refToUrl } from '../../requirements/index.ts';

/** What every replay starts with (fixtures/idp/replayer.ts, freshVars): a person, a group name, a GUID. */
const FRESH: Record<string, readonly string[]> = {
  user: ['userName', 'givenName', 'familyName', 'displayName', 'externalId', 'newGivenName', 'password'],
  group: ['displayName', 'newDisplayName', 'externalId'],
};

function fresh(kind: string, namespace: string): string[] {
  return (FRESH[kind] ?? []).map((key) => `${namespace}.${key}`);
}

function placeholders(request: StepRequest): string[] {
  const { capture, track: _track, ...sent } = request;
  const text = JSON.stringify({ sent, picks: Object.values(capture ?? {}).filter((c) => typeof c !== 'string') });
  const names = [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]!);
  if (request.bodyFrom !== undefined) names.push(request.bodyFrom.echo);
  if (request.when !== undefined && 'var' in request.when) names.push(request.when.var);
  return names;
}

/**
 * Walks a step's `given` steps as the replayer does (namespace mappings, create-group played by
 * link-group where the target takes no custom groups) and returns the placeholders a request uses
 * before anything has set them.
 */
function unsetPlaceholders(profile: IdpProfile, name: StepName, substitute: Partial<Record<StepName, StepName>>): string[] {
  const known = new Set(['random.guid', ...fresh('user', 'user'), ...fresh('group', 'group')]);
  const problems: string[] = [];
  const run = (call: StepCall, label: string): void => {
    const mapping = call.with ?? {};
    for (const [kind, namespace] of Object.entries(mapping)) for (const key of fresh(kind, namespace)) known.add(key);
    const real = (key: string): string => {
      const [namespace, ...rest] = key.split('.');
      const target = mapping[namespace!];
      return target === undefined ? key : [target, ...rest].join('.');
    };
    for (const [index, request] of (profile.steps[call.step]?.requests ?? []).entries()) {
      for (const key of placeholders(request).map(real)) if (!known.has(key)) problems.push(`${label} request ${index + 1} uses {{${key}}} before it is set`);
      for (const key of Object.keys(request.capture ?? {})) known.add(real(key));
      if (request.track !== undefined && !known.has(real(request.track.from))) problems.push(`${label} request ${index + 1} tracks {{${real(request.track.from)}}}, which it never captures`);
    }
  };
  for (const given of profile.steps[name]?.given ?? []) {
    const call = typeof given === 'string' ? { step: given } : given;
    run({ ...call, step: substitute[call.step] ?? call.step }, `${name} (given ${substitute[call.step] ?? call.step})`);
  }
  run({ step: name }, name);
  return problems;
}

describe('IdP profiles', () => {
  const profiles = loadProfiles();

  it('load and validate against their schema, variants resolved', () => {
    assert.deepEqual([...profiles.keys()].sort(), ['authentik/default', 'entra/aad-opt', 'entra/default', 'okta/aiw', 'okta/oin']);
    const oin = profiles.get('okta/oin')!;
    const aiw = profiles.get('okta/aiw')!;
    assert.equal(aiw.steps['create-user'], oin.steps['create-user'], 'a variant inherits the steps it does not define');
    assert.notEqual(aiw.steps['deactivate-user'], oin.steps['deactivate-user'], 'and replaces the ones it does');
    assert.deepEqual(aiw.headers, oin.headers);
    assert.equal(profiles.get('entra/aad-opt')!.unassign, 'deactivate-user');
  });

  for (const [key, profile] of profiles) {
    it(`${key} covers every step, or says why it never takes one`, () => {
      for (const step of STEP_NAMES) {
        const covered = profile.steps[step] !== undefined || profile.never?.[step] !== undefined;
        assert.ok(covered, `${key} neither defines nor excludes "${step}"`);
        assert.ok(!(profile.steps[step] && profile.never?.[step]), `${key} both defines and excludes "${step}"`);
      }
      assert.ok(profile.steps[profile.unassign], `${key} unassigns with "${profile.unassign}", a step it does not define`);
    });

    it(`${key} references resolve to links`, () => {
      const refs = [...profile.refs, ...Object.values(profile.steps).flatMap((s) => s?.refs ?? [])];
      for (const ref of refs) assert.ok(refToUrl(ref), `${key}: ${JSON.stringify(ref)} has no link`);
    });

    it(`${key} tracks every resource it creates, so cleanup removes it`, () => {
      for (const [name, step] of Object.entries(profile.steps)) {
        for (const request of step?.requests ?? []) {
          if (request.method === 'POST') assert.ok(request.track, `${key} ${name}: a POST without "track" would leave its resource behind`);
        }
      }
    });

    it(`${key} sets every placeholder before a request uses it, also with groups linked instead of created`, () => {
      for (const name of Object.keys(profile.steps) as StepName[]) {
        assert.deepEqual(unsetPlaceholders(profile, name, {}), [], `${key} ${name}`);
        assert.deepEqual(unsetPlaceholders(profile, name, { 'create-group': 'link-group' }), [], `${key} ${name} (legacy groups)`);
      }
    });

    it(`${key} marks every request that sends a whole member list`, () => {
      for (const [name, step] of Object.entries(profile.steps)) {
        for (const request of step?.requests ?? []) {
          const body = JSON.stringify(request.body ?? {});
          const sendsList = (request.method === 'PUT' && request.path.startsWith('/Groups') && body.includes('"members"')) || /"op":"replace","path":"members"/i.test(body);
          assert.equal(request.replacesMembers === true, sendsList, `${key} ${name}: ${request.method} ${request.path} replacesMembers`);
        }
      }
    });
  }
});
