import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { schemaDeviation } from '../../fixtures/data/schema-deviations.ts';
import { validateMessage, type SchemaChoice } from '../../fixtures/schema-validation.ts';
import { Emulator } from '../../emulator/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import { createGroup, createUser, newUser, patchOp, scim, type Client, type UserBody } from '../emulator/support.ts';

/**
 * The emulator as the protocol checks need it: every answer matches its SCIM JSON Schema (the Cloudflare
 * accounts only where CLOUDFLARE.md documents otherwise), and the RFC features the generic preset offers.
 */
const emulator = new Emulator();
const reference = scim(emulator, 'reference');
const primary = scim(emulator, 'primary');

async function answers(client: Client): Promise<Array<[string, SchemaChoice, unknown]>> {
  const user = await createUser(client);
  const group = await createGroup(client, 'Answers');
  const read = async (path: string) => (await client.get(path)).body;
  return [
    ['created user', { message: 'User' }, user],
    ['user by id', { message: 'User' }, await read(`/Users/${user.id}`)],
    ['users', { message: 'ListResponse', listOf: 'User' }, await read('/Users')],
    ['group by id', { message: 'Group' }, await read(`/Groups/${group.id}`)],
    ['configuration', { message: 'ServiceProviderConfig' }, await read('/ServiceProviderConfig')],
    ['schemas', { message: 'ListResponse', listOf: 'Schema' }, await read('/Schemas')],
    ['resource types', { message: 'ListResponse', listOf: 'ResourceType' }, await read('/ResourceTypes')],
    ['error', { message: 'Error' }, await read('/Users/unknown')],
  ];
}

describe('the emulator\'s answers against the SCIM JSON Schemas', () => {
  it('the generic account answers every message as RFC 7643/7644 shapes it', async () => {
    emulator.reset();
    for (const [name, choice, body] of await answers(reference)) assert.deepEqual(validateMessage(choice, body), [], name);
  });

  it('the Cloudflare account breaks them only where its profile documents it', async () => {
    emulator.reset();
    for (const [name, choice, body] of await answers(primary)) {
      for (const v of validateMessage(choice, body)) {
        const inner = v.pointer.replace(/^\/Resources\/\d+/, '').replace(/\/\d+(?=\/|$)/g, '/*');
        const resource = choice.listOf ?? choice.message;
        assert.ok(schemaDeviation('cloudflare-account', resource, inner), `${name}: ${v.pointer} ${v.message} is not a documented deviation`);
      }
    }
  });
});

describe('RFC features of the generic preset', () => {
  it('/Me is not implemented: 501 in every preset', async () => {
    assert.equal((await reference.get('/Me')).status, 501);
    assert.equal((await primary.get('/Me')).status, 501);
  });

  it('POST /Users/.search answers like the GET, where the preset serves it', async () => {
    emulator.reset();
    const user = await createUser(reference);
    const found = await reference.post<{ Resources: UserBody[] }>('/Users/.search', { schemas: [URN.searchRequest], filter: `userName eq "${user.userName}"`, attributes: ['userName'] });
    assert.equal(found.status, 200);
    assert.deepEqual(found.body.Resources.map((u) => [u.id, 'name' in u]), [[user.id, false]]);
    assert.equal((await primary.post('/Users/.search', { filter: 'userName pr' })).status, 405);
  });

  it('If-None-Match with the current ETag answers 304 without a body', async () => {
    const user = await createUser(reference);
    const etag = (await reference.get(`/Users/${user.id}`)).headers.get('etag')!;
    const again = await reference.get(`/Users/${user.id}`, { 'if-none-match': etag });
    assert.deepEqual([again.status, again.text], [304, '']);
    assert.equal((await reference.get(`/Users/${user.id}`, { 'if-none-match': 'W/"0"' })).status, 200);
  });

  it('a password set by PATCH is never returned', async () => {
    const user = await createUser(reference);
    assert.equal((await reference.patch(`/Users/${user.id}`, patchOp({ op: 'replace', path: 'password', value: 'New-Secret-1' }))).status, 200);
    assert.ok(!('password' in (await reference.get<UserBody>(`/Users/${user.id}`)).body));
  });

  it('attribute names written in another case are stored under the schema\'s spelling', async () => {
    const { userName, ...rest } = newUser();
    const created = await reference.post<Record<string, unknown>>('/Users', { ...rest, UserName: userName, NAME: { GivenName: 'Ada' } });
    assert.equal(created.status, 201);
    assert.deepEqual([created.body.userName, 'UserName' in created.body, (created.body.name as Record<string, unknown>).givenName], [userName, false, 'Ada']);
  });

  it('the Cloudflare accounts advertise the attributes CLOUDFLARE.md A4 lists, not the whole RFC schema', async () => {
    const schema = (await primary.get<{ attributes: Array<{ name: string; type: string; mutability: string; subAttributes?: Array<{ name: string; mutability: string }> }> }>(`/Schemas/${URN.user}`)).body;
    assert.deepEqual(schema.attributes.map((a) => a.name).sort(), ['active', 'displayName', 'emails', 'externalId', 'groups', 'id', 'meta', 'name', 'userName']);
    const groups = schema.attributes.find((a) => a.name === 'groups')!;
    assert.deepEqual([groups.type, groups.mutability, groups.subAttributes], ['string', 'readOnly', undefined]);
    assert.equal(schema.attributes.find((a) => a.name === 'name')!.subAttributes!.find((s) => s.name === 'formatted')!.mutability, 'readOnly');
  });
});
