/** Building request paths. Query strings given as text are kept byte for byte, because IdP replays depend on exact encodings. */

export type QueryInput = string | Record<string, string | number | undefined>;

/** `{ filter: 'userName eq "a"', count: 5 }` -> `filter=userName%20eq%20%22a%22&count=5`; undefined values are left out. */
export function encodeQuery(query: Record<string, string | number | undefined>): string {
  let out = '';
  for (const key in query) {
    const value = query[key];
    if (value === undefined) continue;
    out += `${out === '' ? '' : '&'}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  }
  return out;
}

/** Appends a query to a path that may already carry one. */
export function withQuery(path: string, query: QueryInput | undefined): string {
  if (query === undefined) return path;
  const encoded = typeof query === 'string' ? query : encodeQuery(query);
  if (encoded === '') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${encoded}`;
}

/** `http://host:1/scim/v2/` -> `/scim/v2`: the prefix every relative path is appended to. */
export function basePathOf(url: URL): string {
  return url.pathname.replace(/\/+$/, '');
}

/** Accepts `/Users` and `Users` alike. */
export function joinPath(basePath: string, path: string): string {
  return path.startsWith('/') ? basePath + path : `${basePath}/${path}`;
}

/** Absolute URLs are used to follow a Location header. */
export function isAbsoluteUrl(path: string): boolean {
  return path.startsWith('http:') || path.startsWith('https:');
}
