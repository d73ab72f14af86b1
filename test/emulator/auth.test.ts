import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Emulator } from '../../emulator/index.ts';
import { knownSecretCount, redact } from '../../lib/secrets.ts';
import { newUser, scim, v4, type ErrorBody, type V4Body } from './support.ts';

describe('authentication and permissions', () => {
  const emulator = new Emulator();

  it('a request without Authorization answers 401 with a SCIM error', async () => {
    const reply = await scim(emulator, 'primary', 'none').get<ErrorBody>('/Users');
    assert.equal(reply.status, 401, reply.text);
    assert.equal(reply.body.status, '401');
    assert.match(reply.headers.get('www-authenticate') ?? '', /^Bearer/);
  });

  it('a malformed Authorization header answers 401', async () => {
    const basic = await scim(emulator, 'primary', { raw: 'Basic dXNlcjpwYXNz' }).get('/Users');
    assert.equal(basic.status, 401);
    const empty = await scim(emulator, 'primary', { raw: 'Bearer' }).get('/Users');
    assert.equal(empty.status, 401);
  });

  it('an unknown token answers 401', async () => {
    const reply = await scim(emulator, 'primary', { raw: 'Bearer not-a-token-of-anyone-0000000000' }).get('/Users');
    assert.equal(reply.status, 401);
  });

  it('a token of another account answers 401 on this account', async () => {
    const foreign = `Bearer ${emulator.account('secondary').tokens.scim}`;
    const reply = await scim(emulator, 'primary', { raw: foreign }).get<ErrorBody>('/Users');
    assert.equal(reply.status, 401, reply.text);
  });

  it('an unknown account id answers 401 even with a valid token', async () => {
    const reply = await emulator.fetch(
      new Request(`http://x/client/v4/accounts/${'0'.repeat(32)}/scim/v2/Users`, { headers: { authorization: `Bearer ${emulator.account('primary').tokens.scim}` } }),
    );
    assert.equal(reply.status, 401);
  });

  it('the read-only token reads but cannot write', async () => {
    const client = scim(emulator, 'primary', 'readOnly');
    assert.equal((await client.get('/Users')).status, 200);
    assert.equal((await client.get('/ServiceProviderConfig')).status, 200);
    const write = await client.post<ErrorBody>('/Users', newUser());
    assert.equal(write.status, 403, write.text);
    assert.equal(write.body.status, '403');
  });

  it('the noScim token and the api token are refused on SCIM routes with 403', async () => {
    assert.equal((await scim(emulator, 'primary', 'noScim').get('/Users')).status, 403);
    assert.equal((await scim(emulator, 'primary', 'api').get('/Users')).status, 403);
  });

  it('the v4 routes use the v4 envelope for auth failures', async () => {
    const reply = await v4(emulator, 'primary', 'none').get<V4Body<null>>('/members');
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.body, { success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null });
    const denied = await v4(emulator, 'primary', 'noScim').get<V4Body<null>>('/members');
    assert.equal(denied.status, 403);
    assert.equal(denied.body.errors[0]?.code, 10000);
  });

  it('the authErrorBody knob switches SCIM auth failures to the v4 envelope', async () => {
    const styled = new Emulator({ accounts: [{ key: 'primary', preset: 'cloudflare-account', knobs: { authErrorBody: 'v4' } }] });
    const reply = await scim(styled, 'primary', 'none').get<V4Body<null>>('/Users');
    assert.equal(reply.status, 401);
    assert.equal(reply.body.success, false);
    assert.equal(reply.body.errors[0]?.code, 10000);
  });

  it('tokens are 40 characters, distinct, and registered for redaction', () => {
    const tokens = Object.values(emulator.account('primary').tokens);
    assert.equal(new Set(tokens).size, 4);
    for (const token of tokens) {
      assert.equal(token.length, 40);
      assert.equal(redact(`token ${token}`), 'token [REDACTED]');
    }
    assert.ok(knownSecretCount() >= 17, 'every account token and the control token are registered');
    assert.equal(redact(emulator.controlToken), '[REDACTED]');
  });

  it('fixed tokens from the options are used as given', () => {
    const fixed = new Emulator({ tokens: { primary: { scim: 'fixed-scim-token-for-the-standalone-server' } } });
    assert.equal(fixed.account('primary').tokens.scim, 'fixed-scim-token-for-the-standalone-server');
    assert.throws(() => new Emulator({ tokens: { nobody: { scim: 'x'.repeat(40) } } }), /unknown account "nobody"/);
  });
});
