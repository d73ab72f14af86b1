import type { ResultInfo } from './envelope.ts';

/** v4 pagination: `page` from 1, `per_page` clamped (CLOUDFLARE.md C1, A9). */
export interface V4Page {
  page: number;
  perPage: number;
}

function positiveInteger(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

export function readV4Page(query: URLSearchParams, defaultPerPage: number, maxPerPage: number): V4Page {
  return {
    page: positiveInteger(query.get('page')) ?? 1,
    perPage: Math.min(maxPerPage, positiveInteger(query.get('per_page')) ?? defaultPerPage),
  };
}

export function offsetOf(page: V4Page): number {
  return (page.page - 1) * page.perPage;
}

export function resultInfo(page: V4Page, count: number, total: number): ResultInfo {
  return { page: page.page, per_page: page.perPage, count, total_count: total, total_pages: Math.ceil(total / page.perPage) };
}
