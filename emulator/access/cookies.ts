import type { EmulatorRequest } from '../http/types.ts';

/** The cookie Access sets once a login succeeded (its value here is an opaque session token, not a JWT). */
export const SESSION_COOKIE = 'CF_Authorization';

export function sessionCookieOf(req: EmulatorRequest): string | undefined {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === SESSION_COOKIE) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Scoped to the team host's path prefix, which stands for the team domain on the emulator. */
export function sessionCookie(token: string, teamBasePath: string): string {
  return `${SESSION_COOKIE}=${token}; Path=${teamBasePath}; HttpOnly; SameSite=Lax`;
}

export function clearedSessionCookie(teamBasePath: string): string {
  return `${SESSION_COOKIE}=; Path=${teamBasePath}; HttpOnly; SameSite=Lax; Max-Age=0`;
}
