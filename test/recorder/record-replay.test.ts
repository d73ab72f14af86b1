import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker/locale/en';
import { buildProfile, type RecordedProfile } from '../../emulator/recorder/build-profile.ts';
import { startRecordingProxy } from '../../emulator/recorder/proxy.ts';
import type { RecordedExchange } from '../../emulator/recorder/recorded-exchange.ts';
import { scimBasePaths } from '../../emulator/recorder/scim-bases.ts';
import { profileProblems, writeProfile } from '../../emulator/recorder/write-profile.ts';
import { Emulator, type RunningServer } from '../../emulator/index.ts';
import { newUserIdentity } from '../../fixtures/data/user-data.ts';
import { idpProfile } from '../../fixtures/idp/profiles.ts';
import type { IdpProfile, StepName } from '../../fixtures/idp/profile-types.ts';
import { replayStep, replaySteps } from '../../fixtures/idp/replayer.ts';
import { newGroupIdentity, ResourceFactory } from '../../fixtures/resources.fixture.ts';
import { ScimClient } from '../../lib/client/index.ts';

/**
 * The recorder end to end: Okta's profile is replayed through the recording proxy in front of one
 * emulator, as a real Okta tenant would send it; the recording becomes a profile that validates
 * against the schema, and every recorded step replays successfully against a fresh emulator.
 */
const SESSION: StepName[] = ['connection-test', 'create-user', 'read-user', 'update-user', 'deactivate-user', 'read-deactivated-user', 'reactivate-user', 'create-group', 'add-member', 'remove-member', 'rename-group', 'delete-group'];

function factory(client: ScimClient): ResourceFactory {
  return new ResourceFactory(client, () => newUserIdentity(faker, 'rec0'), () => newGroupIdentity(faker, 'rec0'));
}

function resolved(profile: RecordedProfile): IdpProfile {
  const { $schema: _schema, extends: _base, ...own } = profile;
  return { ...own, headers: profile.headers ?? {}, unassign: profile.unassign ?? 'deactivate-user', steps: profile.steps ?? {}, never: profile.never ?? {} };
}

describe('recording an IdP and replaying the recording', () => {
  let recorded: RecordedExchange[];
  let built: ReturnType<typeof buildProfile>;

  before(async () => {
    faker.seed(20261123);
    const emulator = new Emulator();
    const server = await emulator.listen();
    recorded = [];
    const proxy = await startRecordingProxy({ upstream: server.url, scimBases: scimBasePaths(emulator), onExchange: (e) => recorded.push(e) });
    const account = emulator.account('reference');
    const client = new ScimClient({ baseUrl: proxy.url + account.scimBasePath, token: account.tokens.scim });
    try {
      // Only what Okta sends: the harness's follow-up reads (observe) are not replayed with judge 'status'.
      await replaySteps(idpProfile('okta', 'oin'), SESSION, { scim: client, resources: factory(client) }, { judge: 'status' });
    } finally {
      await client.close();
      await proxy.close();
      await server.close();
    }
    built = buildProfile(recorded, { idp: 'okta', variant: 'recorded' });
  });

  it('keeps the request line as sent and no credential', () => {
    const lookup = recorded.find((e) => e.query.startsWith('filter='));
    assert.match(lookup?.query ?? '', /^filter=userName%20eq%20%22[^"]+%40example\.com%22&startIndex=1&count=100$/);
    assert.ok(recorded.every((e) => e.headers.every(([name]) => name !== 'authorization')));
    assert.equal(recorded.find((e) => e.method === 'POST')?.headers.find(([n]) => n === 'user-agent')?.[1], 'Okta SCIM Client 1.0.0');
  });

  it('writes a profile that matches the IdP profile schema, with one step per recorded step', () => {
    assert.deepEqual(profileProblems(built.profile), []);
    assert.deepEqual(Object.keys(built.profile.steps ?? {}), SESSION);
    assert.deepEqual(built.profile.headers, { 'User-Agent': 'Okta SCIM Client 1.0.0', Accept: 'application/scim+json', 'Content-Type': 'application/scim+json; charset=utf-8' });
    assert.equal(built.profile.unassign, 'deactivate-user');
    assert.match(built.profile.never?.['delete-user'] ?? '', /^Not recorded/);
    const file = join(mkdtempSync(join(tmpdir(), 'scimc-recording-')), 'okta', 'recorded.json');
    writeProfile(file, built.profile);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), built.profile, 'the file reads back as the profile');
  });

  it('puts the harness\'s placeholders back, in the encoding the IdP used', () => {
    const create = built.profile.steps?.['create-user'];
    assert.equal(create?.requests[0]?.query, 'filter=userName%20eq%20%22{{user.userName|uri}}%22&startIndex=1&count=100');
    const post = create?.requests[1];
    assert.deepEqual([post?.capture, post?.track], [{ 'user.id': 'id' }, { kind: 'Users', from: 'user.id' }]);
    assert.deepEqual((post?.body as { userName: string; name: unknown }).name, { givenName: '{{user.givenName}}', familyName: '{{user.familyName}}' });
    assert.equal((post?.body as { userName: string }).userName, '{{user.userName}}');
    const rename = built.profile.steps?.['rename-group']?.requests[0]?.body as { Operations: Array<{ value: unknown }> };
    assert.deepEqual(rename.Operations[0]?.value, { id: '{{group.id}}', displayName: '{{group.newDisplayName}}' });
    assert.equal(built.profile.steps?.['remove-member']?.requests[1]?.body !== undefined, true);
    assert.ok(!JSON.stringify(built.profile).includes('@example.com'), 'no recorded userName is left');
  });

  it('cuts the steps by the documented rule: Okta\'s no-op rename travels with its membership change, a read before a PUT with the PUT', () => {
    assert.deepEqual(built.profile.steps?.['add-member']?.requests.map((r) => r.method), ['PATCH', 'PATCH']);
    assert.deepEqual(built.profile.steps?.['update-user']?.requests.map((r) => r.method), ['GET', 'PUT']);
    assert.deepEqual(built.profile.steps?.['reactivate-user']?.given, ['create-user', 'deactivate-user']);
    assert.deepEqual(built.profile.steps?.['remove-member']?.given, ['create-user', 'create-group', 'add-member']);
    assert.match(built.profile.steps?.['create-user']?.requests[1]?.expect[0]?.because ?? '', /^Recorded: the endpoint answered 201/);
  });

  describe('the recording replays against a fresh emulator', () => {
    let server: RunningServer;
    let emulator: Emulator;
    before(async () => {
      emulator = new Emulator();
      server = await emulator.listen();
    });
    after(() => server.close());

    for (const step of SESSION) {
      it(step, async () => {
        emulator.reset();
        const account = emulator.account('reference');
        const client = new ScimClient({ baseUrl: server.url + account.scimBasePath, token: account.tokens.scim });
        const resources = factory(client);
        try {
          await replayStep(resolved(built.profile), step, { scim: client, resources });
        } finally {
          assert.deepEqual(await resources.cleanup(), []);
          await client.close();
        }
      });
    }
  });
});
