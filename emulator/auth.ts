import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { registerSecret } from '../lib/secrets.ts';

/**
 * Bearer tokens with scopes (CLOUDFLARE.md A2, D1.2). Each account has four tokens, one per kind.
 * Tokens are compared as SHA-256 digests with timingSafeEqual, every candidate every time, so the
 * answer's timing says nothing about how close a guess was.
 */
export type Scope = 'scim:read' | 'scim:write' | 'members:read' | 'members:write' | 'roles:read';

export interface TokenSet {
  /** SCIM Provisioning Edit: every SCIM route. */
  scim: string;
  /** The harness's observer: v4 members and roles. */
  api: string;
  /** SCIM reads only; writes answer 403. */
  readOnly: string;
  /** A valid token of the account without any SCIM permission. */
  noScim: string;
}

export type TokenKind = keyof TokenSet;

export const TOKEN_SCOPES: Readonly<Record<TokenKind, readonly Scope[]>> = {
  // The recovery call of CLOUDFLARE.md A5.4 / D4 (PUT members/{id} with the Super Administrator role)
  // is made "with the SCIM account token", so that token may read and write members as well.
  scim: ['scim:read', 'scim:write', 'members:read', 'members:write'],
  api: ['members:read', 'members:write', 'roles:read'],
  readOnly: ['scim:read'],
  noScim: [],
};

const TOKEN_KINDS = Object.keys(TOKEN_SCOPES) as TokenKind[];

export type AuthResult =
  | { ok: true; kind: TokenKind; scopes: readonly Scope[] }
  | { ok: false; reason: 'missing' | 'malformed' | 'invalid' };

/** 40 characters, like a Cloudflare API token. */
export function randomToken(): string {
  return randomBytes(30).toString('base64url');
}

export function createTokenSet(fixed: Partial<TokenSet> = {}): TokenSet {
  const tokens: TokenSet = {
    scim: fixed.scim ?? randomToken(),
    api: fixed.api ?? randomToken(),
    readOnly: fixed.readOnly ?? randomToken(),
    noScim: fixed.noScim ?? randomToken(),
  };
  for (const kind of TOKEN_KINDS) registerSecret(tokens[kind]);
  return tokens;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Constant-time equality of two secrets of any length (their digests have equal length). */
export function secretsEqual(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** One account's tokens, ready to check `Authorization` headers against. */
export class TokenRing {
  private readonly digests: ReadonlyArray<readonly [TokenKind, Buffer]>;

  constructor(tokens: TokenSet) {
    this.digests = TOKEN_KINDS.map((kind) => [kind, digest(tokens[kind])] as const);
  }

  authenticate(authorization: string | undefined): AuthResult {
    if (authorization === undefined || authorization.trim() === '') return { ok: false, reason: 'missing' };
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    if (match === null) return { ok: false, reason: 'malformed' };
    const presented = digest(match[1]!);
    let found: TokenKind | undefined;
    for (const [kind, expected] of this.digests) {
      if (timingSafeEqual(presented, expected) && found === undefined) found = kind;
    }
    return found === undefined ? { ok: false, reason: 'invalid' } : { ok: true, kind: found, scopes: TOKEN_SCOPES[found] };
  }
}
