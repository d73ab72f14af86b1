import { isUtf8 } from 'node:buffer';
import type { EmulatorRequest, EmulatorResponse } from './types.ts';

/**
 * The standard Fetch face of the emulator (`Request -> Response`), for in-process tests. Transport
 * faults are mapped to what a real fetch would show: a reset rejects like undici does on
 * ECONNRESET, a truncated body errors while being read.
 */
export async function toEmulatorRequest(request: Request): Promise<EmulatorRequest> {
  const url = new URL(request.url);
  const headers = request.headers;
  const bytes = request.body === null ? new Uint8Array(0) : new Uint8Array(await request.arrayBuffer());
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    rawQuery: url.search.slice(1),
    headers: { get: (name) => headers.get(name) ?? undefined },
    body: Buffer.from(bytes).toString('utf8'),
    invalidUtf8: !isUtf8(bytes),
    origin: url.origin,
  };
}

function connectionReset(): TypeError {
  const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

export function toFetchResponse(response: EmulatorResponse): Response {
  if (response.transportFault === 'reset') throw connectionReset();
  const nullBody = response.status === 204 || response.status === 304 || response.body === undefined;
  if (response.transportFault !== 'truncate' || nullBody) {
    return new Response(nullBody ? null : response.body, { status: response.status, headers: response.headers });
  }
  const bytes = new TextEncoder().encode(response.body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, Math.floor(bytes.length / 2)));
      controller.error(connectionReset());
    },
  });
  return new Response(stream, { status: response.status, headers: { ...response.headers, 'content-length': String(bytes.length) } });
}
