import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { registerSecret } from '../../lib/secrets.ts';
import { harnessVersion, runEnvironment, type RunEnvironmentInput } from '../../reporters/run-environment.ts';

const INPUT: RunEnvironmentInput = {
  metadata: { target: 'https://scim.example.test/v2', profile: 'generic', seed: 42, runId: 'run-7' },
  playwright: '1.65.1',
  shard: null,
  projects: [
    { name: 'protocol', metadata: { idp: 'protocol' } },
    { name: 'okta', metadata: { idp: 'okta', variant: 'oin' } },
  ],
  harness: 'scim-conformance 0.1.0',
  node: 'v20.20.0',
};

describe('runEnvironment', () => {
  it('lists target, profile, seed, run, projects and versions, in that order', () => {
    assert.deepEqual(Object.entries(runEnvironment(INPUT)), [
      ['Target', 'https://scim.example.test/v2'],
      ['Target profile', 'generic'],
      ['Seed', '42'],
      ['Run id', 'run-7'],
      ['Projects', 'protocol, okta (oin)'],
      ['Harness', 'scim-conformance 0.1.0'],
      ['Node.js', 'v20.20.0'],
      ['Playwright', '1.65.1'],
    ]);
  });

  it('names the shard of a sharded run, and each project once in a merge', () => {
    const env = runEnvironment({ ...INPUT, shard: { current: 2, total: 4 }, projects: [...INPUT.projects, ...INPUT.projects] });
    assert.equal(env['Shard'], '2 of 4');
    assert.equal(env['Projects'], 'protocol, okta (oin)');
  });

  it('redacts a registered secret, whatever put it in the metadata', () => {
    const secret = 'run-environment-secret-0a1b2c3d';
    registerSecret(secret);
    const env = runEnvironment({ ...INPUT, metadata: { ...INPUT.metadata, target: `https://scim.example.test/v2?key=${secret}` } });
    assert.equal(env['Target'], 'https://scim.example.test/v2?key=[REDACTED]');
  });
});

describe('harnessVersion', () => {
  it('reads the name and version of the package', () => {
    assert.match(harnessVersion(), /^scim-conformance \d+\.\d+\.\d+/);
  });
});
