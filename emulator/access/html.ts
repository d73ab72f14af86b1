import type { EmulatorResponse } from '../http/types.ts';

/** The team host's pages are for people (and a browser in the checks): small, plain, never cached. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function htmlPage(status: number, title: string, body: string, headers: Record<string, string> = {}): EmulatorResponse {
  const document = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px system-ui,sans-serif;margin:3rem auto;max-width:44rem;color:#222}h1{font-size:1.5rem}
.allowed{border-left:6px solid #2b8a3e;padding-left:1rem}.denied{border-left:6px solid #c92a2a;padding-left:1rem}
table{border-collapse:collapse}td,th{text-align:left;padding:.25rem .75rem .25rem 0;vertical-align:top}code{font-size:.9em}</style>
</head><body>${body}</body></html>
`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }, body: document };
}
