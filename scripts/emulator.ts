/**
 * `npm run emulator [-- --port 8787 --host 127.0.0.1]`: the embedded Cloudflare SCIM emulator on its own,
 * for pointing a real IdP or your own tools at it. Prints every account's URLs and tokens, each account's
 * Zero Trust Access endpoints, and the control interface that switches defects and faults. Stops on Ctrl-C.
 * With `--record <file> --idp <idp> --variant <name>` it records what the IdP sends (scripts/record-session.ts).
 */
import { parseArgs } from 'node:util';
import { DEMO_GROUP_A } from '../emulator/access/org.ts';
import { Emulator } from '../emulator/index.ts';
import { recordSettings, startRecording, type RecordingSession } from './record-session.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SCIM_EMULATOR_PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    record: { type: 'string' },
    idp: { type: 'string' },
    variant: { type: 'string' },
    title: { type: 'string' },
    'access-raw-secret': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`emulator: --port ${values.port} is not a port number (0 to 65535)`);
  process.exit(2);
}

const recordAs = recordSettings(values);
if (typeof recordAs === 'string') {
  console.error(`emulator: ${recordAs}`);
  process.exit(2);
}

const emulator = new Emulator({ accessRawSecret: values['access-raw-secret'] });
// When recording, the emulator listens on a loopback port of its own and the recording proxy takes the public one.
const server = await emulator.listen(recordAs === undefined ? { port, host: values.host } : { port: 0, host: '127.0.0.1' });
const recording: RecordingSession | undefined = recordAs === undefined ? undefined : await startRecording(emulator, server.url, recordAs, { port, host: values.host });
const url = recording?.proxy.url ?? server.url;
const rows = emulator.accounts.map((a) => [a.key, a.preset, `${url}${a.scimBasePath}`, a.tokens.scim, a.tokens.api]);
function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(header));
  for (const row of body) console.log(line(row));
}

console.log(`Cloudflare SCIM emulator on ${url}\n`);
printTable(['account', 'preset', 'SCIM base URL', 'SCIM token', 'v4 API token'], rows);
const primary = emulator.account('primary');
console.log(`\nv4 API (members, roles): ${url}${primary.apiBasePath}/members`);
console.log(`Control: ${url}/__emulator/ (header x-emulator-control-token: ${emulator.controlToken})`);

console.log('\nZero Trust Access: each account\'s identity provider takes SCIM on its team domain (either URL form), with its own secret:\n');
printTable(
  ['account', 'IdP SCIM base URL', 'SCIM secret'],
  emulator.accounts.map((a) => [a.key, `${url}${emulator.access(a.key).scimBasePath}`, emulator.access(a.key).scimSecret]),
);
const zeroTrust = emulator.access('primary');
console.log(`  also at ${url}${zeroTrust.cdnCgiScimBasePath}${values['access-raw-secret'] ? '; the raw secret works without "Bearer"' : ''}`);
console.log(`Demo application (allows members of "${DEMO_GROUP_A}"): ${url}${zeroTrust.appPath}, sign in at ${url}${zeroTrust.loginPath}`);
console.log(`Access API (v4 API token): ${url}${zeroTrust.apiBasePath}/identity_providers/${zeroTrust.idpId}, .../users, .../apps`);

console.log(`\nRun the suite against it as a remote target:\n  SCIM_BASE_URL=${url}${primary.scimBasePath} SCIM_TOKEN=${primary.tokens.scim} SCIM_TARGET_PROFILE=cloudflare-account npm run conformance`);
if (recordAs !== undefined) console.log(`\nRecording ${recordAs.idp}/${recordAs.variant} to ${recordAs.file}: point the IdP at a SCIM base URL above and take it through its steps.`);
console.log(`\nCtrl-C stops it${recordAs === undefined ? '' : ' and writes the recording'}. State lives in memory only.`);

const stop = async () => {
  recording?.finish();
  await recording?.proxy.close();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
