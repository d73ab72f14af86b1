import { URN } from '../../lib/scim-uris.ts';
import type { BadInputCase, HostileFilterCase } from './cases.ts';

/** Fills `{{userName}}` placeholders: in a body as JSON string content, in a query percent-encoded. */
export function fillBody(template: string, userName: string): string {
  return template.replaceAll('{{userName}}', JSON.stringify(userName).slice(1, -1));
}

export function fillQuery(template: string, userName: string): string {
  return template.replaceAll('{{userName}}', encodeURIComponent(userName));
}

/** Bodies too large or too odd to write into a case file. */
export function generatedBody(generate: NonNullable<BadInputCase['generate']>, userName: string): string | Uint8Array {
  switch (generate.kind) {
    case 'oversized':
      // Valid JSON and a valid User, just too large: only the size can be refused.
      return JSON.stringify({ schemas: [URN.user], userName, displayName: 'x'.repeat(generate.size), emails: [{ value: userName, type: 'work', primary: true }], active: true });
    case 'nested': {
      const head = JSON.stringify({ schemas: [URN.user], userName, emails: [{ value: userName, type: 'work', primary: true }], active: true }).slice(0, -1);
      return `${head},"name":${'{"givenName":'.repeat(generate.size)}"x"${'}'.repeat(generate.size)}}`;
    }
    case 'invalid-utf8': {
      // A lone lead byte (0xC3) followed by ASCII: no decoder may accept it (RFC 3629 §3).
      const at = userName.indexOf('@');
      const text = JSON.stringify({ schemas: [URN.user], userName: `${userName.slice(0, at)}\u0001${userName.slice(at)}`, emails: [{ value: userName, type: 'work', primary: true }], active: true });
      const bytes = Buffer.from(text, 'utf8');
      const marker = bytes.indexOf(0x01);
      const out = Buffer.concat([bytes.subarray(0, marker), Buffer.alloc(generate.size, 0xc3), bytes.subarray(marker + 1)]);
      return new Uint8Array(out);
    }
  }
}

/** The filter of a hostile-filter case; `{{or100}}` is 99 non-matching userName terms, then the User's own (about 7 KB in the URL, under common 8 KB limits). */
export function hostileFilter(item: HostileFilterCase, userName: string): string {
  if (item.filter === '{{or100}}') {
    const others = Array.from({ length: 99 }, (_, i) => `userName eq "${userName.replace('@', `.no${i}@`)}"`);
    return [...others, `userName eq "${userName}"`].join(' or ');
  }
  return item.filter.replaceAll('{{userName}}', userName);
}
