import { conformance, evidence, expect } from '../../fixtures/index.ts';
import { failCheck } from '../../fixtures/verdicts.ts';
import { hostileFilter } from './bodies.ts';
import { HOSTILE_FILTER_CASES } from './cases.ts';

/**
 * One check per case of hostile-filters.cases.json. RFC 7644 §3.4.2.2 compares a filter's value
 * literally, so a value that looks like SQL, a wildcard or a regular expression matches only a
 * resource holding exactly that text: here, none, or the case's own User when it is one of the terms.
 */
for (const item of HOSTILE_FILTER_CASES) {
  conformance('robustness/filters/hostile-values-literal', `a filter with ${item.name} matches literally or is refused`, async ({ scim, resources }) => {
    const user = await resources.user();
    const filter = hostileFilter(item, user.identity.userName);
    const response = await scim.get('/Users', { filter });
    if (response.status >= 400 && response.status <= 499) {
      await expect(response).toBeScimError(400, 'invalidFilter');
      return;
    }
    await expect(response).toHaveStatus(200, 'A filter is either served as a literal comparison or refused with 400 invalidFilter (RFC 7644 §3.4.2.2, §3.12).');
    const listed = response.json<{ Resources?: Array<{ id?: unknown }> }>()?.Resources ?? [];
    const allowed = item.selfMayMatch ? new Set([user.id]) : new Set<string>();
    const extra = listed.filter((r) => typeof r.id !== 'string' || !allowed.has(r.id));
    if (extra.length > 0) {
      failCheck(`Expected the filter to match ${item.selfMayMatch ? `only User ${user.id}` : 'no User'} when read literally, but it returned ${extra.length} other resource(s), ids ${JSON.stringify(extra.slice(0, 5).map((r) => r.id))}.${evidence(response)}`);
    }
  });
}
