import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { idpProfile } from '../../fixtures/idp/profiles.ts';
import { replayStep, replaySteps, UnsafeReplay, type ReplayContext } from '../../fixtures/idp/replayer.ts';
import { ResourceFactory } from '../../fixtures/resources.fixture.ts';
import { CheckFailure } from '../../fixtures/verdicts.ts';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import { ExchangeLog, ScimClient } from '../../lib/client/index.ts';

/** The engine against the emulator over real HTTP, the way the specs drive it. */
describe('IdP replay engine', () => {
  const emulator = new Emulator();
  let server: RunningServer;
  const clients: ScimClient[] = [];
  let counter = 0;

  function context(account: string, extra: Partial<ReplayContext> = {}): { context: ReplayContext; log: ExchangeLog; factory: ResourceFactory } {
    const info = emulator.account(account);
    const log = new ExchangeLog();
    const scim = new ScimClient({ baseUrl: server.url + info.scimBasePath, token: info.tokens.scim, log });
    clients.push(scim);
    const next = (): number => ++counter;
    const factory = new ResourceFactory(
      scim,
      () => {
        const n = next();
        return { userName: `scimc-test-user${n}@example.com`, givenName: 'Ada', familyName: `Test${n}`, displayName: `Ada Test${n}`, externalId: `scimc-test-${n}` };
      },
      () => ({ displayName: `scimc-test-group${next()}`, externalId: `ext-${next()}` }),
    );
    return { context: { scim, resources: factory, ...extra }, log, factory };
  }

  before(async () => {
    server = await emulator.listen({ port: 0, host: '127.0.0.1' });
  });
  beforeEach(() => {
    emulator.defects.set([]);
    emulator.reset();
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
  });

  it('replays a step with its given steps, in the IdP\'s own headers', async () => {
    const { context: ctx, log } = context('primary');
    const vars = await replayStep(idpProfile('okta', 'oin'), 'add-member', ctx);
    assert.equal(typeof vars['user.id'], 'string');
    assert.equal(typeof vars['other.id'], 'string');
    assert.notEqual(vars['user.id'], vars['other.id'], 'the second user is another person');
    const noOpRename = log.all().find((ex) => ex.method === 'PATCH' && ex.requestBody?.includes('"displayName"'));
    assert.equal(noOpRename?.requestHeaders['user-agent'], 'Okta SCIM Client 1.0.0');
  });

  it('fails the step under test in the IdP\'s terms, and breaks on a failed given step', async () => {
    emulator.defects.set(['idp/add-member~okta-noop-rename-rejected']);
    const failed = await replayStep(idpProfile('okta', 'oin'), 'add-member', context('primary').context).catch((e: unknown) => e);
    assert.ok(failed instanceof CheckFailure);
    assert.match(failed.message, /^Okta \(OIN template app, PATCH\), "Push a new member of a group", request 1 of 3 \(PATCH .*\): expected one of 200, 204, got 400\. Okta's rename PATCH sent with every membership change is rejected: group pushes from Okta will fail\./);
    emulator.defects.set(['idp/create-group']);
    const broken = await replayStep(idpProfile('okta', 'oin'), 'add-member', context('primary').context).catch((e: unknown) => e);
    assert.ok(broken instanceof Error && !(broken instanceof CheckFailure));
    assert.match(broken.message, /^setup step "create-group" did not succeed/);
  });

  async function roleGroupId(ctx: ReplayContext, displayName: string): Promise<string> {
    return (await ctx.scim.get('/Groups', { filter: `displayName eq "${displayName}"` })).json<{ Resources: Array<{ id: string }> }>()!.Resources[0]!.id;
  }

  it('pushes into a role group where groups are linked instead of created, and never removes it', async () => {
    const displayName = `CF-${emulator.account('legacy').id} - Administrator Read Only`;
    const { context: base, factory } = context('legacy', { vars: { 'group.displayName': displayName }, substitute: { 'create-group': 'link-group' } });
    const id = await roleGroupId(base, displayName);
    const ctx = { ...base, preexisting: new Set([id]) };
    assert.equal((await replaySteps(idpProfile('authentik', 'default'), ['connection-test', 'link-group'], ctx))['group.id'], id, 'Authentik binds the exact legacy name with its POST');
    assert.equal((await replayStep(idpProfile('entra', 'default'), 'add-member', ctx))['group.id'], id);
    assert.deepEqual(await factory.cleanup(), [], 'only the users are removed; removing the role group would fail');
  });

  it('will not replace the members of a group the harness did not create, unless allowed', async () => {
    const displayName = `CF-${emulator.account('primary').id} - Administrator Read Only`;
    const { context: base } = context('primary', { vars: { 'group.displayName': displayName } });
    const ctx = { ...base, preexisting: new Set([await roleGroupId(base, displayName)]) };
    const unsafe = await replayStep(idpProfile('okta', 'oin'), 'link-group', ctx).catch((e: unknown) => e);
    assert.ok(unsafe instanceof UnsafeReplay, String(unsafe));
    assert.match(unsafe.message, /would remove everyone else from group cloudflare-v1-.*SCIM_ALLOW_DESTRUCTIVE=1/);
    await replayStep(idpProfile('okta', 'oin'), 'link-group', { ...ctx, mayReplaceMembers: true });
  });

  it('holds only the statuses when judging an outcome elsewhere', async () => {
    emulator.defects.set(['idp/find-user']);
    const { context: ctx } = context('primary');
    await assert.rejects(replaySteps(idpProfile('entra', 'default'), ['create-user', 'find-user'], ctx), CheckFailure);
    await replaySteps(idpProfile('entra', 'default'), ['create-user', 'find-user'], context('primary').context, { judge: 'status' });
  });
});
