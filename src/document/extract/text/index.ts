/**
 * The plain-text cleaner: a structural reading of the lines of a pasted or
 * scraped news report — headline, byline, standfirst, section headings,
 * photo captions, body paragraphs — with page junk (cross-links, teasers,
 * prompts, credits) removed and recorded with a reason. Pure: text in,
 * structure out.
 */
import type { BlockKind, Removed } from '../../../model/index.js'
import { dedupeBlocks } from '../blocks.js'
import { isAuthorBio } from './bio.js'
import { readByline } from './byline.js'
import { type Dateline, readDateline } from './dateline.js'
import { isBreadcrumb, isDateOrTime, junkOf } from './junk.js'
import { readUnits } from './lines.js'
import { type ExtractTextOptions, resolveOptions } from './options.js'
import { lineOf, Reading } from './reading.js'
import { CUT_OFF_CHAR, isConcatenated, NOT_A_TITLE_END, SENTENCE_END, titleLike, wordCount } from './shape.js'
import {
  BULLET,
  CAPTION_CREDIT_TAILS,
  CAPTION_RULES,
  CAPTION_VERBS,
  KICKER,
  type Line,
  matchLine,
  NUMBERED_ITEM,
  PLACE_AND_FULL_DATE,
  QUOTE_MARKER,
  SIGN_OFF,
} from './tables.js'
import { markTeasers } from './teasers.js'

export type { Dateline } from './dateline.js'
export { DEFAULT_TEXT_OPTIONS, type ExtractTextOptions } from './options.js'

/** One kept block of the report, in reading order. */
export interface TextBlock {
  kind: BlockKind
  text: string
  /** Why it got this kind (`paragraph`, `heading`, `caption-position`, `standfirst-repeated`, …). */
  rule: string
}

/** Result of {@link extractText}. */
export interface TextExtraction {
  /** The headline, when the first line is one; `null` when there is none (never invented). */
  title: string | null
  /** Authors read from byline lines (removed from the body with rule `byline`). */
  authors: string[]
  /** A dateline opening an early paragraph (kept in the paragraph, reported here) (optional). */
  dateline?: Dateline
  /** Kept blocks in reading order. */
  blocks: TextBlock[]
  /** Every dropped line, in document order, with its reason and rule. */
  removed: Removed[]
}

/** Captions date the photo with the year at the very end; a cheap test before the costly pattern. */
const ENDS_WITH_YEAR = /\d{4}\.?\s*$/

/**
 * Clean the body of a plain-text news report.
 *
 * @param body Decoded text; paragraphs separated by single or blank lines, or hard-wrapped.
 * @param options Thresholds and disabled rules (optional).
 * @returns Headline, authors, dateline, kept blocks and removed lines.
 */
export function extractText(body: string, options: ExtractTextOptions = {}): TextExtraction {
  const { o, on } = resolveOptions(options)
  const units = readUnits(body, {
    wrapMaxColumn: o.wrapMaxColumn,
    wrapFillRatio: o.wrapFillRatio,
    wrapMinLines: o.wrapMinLines,
    atomic: (text) =>
      BULLET.test(text) ||
      NUMBERED_ITEM.test(text) ||
      QUOTE_MARKER.test(text) ||
      junkOf(lineOf(text).line, false, o, on) !== null,
  })
  const r = new Reading(units, o, on, (line, i) => {
    const junk = junkOf(line, i < o.topWindow, o, on)
    return junk ? { is: 'dropped', ...junk } : { is: 'pending' }
  })

  markLists(r)
  markCaptions(r)
  const authors: string[] = []
  // Bylines with a lead-in ("By …") may stand anywhere.
  for (let i = 0; i < r.n; i++) if (r.pending(i)) takeByline(r, i, false, authors)
  const titleIndex = markTop(r)
  if (titleIndex !== -1) {
    markBareBylines(r, titleIndex, authors)
    markRepeatedTitle(r, titleIndex)
    markOpeningBio(r, titleIndex, authors)
  }
  const punctuated = closesParagraphs(r)
  // Datelines are read lazily and once: the standfirst rule needs them too.
  const datelines = new Map<number, Dateline | null>()
  const datelineAt = (i: number): Dateline | null => {
    if (!datelines.has(i)) datelines.set(i, readDateline(r.text(i)))
    return datelines.get(i) ?? null
  }
  if (titleIndex !== -1) markStandfirst(r, titleIndex, punctuated, datelineAt)
  const dateline = findDateline(r, titleIndex, datelineAt)
  markTeasers(r, punctuated)
  markClosingLines(r, authors)
  markStructure(r)
  dedupe(r)

  const title = titleIndex === -1 ? null : r.text(titleIndex)
  const { blocks, removed } = collect(r)
  return dateline ? { title, authors, dateline, blocks, removed } : { title, authors, blocks, removed }
}

