/**
 * A setting that is missing, malformed or contradicts another. Its message is one line that names the
 * setting, says what is wrong and how to fix it; the runner prints it alone, with no stack.
 */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
    fix: string,
  ) {
    super(`${setting}: ${problem}. ${fix}`);
    this.name = 'ConfigError';
  }
}
