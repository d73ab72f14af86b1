/**
 * The certification summary as GitHub-flavoured Markdown: the job summary of a CI run
 * ($GITHUB_STEP_SUMMARY) and reports/certification.md. Text from the target (messages) is escaped so
 * it can neither break a table nor inject markup.
 */
import type { CellState, CertificationView } from './certification-model.ts';
import { checkSections, runFacts, totalsLine } from './run-facts.ts';

const MARK: Record<CellState, string> = { passed: '✅', failed: '❌', warning: '⚠️', broken: '❓', skipped: '➖', none: '·' };
const HEADLINE_MARK = { conformant: '✅', 'not-conformant': '❌', incomplete: '❓', partial: '🧩' } as const;
const COUNT_COLUMNS = ['passed', 'failed', 'warning', 'skipped', 'broken'] as const;

export function renderMarkdown(view: CertificationView): string {
  const lines: string[] = [
    `## SCIM conformance: ${HEADLINE_MARK[view.headline.state]} ${escape(view.headline.text)}`,
    '',
    ...table(['run', ''], runFacts(view).map(([k, v]) => [k, code(v)])),
    '',
    totalsLine(view).map(([name, n]) => `**${n}** ${name}`).join(' · '),
    ...incomplete(view),
    ...matrix(view),
    ...countTable('Protocol checks by area', 'area', view.protocolAreas.map((a) => [a.area, a.counts])),
    ...countTable('Checks by level', 'level', view.levels.filter((l) => sum(l.counts) > 0).map((l) => [l.level, l.counts])),
    ...checkSections(view).flatMap((section) => [
      '',
      `### ${section.title} (${section.list.shown.length + section.list.more})`,
      `_${section.note}_`,
      '',
      ...(section.list.shown.length === 0 ? ['- none'] : []),
      ...section.list.shown.map((c) => `- **[${escape(c.project)}] ${escape(c.requirement)}** (${c.level}) ${escape(c.title)}${c.message === '' ? '' : `: ${escape(c.message)}`}`),
      ...(section.list.more > 0 ? [`- … and ${section.list.more} more in the Allure report`] : []),
    ]),
    ...(view.cleanupFailures > 0 ? ['', `Cleanup failed ${view.cleanupFailures} time(s): resources may be left on the target (see "cleanup" in summary.json).`] : []),
    '',
    'Evidence for every check, with its request/response transcript: `allure-report/index.html`; machine-readable: `summary.json`, `junit.xml`.',
  ];
  return `${lines.join('\n')}\n`;
}

function incomplete(view: CertificationView): string[] {
  if (view.run.complete) return [];
  return ['', '**The run is incomplete:**', ...view.run.incompleteReasons.map((r) => `- ${escape(r)}`)];
}

function matrix(view: CertificationView): string[] {
  if (view.idpColumns.length === 0) return [];
  return [
    '',
    '### IdP × lifecycle',
    '',
    ...table(
      ['lifecycle row / area', ...view.idpColumns.map(escape)],
      view.idpRows.map((row) => [`**${escape(row.key)}** ${row.key === row.title ? '' : escape(row.title)}`.trim(), ...row.cells.map((c) => `${MARK[c.state]} ${c.text}`)]),
    ),
  ];
}

function countTable(title: string, first: string, rows: Array<[string, Record<(typeof COUNT_COLUMNS)[number], number>]>): string[] {
  if (rows.length === 0) return [];
  return ['', `### ${title}`, '', ...table([first, ...COUNT_COLUMNS], rows.map(([name, counts]) => [escape(name), ...COUNT_COLUMNS.map((s) => String(counts[s]))]))];
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** Table-safe and markup-free: pipes, angle brackets, emphasis and line breaks of target text are neutralised. */
export function escape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}
