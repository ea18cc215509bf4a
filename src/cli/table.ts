/** Plain-text tables for the terminal. */

/** Options for {@link printTable}. */
export interface TableOptions {
  /** Widest each column may be; longer cells end in `…` (default: 60 for every column). */
  maxWidths?: readonly number[]
  stream?: NodeJS.WritableStream
}

/** Print `rows` under `header`, columns padded to their widest cell. */
export function printTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): void {
  const stream = options.stream ?? process.stdout
  const widths = header.map((h, i) =>
    Math.min(options.maxWidths?.[i] ?? 60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => truncate(c, widths[i] ?? 10).padEnd(widths[i] ?? 10))
      .join('  ')
      .trimEnd()
  stream.write(`${line(header)}\n`)
  for (const row of rows) stream.write(`${line(row)}\n`)
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`
}
