import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { scim, USER_URN, GROUP_URN, type ListBody } from './support.ts';

const emulator = new Emulator();

interface Identified {
  id: string;
  schemas: string[];
  meta?: { resourceType: string; location: string };
}

describe('discovery', () => {
  it('ServiceProviderConfig of a Cloudflare account (CLOUDFLARE.md D1.5)', async () => {
    const reply = await scim(emulator).get<Record<string, unknown>>('/ServiceProviderConfig?ignored=1');
    assert.equal(reply.status, 200);
    const spc = reply.body;
    assert.deepEqual(spc.patch, { supported: true });
    assert.deepEqual(spc.bulk, { supported: false, maxOperations: 0, maxPayloadSize: 0 });
    assert.deepEqual(spc.filter, { supported: true, maxResults: 100 });
    assert.deepEqual(spc.changePassword, { supported: false });
    assert.deepEqual(spc.sort, { supported: false });
    assert.deepEqual(spc.etag, { supported: false });
    assert.equal(spc.documentationUri, 'https://developers.cloudflare.com/fundamentals/account/account-security/scim-setup/');
    const [scheme] = spc.authenticationSchemes as Record<string, unknown>[];
    assert.equal(scheme?.type, 'oauthbearertoken');
    assert.equal(typeof scheme?.name, 'string');
    assert.equal(typeof scheme?.description, 'string');
  });

  it('the generic preset advertises sort and etag', async () => {
    const spc = (await scim(emulator, 'reference').get<Record<string, unknown>>('/ServiceProviderConfig')).body;
    assert.deepEqual(spc.sort, { supported: true });
    assert.deepEqual(spc.etag, { supported: true });
  });

  it('ResourceTypes lists User and Group; each is readable by id', async () => {
    const list = await scim(emulator).get<ListBody<Identified & { endpoint: string; schema: string }>>('/ResourceTypes?startIndex=5&count=0');
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.Resources.map((r) => [r.id, r.endpoint, r.schema]), [['User', '/Users', USER_URN], ['Group', '/Groups', GROUP_URN]]);
    const user = await scim(emulator).get<Identified>('/ResourceTypes/User');
    assert.equal(user.body.meta?.resourceType, 'ResourceType');
    assert.equal((await scim(emulator).get('/ResourceTypes/Device')).status, 404);
  });

  it('Schemas lists User and Group (plus the enterprise extension on generic); each is readable by URN', async () => {
    const list = await scim(emulator).get<ListBody<Identified & { attributes: unknown[] }>>('/Schemas');
    assert.deepEqual(list.body.Resources.map((s) => s.id), [USER_URN, GROUP_URN]);
    assert.ok(list.body.Resources.every((s) => s.attributes.length > 0));
    const generic = await scim(emulator, 'reference').get<ListBody<Identified>>('/Schemas');
    assert.equal(generic.body.totalResults, 3);
    const one = await scim(emulator).get<Identified>(`/Schemas/${encodeURIComponent(USER_URN)}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.id, USER_URN);
    assert.equal((await scim(emulator).get('/Schemas/urn:example:nothing')).status, 404);
  });

  it('discovery endpoints answer GET only', async () => {
    assert.equal((await scim(emulator).post('/ServiceProviderConfig', {})).status, 405);
  });
});
