import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isUtf8 } from 'node:buffer';
import { MAX_BODY_BYTES, type EmulatorRequest, type EmulatorResponse, type HeaderLookup } from './types.ts';

/**
 * Serves a handler over node:http, straight from IncomingMessage (no WHATWG objects on the way).
 * Keep-alive stays on; close() destroys open sockets so a test run never waits for idle clients.
 */
export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  port?: number;
  host?: string;
}

type Handler = (req: EmulatorRequest) => Promise<EmulatorResponse>;

class NodeHeaders implements HeaderLookup {
  constructor(private readonly raw: IncomingMessage['headers']) {}

  get(name: string): string | undefined {
    const value = this.raw[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

/** Collects the body; past the limit only one more byte is kept, enough for the handler to answer 413. */
function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      const room = MAX_BODY_BYTES + 1 - size;
      const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(kept);
      size += kept.length;
    });
    message.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

async function toEmulatorRequest(message: IncomingMessage): Promise<EmulatorRequest> {
  const target = message.url ?? '/';
  const q = target.indexOf('?');
  const rawQuery = q === -1 ? '' : target.slice(q + 1);
  const bytes = await readBody(message);
  return {
    method: message.method ?? 'GET',
    path: q === -1 ? target : target.slice(0, q),
    query: new URLSearchParams(rawQuery),
    rawQuery,
    headers: new NodeHeaders(message.headers),
    body: bytes.toString('utf8'),
    invalidUtf8: !isUtf8(bytes),
    origin: `http://${message.headers.host ?? 'localhost'}`,
  };
}

function write(res: ServerResponse, response: EmulatorResponse): void {
  if (response.transportFault === 'reset') {
    res.socket?.destroy();
    return;
  }
  const body = response.body;
  const headers: Record<string, string> = { ...response.headers };
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body, 'utf8'));
  res.writeHead(response.status, headers);
  if (body === undefined) {
    res.end();
  } else if (response.transportFault === 'truncate') {
    // The full length is announced, half is sent, then the connection drops.
    const bytes = Buffer.from(body, 'utf8');
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
  } else {
    // A string body goes out in one write with the head (node:http joins them); a Buffer would
    // cost a copy and a writev of two chunks per response.
    res.end(body, 'utf8');
  }
}

export function listen(handler: Handler, options: ListenOptions = {}): Promise<RunningServer> {
  const server = createServer({ keepAlive: true }, (message, res) => {
    toEmulatorRequest(message)
      .then(handler)
      .then((response) => write(res, response))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`emulator error: ${(error as Error).message}`);
      });
  });
  const { port = 0, host = '127.0.0.1' } = options;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${urlHost}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
