import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads `.env` (or SCIM_ENV_FILE) into a plain object. The process environment wins over the file, so
 * CI secrets override a developer's local file; the file is never written back into process.env, so
 * nothing it holds leaks into child processes that were not meant to see it.
 */
export function readEnvFile(env: NodeJS.ProcessEnv, cwd = process.cwd()): Record<string, string> {
  const path = resolve(cwd, env.SCIM_ENV_FILE ?? '.env');
  if (!existsSync(path)) return {};
  return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
}
