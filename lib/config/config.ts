import { randomBytes, randomInt } from 'node:crypto';
import { registerSecret } from '../secrets.ts';
import { ConfigError } from './config-error.ts';
import { readEnvFile } from './env-file.ts';
import { isCloudflareAccountProfile, isTargetProfile, TARGET_PROFILES, type TargetProfile } from './profiles.ts';

export interface RemoteTarget {
  kind: 'remote';
  /** SCIM base URL without a trailing slash. */
  baseUrl: string;
  token: string;
}

export interface EmulatedTarget {
  kind: 'emulator';
}

/** The Cloudflare v4 API that observes lifecycle outcomes (account members and their roles). */
export interface ObserverConfig {
  apiBase: string;
  accountId: string;
  token: string;
}

export interface HarnessConfig {
  target: RemoteTarget | EmulatedTarget;
  profile: TargetProfile;
  observer: ObserverConfig | undefined;
  seed: number;
  /** Prefix of everything this run creates, so a sweep can find leftovers and nothing else is touched. */
  runId: string;
  reportsDir: string;
  foreignToken: string | undefined;
  allowDestructive: boolean;
  timeoutMs: number;
  /** What the whole run may ask of the target; split between the Playwright workers (workerLimits). */
  limits: RunLimits;
}

export interface RunLimits {
  /** Requests the run may send at most (SCIM_MAX_REQUESTS); undefined for no budget. */
  maxRequests: number | undefined;
  /** Requests on the wire at once across the run (SCIM_MAX_IN_FLIGHT); undefined for the default per worker. */
  maxInFlight: number | undefined;
}

/** Requests one worker keeps on the wire when SCIM_MAX_IN_FLIGHT is not set. */
export const DEFAULT_IN_FLIGHT_PER_WORKER = 8;

/**
 * A worker's share of the run's limits. Workers are separate processes, so the budget and the
 * concurrency are divided evenly, rounded down (playwright.config.ts runs no more workers than
 * SCIM_MAX_IN_FLIGHT allows, so every worker gets at least one request on the wire).
 */
export function workerLimits(limits: RunLimits, workers: number): { maxRequests: number; maxInFlight: number } {
  return {
    maxRequests: limits.maxRequests === undefined ? Number.POSITIVE_INFINITY : Math.floor(limits.maxRequests / workers),
    maxInFlight: limits.maxInFlight === undefined ? DEFAULT_IN_FLIGHT_PER_WORKER : Math.max(1, Math.floor(limits.maxInFlight / workers)),
  };
}

/** The run prefix every harness-created resource carries (userName local part, displayName, externalId). */
export const RESOURCE_PREFIX = 'scimc';

const CLOUDFLARE_ACCOUNT_PATH = /\/client\/v4\/accounts\/([0-9a-f]{32})\/scim\/v2$/i;