/** Shaped like a line of body text: it closes a sentence, or it is too long for a heading. */
function bodyShaped(r: Reading, text: string): boolean {
  return SENTENCE_END.test(text) || text.length > r.o.headingMaxLength
}

/**
 * Lines under a "Related stories" / "Read more:" header: teasers (cut off or
 * glued) go while they last; so does the first title-shaped line (the link
 * itself), and further bare titles while none is followed by body text (a
 * title-shaped line before body text may be the report's own section
 * heading, so it is left alone). Under a counted comments header in the
 * second half of the document, everything goes: the comment list, then the
 * page footer.
 */
function markLists(r: Reading): void {
  const { o, on } = r
  const listTitle = (text: string) =>
    text.length <= o.titleMaxLength && wordCount(text) <= o.teaserListMaxWords && !NOT_A_TITLE_END.test(text)
  const teaserShaped = (text: string) =>
    (text.length >= o.truncatedMinLength && CUT_OFF_CHAR.test(text.at(-1) ?? '')) || isConcatenated(text)
  for (let i = 0; i < r.n; i++) {
    const header = r.fate[i]
    if (header?.is !== 'dropped' || !header.opens) continue
    const under = `under "${r.text(i)}"`
    if (header.opens === 'comments') {
      if (!on('comment') || i < r.n * o.commentListFrom) continue
      for (let j = r.next(i); j !== -1; j = r.next(j))
        if (r.pending(j)) r.drop(j, 'comment', `reader comment ${under}`)
      continue
    }
    if (!on('teaser-list')) continue
    let first = true
    for (let j = r.next(i); j !== -1 && r.pending(j); ) {
      const text = r.text(j)
      const after = r.next(j)
      if (!teaserShaped(text)) {
        if (!listTitle(text)) break
        if (!first && after !== -1 && bodyShaped(r, r.text(after))) break
      }
      r.drop(j, 'teaser-list', `linked title ${under}`)
      first = false
      j = after
    }
  }
}

/** The caption rule a line matches, or `null`. */
function captionRule(r: Reading, line: Line): string | null {
  const text = line.text
  if (text.length > r.o.captionMaxLength) return null
  for (const rule of CAPTION_RULES) {
    if (r.on(rule.rule) && rule.pattern.some((pattern) => matchLine(pattern, line))) return rule.rule
  }
  if (
    r.on('caption-date-place') &&
    ENDS_WITH_YEAR.test(text) &&
    PLACE_AND_FULL_DATE.test(text) &&
    CAPTION_VERBS.test(line.lower)
  ) {
    return 'caption-date-place'
  }
  return null
}

/**
 * Where a caption's closing photo credit starts, when what is left before it
 * is still a description (three words at least).
 */
function creditStart(line: Line): number | null {
  for (const pattern of CAPTION_CREDIT_TAILS) {
    const match = matchLine(pattern, line)
    if (match && wordCount(line.text.slice(0, match.index)) >= 3) return match.index
  }
  return null
}

/**
 * Captions, wherever they stand (first, since the first line may be a photo
 * caption rather than a headline). The credit closing a caption is set
 * apart: the description is report, the credit is not.
 */
function markCaptions(r: Reading): void {
  for (let i = 0; i < r.n; i++) {
    if (!r.pending(i)) continue
    const line = r.read[i]!.line
    const rule = captionRule(r, line)
    if (!rule) continue
    const start = r.on('photo-credit') ? creditStart(line) : null
    if (start === null) {
      r.keep(i, 'caption', rule)
      continue
    }
    const aside = {
      text: line.text.slice(start).trim(),
      reason: 'photo credit of a caption',
      rule: 'photo-credit',
    }
    r.set(i, { is: 'kept', kind: 'caption', rule, text: line.text.slice(0, start), aside })
  }
}

