import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBindings, templateQuery } from '../../emulator/recorder/bindings.ts';
import { buildProfile } from '../../emulator/recorder/build-profile.ts';
import type { RecordedExchange } from '../../emulator/recorder/recorded-exchange.ts';
import { segment } from '../../emulator/recorder/segment.ts';

const USER_ID = '4d5c9e0f1a2b3c4d';
const GROUP_ID = '9a8b7c6d5e4f3a2b';
const GUID = '7d0f4c1e-3b58-4e0b-9a55-2d6c0f1e8a11';

function ex(method: string, path: string, options: { query?: string; body?: unknown; status?: number; response?: unknown; headers?: Array<[string, string]> } = {}): RecordedExchange {
  return {
    method,
    path,
    query: options.query ?? '',
    headers: options.headers ?? [['user-agent', 'test-idp'], ['content-type', 'application/scim+json']],
    body: options.body === undefined ? '' : JSON.stringify(options.body),
    status: options.status ?? 200,
    responseBody: options.response === undefined ? '' : JSON.stringify(options.response),
  };
}

const patch = (...Operations: unknown[]) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations });

/** Entra's default job (IDP-SHAPES.md 3): GUID probe, lookup then POST, capitalised ops, string booleans, `+` encoding. */
const ENTRA: RecordedExchange[] = [
  ex('GET', '/Users', { query: `filter=userName+eq+%22${GUID}%22`, response: { totalResults: 0, Resources: [] } }),
  ex('GET', '/Users', { query: 'filter=userName+eq+%22jane%40contoso.com%22', response: { totalResults: 0, Resources: [] } }),
  ex('POST', '/Users', { body: { userName: 'jane@contoso.com', externalId: 'jdoe-mail-nick', displayName: 'Jane Doe', name: { givenName: 'Jane', familyName: 'Doe' } }, status: 201, response: { id: USER_ID } }),
  ex('GET', '/Groups', { query: 'excludedAttributes=members&filter=displayName+eq+%22Engineering+EU%22', response: { totalResults: 0, Resources: [] } }),
  ex('POST', '/Groups', { body: { displayName: 'Engineering EU', externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159' }, status: 201, response: { id: GROUP_ID } }),
  ex('PATCH', `/Groups/${GROUP_ID}`, { body: patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: USER_ID }] }), status: 204 }),
  ex('PATCH', `/Groups/${GROUP_ID}`, { body: patch({ op: 'Remove', path: 'members', value: [{ value: USER_ID }] }), status: 204 }),
  ex('PATCH', `/Users/${USER_ID}`, { body: patch({ op: 'Replace', path: 'active', value: 'False' }) }),
  ex('GET', '/Users', { query: `filter=userName+eq+%22${GUID.replace('7d', '8e')}%22`, response: { totalResults: 0, Resources: [] } }),
];

describe('cutting a recording into steps', () => {
  it('places Entra\'s requests: the probe is the connection test, lookups join their POST, string booleans deactivate', () => {
    const { steps, repeated } = segment(ENTRA);
    assert.deepEqual(steps.map((s) => [s.step, s.exchanges.length]), [
      ['connection-test', 1],
      ['create-user', 2],
      ['create-group', 2],
      ['add-member', 1],
      ['remove-member', 1],
      ['deactivate-user', 1],
    ]);
    assert.deepEqual(repeated.map((s) => s.step), ['connection-test']);
  });

  it('places Authentik\'s: the ServiceProviderConfig read, and the reconcile read after each group change', () => {
    const { steps } = segment([
      ex('GET', '/ServiceProviderConfig'),
      ex('POST', '/Users', { body: { userName: 'jane' }, status: 201, response: { id: USER_ID } }),
      ex('POST', '/Groups', { body: { displayName: 'eng' }, status: 201, response: { id: GROUP_ID } }),
      ex('PATCH', `/Groups/${GROUP_ID}`, { body: { Operations: [{ op: 'add', path: 'members', value: [{ value: USER_ID }] }] } }),
      ex('GET', `/Groups/${GROUP_ID}`),
      ex('PUT', `/Users/${USER_ID}`, { body: { id: USER_ID, userName: 'jane', active: false } }),
      ex('DELETE', `/Users/${USER_ID}`, { status: 204 }),
      ex('DELETE', `/Groups/${GROUP_ID}`, { status: 204 }),
    ]);
    assert.deepEqual(steps.map((s) => [s.step, s.exchanges.length]), [
      ['connection-test', 1],
      ['create-user', 1],
      ['create-group', 1],
      ['add-member', 2],
      ['deactivate-user', 1],
      ['delete-user', 1],
      ['delete-group', 1],
    ]);
  });

  it('places Okta\'s Link Group: the cached list and the push to a group the recording never created', () => {
    const { steps } = segment([
      ex('POST', '/Users', { body: { userName: 'jane@example.com' }, status: 201, response: { id: USER_ID } }),
      ex('GET', '/Groups', { query: 'startIndex=1&count=100', response: { totalResults: 1, Resources: [{ id: GROUP_ID, displayName: 'CF-Admins' }] } }),
      ex('PATCH', `/Groups/${GROUP_ID}`, { body: patch({ op: 'replace', path: 'members', value: [{ value: USER_ID }] }) }),
    ]);
    assert.deepEqual(steps.map((s) => [s.step, s.exchanges.length]), [['create-user', 1], ['link-group', 2]]);
  });
});

