import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TestContext } from 'node:test';
import { ScimClient, type ScimClientOptions } from '../../lib/client/index.ts';

/** A request as it arrived, body bytes and socket included (the socket shows connection reuse). */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  socket: Socket;
}

export type Route = (req: ReceivedRequest, res: ServerResponse) => void;

export const BASE_PATH = '/scim/v2';

/** A loopback HTTP server on port 0 whose behaviour each test sets with `route`. */
export class TestServer {
  readonly received: ReceivedRequest[] = [];
  route: Route = (_req, res) => replyJson(res, 200, {});

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<TestServer> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const test = new TestServer(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks), socket: req.socket };
        test.received.push(received);
        test.route(received, res);
      });
    });
    return test;
  }

  get baseUrl(): string {
    return this.origin + BASE_PATH;
  }

  reset(route: Route): void {
    this.received.length = 0;
    this.route = route;
  }

  /** A client for this server, closed when the test ends. */
  client(t: TestContext, options: Partial<ScimClientOptions> = {}): ScimClient {
    const client = new ScimClient({ baseUrl: this.baseUrl, retry: { baseDelayMs: 10 }, ...options });
    t.after(() => client.close());
    return client;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}

export function replyJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/scim+json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Drops the connection without answering, the way an overloaded proxy or a crashing server does. */
export function hangUp(req: ReceivedRequest): void {
  req.socket.destroy();
}

/** A port nothing listens on: bound, then released. */
export async function unusedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}
