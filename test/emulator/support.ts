import type { Emulator } from '../../emulator/index.ts';
import type { TokenSet } from '../../emulator/auth.ts';

/**
 * In-process clients for the emulator's tests: every call goes through `emulator.fetch`, the
 * standard Fetch face, so the tests exercise the same handler the HTTP server uses.
 */
export const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const PATCH_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ORIGIN = 'http://emulator.test';

export interface Reply<T> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface UserBody {
  schemas: string[];
  id: string;
  userName: string;
  active?: boolean;
  displayName?: string;
  externalId?: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  emails?: { value: string; type?: string; primary?: boolean }[];
  groups?: unknown[];
  meta?: Record<string, string>;
  password?: unknown;
}

export interface MemberRef {
  value: string;
  display?: string;
  $ref?: string;
}

export interface GroupBody {
  schemas: string[];
  id: string;
  displayName: string;
  externalId?: string;
  members?: MemberRef[];
  meta?: Record<string, string>;
}

export interface ListBody<T> {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

export interface ErrorBody {
  schemas: string[];
  status: string;
  scimType?: string;
  detail?: string;
}

export interface V4Body<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  messages: unknown[];
  result: T;
  result_info?: { page: number; per_page: number; count: number; total_count: number; total_pages: number };
}

export interface MemberBody {
  id: string;
  status: string;
  user: { id: string; email: string; first_name: string | null; last_name: string | null };
  roles: { id: string; name: string }[];
}

export type TokenChoice = keyof TokenSet | { raw: string } | 'none';

export class Client {
  constructor(
    private readonly emulator: Emulator,
    readonly basePath: string,
    private readonly authorization: string | undefined,
  ) {}

  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...this.headerBase(body), ...headers } };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await this.emulator.fetch(new Request(ORIGIN + this.basePath + path, init));
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: parsed as T };
  }

  get<T>(path: string, headers?: Record<string, string>): Promise<Reply<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T>(path: string, body: unknown): Promise<Reply<T>> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<Reply<T>> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<Reply<T>> {
    return this.request<T>('PATCH', path, body);
  }

  delete<T>(path: string): Promise<Reply<T>> {
    return this.request<T>('DELETE', path);
  }

  private headerBase(body: unknown): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.authorization !== undefined) headers.authorization = this.authorization;
    if (body !== undefined) headers['content-type'] = 'application/scim+json; charset=utf-8';
    return headers;
  }
}

function authorization(emulator: Emulator, accountKey: string, token: TokenChoice): string | undefined {
  if (token === 'none') return undefined;
  if (typeof token === 'object') return token.raw;
  return `Bearer ${emulator.account(accountKey).tokens[token]}`;
}

/** A SCIM client of one account, with one of its tokens (or another header). */
export function scim(emulator: Emulator, accountKey = 'primary', token: TokenChoice = 'scim'): Client {
  return new Client(emulator, emulator.account(accountKey).scimBasePath, authorization(emulator, accountKey, token));
}

/** A v4 client of one account (the observer), with its api token by default. */
export function v4(emulator: Emulator, accountKey = 'primary', token: TokenChoice = 'api'): Client {
  return new Client(emulator, emulator.account(accountKey).apiBasePath, authorization(emulator, accountKey, token));
}

let counter = 0;

/** A User body as Okta sends it (IDP-SHAPES 2.3), for a fresh email. */
export function newUser(overrides: Record<string, unknown> = {}): Record<string, unknown> & { userName: string } {
  counter += 1;
  const userName = `user${counter}@example.com`;
  return {
    schemas: [USER_URN],
    userName,
    name: { givenName: 'Ada', familyName: `Test${counter}` },
    emails: [{ value: userName, type: 'work', primary: true }],
    active: true,
    ...overrides,
  } as Record<string, unknown> & { userName: string };
}

export async function createUser(client: Client, overrides: Record<string, unknown> = {}): Promise<UserBody> {
  const reply = await client.post<UserBody>('/Users', newUser(overrides));
  if (reply.status !== 201) throw new Error(`POST /Users answered ${reply.status}: ${reply.text}`);
  return reply.body;
}

/** The status of a second POST of the same user: 409 on a healthy target. */
export async function repeatedPostStatus(client: Client): Promise<number> {
  const body = newUser();
  await client.post('/Users', body);
  return (await client.post('/Users', body)).status;
}

export async function createGroup(client: Client, displayName: string, members: string[] = []): Promise<GroupBody> {
  const reply = await client.post<GroupBody>('/Groups', { schemas: [GROUP_URN], displayName, members: members.map((value) => ({ value })) });
  if (reply.status !== 201) throw new Error(`POST /Groups answered ${reply.status}: ${reply.text}`);
  return reply.body;
}

export function patchOp(...operations: Record<string, unknown>[]): Record<string, unknown> {
  return { schemas: [PATCH_URN], Operations: operations };
}

export function filterQuery(expression: string): string {
  return `filter=${encodeURIComponent(expression)}`;
}
