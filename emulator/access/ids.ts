import { hexId } from '../ids.ts';

/**
 * Zero Trust resources are named by UUIDs (identity providers, Access users, applications, policies;
 * CLOUDFLARE.md B1, B4). Derived from the emulator's seed like every other emulator id, so the same
 * seed gives the same URLs on every start.
 */
export function uuidOf(...parts: readonly (string | number)[]): string {
  const hex = hexId(...parts);
  // Version 4 and the RFC 9562 variant bits, so the value parses as a UUID anywhere it is pasted.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