/** Read unit `i` as a byline (`bare`: without a lead-in) and collect its authors. */
function takeByline(r: Reading, i: number, bare: boolean, authors: string[]): void {
  const byline = r.on('byline') ? readByline(r.text(i), r.o.bylineMaxLength, bare, isDateOrTime) : null
  if (!byline) return
  r.set(i, { is: 'byline', authors: byline.authors })
  for (const name of byline.authors) if (!authors.includes(name)) authors.push(name)
}

/**
 * A short section label in capitals ("NATION", "LOCAL NEWS", "Q&A"): one or
 * two words of capital letters, no digits, no punctuation but `&`, `-` and an
 * apostrophe. A headline has three words at least (`titleMinWords`), so such
 * a line is never one.
 */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}&'’-]{1,19}(?: \p{Lu}[\p{Lu}&'’-]{0,19})?$/u

/**
 * A masthead: the outlet's name in capitals ("THE DAILY CLARION", "NORTH
 * SHORE TIMES"), up to six words of capital letters, no digits.
 */
const MASTHEAD = /^\p{Lu}[\p{Lu}&'’.-]*(?: \p{Lu}[\p{Lu}&'’.-]*){0,5}$/u

/**
 * Whether a date line (dropped as page meta) stands right under unit `i`
 * and a headline-shaped line under it: the layout of a front page, masthead
 * then date then headline.
 */
function dateLineAfter(r: Reading, i: number): boolean {
  const next = r.next(i)
  if (next === -1 || next === i + 1) return false
  for (let j = i + 1; j < next; j++) {
    const fate = r.fate[j]
    if (fate?.is === 'dropped' && fate.removed.rule === 'page-meta') return headlineShaped(r, next)
  }
  return false
}

/**
 * A nameless desk credit standing alone above the headline ("Newsdesk",
 * "Staff Reporter"): read as a byline (it names no author), so the headline
 * is looked for under it.
 */
function deskCredit(r: Reading, i: number): boolean {
  const byline = readByline(r.text(i), r.o.bylineMaxLength, true, isDateOrTime)
  if (!byline || byline.authors.length > 0) return false
  r.set(i, { is: 'byline', authors: [] })
  return true
}

/** Whether unit `i` is shaped like a headline (a kicker stands only above one). */
function headlineShaped(r: Reading, i: number): boolean {
  if (i === -1 || !r.pending(i) || r.next(i) === -1) return false
  const text = r.text(i)
  return titleLike(text, r.o.titleMaxLength, r.o.titleMaxWords) && wordCount(text) >= r.o.titleMinWords
}

/**
 * The top of the page: section labels (listed, or a short one in capitals
 * right above a headline-shaped line) and breadcrumbs are dropped, then the
 * first remaining line is the headline if it is shaped like one and has
 * something after it (a lone line is a paragraph).
 *
 * @returns The headline's index, or -1.
 */
function markTop(r: Reading): number {
  const { o, on } = r
  let seen = 0
  for (let i = r.next(-1); i !== -1 && seen < o.topWindow; i = r.next(i)) {
    seen++
    if (!r.pending(i)) continue
    const text = r.text(i)
    if (r.next(i) === -1) return -1
    if (on('kicker') && KICKER.test(text.toLowerCase())) {
      r.drop(i, 'kicker', 'section label above the headline')
      continue
    }
    if (on('kicker') && CAPS_LABEL.test(text) && headlineShaped(r, r.next(i))) {
      r.drop(i, 'kicker', 'all-capital section label above the headline')
      continue
    }
    if (on('breadcrumb') && isBreadcrumb(text)) {
      r.drop(i, 'breadcrumb', 'breadcrumb trail')
      continue
    }
    if (on('masthead') && i === r.next(-1) && MASTHEAD.test(text) && dateLineAfter(r, i)) {
      r.drop(i, 'masthead', "the outlet's name in capitals above the date line")
      continue
    }
    if (on('byline') && wordCount(text) < o.titleMinWords && deskCredit(r, i)) continue
    if (
      !on('title') ||
      !titleLike(text, o.titleMaxLength, o.titleMaxWords) ||
      wordCount(text) < o.titleMinWords
    ) {
      return -1
    }
    r.set(i, { is: 'title' })
    return i
  }
  return -1
}

