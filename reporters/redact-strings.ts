import { redact } from '../lib/secrets.ts';

/**
 * The last line of defence for anything a reporter writes: every string in the value, whatever
 * produced it, is scrubbed of the secrets registered in this process.
 */
export function redactStrings<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactStrings(inner)])) as T;
  }
  return value;
}
