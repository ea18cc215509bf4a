/**
 * Pair quotation marks inside blocks of text. Works on characters only (no
 * tokens): which marks open, which close, which are apostrophes, and which
 * quotes continue into the next paragraph.
 */
import type { Span } from '../../../model/index.js'

/** Family of a mark: double (`"`, `“ ”`, `„`, `« »`) or single (`'`, `‘ ’`, `‹ ›`). */
export type MarkFamily = 'double' | 'single'

/** Typographic style of a quote, used in `Quote.rule`. */
export type MarkStyle =
  | 'straight-double'
  | 'curly-double'
  | 'low-double'
  | 'guillemet'
  | 'straight-single'
  | 'curly-single'

/** What a mark character can be. `either` is decided by context and by what is open. */
type Direction = 'open' | 'close' | 'either'

interface MarkInfo {
  family: MarkFamily
  style: MarkStyle
  /** Direction in standard English typography; context may override it. */
  direction: Direction
}

/**
 * Every quotation mark we read. `“` closes after `„` (German style); `»`/`«`
 * may be reversed (`»…«`), so guillemets are decided by context like `"`.
 */
export const QUOTE_MARKS: Readonly<Record<string, MarkInfo>> = {
  '"': { family: 'double', style: 'straight-double', direction: 'either' },
  '“': { family: 'double', style: 'curly-double', direction: 'open' },
  '”': { family: 'double', style: 'curly-double', direction: 'close' },
  '„': { family: 'double', style: 'low-double', direction: 'open' },
  '«': { family: 'double', style: 'guillemet', direction: 'either' },
  '»': { family: 'double', style: 'guillemet', direction: 'either' },
  "'": { family: 'single', style: 'straight-single', direction: 'either' },
  '‘': { family: 'single', style: 'curly-single', direction: 'open' },
  '’': { family: 'single', style: 'curly-single', direction: 'close' },
  '‹': { family: 'single', style: 'guillemet', direction: 'either' },
  '›': { family: 'single', style: 'guillemet', direction: 'either' },
}

/** Characters that may stand right before an opening mark (besides whitespace). */
const BEFORE_OPEN = /[([{\u2014\u2013\-/:;,]/
/** Characters that may stand right after a closing mark (besides whitespace). */
const AFTER_CLOSE = /[)\]}.,;:!?\u2014\u2013\-/…]/
/** Any character that can be (part of) a quotation mark. */
const MARK_CHAR = /["“”„«»'‘’‹›`]/g
const LETTER = /\p{L}/u
const DIGIT = /\p{Nd}/u
const SPACE = /\s/

/** One quote found by pairing marks. Offsets index the full text. */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or the block end when the quote continues into the next block. */
  close: number
  /** The words inside the marks, whitespace trimmed. */
  content: Span
  family: MarkFamily
  style: MarkStyle
  /** Index of the block holding it. */
  block: number
  /** The quote is unclosed here and goes on in the next block (paragraph-continued quote). */
  continues: boolean
  /** This piece continues a quote from the previous block. */
  continued: boolean
  /** Quote marks inside another quote (a quote within a quote). */
  nested: boolean
}

function isOpenContext(text: string, at: number, start: number, end: number, width = 1): boolean {
  const prev = at > start ? (text[at - 1] ?? '') : ''
  const next = at + width < end ? (text[at + width] ?? '') : ''
  const prevOk = prev === '' || SPACE.test(prev) || BEFORE_OPEN.test(prev) || prev in QUOTE_MARKS
  return prevOk && next !== '' && !SPACE.test(next)
}

function isCloseContext(text: string, at: number, start: number, end: number, width = 1): boolean {
  const prev = at > start ? (text[at - 1] ?? '') : ''
  const next = at + width < end ? (text[at + width] ?? '') : ''
  const nextOk = next === '' || SPACE.test(next) || AFTER_CLOSE.test(next) || next in QUOTE_MARKS
  return prev !== '' && !SPACE.test(prev) && nextOk
}

interface Open {
  at: number
  /** Characters of the mark (2 for '' and ``). */
  width: number
  family: MarkFamily
  style: MarkStyle
  /** The block-leading mark that re-opens a quote continued from the previous paragraph. */
  continued: boolean
}

/**
 * Decide what a single-quote character is. Apostrophes far outnumber single
 * quotes, so a single mark only opens at a word start before a letter and
 * only closes at a word end, and never between letters or before a digit
 * (`Japan’s`, `don't`, `’90s`).
 */
function singleRole(
  text: string,
  at: number,
  start: number,
  end: number,
  ch: string,
  hasSingleOpen: boolean,
): 'open' | 'close' | null {
  const prev = at > start ? (text[at - 1] ?? '') : ''
  const next = at + 1 < end ? (text[at + 1] ?? '') : ''
  if (LETTER.test(prev) && LETTER.test(next)) return null // contraction or possessive: don't, Japan’s
  if (ch !== '’' && isOpenContext(text, at, start, end) && LETTER.test(next)) return 'open'
  if (DIGIT.test(next) && !hasSingleOpen) return null // elided year: '90s
  if (hasSingleOpen && ch !== '‘' && isCloseContext(text, at, start, end)) {
    // Plural possessive ("the players' union") looks like a closing mark; it is
    // one only when no better closer follows before the block ends.
    const possessive = prev === 's' && next === ' ' && /^ \p{Ll}/u.test(text.slice(at + 1, at + 3))
    if (possessive && hasLaterSingleCloser(text, at + 1, end)) return null
    return 'close'
  }
  return null
}

