import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadProfiles } from '../../fixtures/idp/profiles.ts';
import { STEP_NAMES } from '../../fixtures/idp/profile-types.ts';
import { refToUrl } from '../../requirements/index.ts';

describe('IdP profiles', () => {
  const profiles = loadProfiles();

  it('load and validate against their schema', () => {
    assert.deepEqual([...profiles.keys()].sort(), ['authentik/default', 'entra/default', 'okta/oin']);
  });

  for (const [key, profile] of profiles) {
    it(`${key} covers every step, or says why it never takes one`, () => {
      for (const step of STEP_NAMES) {
        const covered = profile.steps[step] !== undefined || profile.never?.[step] !== undefined;
        assert.ok(covered, `${key} neither defines nor excludes "${step}"`);
        assert.ok(!(profile.steps[step] && profile.never?.[step]), `${key} both defines and excludes "${step}"`);
      }
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
  }
});
