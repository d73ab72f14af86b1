import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Identity } from '../../emulator/access/identity.ts';
import { decide, readRule, ruleMatches, type AccessApplication, type AccessRule } from '../../emulator/access/policy.ts';

const IDP = 'idp-1';
const identity: Identity = { userId: 'u1', email: 'Ada@example.com', name: 'Ada', groups: [{ id: 'g1', name: 'Group A', externalId: 'entra-obj-a' }] };

describe('Access policy rules', () => {
  const cases: Array<[string, AccessRule, boolean]> = [
    ['Entra groups by object id (the SCIM externalId)', { azureAD: { id: 'entra-obj-a', identity_provider_id: IDP } }, true],
    ['Entra groups do not match the SCIM id', { azureAD: { id: 'g1', identity_provider_id: IDP } }, false],
    ['Okta groups by name', { okta: { name: 'Group A', identity_provider_id: IDP } }, true],
    ['SAML groups attribute, name case-insensitive', { saml: { attribute_name: 'Groups', attribute_value: 'Group A', identity_provider_id: IDP } }, true],
    ['another SAML attribute', { saml: { attribute_name: 'department', attribute_value: 'Group A', identity_provider_id: IDP } }, false],
    ['another IdP\'s group', { okta: { name: 'Group A', identity_provider_id: 'idp-2' } }, false],
    ['email, case-insensitive', { email: { email: 'ada@EXAMPLE.com' } }, true],
    ['everyone', { everyone: {} }, true],
  ];
  for (const [title, rule, expected] of cases) {
    it(title, () => assert.equal(ruleMatches(rule, identity, IDP), expected));
  }

  it('reads only well-formed rules of known kinds', () => {
    assert.deepEqual(readRule({ email: { email: 'a@b.c' } }), { email: { email: 'a@b.c' } });
    assert.match(String(readRule({ group: { id: 'x' } })), /exactly one of/);
    assert.match(String(readRule({ okta: { name: 'x' } })), /identity_provider_id/);
    assert.match(String(readRule([])), /must be an object/);
  });

  it('lets the first policy in precedence that includes the identity decide, and denies by default', () => {
    const app: AccessApplication = {
      id: 'app',
      name: 'App',
      path: '/',
      policies: [
        { id: 'p2', name: 'allow A', decision: 'allow', precedence: 2, include: [{ okta: { name: 'Group A', identity_provider_id: IDP } }] },
        { id: 'p1', name: 'deny Ada', decision: 'deny', precedence: 1, include: [{ email: { email: 'ada@example.com' } }] },
      ],
    };
    assert.deepEqual(decide(app, identity, IDP), { allowed: false, policy: app.policies[1] });
    app.policies[1]!.precedence = 3;
    assert.equal(decide(app, identity, IDP).allowed, true);
    assert.deepEqual(decide(app, { ...identity, email: 'x@example.com', groups: [] }, IDP), { allowed: false, policy: undefined });
  });
});
