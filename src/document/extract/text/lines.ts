/**
 * Turn a plain-text body into paragraph candidates ("units"): one per line,
 * except that a hard-wrapped paragraph (text filled to a fixed column, as
 * wire copy and e-mail are) is joined back into one unit.
 */
import { SENTENCE_END } from './shape.js'

/** One paragraph candidate. */
export interface Unit {
  /** Trimmed text, runs of whitespace collapsed to one space. */
  text: string
  /** 0-based index of its first physical line. */
  line: number
}

/** Options of {@link readUnits}. */
export interface ReadUnitsOptions {
  /** Text filled to a column wider than this is not hard-wrapped. */
  wrapMaxColumn: number
  /** A line at least this share of the column long was filled, so it continues on the next line. */
  wrapFillRatio: number
  /** Fewer filled lines than this and the text is not hard-wrapped. */
  wrapMinLines: number
  /** A line this predicate accepts (a cross-link, a bullet …) is never joined with its neighbours. */
  atomic: (line: string) => boolean
}

/** Every line-break convention, plus the page-break and vertical-tab controls some exports leave. */
const LINE_BREAK = /\r\n|[\r\n\f\v\u2028\u2029\u0085]/
const SPACE_RUN = /\s+/g
/** Whitespace other than single spaces: only then is the costlier collapse needed. */
const ODD_SPACE = /[^\S ]| {2}/
/** The line opens like a sentence or a new block: a capital, a digit, a quote or a bullet. */
const BLOCK_START = /^[\p{Lu}\p{N}"“‘'«•*>–—-]/u
/** A word broken at the end of a line with a hyphen (`defence-` / `related`). */
const HYPHEN_BREAK = /\p{L}-$/u

/**
 * Read the units of `body`. Blank lines separate units and are dropped.
 *
 * Hard wrap is decided for the whole document: the longest line gives the
 * column; the text is wrapped when that column is at most `wrapMaxColumn`
 * and at least `wrapMinLines` lines reach `wrapFillRatio` of it with a line
 * after them. Then a filled line continues on the next one, unless it ends a
 * sentence and the next one opens like a new block (the ambiguous case is
 * split rather than merged: two blocks of one paragraph lose less than one
 * block of two paragraphs). The first line is treated the same way even
 * without a stop, since it may be a headline directly above the body.
 *
 * @param body Decoded text.
 * @param options Wrap thresholds and the atomic-line test.
 * @returns Units in reading order.
 */
export function readUnits(body: string, options: ReadUnitsOptions): Unit[] {
  const raw = body.replace(/^\uFEFF/, '').split(LINE_BREAK)
  const lines = raw.map((line) => (ODD_SPACE.test(line) ? line.replace(SPACE_RUN, ' ') : line).trim())

  let column = 0
  for (const line of lines) if (line.length > column) column = line.length
  const fill = column * options.wrapFillRatio
  let filled = 0
  if (column <= options.wrapMaxColumn) {
    for (let i = 0; i + 1 < lines.length; i++) {
      if ((lines[i] ?? '').length >= fill && (lines[i + 1] ?? '') !== '') filled++
    }
  }
  const wrapped = column <= options.wrapMaxColumn && filled >= options.wrapMinLines

  const units: Unit[] = []
  let current: Unit | null = null
  let previous = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') {
      current = null
      previous = ''
      continue
    }
    if (
      current &&
      wrapped &&
      previous.length >= fill &&
      !((SENTENCE_END.test(previous) || units.length === 1) && BLOCK_START.test(line)) &&
      !options.atomic(previous) &&
      !options.atomic(line)
    ) {
      current.text += HYPHEN_BREAK.test(current.text) ? line : ` ${line}`
    } else {
      current = { text: line, line: i }
      units.push(current)
    }
    previous = line
  }
  return units
}
