/**
 * Writes the certification summary of a run beside its summary.json, and hands the Markdown to a
 * GitHub Actions job summary when the run is one ($GITHUB_STEP_SUMMARY names the file to append to).
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import type { Summary } from '../summary-types.ts';
import { certificationView } from './certification-model.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

export interface CertificationFiles {
  html: string;
  markdown: string;
}

export interface CertificationOptions {
  /** Append the Markdown to this file (a CI job summary); unset: nowhere. */
  stepSummary?: string | undefined;
}

export async function writeCertification(summary: Summary, files: CertificationFiles, options: CertificationOptions = {}): Promise<void> {
  const view = certificationView(summary);
  const markdown = renderMarkdown(view);
  await mkdir(dirname(files.html), { recursive: true });
  await writeFile(files.html, renderHtml(view), 'utf8');
  await writeFile(files.markdown, markdown, 'utf8');
  if (options.stepSummary !== undefined && options.stepSummary !== '') await appendFile(options.stepSummary, `${markdown}\n`, 'utf8');
}
