import { createHash } from 'node:crypto';

/**
 * Deterministic 32-hex identifiers (the shape of Cloudflare account ids, user tags and member ids,
 * CLOUDFLARE.md A4). Derived from the emulator's seed and the parts that name the thing, so the
 * same seed yields the same ids on every run and reports stay comparable.
 */
export function hexId(...parts: readonly (string | number)[]): string {
  return createHash('md5').update(parts.join('\u0000')).digest('hex');
}

/**
 * A person's Cloudflare user tag: global, the same in every account, and the same again when the
 * person is re-provisioned after a deprovision (CLOUDFLARE.md A4: a SCIM User id is the user tag,
 * not the member id). Deriving it from the seed and the lower-cased email is the global email ->
 * user tag registry without any state to keep or reset.
 */
export function userTag(seed: string, email: string): string {
  return hexId(seed, 'user-tag', email.toLowerCase());
}
