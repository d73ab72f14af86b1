/**
 * The floor for the emulator's throughput: node:http answering every request with one fixed SCIM
 * User as JSON, after reading the body (as any server must). Same protocol as
 * lib/load/emulator-process.ts: one JSON line when listening, stops when stdin closes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const BODY = Buffer.from(
  JSON.stringify({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: '0123456789abcdef0123456789abcdef',
    userName: 'bench@example.com',
    name: { givenName: 'Bench', familyName: 'Mark' },
    active: true,
    meta: { resourceType: 'User' },
  }),
);

const server = createServer({ keepAlive: true }, (req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/scim+json', 'content-length': String(BODY.length) });
    res.end(BODY);
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ baseUrl: `http://127.0.0.1:${port}/scim/v2`, token: 'bench-token' })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
