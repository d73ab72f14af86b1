/**
 * The report's categories: one per way a check can fall short, read from the `verdict` label every
 * result carries (allure-result.ts). Allure's default categories only know failed and broken;
 * warnings and documented deviations pass in Allure's terms, so without these they would vanish.
 */
import type { AllureConfig } from 'allure';

import { VERDICT_LABEL, type VerdictValue } from './allure-result.ts';

type CategoryRules = Extract<NonNullable<AllureConfig['categories']>, readonly unknown[]>;

const BY_PROJECT = [{ label: 'parentSuite' }];

const byVerdict = (verdict: VerdictValue) => ({ labels: { [VERDICT_LABEL]: `^${verdict}$` } });

/**
 * In the order a reader works through them; grouped by Playwright project (the parent suite: `okta`
 * and `okta-aiw` apart, where the epic would merge the IdP's variants), not by message.
 */
export const CATEGORIES: CategoryRules = [
  { id: 'conformance-failures', name: 'Conformance failures (MUST violated)', matchers: byVerdict('failed'), groupBy: BY_PROJECT, groupByMessage: false, expand: true },
  { id: 'broken', name: 'Broken: could not decide (transport or setup trouble)', matchers: byVerdict('broken'), groupBy: BY_PROJECT, groupByMessage: false, expand: true },
  { id: 'warnings', name: 'Warnings (SHOULD not met)', matchers: byVerdict('warning'), groupBy: BY_PROJECT, groupByMessage: false },
  { id: 'documented-deviations', name: 'Documented deviations of the target profile', matchers: byVerdict('deviation'), groupBy: BY_PROJECT, groupByMessage: false },
  { id: 'stale-deviations', name: 'Deviations no longer observed (remove from the ledger)', matchers: byVerdict('deviation-stale'), groupBy: BY_PROJECT, groupByMessage: false },
];
