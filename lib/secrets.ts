/**
 * The one place secrets are scrubbed. Every token the harness knows of (SCIM_TOKEN, CF_API_TOKEN,
 * SCIM_FOREIGN_TOKEN, the embedded emulator's tokens) is registered here, and every text that
 * leaves the process (exchanges, messages, summary, console) goes through `redact`.
 * Registration is per process; Playwright workers register the same values from the same config.
 */
const MASK = '[REDACTED]';
/** Shorter values would mask ordinary words; no real token is this short. */
const MIN_SECRET_LENGTH = 8;

const secrets = new Set<string>();
let pattern: RegExp | undefined;

/** Headers whose whole value is a credential, whatever it contains. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-auth-key',
  'x-auth-email',
  'x-auth-user-service-key',
  'cf-access-client-secret',
  'x-emulator-control-token',
]);

export function registerSecret(value: string | undefined): void {
  if (value === undefined || value.length < MIN_SECRET_LENGTH || secrets.has(value)) return;
  secrets.add(value);
  // Built on the next redact, not here: an emulator registers many tokens at once.
  pattern = undefined;
}

function buildPattern(): RegExp {
  // Longest first, so a secret that contains another is masked whole.
  const alternatives = [...secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // URL-encoded forms too, since a token can end up in a query string.
  for (const s of secrets) {
    const encoded = encodeURIComponent(s);
    if (encoded !== s) alternatives.push(escapeRegExp(encoded));
  }
  return new RegExp(alternatives.join('|'), 'g');
}

export function redact(text: string): string;
export function redact(text: string | undefined): string | undefined;
export function redact(text: string | undefined): string | undefined {
  if (text === undefined || secrets.size === 0) return text;
  pattern ??= buildPattern();
  return text.replace(pattern, MASK);
}

/** Keeps the scheme word of an Authorization header ("Bearer") so a transcript still shows the form sent. */
export function redactHeaderValue(name: string, value: string): string {
  if (!CREDENTIAL_HEADERS.has(name.toLowerCase())) return redact(value);
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value);
  return scheme ? `${scheme[1]} ${MASK}` : MASK;
}

export function redactHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name.toLowerCase()] = redactHeaderValue(name, value);
  return out;
}

export function knownSecretCount(): number {
  return secrets.size;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
