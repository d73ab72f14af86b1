/**
 * Where the report commands read and write, from the same settings as a run: SCIM_REPORTS_DIR (in the
 * environment or .env, default `reports`), and SCIM_HISTORY_DIR for the Allure history that trends are
 * drawn from (default `<reports>/history`), which a CI cache persists between nightly runs.
 */
import { join, resolve } from 'node:path';

import { readEnvFile } from '../../lib/config/env-file.ts';

export interface ReportSettings {
  reportsDir: string;
  /** The Allure 3 history file (JSON Lines, one run per line). */
  historyFile: string;
  /** False when SCIM_HTML_REPORT=0: the run writes everything but the Allure HTML report. */
  htmlReport: boolean;
}

export const HISTORY_FILE_NAME = 'allure-history.jsonl';

export function reportSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ReportSettings {
  const file = readEnvFile(env, cwd);
  const get = (name: string): string | undefined => {
    const value = (env[name] ?? file[name])?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const reportsDir = resolve(cwd, get('SCIM_REPORTS_DIR') ?? 'reports');
  const historyDir = resolve(cwd, get('SCIM_HISTORY_DIR') ?? join(reportsDir, 'history'));
  return { reportsDir, historyFile: join(historyDir, HISTORY_FILE_NAME), htmlReport: get('SCIM_HTML_REPORT') !== '0' };
}
