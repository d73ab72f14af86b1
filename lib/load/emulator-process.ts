/**
 * The embedded emulator in a process of its own, for the load profile: on a 2-core machine the
 * target and the load generator then each get a core, as a real IdP and endpoint would. Prints one
 * JSON line (base URL, token) and serves until stdin closes.
 */
import { Emulator } from '../../emulator/index.ts';

const accountKey = process.argv[2] ?? 'primary';
const emulator = new Emulator();
const server = await emulator.listen({ port: 0, host: '127.0.0.1' });
const account = emulator.account(accountKey);
process.stdout.write(`${JSON.stringify({ baseUrl: server.url + account.scimBasePath, token: account.tokens.scim })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