describe('placeholders for what the harness generates', () => {
  it('finds the first user and group, the new name, and Entra\'s GUID', () => {
    const bindings = findBindings(ENTRA);
    assert.deepEqual(Object.fromEntries(bindings.map((b) => [b.name, b.value])), {
      'user.id': USER_ID,
      'user.userName': 'jane@contoso.com',
      'user.externalId': 'jdoe-mail-nick',
      'user.displayName': 'Jane Doe',
      'user.givenName': 'Jane',
      'user.familyName': 'Doe',
      'group.id': GROUP_ID,
      'group.displayName': 'Engineering EU',
      'group.externalId': '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
      'random.guid': GUID,
    });
  });

  it('keeps each query\'s encoding: + with |form, %20 with |uri, as sent with none', () => {
    const bindings = findBindings(ENTRA);
    assert.equal(templateQuery('filter=userName+eq+%22jane%40contoso.com%22', bindings), 'filter=userName+eq+%22{{user.userName|form}}%22');
    assert.equal(templateQuery('filter=userName%20eq%20%22jane%40contoso.com%22', bindings), 'filter=userName%20eq%20%22{{user.userName|uri}}%22');
    assert.equal(templateQuery('filter=userName eq "jane@contoso.com"', bindings), 'filter=userName eq "{{user.userName}}"');
    assert.equal(templateQuery('excludedAttributes=members&filter=displayName+eq+%22Engineering+EU%22', bindings), 'excludedAttributes=members&filter=displayName+eq+%22{{group.displayName|form}}%22');
    assert.equal(templateQuery('filter=displayName+eq+%22Engineering+EU+2%22', bindings), 'filter=displayName+eq+%22Engineering+EU+2%22', 'a name is replaced only as a whole quoted value');
  });

  it('builds a profile whose steps name what they need first', () => {
    const { profile, notes } = buildProfile(ENTRA, { idp: 'entra', variant: 'my-tenant' });
    assert.equal(profile.title, 'Entra (my-tenant, recorded)');
    assert.deepEqual(profile.steps?.['remove-member']?.given, ['create-user', 'create-group', 'add-member']);
    assert.deepEqual(profile.steps?.['deactivate-user']?.given, ['create-user']);
    assert.equal(profile.steps?.['connection-test']?.requests[0]?.query, 'filter=userName+eq+%22{{random.guid|form}}%22');
    assert.deepEqual(profile.steps?.['add-member']?.requests[0]?.body, patch({ op: 'Add', path: 'members', value: [{ $ref: null, value: '{{user.id}}' }] }));
    assert.deepEqual(profile.headers, { 'User-Agent': 'test-idp', 'Content-Type': 'application/scim+json' });
    assert.equal(profile.unassign, 'deactivate-user');
    assert.deepEqual(notes, ['Left out, as steps already recorded once: connection-test ×1.']);
  });

  it('keeps only headers the IdP sent alike every time', () => {
    const varying = ENTRA.slice(0, 2).map((e, i) => ({ ...e, headers: [...e.headers, ['client-request-id', `id-${i}`]] as Array<[string, string]> }));
    assert.deepEqual(buildProfile(varying, { idp: 'entra', variant: 'x' }).profile.headers, { 'User-Agent': 'test-idp', 'Content-Type': 'application/scim+json' });
  });
});
