/**
 * The arguments of `npm run conformance`: everything goes to Playwright except the runner's own
 * `--no-html-report`. A shard's HTML report would show a part of the run as if it were the whole, and
 * add a partial point to the trend, so a sharded run leaves the report to the merge. A proof run
 * grades the harness against its own defects, not a target: no report and no trend point either.
 */
export const NO_HTML_REPORT = '--no-html-report';

export interface RunArgs {
  playwrightArgs: string[];
  /** Why no HTML report is generated at the end; undefined when one is. */
  skipHtmlReport: string | undefined;
}

export function runArgs(argv: readonly string[], env: NodeJS.ProcessEnv): RunArgs {
  const playwrightArgs = argv.filter((a) => a !== NO_HTML_REPORT);
  const sharded = argv.some((a) => a === '--shard' || a.startsWith('--shard='));
  const skipHtmlReport = argv.includes(NO_HTML_REPORT)
    ? `${NO_HTML_REPORT} was given`
    : env['SCIM_HTML_REPORT'] === '0'
      ? 'SCIM_HTML_REPORT=0'
      : sharded
        ? 'this is one shard; merge the shards with npm run merge for the report'
        : (env['SCIM_PROOF'] ?? '0') !== '0'
          ? 'a proof run checks the harness, not a target'
          : undefined;
  return { playwrightArgs, skipHtmlReport };
}
