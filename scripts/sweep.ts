/**
 * `npm run sweep [-- --run <id>] [-- --dry-run]`: removes what earlier runs (also killed ones) left on
 * the configured target: Users and Groups whose names carry the harness's run prefix, nothing else.
 * Exit 0 when everything found was removed, 1 when something could not be, 2 on a setting error.
 */
import { parseArgs } from 'node:util';
import { ScimClient } from '../lib/client/index.ts';
import { ConfigError, loadConfig } from '../lib/config/index.ts';
import { redact } from '../lib/secrets.ts';
import { sweep } from '../lib/sweep/sweep.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { run: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  const config = loadConfig();
  if (config.target.kind === 'emulator') {
    console.log('sweep: no SCIM_BASE_URL is set; the embedded emulator keeps nothing between runs, so there is nothing to sweep.');
    return 0;
  }
  const scim = new ScimClient({ baseUrl: config.target.baseUrl, token: config.target.token, timeoutMs: config.timeoutMs, userAgent: 'scim-conformance-sweep' });
  try {
    const result = await sweep(scim, { ...(values.run === undefined ? {} : { runId: values.run }), dryRun: values['dry-run'] });
    for (const item of result.found) console.log(`${values['dry-run'] ? 'would remove' : 'removed'} ${item.kind}/${item.id} (${item.name})`);
    for (const problem of result.problems) console.error(`sweep: ${problem}`);
    console.log(`sweep: ${result.found.length} harness resource(s) found on ${config.target.baseUrl}, ${result.removed} removed, ${result.problems.length} not removable, ${result.untouched} other resource(s) untouched.`);
    return result.problems.length === 0 ? 0 : 1;
  } finally {
    await scim.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(redact(error.message));
      process.exit(2);
    }
    console.error(`sweep: ${redact(error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  },
);
