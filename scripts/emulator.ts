/**
 * `npm run emulator [-- --port 8787 --host 127.0.0.1]`: the embedded Cloudflare SCIM emulator on its own,
 * for pointing a real IdP or your own tools at it. Prints every account's URLs and tokens, and the
 * control interface that switches defects and faults. Stops on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { Emulator } from '../emulator/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SCIM_EMULATOR_PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`emulator: --port ${values.port} is not a port number (0 to 65535)`);
  process.exit(2);
}

const emulator = new Emulator();
const server = await emulator.listen({ port, host: values.host });
const rows = emulator.accounts.map((a) => [a.key, a.preset, `${server.url}${a.scimBasePath}`, a.tokens.scim, a.tokens.api]);
const header = ['account', 'preset', 'SCIM base URL', 'SCIM token', 'v4 API token'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();

console.log(`Cloudflare SCIM emulator on ${server.url}\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
const primary = emulator.account('primary');
console.log(`\nv4 API (members, roles): ${server.url}${primary.apiBasePath}/members`);
console.log(`Control: ${server.url}/__emulator/ (header x-emulator-control-token: ${emulator.controlToken})`);
console.log(`\nRun the suite against it as a remote target:\n  SCIM_BASE_URL=${server.url}${primary.scimBasePath} SCIM_TOKEN=${primary.tokens.scim} SCIM_TARGET_PROFILE=cloudflare-account npm run conformance`);
console.log('\nCtrl-C stops it. State lives in memory only.');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
