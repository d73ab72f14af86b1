import { randomToken } from '../auth.ts';
import { registerSecret } from '../../lib/secrets.ts';
import type { Identity } from './identity.ts';

/**
 * Access sessions (the `CF_Authorization` cookie). Each holds the identity as evaluated at login:
 * Access reads groups at login, not from SCIM afterwards (CLOUDFLARE.md B3), so a session keeps its
 * groups until it ends or is revoked.
 */
export interface AccessSession {
  /** The cookie value: a bearer credential, registered as a secret so no output shows it. */
  readonly token: string;
  /** A public handle for the session, as the active_sessions API shows it. */
  readonly nonce: string;
  readonly identity: Identity;
  /** Unix seconds. */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** [INF] The Access default session duration is 24 hours. */
const SESSION_SECONDS = 24 * 60 * 60;

export class SessionStore {
  private readonly byToken = new Map<string, AccessSession>();

  issue(identity: Identity): AccessSession {
    const token = randomToken();
    registerSecret(token);
    const issuedAt = Math.floor(Date.now() / 1000);
    const session = { token, nonce: randomToken().slice(0, 16), identity, issuedAt, expiresAt: issuedAt + SESSION_SECONDS };
    this.byToken.set(token, session);
    return session;
  }

  /** The live session behind a cookie value; an expired one is gone. */
  find(token: string | undefined): AccessSession | undefined {
    if (token === undefined) return undefined;
    const session = this.byToken.get(token);
    if (session !== undefined && session.expiresAt * 1000 <= Date.now()) {
      this.byToken.delete(token);
      return undefined;
    }
    return session;
  }

  ofUser(userId: string): AccessSession[] {
    return [...this.byToken.values()].filter((s) => s.identity.userId === userId);
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  /** Revokes every session of one Access user (B3: deprovisioning, `reauth`); returns how many ended. */
  revokeUser(userId: string): number {
    const ended = this.ofUser(userId);
    for (const session of ended) this.byToken.delete(session.token);
    return ended.length;
  }
}
