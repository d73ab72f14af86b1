/**
 * `npm run load -- --idp entra --users 50000 --groups 200 --concurrency 32`: replays an IdP's initial
 * sync and a change wave against the target (the embedded emulator unless SCIM_BASE_URL is set),
 * checks the end state, and writes reports/load/load-report.{json,html}. Exit 0 only when every write
 * stuck and the run was complete.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadProfiles } from '../fixtures/idp/profiles.ts';
import { ConfigError, describeTarget, loadConfig, RESOURCE_PREFIX } from '../lib/config/index.ts';
import { spawnEmulator, type SpawnedEmulator } from '../lib/load/emulator-target.ts';
import { textReport, writeLoadReport } from '../lib/load/report.ts';
import { runLoad } from '../lib/load/run.ts';
import { emulatedAccountKey } from '../lib/target/emulated-account.ts';

const GIB = 1024 ** 3;

function whole(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`--${name}`, `"${raw}" is not a whole number of at least ${min}`, `Pass e.g. --${name} ${Math.max(min, 1)}`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      idp: { type: 'string', default: 'entra' },
      variant: { type: 'string' },
      users: { type: 'string', default: '1000' },
      groups: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '16' },
      budget: { type: 'string' },
      'deactivate-every': { type: 'string', default: '10' },
      'move-every': { type: 'string', default: '20' },
      'max-retries': { type: 'string', default: '8' },
      'member-batch': { type: 'string', default: '1' },
      quiet: { type: 'boolean', default: false },
    },
  });
  let emulator: SpawnedEmulator | undefined;
  try {
    const config = loadConfig();
    const variants = [...loadProfiles().keys()].filter((key) => key.startsWith(`${values.idp}/`)).map((key) => key.slice(values.idp.length + 1));
    const variant = values.variant ?? (variants.includes('default') ? 'default' : variants[0]);
    if (variant === undefined || !variants.includes(variant)) {
      throw new ConfigError('--idp', `no IdP profile ${values.idp}/${values.variant ?? ''}`, `Known: ${[...loadProfiles().keys()].join(', ')}`);
    }
    let baseUrl: string;
    let token: string;
    if (config.target.kind === 'remote') {
      ({ baseUrl, token } = config.target);
    } else {
      emulator = await spawnEmulator(emulatedAccountKey(config.profile));
      ({ baseUrl, token } = emulator);
    }
    const prefix = `${RESOURCE_PREFIX}-${config.runId}-load`;
    console.log(`scim-load: target ${describeTarget(config)}, profile ${config.profile}, users ${prefix}-<n>@example.com`);
    const result = await runLoad({
      idp: values.idp,
      variant,
      users: whole('users', values.users, 1)!,
      groups: whole('groups', values.groups, 0)!,
      concurrency: whole('concurrency', values.concurrency, 1)!,
      budget: whole('budget', values.budget, 1),
      deactivateEvery: whole('deactivate-every', values['deactivate-every'], 0)!,
      moveEvery: whole('move-every', values['move-every'], 0)!,
      maxRetries: whole('max-retries', values['max-retries'], 0)!,
      memberBatch: whole('member-batch', values['member-batch'], 1)!,
      baseUrl,
      token,
      prefix,
      quiet: values.quiet,
    });
    const targetRss = emulator?.peakRss();
    const targetCpu = emulator?.cpuSeconds();
    const files = writeLoadReport(result, join(config.reportsDir, 'load'), { target: describeTarget(config), profile: config.profile, targetPeakRssBytes: targetRss, targetCpuSeconds: targetCpu });
    console.log(textReport(result));
    if (targetRss !== undefined) {
      const total = targetRss + result.peakRssBytes;
      console.log(`  emulator process: ${targetCpu?.toFixed(1) ?? '?'} CPU s (start and verification included), peak RSS ${Math.round(targetRss / 2 ** 20)} MiB; both processes ${Math.round(total / 2 ** 20)} MiB (goal <= 1024 MiB: ${total <= GIB ? 'met' : 'NOT met'})`);
    }
    console.log(`  reports: ${files.json}, ${files.html}`);
    return result.stoppedBy === undefined && result.verification?.ok === true ? 0 : 1;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`scim-load: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await emulator?.stop();
  }
}

process.exitCode = await main();
