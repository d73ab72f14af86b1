import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unmet } from '../../fixtures/idp/expectations.ts';
import type { Expectation } from '../../fixtures/idp/profile-types.ts';
import { ScimResponse } from '../../lib/client/index.ts';
import type { Exchange } from '../../lib/exchange.ts';

function response(status: number, body: unknown): ScimResponse {
  const text = body === undefined ? '' : JSON.stringify(body);
  const exchange: Exchange = { seq: 1, method: 'GET', url: 'http://scim.test/Users/u1', requestHeaders: {}, requestBody: undefined, status, responseHeaders: {}, responseBody: text, durationMs: 1, attempts: 1, startedAt: '2026-01-01T00:00:00.000Z' };
  return new ScimResponse(status, { 'content-type': 'application/scim+json' }, text, exchange);
}

const because = 'the IdP needs it';

describe('what an IdP needs from a response', () => {
  it('reads group membership from Cloudflare strings and from RFC complex values', () => {
    const expectation: Expectation = { inGroup: '{{group.id}}', because };
    const vars = { 'group.id': 'g1' };
    assert.equal(unmet(expectation, response(200, { groups: ['cloudflare-v1-x', 'g1'] }), vars), undefined);
    assert.equal(unmet(expectation, response(200, { groups: [{ value: 'g1', display: 'Ops' }] }), vars), undefined);
    assert.match(unmet(expectation, response(200, { groups: [] }), vars)!, /expected the user's "groups" to list group g1, got \[\]/);
    assert.equal(unmet({ notInGroup: 'g1', because }, response(200, {}), {}), undefined);
  });

  it('finds a list item by its fields', () => {
    const expectation: Expectation = { listIncludes: { displayName: '{{name}}' }, because };
    assert.equal(unmet(expectation, response(200, { Resources: [{ displayName: 'Ops' }] }), { name: 'Ops' }), undefined);
    assert.match(unmet(expectation, response(200, { Resources: [{ displayName: 'Ops' }] }), { name: 'Dev' })!, /none of its 1 resources has it/);
  });

  it('wants JSON on every success but a 204', () => {
    assert.equal(unmet({ json: true, because }, response(204, undefined), {}), undefined);
    assert.match(unmet({ json: true, because }, response(200, undefined), {})!, /expected a JSON body, got an empty body/);
  });
});
