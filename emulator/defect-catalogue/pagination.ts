import type { Defect } from '../defect-types.ts';

/** Defects that break the pagination requirements (requirements/catalog/pagination.ts). */
export const paginationDefects = [
  { name: 'pagination/list-response/integers', breaks: 'pagination/list-response/integers', description: 'ListResponse totalResults, startIndex and itemsPerPage are strings.' },
  { name: 'pagination/start-index/one-based', breaks: 'pagination/start-index/one-based', description: 'startIndex is read as 0-based: startIndex=1 skips the first result.' },
  { name: 'pagination/start-index/below-one', breaks: 'pagination/start-index/below-one', description: 'A startIndex below 1 answers 400 invalidValue.' },
  { name: 'pagination/start-index/beyond-total', breaks: 'pagination/start-index/beyond-total', description: 'A startIndex past the last result answers 404.' },
  { name: 'pagination/count/zero', breaks: 'pagination/count/zero', description: 'count=0 is read as no limit at all.' },
  { name: 'pagination/count/negative', breaks: 'pagination/count/negative', description: 'A negative count answers 400 invalidValue.' },
  { name: 'pagination/count/upper-bound', breaks: 'pagination/count/upper-bound', description: 'count is ignored: a page holds up to filter.maxResults resources.' },
  { name: 'pagination/count/above-max-results', breaks: 'pagination/count/above-max-results', description: 'A count above filter.maxResults answers 400 tooMany.' },
  { name: 'pagination/items-per-page/matches-page', breaks: 'pagination/items-per-page/matches-page', description: 'itemsPerPage repeats the count asked for instead of the number of resources returned.' },
  { name: 'pagination/total-results/whole-set', breaks: 'pagination/total-results/whole-set', description: 'totalResults counts only the resources of the page.' },
  { name: 'pagination/total-results/filtered', breaks: 'pagination/total-results/filtered', description: 'With a filter, totalResults counts the whole collection.' },
  { name: 'pagination/stable-order', breaks: 'pagination/stable-order', description: 'Pages after the first start one result early, so the last resource of a page repeats on the next.' },
] as const satisfies readonly Defect[];
