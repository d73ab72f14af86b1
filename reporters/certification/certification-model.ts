/**
 * The certification summary of a run, as data: the verdict, the IdP x lifecycle-row matrix, the
 * protocol areas, the counts per level, documented deviations and every check that did not pass.
 * Built from summary.json alone, so a merged or archived summary gives the same page. Pure; the
 * HTML and Markdown renderers only lay it out.
 */
import type { Level } from '../../requirements/index.ts';
import { orderAreas, projectLabeller, ranCount, registryArea, tally, type Tally } from '../check-grouping.ts';
import type { Summary, SummaryCheck, SummaryRun, SummaryTotals } from '../summary-types.ts';
import { cleanMessage, firstLine } from '../text.ts';
import { LIFECYCLE_ROWS, lifecycleRef } from './lifecycle-rows.ts';

/** The IdP-neutral project; everything else is an IdP column of the matrix. */
export const PROTOCOL_PROJECT = 'protocol';

/** A page, not a log: beyond this the Allure report holds the rest. */
export const MAX_LISTED = 50;
const MESSAGE_CHARS = 300;

export type Headline = 'conformant' | 'not-conformant' | 'incomplete' | 'partial';
export type CellState = 'passed' | 'failed' | 'warning' | 'broken' | 'skipped' | 'none';

export interface MatrixCell {
  state: CellState;
  /** `3/4 passed, 1 failed`; `not applicable` when every check skipped; `not covered` when none ran. */
  text: string;
}

export interface MatrixRow {
  /** `L3` or an area id. */
  key: string;
  title: string;
  cells: MatrixCell[];
}

export interface ListedCheck {
  project: string;
  requirement: string;
  level: Level;
  title: string;
  message: string;
}

export interface CheckList {
  shown: ListedCheck[];
  /** How many more there are than shown. */
  more: number;
}

export interface CertificationView {
  headline: { state: Headline; text: string };
  run: SummaryRun;
  environment: Array<[string, string]>;
  totals: SummaryTotals;
  /** IdP projects in run order; empty when only the protocol project ran. */
  idpColumns: string[];
  idpRows: MatrixRow[];
  protocolAreas: Array<{ area: string; counts: Tally }>;
  levels: Array<{ level: Level; counts: Tally }>;
  failures: CheckList;
  broken: CheckList;
  warnings: CheckList;
  deviations: CheckList;
  staleDeviations: CheckList;
  cleanupFailures: number;
}

const LEVELS: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];

export function certificationView(summary: Summary): CertificationView {
  const label = projectLabeller(summary.checks);
  const idpChecks = summary.checks.filter((c) => c.idp !== PROTOCOL_PROJECT);
  const idpColumns = [...new Set(idpChecks.map(label))];
  const protocolChecks = summary.checks.filter((c) => c.idp === PROTOCOL_PROJECT);
  const list = (keep: (c: SummaryCheck) => boolean): CheckList => listChecks(summary.checks.filter(keep), label);

  return {
    headline: headlineOf(summary),
    run: summary.run,
    environment: Object.entries(summary.environment ?? {}),
    totals: summary.totals,
    idpColumns,
    idpRows: idpRowsOf(idpChecks, idpColumns, label),
    protocolAreas: orderAreas(new Set(protocolChecks.map((c) => registryArea(c.requirement)))).map((area) => ({
      area,
      counts: tally(protocolChecks.filter((c) => registryArea(c.requirement) === area)),
    })),
    levels: LEVELS.map((level) => ({ level, counts: tally(summary.checks.filter((c) => c.level === level)) })),
    failures: list((c) => c.status === 'failed'),
    broken: list((c) => c.status === 'broken'),
    warnings: list((c) => c.status === 'warning' && c.deviation !== true),
    deviations: list((c) => c.deviation === true),
    staleDeviations: list((c) => c.deviationStale === true),
    cleanupFailures: summary.cleanup.length,
  };
}

function headlineOf(summary: Summary): CertificationView['headline'] {
  const { failed, warnings } = summary.totals;
  const { complete, shard } = summary.run;
  if (failed > 0) {
    const also = complete ? '' : '; the run was also incomplete';
    return { state: 'not-conformant', text: `Not conformant: ${plural(failed, 'MUST check')} failed${also}` };
  }
  if (!complete) return { state: 'incomplete', text: 'Incomplete: the run cannot stand as evidence (see why below)' };
  const withWarnings = warnings > 0 ? `, with ${plural(warnings, 'warning')}` : '';
  if (shard) {
    return { state: 'partial', text: `Shard ${shard.current} of ${shard.total}: no MUST check failed in this shard${withWarnings}; merge the shards for the verdict` };
  }
  return { state: 'conformant', text: `Conformant: no MUST check failed${withWarnings}` };
}

/** The lifecycle rows always, so a row nothing covered shows as such; then the IdP checks' other areas. */
function idpRowsOf(checks: readonly SummaryCheck[], columns: readonly string[], label: (c: SummaryCheck) => string): MatrixRow[] {
  if (columns.length === 0) return [];
  const row = (key: string, title: string, members: readonly SummaryCheck[]): MatrixRow => ({
    key,
    title,
    cells: columns.map((column) => cellOf(tally(members.filter((c) => label(c) === column)))),
  });
  const lifecycleRefs = new Set(LIFECYCLE_ROWS.map(lifecycleRef));
  const outsideTable = checks.filter((c) => !c.refs.some((r) => lifecycleRefs.has(r)));
  return [
    ...LIFECYCLE_ROWS.map((r) => row(r.id, `${r.action}: ${r.outcome}`, checks.filter((c) => c.refs.includes(lifecycleRef(r))))),
    ...orderAreas(new Set(outsideTable.map((c) => registryArea(c.requirement)))).map((area) =>
      row(area, area, outsideTable.filter((c) => registryArea(c.requirement) === area)),
    ),
  ];
}

/** The worst outcome names the cell; the text gives the counts behind it. */
export function cellOf(counts: Tally): MatrixCell {
  const ran = ranCount(counts);
  if (ran === 0) return counts.skipped > 0 ? { state: 'skipped', text: 'not applicable' } : { state: 'none', text: 'not covered' };
  const extras = (['failed', 'broken', 'warning'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s === 'warning' && counts[s] > 1 ? 'warnings' : s}`);
  const state: CellState = counts.failed > 0 ? 'failed' : counts.broken > 0 ? 'broken' : counts.warning > 0 ? 'warning' : 'passed';
  return { state, text: [`${counts.passed}/${ran} passed`, ...extras].join(', ') };
}

function listChecks(checks: readonly SummaryCheck[], label: (c: SummaryCheck) => string): CheckList {
  const shown = checks.slice(0, MAX_LISTED).map((c) => ({
    project: label(c),
    requirement: c.requirement,
    level: c.level,
    title: c.title,
    message: shorten(firstLine(cleanMessage(c.message))),
  }));
  return { shown, more: checks.length - shown.length };
}

function shorten(text: string): string {
  return text.length <= MESSAGE_CHARS ? text : `${text.slice(0, MESSAGE_CHARS - 1)}…`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