/**
 * Reads and validates every setting before any test runs. Throws ConfigError with one line on the first
 * problem. SCIM_SEED and SCIM_RUN_ID are fixed here when unset, and written back to `env` so every
 * Playwright worker (which inherits the runner's environment) sees the same values.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HarnessConfig {
  const file = readEnvFile(env, cwd);
  const get = (name: string): string | undefined => {
    const value = env[name] ?? file[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const baseUrl = get('SCIM_BASE_URL');
  const token = get('SCIM_TOKEN');
  for (const name of ['SCIM_TOKEN', 'CF_API_TOKEN', 'SCIM_FOREIGN_TOKEN']) registerSecret(get(name));

  let target: HarnessConfig['target'];
  if (baseUrl === undefined) {
    if (token !== undefined) {
      throw new ConfigError('SCIM_TOKEN', 'is set but SCIM_BASE_URL is not, so the token would be ignored and the embedded emulator used', 'Set SCIM_BASE_URL to the endpoint the token belongs to, or unset SCIM_TOKEN');
    }
    target = { kind: 'emulator' };
  } else {
    target = { kind: 'remote', baseUrl: parseBaseUrl(baseUrl), token: requireToken(token) };
  }

  const profile = parseProfile(get('SCIM_TARGET_PROFILE'), target);
  const observer = parseObserver(get, target, profile);
  const seed = parseSeed(get('SCIM_SEED'));
  const runId = parseRunId(get('SCIM_RUN_ID'));
  env.SCIM_SEED = String(seed);
  env.SCIM_RUN_ID = runId;

  const allowDestructive = parseFlag('SCIM_ALLOW_DESTRUCTIVE', get('SCIM_ALLOW_DESTRUCTIVE'));
  return {
    target,
    profile,
    observer,
    seed,
    runId,
    reportsDir: get('SCIM_REPORTS_DIR') ?? 'reports',
    foreignToken: get('SCIM_FOREIGN_TOKEN'),
    // The emulator's data belongs to the run, so destructive checks are always safe there.
    allowDestructive: target.kind === 'emulator' || allowDestructive,
    timeoutMs: parsePositiveInt('SCIM_TIMEOUT_MS', get('SCIM_TIMEOUT_MS'), 30_000, 'a number of milliseconds'),
    limits: {
      maxRequests: optionalPositiveInt('SCIM_MAX_REQUESTS', get('SCIM_MAX_REQUESTS'), 'the most requests the run may send'),
      maxInFlight: optionalPositiveInt('SCIM_MAX_IN_FLIGHT', get('SCIM_MAX_IN_FLIGHT'), 'the most requests on the wire at once'),
    },
  };
}

/** How the target is named in reports: the base URL without credentials or query, never the token. */
export function describeTarget(config: HarnessConfig): string {
  return config.target.kind === 'emulator' ? `embedded emulator (${config.profile})` : config.target.baseUrl;
}

function parseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SCIM_BASE_URL', `"${raw}" is not an absolute URL`, 'Use the full endpoint, e.g. https://api.cloudflare.com/client/v4/accounts/<ACCOUNT_ID>/scim/v2');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('SCIM_BASE_URL', `scheme "${url.protocol}" is not supported`, 'Use an http:// or https:// URL');
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError('SCIM_BASE_URL', 'contains credentials', 'Remove them from the URL and put the bearer token in SCIM_TOKEN');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError('SCIM_BASE_URL', 'has a query string or fragment', 'Give the SCIM base URL only (IdP-specific flags such as ?aadOptscim062020 are chosen with --project)');
  }
  return url.toString().replace(/\/+$/, '');
}

function requireToken(token: string | undefined): string {
  if (token === undefined) {
    throw new ConfigError('SCIM_TOKEN', 'is not set but SCIM_BASE_URL is', 'Set SCIM_TOKEN to a bearer token for that endpoint (in the environment or .env)');
  }
  if (/\s/.test(token)) {
    throw new ConfigError('SCIM_TOKEN', 'contains white space', 'Give the bare token, without the "Bearer " prefix');
  }
  return token;
}

function parseProfile(raw: string | undefined, target: HarnessConfig['target']): TargetProfile {
  if (raw === undefined) return target.kind === 'emulator' ? 'cloudflare-account' : 'generic';
  if (!isTargetProfile(raw)) {
    throw new ConfigError('SCIM_TARGET_PROFILE', `"${raw}" is not a profile`, `Use one of: ${TARGET_PROFILES.join(', ')}`);
  }
  return raw;
}

