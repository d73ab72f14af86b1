import { stripVTControlCharacters } from 'node:util';

/** Long enough for a status line, a SCIM error body and a diff; a whole HTML error page is not. */
export const MAX_MESSAGE_LENGTH = 2000;

/** Colour codes from expect() would end up as garbage in JSON and in CI logs. */
export function cleanMessage(text: string): string {
  const plain = stripVTControlCharacters(text).trim();
  return plain.length <= MAX_MESSAGE_LENGTH ? plain : `${plain.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