function hasLaterSingleCloser(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text[i]
    if ((c === "'" || c === '’') && isCloseContext(text, i, from, end)) {
      const next = text[i + 1] ?? ''
      if (next === '' || !LETTER.test(next)) return true
    }
  }
  return false
}

/** Offset of the next mark character at or after `from` (`end` if none). */
function nextMark(text: string, from: number, end: number): number {
  MARK_CHAR.lastIndex = from
  const m = MARK_CHAR.exec(text)
  return m && m.index < end ? m.index : end
}

function trimSpan(text: string, start: number, end: number): Span {
  let a = start
  let b = end
  while (a < b && SPACE.test(text[a] ?? '')) a++
  while (b > a && SPACE.test(text[b - 1] ?? '')) b--
  return { start: a, end: b }
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start
  while (i < end && SPACE.test(text[i] ?? '')) i++
  return i
}

/**
 * Pair the quotation marks of `text`, block by block.
 *
 * Marks are read with a stack, so quotes nest (`“… ‘…’ …”`, `“… “…” …”`). A
 * quote left open at a block's end continues when the next block starts with
 * an opening mark of the same family (the newspaper convention for quotes
 * running over several paragraphs); otherwise it is dropped as a stray mark.
 *
 * @param text Article text.
 * @param blocks Block spans (paragraphs); quotes never pair across them except by continuation.
 * @returns Quotes in text order, nested ones flagged.
 */
export function pairMarks(text: string, blocks: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = []
  let carried: { family: MarkFamily } | null = null
  blocks.forEach((block, blockIndex) => {
    const { start, end } = block
    const stack: Open[] = []
    const lead = firstNonSpace(text, start, end)
    // Jump from mark to mark: most characters are not marks.
    for (let i = nextMark(text, start, end); i < end; i = nextMark(text, i + 1, end)) {
      let ch = text[i] ?? ''
      // Two apostrophes (or backticks) make a straight double mark: ''…'' and ``…''.
      let width = 1
      if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) {
        ch = ch === '`' ? '“' : '"'
        width = 2
      }
      const info = QUOTE_MARKS[ch]
      if (!info) continue
      const at = i
      i += width - 1
      const openOfFamily = stack.findLastIndex((o) => o.family === info.family)
      let role: 'open' | 'close' | null
      if (carried && at === lead && info.family === carried.family && info.direction !== 'close') {
        role = 'open'
      } else if (info.family === 'single') {
        role = singleRole(text, at, start, end, ch, openOfFamily >= 0)
      } else if (info.direction === 'either') {
        const canOpen = isOpenContext(text, at, start, end, width)
        const canClose = isCloseContext(text, at, start, end, width)
        if (canOpen && !canClose) role = 'open'
        else if (canClose && !canOpen) role = openOfFamily >= 0 ? 'close' : null
        else role = openOfFamily >= 0 ? 'close' : 'open'
        // A straight mark after a digit with nothing open is inches, not a quote.
        if (role === 'open' && !canOpen) role = null
      } else if (info.direction === 'close') {
        // “ after „ closes (German); a ” that clearly opens with nothing open is a typo for “.
        role =
          openOfFamily < 0 && isOpenContext(text, at, start, end) && !isCloseContext(text, at, start, end)
            ? 'open'
            : 'close'
      } else {
        const lowOpen = openOfFamily >= 0 && stack[openOfFamily]?.style === 'low-double'
        role = lowOpen && ch === '“' ? 'close' : 'open'
      }
      if (role === 'open') {
        stack.push({
          at,
          width,
          family: info.family,
          style: info.style,
          continued: carried !== null && at === lead,
        })
        continue
      }
      if (role !== 'close') continue
      const idx = stack.findLastIndex((o) => o.family === info.family)
      if (idx < 0) continue // stray closer
      const opened = stack[idx]!
      stack.length = idx // drop unmatched openers inside
      out.push({
        open: opened.at,
        close: at,
        content: trimSpan(text, opened.at + opened.width, at),
        family: opened.family,
        style: opened.style,
        block: blockIndex,
        continues: false,
        continued: opened.continued,
        nested: idx > 0,
      })
    }
    // The outermost opener left open may continue into the next block.
    const bottom = stack[0]
    const next = blocks[blockIndex + 1]
    carried = null
    if (bottom && next) {
      const nextLead = text[firstNonSpace(text, next.start, next.end)] ?? ''
      const nextInfo = QUOTE_MARKS[nextLead]
      if (nextInfo && nextInfo.family === bottom.family && nextInfo.direction !== 'close') {
        out.push({
          open: bottom.at,
          close: end,
          content: trimSpan(text, bottom.at + bottom.width, end),
          family: bottom.family,
          style: bottom.style,
          block: blockIndex,
          continues: true,
          continued: bottom.continued,
          nested: false,
        })
        carried = { family: bottom.family }
      }
    }
  })
  return out.sort((a, b) => a.open - b.open)
}
