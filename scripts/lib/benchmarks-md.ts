/**
 * Update one `## Section` of docs/benchmarks.md in place, leaving the other
 * benchmarks' sections alone, so each `npm run bench:*` owns its own part.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FILE = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))

/**
 * Replace (or append) the section whose heading starts with `## ${title}`.
 *
 * @param title Heading text after `## ` (matched as a prefix).
 * @param body Markdown body, without the heading.
 */
export function writeBenchmarkSection(title: string, body: string): void {
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n'
  const lines = current.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`## ${title}`))
  const section = [`## ${title}`, '', body.trim(), '']
  if (start < 0) {
    writeFileSync(FILE, `${current.trimEnd()}\n\n${section.join('\n')}`)
    return
  }
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  if (end < 0) end = lines.length
  const next = [...lines.slice(0, start), ...section, ...lines.slice(end)]
  writeFileSync(FILE, `${next.join('\n').trimEnd()}\n`)
}

/** Render rows as a Markdown table. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
