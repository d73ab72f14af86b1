/**
 * The shape of reports/summary.json. Other tools (CI gates, trend jobs, certification evidence) read
 * the file with these types, so the keys named in DESIGN.md keep their names and order; everything
 * else is an addition, never a rename.
 */
import type { Level } from '../requirements/index.ts';

export const CHECK_STATUSES = ['passed', 'failed', 'warning', 'skipped', 'broken'] as const;

/**
 * `failed`: a MUST was violated. `warning`: a SHOULD deviation, or a documented deviation of the target.
 * `skipped`: not applicable (reason in the message). `broken`: the run could not decide.
 */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface SummaryRun {
  /** Base URL of the target, without credentials. */
  target: string;
  /** Target profile: generic, cloudflare-account, cloudflare-account-legacy, cloudflare-access. */
  profile: string;
  /** Faker seed: rerunning with it reproduces the data the checks sent. */
  seed: number;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  /** True only when the run finished, every selected check ran, and none is broken. */
  complete: boolean;
  runId: string;
  /** Why `complete` is false; empty when it is true. */
  incompleteReasons: string[];
  /** Present when this run was one shard of several: its verdict covers only that shard's checks. */
  shard?: { current: number; total: number };
}

/** Counts per status; `warnings` is plural here while the status is `warning`, as the contract has it. */
export interface SummaryTotals {
  passed: number;
  failed: number;
  warnings: number;
  skipped: number;
  broken: number;
}

export interface SummaryCheck {
  /** Requirement id from the registry, or `(none)` when a test bypassed the conformance wrapper. */
  requirement: string;
  title: string;
  /** The project's IdP (`protocol` for IdP-neutral checks). */
  idp: string;
  level: Level;
  status: CheckStatus;
  /** Short reference strings: `rfc7644#3.3`, `lifecycle:L1`, `okta:scim-2.0`. */
  refs: string[];
  /** Why it is not a plain pass (failure, warning, skip reason, cause of breakage); empty for a pass. */
  message: string;
  /** The IdP variant of the project (`oin`, `custom-app`, ...), when the IdP is run in several. */
  variant?: string;
  /** Present on a warning that is a documented deviation of the target profile. */
  deviation?: true;
  /** Present on a pass where a documented deviation was expected but the target no longer deviates. */
  deviationStale?: true;
}

/** Cleanup after a check failed: the check's verdict stands, but something may be left on the target. */
export interface CleanupFailure {
  requirement: string;
  idp: string;
  variant?: string;
  title: string;
  message: string;
}

export interface Summary {
  run: SummaryRun;
  totals: SummaryTotals;
  checks: SummaryCheck[];
  cleanup: CleanupFailure[];
  /** What ran the checks (target, profile, seed, versions), as the reports show it; never a secret. */
  environment?: Record<string, string>;
}

export const TOTALS_KEY: Readonly<Record<CheckStatus, keyof SummaryTotals>> = {
  passed: 'passed',
  failed: 'failed',
  warning: 'warnings',
  skipped: 'skipped',
  broken: 'broken',
};
