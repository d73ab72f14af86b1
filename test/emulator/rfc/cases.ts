import { test } from 'node:test';

/**
 * Declares one test per case of a table. Titles must be unique within the table, so a copied case
 * that was not renamed fails instead of hiding behind its twin.
 */
export function eachCase<Case extends { title: string }>(cases: readonly Case[], body: (testCase: Case) => void): void {
  const seen = new Set<string>();
  for (const testCase of cases) {
    if (seen.has(testCase.title)) throw new Error(`Duplicate case title: ${testCase.title}`);
    seen.add(testCase.title);
    test(testCase.title, () => body(testCase));
  }
}
