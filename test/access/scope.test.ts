import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outsideAccessScope } from '../../fixtures/access-scope.ts';
import { REQUIREMENTS } from '../../requirements/index.ts';

function anyOf(test: (r: (typeof REQUIREMENTS)[number]) => boolean): string {
  const found = REQUIREMENTS.find(test);
  assert.ok(found, 'the registry has a requirement of this kind');
  return found.id;
}

describe('what a Zero Trust Access target is not held to', () => {
  it('changes nothing for the other profiles', () => {
    for (const profile of ['generic', 'cloudflare-account', 'cloudflare-account-legacy'] as const) {
      for (const r of REQUIREMENTS) assert.equal(outsideAccessScope(profile, r.id, 'authentik'), undefined, `${profile} ${r.id}`);
    }
  });

  it('skips discovery, optional features and what a ServiceProviderConfig would claim', () => {
    assert.match(outsideAccessScope('cloudflare-access', anyOf((r) => r.area === 'discovery'), 'protocol') ?? '', /documented for \/Users and \/Groups only/);
    assert.match(outsideAccessScope('cloudflare-access', anyOf((r) => r.capability !== undefined), 'okta') ?? '', /claimed in ServiceProviderConfig/);
    assert.match(outsideAccessScope('cloudflare-access', anyOf((r) => r.area === 'optional-features'), 'protocol') ?? '', /claimed in ServiceProviderConfig/);
  });

  it('skips dashboard membership and roles, and Authentik, whose requests follow its ServiceProviderConfig read', () => {
    assert.match(outsideAccessScope('cloudflare-access', anyOf((r) => r.area === 'lifecycle'), 'okta') ?? '', /dashboard SCIM/);
    assert.match(outsideAccessScope('cloudflare-access', 'idp/create-user', 'authentik') ?? '', /Authentik reads \/ServiceProviderConfig/);
  });

  it('keeps Users, Groups, the IdP replays of Okta and Entra, and the Access checks', () => {
    for (const [id, idp] of [['users/create/201-with-id', 'protocol'], ['idp/create-user', 'okta'], ['idp/create-user', 'entra'], ['access/groups/listed-for-policies', 'protocol']] as const) {
      assert.equal(outsideAccessScope('cloudflare-access', id, idp), undefined, `${idp} ${id}`);
    }
  });
});
