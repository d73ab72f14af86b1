/**
 * Entra's default `active` mapping produces the strings "True"/"False" (and lowercased variants when
 * an admin edits the expression), so boolean-typed values arrive as strings. Anything else passes
 * through untouched, so the caller can still reject it as the wrong type.
 */
export function coerceBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const lowered = value.toLowerCase();
  if (lowered === 'true') return true;
  if (lowered === 'false') return false;
  return value;
}
