import type { Defect } from '../defect-types.ts';

/** Defects that break the robustness requirements (requirements/catalog/robustness.ts). */
export const robustnessDefects = [
  { name: 'robustness/bad-input/4xx-scim-error', breaks: 'robustness/bad-input/4xx-scim-error', description: 'Every refusal of the SCIM surface other than 401 and 403 (400, 404, 413, 415, ...) is answered 500, as an unguarded handler would.' },
  { name: 'robustness/filters/hostile-values-literal', breaks: 'robustness/filters/hostile-values-literal', description: 'Filters are spliced into a query by hand: one holding a quote, wildcard or bracket character, or over 4 KiB, makes the list answer 500.' },
  { name: 'robustness/concurrency/membership-updates-kept', breaks: 'robustness/concurrency/membership-updates-kept', description: 'A group write starts from a copy of the membership up to 250 ms old and stores the whole member list, so overlapping membership PATCHes overwrite each other while each answers 200.' },
] as const satisfies readonly Defect[];
