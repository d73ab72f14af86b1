import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * Case files (specs/protocol/cases/*.json) are data with a schema of their own (schemas/harness/). A
 * file that does not match it stops the suite from loading, with ajv's words, instead of becoming a
 * check that tests nothing.
 */
export function loadCases<T>(caseFile: string, schemaFile: string): T[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const root = new URL('../../../', import.meta.url);
  const validate = ajv.compile(JSON.parse(readFileSync(new URL(`schemas/harness/${schemaFile}`, root), 'utf8')) as object);
  const cases = JSON.parse(readFileSync(new URL(`specs/protocol/cases/${caseFile}`, root), 'utf8')) as unknown;
  if (!validate(cases)) {
    throw new Error(`specs/protocol/cases/${caseFile} does not match schemas/harness/${schemaFile}: ${ajv.errorsText(validate.errors)}`);
  }
  return cases as T[];
}
