/**
 * Request headers as the client sends them. Checks must be able to replace or drop anything the
 * client adds by default (a malformed Authorization, no Content-Type), so overrides always win.
 */
import { JSON_MEDIA_TYPE, SCIM_CONTENT_TYPE, SCIM_MEDIA_TYPE } from '../media-types.ts';

/** Header name -> value; `undefined` drops a header the client would otherwise send. */
export type HeaderOverrides = Record<string, string | undefined>;

const DEFAULT_USER_AGENT = 'scim-conformance';
const ACCEPT = `${SCIM_MEDIA_TYPE}, ${JSON_MEDIA_TYPE}`;

/** Index bits into the precomputed header sets, so a request without overrides builds no header object. */
export const WITH_AUTH = 1;
export const WITH_JSON = 2;

export interface HeaderSetOptions {
  token?: string | undefined;
  userAgent?: string | undefined;
  defaultHeaders?: Record<string, string> | undefined;
}

/** The four header sets a request can start from, indexed by WITH_AUTH | WITH_JSON. */
export function headerSets(options: HeaderSetOptions): ReadonlyArray<Readonly<Record<string, string>>> {
  const base: Record<string, string> = { 'user-agent': options.userAgent ?? DEFAULT_USER_AGENT, accept: ACCEPT };
  const auth: Record<string, string> = options.token === undefined ? {} : { authorization: `Bearer ${options.token}` };
  const json = { 'content-type': SCIM_CONTENT_TYPE };
  // Caller-chosen defaults come last so they beat the built-ins.
  const custom = lowerCaseNames(options.defaultHeaders ?? {});
  return [
    Object.freeze({ ...base, ...custom }),
    Object.freeze({ ...base, ...auth, ...custom }),
    Object.freeze({ ...base, ...json, ...custom }),
    Object.freeze({ ...base, ...auth, ...json, ...custom }),
  ];
}

function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name.toLowerCase()] = headers[name] as string;
  return out;
}

/**
 * Applies overrides to lower-cased defaults. An override keeps the caller's spelling of the name,
 * since an IdP replay may send `Authorization` where the defaults say `authorization`.
 */
export function overrideHeaders(defaults: Readonly<Record<string, string>>, overrides: HeaderOverrides): Record<string, string> {
  const out: Record<string, string> = { ...defaults };
  for (const name in overrides) {
    const value = overrides[name];
    delete out[name.toLowerCase()];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** Undici hands repeated response headers over as arrays; checks want one string per name. */
export function flattenResponseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  for (const name in headers) {
    const value = headers[name];
    if (Array.isArray(value)) headers[name] = value.join(', ');
    else if (value === undefined) delete headers[name];
  }
  return headers as Record<string, string>;
}
