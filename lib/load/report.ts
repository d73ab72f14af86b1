import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from './run.ts';
import type { OperationSummary } from './stats.ts';

export interface LoadReportFiles {
  json: string;
  html: string;
}

const MIB = 1024 * 1024;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function edgeLabel(ms: number): string {
  if (!Number.isFinite(ms)) return '∞';
  return ms >= 1000 ? `${ms / 1000}s` : `${ms}`;
}

/** One SVG bar chart per operation: request counts per latency bucket (log-scale buckets, linear counts). */
function histogramSvg(op: OperationSummary): string {
  const width = 640;
  const height = 160;
  const pad = 28;
  const buckets = op.histogram;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const barWidth = (width - pad * 2) / buckets.length;
  const bars = buckets
    .map((b, i) => {
      const h = ((height - pad * 2) * b.count) / max;
      const x = pad + i * barWidth;
      const y = height - pad - h;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="#f38020"><title>${edgeLabel(b.from)}-${edgeLabel(b.to)} ms: ${b.count}</title></rect>` +
        `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - pad + 12}" font-size="9" text-anchor="middle">${edgeLabel(b.from)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="latency histogram of ${escapeHtml(op.operation)}">${bars}<text x="${width / 2}" y="${height - 2}" font-size="10" text-anchor="middle">latency (ms, bucket start)</text><text x="4" y="14" font-size="10">${max}</text></svg>`;
}

export function textReport(result: LoadResult): string {
  const lines: string[] = [];
  const v = result.verification;
  lines.push(`load profile: ${result.options.idp}/${result.options.variant}, ${result.options.users} users, ${result.options.groups} groups, concurrency ${result.options.concurrency}`);
  lines.push(`  ${result.requests} requests in ${result.seconds.toFixed(1)} s = ${Math.round(result.throughput)} req/s; load process: ${result.cpuSeconds.toFixed(1)} CPU s, peak RSS ${Math.round(result.peakRssBytes / MIB)} MiB`);
  for (const p of result.phases) lines.push(`  ${p.phase.padEnd(16)} ${String(p.actions).padStart(7)} actions ${String(p.requests).padStart(7)} requests ${p.seconds.toFixed(1).padStart(6)} s`);
  lines.push(`  ${'operation'.padEnd(26)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}  statuses`);
  for (const op of result.operations) {
    const statuses = Object.entries(op.statuses).map(([s, n]) => `${s}:${n}`).join(' ');
    lines.push(`  ${op.operation.padEnd(26)} ${String(op.count).padStart(7)} ${op.p50.toFixed(2).padStart(8)} ${op.p95.toFixed(2).padStart(8)} ${op.p99.toFixed(2).padStart(8)}  ${statuses}`);
  }
  const errors = Object.entries(result.errorsByStatus);
  lines.push(`  errors by status: ${errors.length === 0 ? 'none' : errors.map(([s, n]) => `${s}: ${n}`).join(', ')}${result.skipped > 0 ? `; ${result.skipped} actions skipped after an earlier failure` : ''}`);
  if (result.stoppedBy !== undefined) lines.push(`  stopped early: ${result.stoppedBy}; the end state was not verified`);
  if (v !== undefined) {
    lines.push(`  end state: ${v.ok ? 'exactly what was sent' : 'DIFFERS from what was sent'}: users ${v.usersFound}/${v.usersExpected}, memberships ${v.membershipsFound}/${v.membershipsExpected}`);
    lines.push(`  lost writes: users ${v.lost.users}, deactivations ${v.lost.deactivations}, memberships ${v.lost.memberships}; duplicated: users ${v.duplicated.users}, memberships ${v.duplicated.memberships}, roles ${v.duplicated.roles}; stale memberships ${v.extraMemberships}`);
    for (const example of v.examples) lines.push(`    - ${example}`);
  }
  return lines.join('\n');
}

export function writeLoadReport(result: LoadResult, dir: string, extra: Record<string, unknown>): LoadReportFiles {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'load-report.json');
  const html = join(dir, 'load-report.html');
  writeFileSync(json, `${JSON.stringify({ ...result, ...extra }, null, 2)}\n`);
  const rows = result.operations
    .map((op) => `<tr><td>${escapeHtml(op.operation)}</td><td>${op.count}</td><td>${op.p50.toFixed(2)}</td><td>${op.p95.toFixed(2)}</td><td>${op.p99.toFixed(2)}</td><td>${escapeHtml(JSON.stringify(op.statuses))}</td></tr>`)
    .join('\n');
  const charts = result.operations.map((op) => `<h3>${escapeHtml(op.operation)}</h3>${histogramSvg(op)}`).join('\n');
  writeFileSync(
    html,
    `<!doctype html><html><head><meta charset="utf-8"><title>SCIM load profile</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td:first-child{text-align:left}</style></head><body>
<h1>SCIM load profile</h1>
<pre>${escapeHtml(textReport(result))}</pre>
<table><tr><th>operation</th><th>count</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>statuses</th></tr>
${rows}</table>
<h2>Latency histograms</h2>
${charts}
</body></html>
`,
  );
  return { json, html };
}