/**
 * A byline without a lead-in ("Jane Doe, Daily News") only right under the
 * headline: before the first sentence (a standfirst without a stop may come
 * first), and at most `bylineWindow` lines down.
 */
function markBareBylines(r: Reading, titleIndex: number, authors: string[]): void {
  let seen = 0
  for (let i = r.next(titleIndex); i !== -1 && seen < r.o.bylineWindow; i = r.next(i), seen++) {
    if (SENTENCE_END.test(r.text(i))) return
    if (r.pending(i)) takeByline(r, i, true, authors)
  }
}

/**
 * An author bio right under the headline and byline, before anything is
 * kept (see `isAuthorBio`: here it needs a contact or a bylined name).
 */
function markOpeningBio(r: Reading, titleIndex: number, authors: readonly string[]): void {
  const { o, on } = r
  if (!on('author-bio')) return
  for (let i = r.next(titleIndex); i !== -1; i = r.next(i)) {
    if (r.fate[i]?.is === 'byline') continue
    if (!r.pending(i) || !isAuthorBio(r.text(i), 'start', authors, o.authorBioMaxLength, o.authorBioMaxWords))
      return
    r.drop(i, 'author-bio', "the author's bio, under the headline")
  }
}

/**
 * The lines closing the report, scanned back from the end past junk: a
 * sign-off ("— Daily Globe") and the author's bio go, until the first line
 * that is neither. A sign-off under a list item is the list's last item.
 */
function markClosingLines(r: Reading, authors: readonly string[]): void {
  const { o, on } = r
  for (let i = r.n - 1; i >= 0; i--) {
    const fate = r.fate[i]
    if (fate?.is === 'dropped' || fate?.is === 'byline') continue
    if (fate?.is !== 'pending') return
    const text = r.text(i)
    if (on('credit') && SIGN_OFF.test(text) && !underListItem(r, i)) {
      r.drop(i, 'credit', 'sign-off closing the report (a name or outlet after a dash)')
    } else if (
      on('author-bio') &&
      isAuthorBio(text, 'end', authors, o.authorBioMaxLength, o.authorBioMaxWords)
    ) {
      r.drop(i, 'author-bio', "the author's bio, closing the report")
    } else return
  }
}

/** Whether the unit before `i` (past dropped ones) is a list item. */
function underListItem(r: Reading, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (r.dropped(j)) continue
    const text = r.text(j)
    return BULLET.test(text) || NUMBERED_ITEM.test(text)
  }
  return false
}

/** The headline repeated in the body (a scrape that caught it twice). */
function markRepeatedTitle(r: Reading, titleIndex: number): void {
  const key = r.key(titleIndex)
  if (!r.on('duplicate-title') || key === '') return
  for (let i = titleIndex + 1; i < r.n; i++) {
    if (r.pending(i) && r.key(i) === key) r.drop(i, 'duplicate-title', 'headline repeated')
  }
}

/**
 * Does this document close its paragraphs with a stop? If not, a missing
 * stop says nothing (no unpunctuated standfirst, no cut-off teaser). Long
 * lines only, without the trailing run of unclosed lines (the teasers, if
 * any).
 */
function closesParagraphs(r: Reading): boolean {
  const long: number[] = []
  for (let i = 0; i < r.n; i++) if (r.pending(i) && r.text(i).length >= r.o.truncatedMinLength) long.push(i)
  let end = long.length
  while (end > 0 && !SENTENCE_END.test(r.text(long[end - 1]!))) end--
  let unclosed = 0
  for (let k = 0; k < end; k++) if (!SENTENCE_END.test(r.text(long[k]!))) unclosed++
  return end > 0 && unclosed / end <= r.o.unpunctuatedMaxShare
}

/**
 * The standfirst: the unit under the headline, when its position in the page
 * says so (it is repeated in the body, a byline or a dateline comes after
 * it) or its shape does (a long line with no closing stop).
 */
