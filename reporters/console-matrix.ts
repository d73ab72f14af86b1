/**
 * The end-of-run console view of a summary: IdP x check-area matrix, totals, the first failures, and
 * where the full summary is. Plain aligned text, so it reads the same in a CI log as in a terminal.
 */
import { orderAreas, projectLabeller, ranCount, registryArea, tally, type Tally } from './check-grouping.ts';
import type { CheckStatus, Summary, SummaryCheck } from './summary-types.ts';
import { firstLine } from './text.ts';

export interface MatrixOptions {
  summaryPath: string;
  color: boolean;
  /** Area of a requirement id; defaults to the registry's, with unknown ids under `other`. */
  areaOf?: (requirement: string) => string;
}

/** Beyond this the console is no place to read failures; summary.json and the HTML report are. */
export const MAX_LISTED_PROBLEMS = 20;

const GAP = '  ';

const MARKS = { failed: '✗', warning: '!', broken: '?' } as const satisfies Partial<Record<CheckStatus, string>>;

type Tone = 'red' | 'yellow' | 'green' | 'dim';
interface Cell {
  text: string;
  tone: Tone;
}

const ANSI: Record<Tone, string> = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', dim: '\u001b[2m' };
const RESET = '\u001b[0m';

export function renderMatrix(summary: Summary, options: MatrixOptions): string {
  const areaOf = options.areaOf ?? registryArea;
  const paint = (cell: Cell): string => (options.color ? `${ANSI[cell.tone]}${cell.text}${RESET}` : cell.text);

  const idps = [...new Set(summary.checks.map((c) => c.idp))];
  const areas = orderAreas(new Set(summary.checks.map((c) => areaOf(c.requirement))));
  const header: Cell[] = [plain('idp'), ...areas.map(plain)];
  const rows = idps.map((idp) => [
    plain(idp),
    ...areas.map((area) => tallyCell(tally(summary.checks.filter((c) => c.idp === idp && areaOf(c.requirement) === area)))),
  ]);

  const overall = tally(summary.checks);
  const skipped = overall.skipped > 0 ? ` (${overall.skipped} skipped)` : '';
  const lines = [
    ...alignColumns([header, ...rows], paint),
    '',
    `Total: ${paint(tallyCell(overall))}${skipped}`,
    'n/m: passed of the checks that ran; ✗ failed, ! warning, ? broken',
    ...incompleteLines(summary),
    ...problemLines(summary.checks, paint),
    ...cleanupLines(summary),
    `Summary: ${options.summaryPath}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Colour only for a terminal that wants it: https://no-color.org */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] ?? '') === '';
}

/** `10/12 ✗2`: passed of the checks that ran; skipped ones are not part of the denominator. */
function tallyCell(counts: Tally): Cell {
  const ran = ranCount(counts);
  if (ran === 0) return { text: '-', tone: 'dim' };
  const marks = (['failed', 'warning', 'broken'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => ` ${MARKS[status]}${counts[status]}`);
  const tone: Tone = counts.failed + counts.broken > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'green';
  return { text: `${counts.passed}/${ran}${marks.join('')}`, tone };
}

function plain(text: string): Cell {
  return { text, tone: 'dim' };
}

/** Widths are measured on the text alone, so colour codes never shift a column. */
function alignColumns(table: readonly Cell[][], paint: (cell: Cell) => string): string[] {
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => row[column]?.text.length ?? 0))) ?? [];
  return table.map((row, index) =>
    row
      .map((cell, column) => {
        const text = index === 0 || column === 0 ? cell.text : paint(cell);
        return text + ' '.repeat((widths[column] ?? 0) - cell.text.length);
      })
      .join(GAP)
      .trimEnd(),
  );
}

function incompleteLines(summary: Summary): string[] {
  if (summary.run.complete) return [];
  return ['', 'Run incomplete:', ...summary.run.incompleteReasons.map((reason) => `  - ${reason}`)];
}

function problemLines(checks: readonly SummaryCheck[], paint: (cell: Cell) => string): string[] {
  const problems = checks.filter((c) => c.status === 'failed' || c.status === 'broken');
  if (problems.length === 0) return [];
  const label = projectLabeller(checks);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((check) => {
    const mark = paint({ text: check.status === 'failed' ? MARKS.failed : MARKS.broken, tone: 'red' });
    return `${mark} [${label(check)}] ${check.requirement} — ${firstLine(check.message)}`;
  });
  const rest = problems.length - listed.length;
  return ['', ...listed, ...(rest > 0 ? [`… and ${rest} more failed or broken`] : [])];
}

function cleanupLines(summary: Summary): string[] {
  const count = summary.cleanup.length;
  if (count === 0) return [];
  return ['', `Cleanup failed ${count === 1 ? 'once' : `${count} times`}: resources may be left on the target (see "cleanup" in the summary).`];
}