function parseObserver(get: (name: string) => string | undefined, target: HarnessConfig['target'], profile: TargetProfile): ObserverConfig | undefined {
  const apiToken = get('CF_API_TOKEN');
  const accountIdSetting = get('CF_ACCOUNT_ID');
  const apiBaseSetting = get('CF_API_BASE');
  if (target.kind === 'emulator') {
    const stray = [['CF_API_TOKEN', apiToken], ['CF_ACCOUNT_ID', accountIdSetting], ['CF_API_BASE', apiBaseSetting]].find(([, v]) => v !== undefined);
    if (stray) {
      throw new ConfigError(stray[0]!, 'is set but SCIM_BASE_URL is not; the embedded emulator observes itself', `Set SCIM_BASE_URL to the Cloudflare endpoint ${stray[0]} belongs to, or unset ${stray[0]}`);
    }
    return undefined;
  }
  if (!isCloudflareAccountProfile(profile)) {
    if (apiToken !== undefined) {
      throw new ConfigError('CF_API_TOKEN', `is set but SCIM_TARGET_PROFILE is ${profile}, which does not use the Cloudflare members API`, 'Set SCIM_TARGET_PROFILE=cloudflare-account (or cloudflare-account-legacy), or unset CF_API_TOKEN');
    }
    return undefined;
  }
  // The account id and API base are in a Cloudflare SCIM URL already; asking for them again invites a mismatch.
  const match = CLOUDFLARE_ACCOUNT_PATH.exec(new URL(target.baseUrl).pathname);
  const accountId = accountIdSetting ?? match?.[1];
  const apiBase = apiBaseSetting ?? (match ? target.baseUrl.slice(0, target.baseUrl.length - match[0].length) + '/client/v4' : undefined);
  if (accountIdSetting !== undefined && match && accountIdSetting.toLowerCase() !== match[1]!.toLowerCase()) {
    throw new ConfigError('CF_ACCOUNT_ID', `is ${accountIdSetting} but SCIM_BASE_URL names account ${match[1]}`, 'Make them name the same account, or unset CF_ACCOUNT_ID');
  }
  if (apiToken === undefined) {
    // Without an observer, lifecycle checks on Cloudflare profiles are skipped with that reason.
    return undefined;
  }
  if (accountId === undefined || apiBase === undefined) {
    throw new ConfigError('CF_ACCOUNT_ID', 'cannot be read from SCIM_BASE_URL, which is not of the form .../client/v4/accounts/<ACCOUNT_ID>/scim/v2', 'Set CF_ACCOUNT_ID and CF_API_BASE (e.g. https://api.cloudflare.com/client/v4)');
  }
  if (!/^[0-9a-f]{32}$/i.test(accountId)) {
    throw new ConfigError('CF_ACCOUNT_ID', `"${accountId}" is not a 32-character hexadecimal account id`, 'Copy the account id from the Cloudflare dashboard URL');
  }
  return { apiBase: apiBase.replace(/\/+$/, ''), accountId: accountId.toLowerCase(), token: apiToken };
}

function parseSeed(raw: string | undefined): number {
  if (raw === undefined) return randomInt(1, 2 ** 31 - 1);
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 2 ** 31 - 1) {
    throw new ConfigError('SCIM_SEED', `"${raw}" is not a whole number from 0 to 2147483647`, 'Use the seed printed by an earlier run, or unset it for a random one');
  }
  return Number(raw);
}

function parseRunId(raw: string | undefined): string {
  if (raw === undefined) return randomBytes(3).toString('hex');
  if (!/^[a-z0-9]{4,12}$/.test(raw)) {
    throw new ConfigError('SCIM_RUN_ID', `"${raw}" is not 4 to 12 lower-case letters or digits`, 'Unset it; the runner picks one');
  }
  return raw;
}

function parseFlag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new ConfigError(name, `"${raw}" is not 1 or 0`, `Set ${name}=1 to allow, or unset it`);
}

function parsePositiveInt(name: string, raw: string | undefined, fallback: number, what: string): number {
  return optionalPositiveInt(name, raw, what) ?? fallback;
}

function optionalPositiveInt(name: string, raw: string | undefined, what: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) === 0) {
    throw new ConfigError(name, `"${raw}" is not a positive whole number`, `Give ${what}, or unset ${name}`);
  }
  return Number(raw);
}
