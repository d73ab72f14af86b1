import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import type { V4Body } from '../emulator/support.ts';
import { accessApi, accessScim, pushGroup, pushUser } from './support.ts';

interface IdpBody {
  id: string;
  name: string;
  type: string;
  scim_config: Record<string, unknown>;
}

describe('the Zero Trust API of an account', () => {
  it('reads the IdP with its scim_config and scim_base_url, never its secret', async () => {
    const emulator = new Emulator();
    const info = emulator.access('primary');
    const reply = await accessApi(emulator).get<V4Body<IdpBody>>(`/identity_providers/${info.idpId}`);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.result.scim_config, {
      enabled: true,
      user_deprovision: true,
      seat_deprovision: false,
      identity_update_behavior: 'automatic',
      scim_base_url: `http://emulator.test${info.scimBasePath}`,
    });
    assert.ok(!reply.text.includes(info.scimSecret));
    const list = await accessApi(emulator).get<V4Body<IdpBody[]>>('/identity_providers?scim_enabled=true');
    assert.deepEqual(list.body.result.map((i) => i.id), [info.idpId]);
  });

  it('refuses seat_deprovision without user_deprovision, and leaves the configuration as it was', async () => {
    const emulator = new Emulator();
    const path = `/identity_providers/${emulator.access('primary').idpId}`;
    const api = accessApi(emulator);
    const refused = await api.put<V4Body<null>>(path, { name: 'IdP', type: 'saml', scim_config: { user_deprovision: false, seat_deprovision: true } });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.success, false);
    assert.match(refused.body.errors[0]?.message ?? '', /seat_deprovision cannot be enabled unless user_deprovision/);
    assert.equal((await api.get<V4Body<IdpBody>>(path)).body.result.scim_config.user_deprovision, true);
    for (const bad of [{ type: 'saml' }, { name: 'x', type: 'nope' }, { name: 'x', type: 'saml', scim_config: { identity_update_behavior: 'noaction' } }, { name: 'x', type: 'saml', scim_config: { enabled: 'yes' } }]) {
      assert.equal((await api.put(path, bad)).status, 400, JSON.stringify(bad));
    }
    const changed = await api.put<V4Body<IdpBody>>(path, { name: 'Entra', type: 'azureAD', scim_config: { seat_deprovision: true } });
    assert.deepEqual([changed.status, changed.body.result.type, changed.body.result.scim_config.seat_deprovision], [200, 'azureAD', true]);
  });

  it('lists what the IdP pushed, filtered as B4 describes and paged the v4 way', async () => {
    const emulator = new Emulator();
    const client = accessScim(emulator);
    const user = await pushUser(client, { externalId: 'idp-user-1', displayName: 'Ada One' });
    await pushUser(client);
    const group = await pushGroup(client, 'Engineering', 'entra-object-1');
    await pushGroup(client, 'Sales');
    const base = `/identity_providers/${emulator.access('primary').idpId}/scim`;
    const api = accessApi(emulator);
    const byName = await api.get<V4Body<Array<Record<string, unknown>>>>(`${base}/groups?name=engineering`);
    assert.deepEqual(byName.body.result.map((g) => [g.id, g.displayName, g.externalId]), [[group.id, 'Engineering', 'entra-object-1']]);
    assert.equal((await api.get<V4Body<unknown[]>>(`${base}/groups?idp_resource_id=entra-object-1`)).body.result.length, 1);
    assert.equal((await api.get(`${base}/groups?idp_resource_id=x&name=y`)).status, 400);
    const users = await api.get<V4Body<Array<Record<string, unknown>>>>(`${base}/users?username=${encodeURIComponent(user.userName)}`);
    assert.deepEqual(users.body.result.map((u) => [u.id, u.externalId, u.displayName, u.active]), [[user.id, 'idp-user-1', 'Ada One', true]]);
    const paged = await api.get<V4Body<unknown[]>>(`${base}/users?per_page=1&page=2`);
    assert.deepEqual([paged.body.result.length, paged.body.result_info?.total_count, paged.body.result_info?.page], [1, 2, 2]);
  });

  it('replaces the demo policy with known rules only', async () => {
    const emulator = new Emulator();
    const { appId, policyId, idpId } = emulator.access('primary');
    const api = accessApi(emulator);
    const path = `/apps/${appId}/policies/${policyId}`;
    assert.equal((await api.put(path, { include: [] })).status, 400);
    assert.equal((await api.put(path, { include: [{ group: { id: 'x' } }] })).status, 400);
    assert.equal((await api.put(path, { include: [{ okta: { name: 'Eng' } }] })).status, 400);
    const rule = { okta: { name: 'Eng', identity_provider_id: idpId } };
    const ok = await api.put<V4Body<{ include: unknown[]; decision: string }>>(path, { include: [rule] });
    assert.deepEqual([ok.status, ok.body.result.include, ok.body.result.decision], [200, [rule], 'allow']);
    const app = await api.get<V4Body<{ policies: Array<{ include: unknown[] }> }>>(`/apps/${appId}`);
    assert.deepEqual(app.body.result.policies[0]?.include, [rule]);
  });

  it('answers the account\'s API token, 403 to its other tokens, 401 to anything else, and 404 to unknown routes', async () => {
    const emulator = new Emulator();
    const { tokens } = emulator.account('primary');
    assert.equal((await accessApi(emulator).get('/users')).status, 200);
    assert.equal((await accessApi(emulator, 'primary', `Bearer ${tokens.scim}`).get('/users')).status, 403);
    assert.equal((await accessApi(emulator, 'primary', `Bearer ${emulator.account('secondary').tokens.api}`).get('/users')).status, 401);
    assert.equal((await accessApi(emulator, 'primary', `Bearer ${emulator.access('primary').scimSecret}`).get('/users')).status, 401);
    assert.equal((await accessApi(emulator).get('/identity_providers/not-this-one')).status, 404);
    assert.equal((await accessApi(emulator).get('/users/unknown/active_sessions')).status, 404);
  });
});
