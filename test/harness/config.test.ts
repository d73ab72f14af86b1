import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, workerLimits } from '../../lib/config/index.ts';

const NO_FILE = mkdtempSync(join(tmpdir(), 'scimc-config-'));
const CF_URL = 'https://api.cloudflare.com/client/v4/accounts/0123456789abcdef0123456789abcdef/scim/v2';

function load(env: Record<string, string>, cwd = NO_FILE) {
  return loadConfig({ ...env }, cwd);
}

function rejects(env: Record<string, string>, setting: string, fragment: RegExp): void {
  assert.throws(() => load(env), (error: unknown) => {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    assert.equal(error.setting, setting);
    assert.match(error.message, fragment);
    assert.doesNotMatch(error.message, /\n/, 'a config error is one line');
    return true;
  });
}

describe('loadConfig', () => {
  it('defaults to the embedded emulator with the cloudflare-account profile', () => {
    const config = load({});
    assert.deepEqual(config.target, { kind: 'emulator' });
    assert.equal(config.profile, 'cloudflare-account');
    assert.equal(config.allowDestructive, true);
    assert.equal(config.reportsDir, 'reports');
  });

  it('defaults a remote target to the generic profile and strips the trailing slash', () => {
    const config = load({ SCIM_BASE_URL: 'https://scim.example.test/v2/', SCIM_TOKEN: 'tok-123456789' });
    assert.deepEqual(config.target, { kind: 'remote', baseUrl: 'https://scim.example.test/v2', token: 'tok-123456789' });
    assert.equal(config.profile, 'generic');
    assert.equal(config.allowDestructive, false);
  });

  it('fixes the seed and run id once and writes them back for the workers', () => {
    const env: Record<string, string> = {};
    const first = loadConfig(env, NO_FILE);
    assert.equal(env.SCIM_SEED, String(first.seed));
    const second = loadConfig(env, NO_FILE);
    assert.equal(second.seed, first.seed);
    assert.equal(second.runId, first.runId);
  });

  it('reads .env, and the environment wins over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scimc-env-'));
    writeFileSync(join(dir, '.env'), 'SCIM_SEED=42\nSCIM_REPORTS_DIR=out\n');
    assert.equal(load({}, dir).seed, 42);
    assert.equal(load({ SCIM_SEED: '7' }, dir).seed, 7);
    assert.equal(load({}, dir).reportsDir, 'out');
  });

  it('derives the observer from a Cloudflare SCIM URL when CF_API_TOKEN is set', () => {
    const config = load({ SCIM_BASE_URL: CF_URL, SCIM_TOKEN: 'scim-token-123', SCIM_TARGET_PROFILE: 'cloudflare-account', CF_API_TOKEN: 'api-token-123' });
    assert.deepEqual(config.observer, { apiBase: 'https://api.cloudflare.com/client/v4', accountId: '0123456789abcdef0123456789abcdef', token: 'api-token-123' });
  });

  it('names the setting, the problem and the fix in one line', () => {
    rejects({ SCIM_BASE_URL: 'not a url', SCIM_TOKEN: 'x' }, 'SCIM_BASE_URL', /not an absolute URL/);
    rejects({ SCIM_BASE_URL: 'ftp://x.test/scim' , SCIM_TOKEN: 'x' }, 'SCIM_BASE_URL', /scheme/);
    rejects({ SCIM_BASE_URL: 'https://u:p@x.test/scim', SCIM_TOKEN: 'x' }, 'SCIM_BASE_URL', /credentials/);
    rejects({ SCIM_BASE_URL: 'https://x.test/scim?aadOptscim062020', SCIM_TOKEN: 'x' }, 'SCIM_BASE_URL', /query string/);
    rejects({ SCIM_BASE_URL: 'https://x.test/scim' }, 'SCIM_TOKEN', /not set/);
    rejects({ SCIM_BASE_URL: 'https://x.test/scim', SCIM_TOKEN: 'Bearer abc' }, 'SCIM_TOKEN', /white space/);
    rejects({ SCIM_TOKEN: 'abc' }, 'SCIM_TOKEN', /SCIM_BASE_URL is not/);
    rejects({ SCIM_TARGET_PROFILE: 'cloudflare' }, 'SCIM_TARGET_PROFILE', /not a profile.*generic, cloudflare-account/);
    rejects({ SCIM_SEED: '-1' }, 'SCIM_SEED', /whole number/);
    rejects({ SCIM_ALLOW_DESTRUCTIVE: 'yes' }, 'SCIM_ALLOW_DESTRUCTIVE', /not 1 or 0/);
    rejects({ CF_API_TOKEN: 'abcdefgh' }, 'CF_API_TOKEN', /emulator observes itself/);
    rejects({ SCIM_BASE_URL: 'https://x.test/scim', SCIM_TOKEN: 'x', CF_API_TOKEN: 'abcdefgh' }, 'CF_API_TOKEN', /generic/);
    rejects({ SCIM_BASE_URL: 'https://x.test/scim', SCIM_TOKEN: 'x', SCIM_TARGET_PROFILE: 'cloudflare-account', CF_API_TOKEN: 'abcdefgh' }, 'CF_ACCOUNT_ID', /cannot be read/);
    rejects({ SCIM_BASE_URL: CF_URL, SCIM_TOKEN: 'x', SCIM_TARGET_PROFILE: 'cloudflare-account', CF_ACCOUNT_ID: 'ffffffffffffffffffffffffffffffff', CF_API_TOKEN: 'abcdefgh' }, 'CF_ACCOUNT_ID', /same account/);
    rejects({ SCIM_TIMEOUT_MS: '0' }, 'SCIM_TIMEOUT_MS', /positive/);
    rejects({ SCIM_MAX_REQUESTS: 'lots' }, 'SCIM_MAX_REQUESTS', /positive whole number.*most requests the run may send/);
    rejects({ SCIM_MAX_IN_FLIGHT: '0' }, 'SCIM_MAX_IN_FLIGHT', /positive/);
  });

  it('splits the run\'s request budget and concurrency between the workers', () => {
    const config = loadConfig({ SCIM_ENV_FILE: '/dev/null', SCIM_MAX_REQUESTS: '1000', SCIM_MAX_IN_FLIGHT: '6' });
    assert.deepEqual(config.limits, { maxRequests: 1000, maxInFlight: 6 });
    assert.deepEqual(workerLimits(config.limits, 4), { maxRequests: 250, maxInFlight: 1 });
    assert.deepEqual(workerLimits({ maxRequests: undefined, maxInFlight: undefined }, 2), { maxRequests: Number.POSITIVE_INFINITY, maxInFlight: 8 });
  });
});
