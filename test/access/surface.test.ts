import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { newUser, scim, type ErrorBody, type ListBody, type UserBody } from '../emulator/support.ts';
import { accessScim, pushUser, setScimConfig } from './support.ts';

describe('the Zero Trust SCIM endpoint on the team domain', () => {
  it('serves the documented /populations/<IDP_UUID>/scim/v2 form and /cdn-cgi/access/scim/v2, one directory behind both', async () => {
    const emulator = new Emulator();
    const info = emulator.access('primary');
    assert.equal(info.teamDomain, 'primary.cloudflareaccess.com');
    assert.match(info.idpId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(info.scimBasePath, `/primary.cloudflareaccess.com/populations/${info.idpId}/scim/v2`);
    const created = await pushUser(accessScim(emulator));
    const read = await accessScim(emulator, 'primary', { form: 'cdn-cgi' }).get<UserBody>(`/Users/${created.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.body.userName, created.userName);
  });

  it('starts empty and is not the account\'s dashboard SCIM directory', async () => {
    const emulator = new Emulator();
    const list = await accessScim(emulator).get<ListBody<UserBody>>('/Users');
    assert.equal(list.body.totalResults, 0);
    const created = await pushUser(accessScim(emulator));
    assert.equal((await scim(emulator).get(`/Users/${created.id}`)).status, 404);
    assert.equal((await accessScim(emulator, 'secondary').get(`/Users/${created.id}`)).status, 404);
  });

  it('points Location at the documented form', async () => {
    const emulator = new Emulator();
    const reply = await accessScim(emulator, 'primary', { form: 'cdn-cgi' }).post<UserBody>('/Users', newUser());
    assert.equal(reply.headers.get('location'), `http://emulator.test${emulator.access('primary').scimBasePath}/Users/${reply.body.id}`);
  });

  it('takes the IdP secret as Bearer, raw only when told to, and nothing else', async () => {
    const emulator = new Emulator();
    const { scimSecret } = emulator.access('primary');
    assert.equal((await accessScim(emulator, 'primary', { authorization: scimSecret }).get('/Users')).status, 401);
    const lenient = new Emulator({ accessRawSecret: true });
    assert.equal((await accessScim(lenient, 'primary', { authorization: lenient.access('primary').scimSecret }).get('/Users')).status, 200);
    assert.equal((await accessScim(emulator, 'primary', { authorization: 'Bearer wrong-secret-value' }).get('/Users')).status, 401);
    assert.equal((await accessScim(emulator, 'primary', { authorization: `Bearer ${emulator.account('primary').tokens.scim}` }).get('/Users')).status, 401);
    assert.equal((await accessScim(emulator, 'primary', { authorization: `Bearer ${emulator.access('secondary').scimSecret}` }).get('/Users')).status, 401);
  });

  it('serves Users and Groups only: discovery is not documented for it (D3.12)', async () => {
    const emulator = new Emulator();
    for (const path of ['/ServiceProviderConfig', '/Schemas', '/ResourceTypes', '/Bulk']) {
      const reply = await accessScim(emulator).get<ErrorBody>(path);
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.status, '404');
    }
  });

  it('refuses SCIM while the IdP has SCIM turned off', async () => {
    const emulator = new Emulator();
    assert.equal(await setScimConfig(emulator, { enabled: false }), 200);
    assert.equal((await accessScim(emulator).get('/Users')).status, 403);
    emulator.reset();
    assert.equal((await accessScim(emulator).get('/Users')).status, 200, 'reset restores the settings');
  });

  it('keeps a deactivated user listed with active false, and deletes on DELETE', async () => {
    const emulator = new Emulator();
    const client = accessScim(emulator);
    const user = await pushUser(client);
    assert.equal((await client.patch(`/Users/${user.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] })).status, 200);
    assert.equal((await client.get<UserBody>(`/Users/${user.id}`)).body.active, false);
    assert.equal((await client.delete(`/Users/${user.id}`)).status, 204);
    assert.equal((await client.get(`/Users/${user.id}`)).status, 404);
  });

  it('keeps its secret across reset, and empties the directory', async () => {
    const emulator = new Emulator();
    const before = emulator.access('primary').scimSecret;
    await pushUser(accessScim(emulator));
    emulator.reset();
    assert.equal(emulator.access('primary').scimSecret, before);
    assert.equal((await accessScim(emulator).get<ListBody<UserBody>>('/Users')).body.totalResults, 0);
  });
});
