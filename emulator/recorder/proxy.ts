import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { belowBase, recordableHeaders, type RecordedExchange } from './recorded-exchange.ts';

/**
 * A pass-through in front of the emulator that keeps what a real IdP sends: the request line as it
 * came (path and query undecoded), every header but credentials, the body, and the answer. Everything
 * is forwarded untouched, Host included, so Location headers and meta.location name this address;
 * only requests below one of the SCIM bases are recorded.
 */
export interface RecordingProxyOptions {
  /** The emulator's own listener, e.g. `http://127.0.0.1:40123`. */
  upstream: string;
  /** SCIM base paths whose requests are recorded (dashboard and Zero Trust). */
  scimBases: readonly string[];
  onExchange(exchange: RecordedExchange): void;
  port?: number;
  host?: string;
}

export interface RecordingProxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

function pairs(message: IncomingMessage): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) out.push([message.rawHeaders[i]!, message.rawHeaders[i + 1]!]);
  return out;
}

async function bodyOf(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Hop-by-hop headers end at this hop (RFC 9110 §7.6.1); the rest travel on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const upstream = new Pool(options.upstream);
  const server = createServer({ keepAlive: true }, (message, res) => {
    void (async () => {
      const target = message.url ?? '/';
      const q = target.indexOf('?');
      const path = q === -1 ? target : target.slice(0, q);
      const raw = pairs(message);
      const body = await bodyOf(message);
      const forwarded = raw.filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()));
      const answer = await upstream.request({ path: target, method: (message.method ?? 'GET') as 'GET', headers: forwarded.flat(), body: body.length > 0 ? body : null });
      const responseBody = Buffer.from(await answer.body.arrayBuffer());
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      headers['content-length'] = String(responseBody.length);
      res.writeHead(answer.statusCode, headers);
      res.end(responseBody);
      const below = belowBase(path, options.scimBases);
      if (below === undefined) return;
      options.onExchange({
        method: message.method ?? 'GET',
        path: below,
        query: q === -1 ? '' : target.slice(q + 1),
        headers: recordableHeaders(raw),
        body: body.toString('utf8'),
        status: answer.statusCode,
        responseBody: responseBody.toString('utf8'),
      });
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`recording proxy: ${(error as Error).message}`);
    });
  });
  const { port = 0, host = '127.0.0.1' } = options;
  server.listen(port, host);
  await once(server, 'listening');
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await upstream.close();
    },
  };
}
