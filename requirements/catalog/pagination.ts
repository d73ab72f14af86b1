import type { Requirement } from '../types.ts';

/**
 * Pagination of list answers (RFC 7644 §3.4.2, §3.4.2.4).
 */
export const pagination = [
  {
    id: 'pagination/list-response/integers',
    level: 'MUST',
    area: 'pagination',
    rule: 'The totalResults, startIndex and itemsPerPage of a ListResponse are JSON integers.',
    refs: [{ rfc7644: '3.4.2' }],
  },
  {
    id: 'pagination/start-index/one-based',
    level: 'MUST',
    area: 'pagination',
    rule: 'The startIndex is 1-based: startIndex=1 starts at the first result, startIndex=2 at the second, and the answer echoes it.',
    refs: [{ rfc7644: '3.4.2.4' }],
  },
  {
    id: 'pagination/start-index/below-one',
    level: 'MUST',
    area: 'pagination',
    rule: 'A startIndex below 1 is read as 1.',
    refs: [{ rfc7644: '3.4.2.4' }],
  },
  {
    id: 'pagination/start-index/beyond-total',
    level: 'MUST',
    area: 'pagination',
    rule: 'A page past the last result is empty, and totalResults still counts every result: startIndex is the index of the first result in the page (§3.4.2), so no result may stand at a later index than its own.',
    refs: [{ rfc7644: '3.4.2.4' }, { rfc7644: '3.4.2' }],
  },
  {
    id: 'pagination/count/zero',
    level: 'MUST',
    area: 'pagination',
    rule: 'A count of 0 answers with totalResults and no Resources.',
    refs: [{ rfc7644: '3.4.2.4' }],
  },
  {
    id: 'pagination/count/negative',
    level: 'MUST',
    area: 'pagination',
    rule: 'A negative count is read as 0.',
    refs: [{ rfc7644: '3.4.2.4' }],
  },
  {
    id: 'pagination/count/upper-bound',
    level: 'MUST',
    area: 'pagination',
    rule: 'A page never holds more resources than count.',
    refs: [{ rfc7644: '3.4.2.4' }],
  },
  {
    id: 'pagination/count/above-max-results',
    level: 'SHOULD',
    area: 'pagination',
    rule: 'A count above the advertised filter.maxResults is capped, not refused: the page holds at most maxResults resources (the RFC lets a page hold fewer than count and names no error for it).',
    refs: [{ rfc7644: '3.4.2.4' }, { rfc7643: '5' }],
  },
  {
    id: 'pagination/items-per-page/matches-page',
    level: 'MUST',
    area: 'pagination',
    rule: 'The itemsPerPage of a ListResponse is the number of resources in the page returned, as §3.4.2 defines it (not the count asked for).',
    refs: [{ rfc7644: '3.4.2' }],
  },
  {
    id: 'pagination/total-results/whole-set',
    level: 'MUST',
    area: 'pagination',
    rule: 'The totalResults of a ListResponse counts every result of the query, not only those in the page.',
    refs: [{ rfc7644: '3.4.2' }],
  },
  {
    id: 'pagination/total-results/filtered',
    level: 'MUST',
    area: 'pagination',
    rule: 'With a filter, totalResults counts the resources that match it, not the whole collection.',
    refs: [{ rfc7644: '3.4.2' }, { rfc7644: '3.4.2.2' }],
  },
  {
    id: 'pagination/stable-order',
    level: 'SHOULD',
    area: 'pagination',
    rule: 'Consecutive pages of an unchanged collection neither repeat nor skip resources.',
    refs: [{ rfc7644: '3.4.2.4' }],
  },
] as const satisfies readonly Requirement[];