function markStandfirst(
  r: Reading,
  titleIndex: number,
  punctuated: boolean,
  datelineAt: (i: number) => Dateline | null,
): void {
  const { o, on } = r
  let s = r.next(titleIndex)
  while (s !== -1 && !r.pending(s)) s = r.next(s) // past bylines and captions
  if (s === -1) return
  const text = r.text(s)
  const after = r.next(s)
  if (after === -1 || text.length > o.standfirstMaxLength || datelineAt(s)) return
  const key = r.key(s)
  let repeated = false
  for (let j = s + 1; j < r.n && !repeated; j++) repeated = !r.dropped(j) && r.key(j) === key
  let rule: string | null = null
  if (repeated && key.length >= o.duplicateMinLength) rule = 'standfirst-repeated'
  else if (r.fate[after]?.is === 'byline') rule = 'standfirst-before-byline'
  else if (r.pending(after) && datelineAt(after)) rule = 'standfirst-before-dateline'
  else if (punctuated && !SENTENCE_END.test(text) && wordCount(text) > o.headingMaxWords)
    rule = 'standfirst-unpunctuated'
  if (rule && on(rule)) r.keep(s, 'standfirst', rule)
}

/** The dateline: the first of the early body paragraphs that opens with one. */
function findDateline(
  r: Reading,
  titleIndex: number,
  datelineAt: (i: number) => Dateline | null,
): Dateline | undefined {
  let seen = 0
  for (let i = r.next(titleIndex); i !== -1 && seen < r.o.datelineWindow; i = r.next(i)) {
    if (!r.pending(i)) continue
    seen++
    const found = datelineAt(i)
    if (found) return found
  }
  return undefined
}

/** What is left: list items, quotes, section headings, paragraphs. */
function markStructure(r: Reading): void {
  const { o, on } = r
  const headingShaped = (text: string) => titleLike(text, o.headingMaxLength, o.headingMaxWords)
  /** A heading needs body text under it (captions and one sub-heading may come between). */
  const followedByBody = (i: number): boolean => {
    let headings = 0
    for (let j = r.next(i); j !== -1; j = r.next(j)) {
      const f = r.fate[j]
      if (f?.is === 'kept' && f.kind === 'caption') continue
      if (f?.is !== 'pending' && !(f?.is === 'kept' && f.kind === 'standfirst')) return false
      const text = r.text(j)
      if (bodyShaped(r, text)) return true
      if (!headingShaped(text) || ++headings > 1) return false
    }
    return false
  }
  for (let i = 0; i < r.n; i++) {
    if (!r.pending(i)) continue
    const text = r.text(i)
    if (BULLET.test(text)) r.keep(i, 'list-item', 'list-bullet', text.replace(BULLET, ''))
    else if (NUMBERED_ITEM.test(text)) r.keep(i, 'list-item', 'list-numbered')
    else if (QUOTE_MARKER.test(text))
      r.keep(i, 'blockquote', 'blockquote-marker', text.replace(QUOTE_MARKER, ''))
    else if (on('heading') && headingShaped(text) && followedByBody(i)) r.keep(i, 'heading', 'heading')
    else r.keep(i, 'paragraph', 'paragraph')
  }
}

/** Repeated blocks, kept once (see `dedupeBlocks`). */
function dedupe(r: Reading): void {
  if (!r.on('duplicate-paragraph')) return
  const kept: number[] = []
  const drafts: TextBlock[] = []
  r.fate.forEach((f, i) => {
    if (f.is !== 'kept') return
    kept.push(i)
    drafts.push({ kind: f.kind, text: f.text, rule: f.rule })
  })
  const deduped = dedupeBlocks(drafts, {
    minLength: r.o.duplicateMinLength,
    keys: kept.map((i) => r.key(i)),
  })
  deduped.dropped.forEach((draft, k) => {
    const i = kept[draft]!
    // The whole line, as read (a caption's credit, a bullet included).
    r.set(i, { is: 'dropped', removed: { ...deduped.removed[k]!, text: r.text(i) } })
  })
}

/** Kept blocks and removed lines, in document order. */
function collect(r: Reading): { blocks: TextBlock[]; removed: Removed[] } {
  const blocks: TextBlock[] = []
  const removed: Removed[] = []
  r.fate.forEach((f, i) => {
    if (f.is === 'kept') {
      blocks.push({ kind: f.kind, text: f.text, rule: f.rule })
      if (f.aside) removed.push(f.aside)
    } else if (f.is === 'dropped') {
      removed.push(f.removed)
    } else if (f.is === 'byline') {
      const names = f.authors.length > 0 ? `: ${f.authors.join(', ')}` : ''
      removed.push({ text: r.text(i), reason: `byline${names}`, rule: 'byline' })
    }
  })
  return { blocks, removed }
}
