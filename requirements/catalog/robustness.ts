import type { Requirement } from '../types.ts';

/** How a target copes with input it cannot take, and with concurrent writers (RFC 7644 §3.12). */
export const robustness = [
  {
    id: 'robustness/bad-input/4xx-scim-error',
    level: 'MUST',
    area: 'robustness',
    rule: 'A request the target cannot take (malformed or non-JSON body, wrong media type, oversized or deeply nested body, invalid UTF-8, wrong types, unknown schemas, injection-like filters and paths) is answered with a 4xx SCIM Error, never a 5xx, and changes nothing.',
    refs: [{ rfc7644: '3.12' }, { rfc7644: '3.1' }],
  },
  {
    id: 'robustness/filters/hostile-values-literal',
    level: 'MUST',
    area: 'robustness',
    rule: 'A filter whose value holds quotes or query syntax, or that has a hundred terms, is answered with a 400 SCIM Error or a list of only the resources that match it literally, never a 5xx.',
    refs: [{ rfc7644: '3.4.2.2' }, { rfc7644: '3.12' }],
  },
  {
    id: 'robustness/concurrency/membership-updates-kept',
    level: 'MUST',
    area: 'robustness',
    rule: 'Membership PATCHes sent to one group at the same time, as IdPs push them, are each kept once answered with success: no writer loses another\'s update.',
    refs: [{ rfc7644: '3.5.2' }, { rfc7644: '3.14' }],
  },
] as const satisfies readonly Requirement[];
