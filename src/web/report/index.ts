/**
 * Report renderers: the corpus report (`toCorpusReport(runCorpus(…))`) as
 * JSON (the versioned shape of `schemas/report.v1.schema.json`), Markdown or
 * one self-contained HTML page. Pure functions from report to text.
 */
import type { CorpusReport } from '../../model/index.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'

export { renderHtml, renderMarkdown }

/**
 * Render the report as JSON (two-space indented, newline-terminated).
 *
 * @param report The corpus report.
 */
export function renderJson(report: CorpusReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** Output formats of {@link render}. */
export type ReportFormat = 'json' | 'md' | 'html'

/** Render the report in one of the {@link ReportFormat}s. */
export function render(report: CorpusReport, format: ReportFormat): string {
  if (format === 'json') return renderJson(report)
  if (format === 'md') return renderMarkdown(report)
  return renderHtml(report)
}
