/**
 * The certification summary as one self-contained HTML page (reports/certification.html): no script,
 * no external resource, readable from a file, an artifact or a printout. Every text is escaped; a
 * target's messages are data, never markup.
 */
import type { CellState, CertificationView } from './certification-model.ts';
import { checkSections, runFacts, totalsLine } from './run-facts.ts';

const COUNT_COLUMNS = ['passed', 'failed', 'warning', 'skipped', 'broken'] as const;
const MARK: Record<CellState, string> = { passed: '✓', failed: '✗', warning: '!', broken: '?', skipped: '–', none: '·' };

const STYLE = `
  :root { color-scheme: light; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --broken: #8250df; --muted: #57606a; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px auto; max-width: 1100px; padding: 0 16px; color: #1f2328; }
  h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
  .headline { padding: 12px 16px; border-radius: 6px; font-size: 18px; font-weight: 600; margin: 12px 0; color: #fff; }
  .headline.conformant { background: var(--pass); } .headline.not-conformant { background: var(--fail); }
  .headline.incomplete { background: var(--broken); } .headline.partial { background: var(--muted); }
  table { border-collapse: collapse; margin: 4px 0; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
  td.cell { white-space: nowrap; font-weight: 600; } .passed { color: var(--pass); } .failed { color: var(--fail); }
  .warning { color: var(--warn); } .broken { color: var(--broken); } .skipped, .none { color: var(--muted); font-weight: 400; }
  .facts td:first-child { color: var(--muted); } code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
  .totals span { margin-right: 16px; } .note { color: var(--muted); margin: 0 0 6px; } li { margin: 2px 0; }
  @media print { body { margin: 0; } .headline { color: #000; border: 2px solid #000; background: none !important; } }
`;

export function renderHtml(view: CertificationView): string {
  const t = (text: string): string => escapeHtml(text);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCIM conformance: ${t(view.headline.text)}</title><style>${STYLE}</style></head>
<body>
<h1>SCIM conformance certification summary</h1>
<div class="headline ${view.headline.state}" data-verdict="${view.headline.state}">${t(view.headline.text)}</div>
<table class="facts">${runFacts(view).map(([k, v]) => `<tr><td>${t(k)}</td><td><code>${t(v)}</code></td></tr>`).join('')}</table>
<p class="totals">${totalsLine(view).map(([name, n]) => `<span><strong>${n}</strong> ${name}</span>`).join('')}</p>
${incomplete(view)}${matrix(view)}${countTable('Protocol checks by area', 'area', view.protocolAreas.map((a) => [a.area, a.counts]))}${countTable('Checks by level', 'level', view.levels.filter((l) => Object.values(l.counts).some((n) => n > 0)).map((l) => [l.level, l.counts]))}
${checkSections(view)
  .map(
    (s) => `<h2>${t(s.title)} (${s.list.shown.length + s.list.more})</h2><p class="note">${t(s.note)}</p><ul>${s.list.shown.length === 0 ? '<li>none</li>' : ''}${s.list.shown
      .map((c) => `<li><strong>[${t(c.project)}] ${t(c.requirement)}</strong> (${c.level}) ${t(c.title)}${c.message === '' ? '' : `: <code>${t(c.message)}</code>`}</li>`)
      .join('')}${s.list.more > 0 ? `<li>… and ${s.list.more} more in the Allure report</li>` : ''}</ul>`,
  )
  .join('\n')}
${view.cleanupFailures > 0 ? `<p>Cleanup failed ${view.cleanupFailures} time(s): resources may be left on the target (see <code>cleanup</code> in summary.json).</p>` : ''}
<p class="note">Evidence for every check, with its request/response transcript: <a href="allure-report/index.html">the Allure report</a>. Machine-readable: <a href="summary.json">summary.json</a>, <a href="junit.xml">junit.xml</a>.</p>
</body></html>
`;
}

function incomplete(view: CertificationView): string {
  if (view.run.complete) return '';
  return `<h2>The run is incomplete</h2><ul>${view.run.incompleteReasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`;
}

function matrix(view: CertificationView): string {
  if (view.idpColumns.length === 0) return '';
  const head = `<tr><th>lifecycle row / area</th>${view.idpColumns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const rows = view.idpRows
    .map((row) => {
      const name = row.key === row.title ? `<strong>${escapeHtml(row.key)}</strong>` : `<strong>${escapeHtml(row.key)}</strong> ${escapeHtml(row.title)}`;
      const cells = row.cells.map((c) => `<td class="cell ${c.state}" data-state="${c.state}">${MARK[c.state]} ${escapeHtml(c.text)}</td>`).join('');
      return `<tr><td>${name}</td>${cells}</tr>`;
    })
    .join('');
  return `<h2>IdP × lifecycle</h2><table class="matrix" id="idp-matrix">${head}${rows}</table>`;
}

function countTable(title: string, first: string, rows: Array<[string, Record<(typeof COUNT_COLUMNS)[number], number>]>): string {
  if (rows.length === 0) return '';
  const head = `<tr><th>${first}</th>${COUNT_COLUMNS.map((s) => `<th>${s}</th>`).join('')}</tr>`;
  const body = rows
    .map(([name, counts]) => `<tr><td>${escapeHtml(name)}</td>${COUNT_COLUMNS.map((s) => `<td class="num${counts[s] > 0 && s !== 'passed' && s !== 'skipped' ? ` ${s}` : ''}">${counts[s]}</td>`).join('')}</tr>`)
    .join('');
  return `<h2>${escapeHtml(title)}</h2><table>${head}${body}</table>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
