import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TestInfo } from '@playwright/test';
import { checkResponseSchemas, schemaChoiceFor } from '../../fixtures/response-schemas.ts';
import { SCHEMA_DEVIATIONS } from '../../fixtures/data/schema-deviations.ts';
import { isVerdictError } from '../../fixtures/verdicts.ts';
import type { Exchange } from '../../lib/exchange.ts';
import { URN } from '../../lib/scim-uris.ts';

/** How the conformance wrapper picks the schema of each response, and how it grades what it finds. */
const BASE = 'http://127.0.0.1:1/scim/v2';

function exchange(method: string, path: string, status: number, body: unknown, requestBody?: unknown): Exchange {
  return {
    seq: 1,
    method,
    url: `${BASE}${path}`,
    requestHeaders: {},
    requestBody: requestBody === undefined ? undefined : JSON.stringify(requestBody),
    status,
    responseHeaders: {},
    responseBody: body === undefined ? undefined : JSON.stringify(body),
    durationMs: 1,
    attempts: 1,
    startedAt: '2026-01-01T00:00:00Z',
  };
}

function fakeTestInfo(requirement = 'users/read/by-id'): TestInfo & { annotations: Array<{ type: string; description?: string }> } {
  return { annotations: [{ type: 'requirement', description: requirement }] } as unknown as TestInfo & { annotations: Array<{ type: string; description?: string }> };
}

const CLOUDFLARE_USER = { schemas: [URN.user], id: 'u1', userName: 'a@example.com', groups: ['cloudflare-v1-x'], meta: { resourceType: 'User' } };

describe('the schema a response is held to', () => {
  const cases: Array<[string, Exchange, unknown]> = [
    ['a created User', exchange('POST', '/Users', 201, {}), { message: 'User', partial: false }],
    ['a listed User with attributes', exchange('GET', '/Users?attributes=userName', 200, {}), { message: 'ListResponse', listOf: 'User', partial: true }],
    ['a Group read by id', exchange('GET', '/Groups/g1', 200, {}), { message: 'Group', partial: false }],
    ['a search', exchange('POST', '/Users/.search', 200, {}, { attributes: ['userName'] }), { message: 'ListResponse', listOf: 'User', partial: true }],
    ['an error', exchange('GET', '/Users/u1', 404, {}), { message: 'Error' }],
    ['the configuration', exchange('GET', '/ServiceProviderConfig', 200, {}), { message: 'ServiceProviderConfig' }],
    ['the schemas', exchange('GET', '/Schemas', 200, {}), { message: 'ListResponse', listOf: 'Schema' }],
    ['one resource type', exchange('GET', '/ResourceTypes/User', 200, {}), { message: 'ResourceType' }],
    ['/Me', exchange('GET', '/Me', 200, {}), { message: 'User', partial: false }],
    ['a 204', exchange('DELETE', '/Users/u1', 204, undefined), undefined],
    ['another API', { ...exchange('GET', '/x', 200, {}), url: 'http://127.0.0.1:1/client/v4/accounts/a/members' }, undefined],
  ];
  for (const [name, ex, choice] of cases) it(name, () => assert.deepEqual(schemaChoiceFor(ex, BASE, {}), choice));
});

describe('grading a check\'s responses', () => {
  it('a documented schema deviation is a deviation in the check it belongs to, and the check goes on', () => {
    const info = fakeTestInfo('groups/membership/user-groups');
    checkResponseSchemas([exchange('GET', '/Users/u1', 200, CLOUDFLARE_USER)], { baseUrl: BASE, profile: 'cloudflare-account' }, info);
    assert.deepEqual(info.annotations.slice(1).map((a) => a.type), ['deviation', 'schema-note', 'schema-note', 'schema-note']);
    assert.match(info.annotations[1]!.description!, /documented schema deviation of cloudflare-account: User \/groups\/\* .*cloudflare:scim-api/);
  });

  it('in any other check the same shape is a note, not a deviation', () => {
    const info = fakeTestInfo('security/auth/unauthenticated-401');
    checkResponseSchemas([exchange('GET', '/Users/u1', 200, CLOUDFLARE_USER)], { baseUrl: BASE, profile: 'cloudflare-account' }, info);
    assert.deepEqual(new Set(info.annotations.slice(1).map((a) => a.type)), new Set(['schema-note']));
  });

  it('a narrowed resource without schemas fails the check that owns that rule, and is a note in any other', () => {
    const narrowed = { id: 'u1', userName: 'a@example.com' };
    const byId = exchange('GET', '/Users/u1?attributes=userName', 200, narrowed);
    const listed = exchange('GET', '/Users?attributes=userName', 200, { schemas: [URN.listResponse], totalResults: 1, Resources: [narrowed] });
    const other = fakeTestInfo('attributes/always/id-returned');
    checkResponseSchemas([byId, listed], { baseUrl: BASE, profile: 'generic' }, other);
    assert.deepEqual(other.annotations.slice(1).map((a) => a.type), ['schema-note', 'schema-note']);
    assert.match(other.annotations[1]!.description!, /attributes\/get\/attributes-param judges: .*"schemas" \(RFC 7643 §3\)/);
    for (const [owner, exchanges] of [['attributes/get/attributes-param', [byId]], ['attributes/list/attributes-param', [listed]]] as const) {
      assert.throws(() => checkResponseSchemas(exchanges, { baseUrl: BASE, profile: 'generic' }, fakeTestInfo(owner)), /must have required property 'schemas'/, owner);
    }
  });

  it('the same shape from a generic target fails the check with ajv\'s instancePath, message and the exchange', () => {
    let thrown: unknown;
    try {
      checkResponseSchemas([exchange('GET', '/Users?count=1', 200, { schemas: [URN.listResponse], totalResults: 1, Resources: [CLOUDFLARE_USER] })], { baseUrl: BASE, profile: 'generic' }, fakeTestInfo());
    } catch (error) {
      thrown = error;
    }
    assert.ok(isVerdictError(thrown), 'a schema violation is a verdict, graded by the wrapper');
    const message = (thrown as Error).message;
    assert.match(message, /breaks the ListResponse of User schema/);
    assert.match(message, /at "\/Resources\/0\/groups\/0": must be object/);
    assert.match(message, /at "\/Resources\/0\/meta" \(\/Resources\/0\/meta\/created\): must have required property 'created'/);
    assert.match(message, /HTTP 200/);
  });

  it('every documented deviation names a source and a reason', () => {
    for (const d of SCHEMA_DEVIATIONS) assert.ok(d.reason.length > 10 && Object.keys(d.source).length === 1, JSON.stringify(d));
  });
});
