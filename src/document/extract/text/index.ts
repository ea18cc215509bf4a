/**
 * The plain-text cleaner: a structural reading of the lines of a pasted or
 * scraped news report — headline, byline, standfirst, section headings,
 * photo captions, body paragraphs — with page junk (cross-links, teasers,
 * prompts, credits) removed and recorded with a reason. Pure: text in,
 * structure out.
 */
import type { BlockKind, Removed } from '../../../model/index.js'
import { DEFAULT_DUPLICATE_MIN_LENGTH, dedupeBlocks, wordTokens } from '../blocks.js'
import { readByline } from './byline.js'
import { type Dateline, readDateline } from './dateline.js'
import { readUnits } from './lines.js'
import {
  BREADCRUMB_HOME,
  BREADCRUMB_SEPARATOR,
  BULLET,
  CAPTION_CREDIT_TAILS,
  CAPTION_RULES,
  CAPTION_VERBS,
  CREDIT_GLUE,
  CROSS_LINK_HEADER,
  DATE_WORDS,
  GUARD_WORDS,
  JUNK_RULES,
  KICKER,
  type Line,
  MONTHS,
  matchLine,
  NAME_PARTICLES,
  NUMBERED_ITEM,
  PAGE_META_LABEL,
  PLACE_AND_FULL_DATE,
  QUOTE_MARKER,
  SHORT_WORDS,
  STOPWORDS,
} from './tables.js'
import { contentWords, Vocabulary } from './topic.js'

export type { Dateline } from './dateline.js'

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

/** Thresholds of {@link extractText}. Every one has a default; see the README for the rules. */
export interface ExtractTextOptions {
  /** Longest headline, in characters (default 160). */
  titleMaxLength?: number
  /** Most words in a headline (default 25). */
  titleMaxWords?: number
  /**
   * Fewest words in a headline: a one- or two-word first line ("Claim",
   * "Pittsburgh", "Staff Reports") is a label or a heading far more often
   * than a headline (default 3).
   */
  titleMinWords?: number
  /** How many leading units may hold the kicker, headline, byline and standfirst (default 6). */
  topWindow?: number
  /** Longest section heading, in characters (default 80). */
  headingMaxLength?: number
  /** Most words in a section heading (default 12). */
  headingMaxWords?: number
  /** Longest standfirst, in characters (default 400). */
  standfirstMaxLength?: number
  /** Longest byline line, in characters (default 120). */
  bylineMaxLength?: number
  /** How many body paragraphs after the headline are searched for a dateline (default 3). */
  datelineWindow?: number
  /** Longest caption, in characters (default 400). */
  captionMaxLength?: number
  /**
   * Vocabulary junk (cross-links, prompts, credits) longer than this many
   * characters is kept: a long line is more likely a real paragraph that
   * happens to use the words (default 250).
   */
  junkMaxLength?: number
  /** Hard wrap: text filled to a column wider than this is not wrapped (default 100). */
  wrapMaxColumn?: number
  /** Hard wrap: a line this share of the column long continues on the next (default 0.75). */
  wrapFillRatio?: number
  /** Hard wrap: fewer filled lines than this and the text is not wrapped (default 3). */
  wrapMinLines?: number
  /**
   * A line without a closing stop counts as cut off only from this many
   * characters: headings and short lines legitimately have none (default 60).
   */
  truncatedMinLength?: number
  /**
   * When more than this share of the body's long lines lack a closing stop
   * (not counting a trailing run of them), the document simply does not
   * punctuate, and "cut off" is no evidence of a teaser (default 0.5).
   */
  unpunctuatedMaxShare?: number
  /** A line sharing less than this share of its content words with the document is off-topic (default 0.3). */
  offTopicMaxOverlap?: number
  /** Lines with fewer content words are never judged off-topic (default 6). */
  offTopicMinWords?: number
  /**
   * Two cut-off lines are a run of teasers when their lengths differ by at
   * most this share: teasers are cut to one character budget, so their
   * lengths match closely, while a list of real items varies (default 0.05).
   */
  teaserRunTolerance?: number
  /** Most words in a linked title under a "Related" header (default 20). */
  teaserListMaxWords?: number
  /** Repeated blocks shorter than this (normalised) are kept (default 20). */
  duplicateMinLength?: number
  /** Rule ids not to apply (`teaser-off-topic`, `caption-pose`, `kicker`, …). */
  disable?: readonly string[]
}

type Settings = Required<Omit<ExtractTextOptions, 'disable'>>

/** Defaults of {@link ExtractTextOptions}. */
export const DEFAULT_TEXT_OPTIONS: Readonly<Settings> = Object.freeze({
  titleMaxLength: 160,
  titleMaxWords: 25,
  titleMinWords: 3,
  topWindow: 6,
  headingMaxLength: 80,
  headingMaxWords: 12,
  standfirstMaxLength: 400,
  bylineMaxLength: 120,
  datelineWindow: 3,
  captionMaxLength: 400,
  junkMaxLength: 250,
  wrapMaxColumn: 100,
  wrapFillRatio: 0.75,
  wrapMinLines: 3,
  truncatedMinLength: 60,
  unpunctuatedMaxShare: 0.5,
  offTopicMaxOverlap: 0.3,
  offTopicMinWords: 6,
  teaserRunTolerance: 0.05,
  teaserListMaxWords: 20,
  duplicateMinLength: DEFAULT_DUPLICATE_MIN_LENGTH,
})

/** The line closes a sentence: a stop, maybe inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’)\]»」』]*$/u
/** Ends in a way a headline or heading never does (stop, comma, colon …); `?` and `!` are allowed. */
const NOT_A_TITLE_END = /(?:[.,;:…。、]|\.\.\.)["'”’)\]»」』]*$/u
/** Opens like a headline or heading: a capital, a digit, a quote or an inverted mark. */
const TITLE_START = /^[\p{Lu}\p{N}"“‘'«¿¡]/u
/** Two sentences inside one line ("… rose. Markets …"); abbreviations (`Mr.`, `U.S.`) don't count. */
const INNER_SENTENCE = /\p{Ll}{2,}[.!?]["'”’]?\s+\p{Lu}/u
/**
 * Cut off: the last character is a lower-case letter or mid-sentence
 * punctuation (`…the West fa`, `…Luckily,`). A capital or a digit at the end
 * is more often a heading glued on by a scraper (`…the other.Wi-Fi 6`).
 * Tested on the last character only, so the cost does not grow with the line.
 */
const CUT_OFF_CHAR = /^[\p{Ll},;]$/u
const ELLIPSIS_END = /(?:…|\.\.\.)["'”’]?$/u
/**
 * "…the new rules.There are…", "…cabin crew walkoutPassengers were…": a
 * teaser's title and description glued with no space, with or without the
 * stop. Without the stop, the glued word must start in lower case, so brands
 * and hashtags ("LinkedIn", "#CollectiveBias") are not taken for glue. Latin
 * letters as code-point ranges: `\p{Ll}` is several times slower.
 */
const CONCATENATED =
  /[a-z\u00df-\u00f6\u00f8-\u00ff]{2}[.!?]["”’]?[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]|(?:^|[\s"“‘'(])[a-z\u00df-\u00f6\u00f8-\u00ff]{3,}[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]*(?=[\s,.;:!?"”’)]|$)/
/** The last word of a line. */
const LAST_WORD = /([\p{L}\p{M}]+)$/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const WORDS = /\S+/g
const NAME_WORD = /[\p{L}][\p{L}\p{M}'’.-]*/gu
/** A token of a date stamp: a number, a clock time, a date in digits. */
const DATE_NUMBER = /^\d{1,4}(?:[.:/-]\d{1,4})*(?:am|pm|h|st|nd|rd|th)?\.?$/u
/** A comments header that heads the comment list itself. */
const COMMENT_LIST_HEADER = /\d|^(?:show|view|load|read|join|sign in|log in)\b/
/** A clock time, with an optional zone (`10:42`, `9.30 a.m. EST`). */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu
/** A date in digits: `18.06.2025`, `6/18/25`, `2025-06-18`. */
const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})\.?$/
/** A date stamp is short: a weekday, a date, a time and a zone. */
const DATE_STAMP_MAX_LENGTH = 80
const DIGIT = /\d/
/** Captions date the photo with the year at the very end; a cheap test before the costly pattern. */
const ENDS_WITH_YEAR = /\d{4}\.?\s*$/
/** A time zone or UTC offset in a date stamp (`JST`, `GMT+9`, `+09:00`). */
const TIME_ZONE = /^(?:\p{Lu}{2,5}|(?:GMT|UTC)[+-]?\d{0,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})$/u

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0
}

/**
 * The rest of a credit line is names and credit glue only ("Jane Doe in
 * Tokyo; Editing by Ali Khan"), or a single word (an agency written in
 * lower case: "Mit Material von dpa").
 */
function namesOnly(tail: string): boolean {
  const words = [...tail.matchAll(NAME_WORD)]
  if (words.length === 1) return true
  for (const match of words) {
    const word = match[0]
    const lower = word.toLowerCase()
    if (word.charAt(0) !== lower.charAt(0)) continue // capitalised
    if (!CREDIT_GLUE.has(lower) && !NAME_PARTICLES.has(lower)) return false
  }
  return true
}

/**
 * A line made only of date and time words, numbers and a time zone, that
 * names a date: a month and a number, or a date in digits. A bare clock time
 * ("4:14 p.m.", a live blog's entry header) or a phone number is not one.
 */
function isDateStamp(text: string): boolean {
  if (text.length > DATE_STAMP_MAX_LENGTH || !DIGIT.test(text)) return false
  const tokens = text.split(/[\s,|·•/()]+/).filter((token) => token !== '')
  if (tokens.length === 0 || tokens.length > 12) return false
  let number = false
  let month = false
  let numericDate = false
  for (const token of tokens) {
    const lower = token.toLowerCase()
    if (DATE_NUMBER.test(lower)) {
      number = true
      if (NUMERIC_DATE.test(lower)) numericDate = true
      continue
    }
    const word = lower.replace(/[.:]+$/, '')
    if (MONTHS.has(word)) month = true
    if (word === '' || DATE_WORDS.has(word) || TIME_ZONE.test(token)) continue
    return false
  }
  return numericDate || (month && number)
}

/** A byline part with digits that is a date or a clock time (`4 March 2025`, `10:42 GMT`). */
function isDateOrTime(text: string): boolean {
  return isDateStamp(text) || CLOCK_TIME.test(text.trim())
}

/** A breadcrumb trail: short crumbs, two separators or more (or one after "Home"). */
function isBreadcrumb(text: string): boolean {
  const crumbs = text.split(BREADCRUMB_SEPARATOR)
  if (crumbs.length < 2 || crumbs.some((crumb) => crumb === '' || wordCount(crumb) > 4)) return false
  return crumbs.length >= 3 || BREADCRUMB_HOME.test((crumbs[0] ?? '').toLowerCase())
}

/**
 * Where a caption's closing photo credit starts, when what is left before it
 * is still a description (three words at least).
 */
function creditTail(line: Line): { start: number } | null {
  for (const pattern of CAPTION_CREDIT_TAILS) {
    const match = matchLine(pattern, line)
    if (match && wordCount(line.text.slice(0, match.index)) >= 3) return { start: match.index }
  }
  return null
}

/** A unit read once: the rules' view of it, its word tokens and its comparison key. */
interface ReadLine {
  line: Line
  tokens: string[]
  key: string
}

function lineOf(text: string): ReadLine {
  const lower = text.toLowerCase()
  const tokens = wordTokens(lower, true)
  const keywords: string[] = []
  for (const token of tokens) if (GUARD_WORDS.has(token)) keywords.push(token)
  return { line: { text, lower, keywords }, tokens, key: tokens.join(' ') }
}

/** A unit's fate while the document is read. */
type Fate =
  | { is: 'pending' }
  | { is: 'dropped'; removed: Removed; opens?: 'links' | 'comments' }
  | { is: 'title' }
  | { is: 'byline'; authors: string[] }
  | { is: 'kept'; kind: BlockKind; rule: string; text: string; aside?: Removed }

/** Signals that a line is a related-article teaser. */
interface TeaserSignals {
  /** Long, and ends with a lower-case letter, a comma or a semicolon. */
  unclosed: boolean
  /** Unclosed on a piece of a word. */
  fragment: boolean
  /** Unclosed at a comma or a semicolon. */
  midSentence: boolean
  ellipsis: boolean
  concatenated: boolean
  overlap: number | null
  offTopic: boolean
  run: boolean
}

/**
 * Clean the body of a plain-text news report.
 *
 * @param body Decoded text; paragraphs separated by single or blank lines, or hard-wrapped.
 * @param options Thresholds and disabled rules (optional).
 * @returns Headline, authors, dateline, kept blocks and removed lines.
 */
export function extractText(body: string, options: ExtractTextOptions = {}): TextExtraction {
  const o: Settings = { ...DEFAULT_TEXT_OPTIONS }
  for (const key of Object.keys(DEFAULT_TEXT_OPTIONS) as (keyof Settings)[]) {
    const value = options[key]
    if (typeof value === 'number') o[key] = value
  }
  const disabled = new Set(options.disable ?? [])
  const on = (rule: string) => !disabled.has(rule)

  const junkOf = (line: Line, top: boolean): Extract<Fate, { is: 'dropped' }> | null => {
    const text = line.text
    const drop = (rule: string, reason: string, opens?: 'links' | 'comments') =>
      on(rule)
        ? { is: 'dropped' as const, removed: { text, reason, rule }, ...(opens ? { opens } : {}) }
        : null
    if (!LETTER_OR_DIGIT.test(text)) return drop('separator', 'line without letters or digits')
    if (text.length <= o.junkMaxLength && CROSS_LINK_HEADER.test(line.lower)) {
      const header = drop('cross-link', 'heading of a list of cross-links', 'links')
      if (header) return header
    }
    for (const rule of JUNK_RULES) {
      if (!on(rule.rule) || text.length > (rule.maxLength ?? o.junkMaxLength)) continue
      const patterns = Array.isArray(rule.pattern) ? rule.pattern : [rule.pattern as RegExp]
      for (const pattern of patterns) {
        const match = matchLine(pattern, line)
        if (!match) continue
        if (rule.tail === 'names' && !namesOnly(text.slice(match.index + match[0].length))) continue
        const removed = { text, reason: rule.reason, rule: rule.rule }
        // A counted or interactive comments header ("Comments (2)", "Show
        // comments") opens the comment list; a bare "Comments" may be a heading.
        const opens =
          rule.rule === 'comments-prompt' && COMMENT_LIST_HEADER.test(line.lower) ? 'comments' : null
        return opens ? { is: 'dropped', removed, opens } : { is: 'dropped', removed }
      }
    }
    if (text.length <= o.junkMaxLength) {
      const label = PAGE_META_LABEL.exec(line.lower)
      if (label && isDateStamp(text.slice(label[0].length)))
        return drop('page-meta', 'publication/update stamp')
      // An unlabelled date only near the top: lower down it may be the
      // report's own ("29 November 2018 | 20 January 2019", an exhibition's run).
      if (top && isDateStamp(text)) return drop('page-meta', 'date stamp')
    }
    return null
  }

  const units = readUnits(body, {
    wrapMaxColumn: o.wrapMaxColumn,
    wrapFillRatio: o.wrapFillRatio,
    wrapMinLines: o.wrapMinLines,
    atomic: (text) =>
      BULLET.test(text) ||
      NUMBERED_ITEM.test(text) ||
      QUOTE_MARKER.test(text) ||
      !!junkOf(lineOf(text).line, false),
  })
  const texts = units.map((unit) => unit.text)
  const n = texts.length
  const read = texts.map(lineOf)
  const lines = read.map((entry) => entry.line)
  const fate: Fate[] = lines.map((line, i) => junkOf(line, i < o.topWindow) ?? { is: 'pending' })

  const keyOf = (i: number): string => read[i]?.key ?? ''
  const pending = (i: number) => fate[i]?.is === 'pending'
  const dropped = (i: number) => fate[i]?.is === 'dropped'
  /** Next unit after `i` that was not dropped, or -1. */
  const next = (i: number): number => {
    for (let j = i + 1; j < n; j++) if (!dropped(j)) return j
    return -1
  }
  const drop = (i: number, rule: string, reason: string) => {
    fate[i] = { is: 'dropped', removed: { text: texts[i] ?? '', reason, rule } }
  }

  const shaped = (text: string, maxLength: number, maxWords: number) =>
    text.length <= maxLength &&
    wordCount(text) <= maxWords &&
    TITLE_START.test(text) &&
    !NOT_A_TITLE_END.test(text) &&
    !INNER_SENTENCE.test(text) &&
    !BULLET.test(text) &&
    !QUOTE_MARKER.test(text)
  const titleShaped = (text: string) =>
    shaped(text, o.titleMaxLength, o.titleMaxWords) && wordCount(text) >= o.titleMinWords
  const headingShaped = (text: string) => shaped(text, o.headingMaxLength, o.headingMaxWords)
  const bodyShaped = (text: string) => SENTENCE_END.test(text) || text.length > o.headingMaxLength

  // Lines listed under a "Related stories" / "Read more:" header: teasers
  // (cut off or glued) go while they last; so does the first title-shaped
  // line (the link itself), and further bare titles while none is followed
  // by body text (a title-shaped line before body text may be the report's
  // own section heading, so it is left alone).
  const listTitle = (text: string) =>
    text.length <= o.titleMaxLength && wordCount(text) <= o.teaserListMaxWords && !NOT_A_TITLE_END.test(text)
  const teaserShaped = (text: string) =>
    (text.length >= o.truncatedMinLength && CUT_OFF_CHAR.test(text.at(-1) ?? '')) || CONCATENATED.test(text)
  // A comments section: everything under its header, when the header sits
  // in the second half of the document (a comment list closes a page).
  const commentsFrom = (i: number) => {
    for (let j = next(i); j !== -1; j = next(j)) {
      if (pending(j)) drop(j, 'comment', `reader comment under "${texts[i]}"`)
    }
  }
  for (let i = 0; i < n; i++) {
    const header = fate[i]
    if (header?.is !== 'dropped' || !header.opens) continue
    if (header.opens === 'comments') {
      if (on('comment') && i >= n / 2) commentsFrom(i)
      continue
    }
    if (!on('teaser-list')) continue
    let first = true
    for (let j = next(i); j !== -1 && pending(j); ) {
      const text = texts[j] ?? ''
      const after = next(j)
      if (!teaserShaped(text)) {
        if (!listTitle(text)) break
        if (!first && after !== -1 && bodyShaped(texts[after] ?? '')) break
      }
      drop(j, 'teaser-list', `linked title under "${texts[i]}"`)
      first = false
      j = after
    }
  }

  // Captions first: the first line may be a photo caption rather than a headline.
  const captionRule = (line: Line): string | null => {
    const text = line.text
    if (text.length > o.captionMaxLength) return null
    for (const rule of CAPTION_RULES) {
      if (on(rule.rule) && rule.pattern.some((pattern) => matchLine(pattern, line))) return rule.rule
    }
    if (
      on('caption-date-place') &&
      ENDS_WITH_YEAR.test(text) &&
      PLACE_AND_FULL_DATE.test(text) &&
      CAPTION_VERBS.test(line.lower)
    ) {
      return 'caption-date-place'
    }
    return null
  }
  for (let i = 0; i < n; i++) {
    if (!pending(i)) continue
    const line = lines[i]!
    const rule = captionRule(line)
    if (!rule) continue
    // The credit closing a caption is set apart: the description is report,
    // the credit is not.
    const credit = on('photo-credit') ? creditTail(line) : null
    fate[i] = credit
      ? {
          is: 'kept',
          kind: 'caption',
          rule,
          text: line.text.slice(0, credit.start),
          aside: {
            text: line.text.slice(credit.start).trim(),
            reason: 'photo credit of a caption',
            rule: 'photo-credit',
          },
        }
      : { is: 'kept', kind: 'caption', rule, text: line.text }
  }

  // Bylines with a lead-in ("By …") may stand anywhere.
  const authors: string[] = []
  const takeByline = (i: number, bare: boolean): boolean => {
    const byline = on('byline') ? readByline(texts[i] ?? '', o.bylineMaxLength, bare, isDateOrTime) : null
    if (!byline) return false
    fate[i] = { is: 'byline', authors: byline.authors }
    for (const name of byline.authors) if (!authors.includes(name)) authors.push(name)
    return true
  }
  for (let i = 0; i < n; i++) if (pending(i)) takeByline(i, false)

  // Top of the page: section labels and breadcrumbs, then the headline.
  let contentSeen = 0
  let titleIndex = -1
  for (let i = next(-1); i !== -1 && contentSeen < o.topWindow; i = next(i)) {
    contentSeen++
    if (!pending(i)) continue
    const text = texts[i] ?? ''
    if (next(i) === -1) break
    if (on('kicker') && KICKER.test(text.toLowerCase())) {
      drop(i, 'kicker', 'section label above the headline')
      continue
    }
    if (on('breadcrumb') && isBreadcrumb(text)) {
      drop(i, 'breadcrumb', 'breadcrumb trail')
      continue
    }
    if (on('title') && titleShaped(text)) {
      titleIndex = i
      fate[i] = { is: 'title' }
    }
    break
  }
  const title = titleIndex === -1 ? null : (texts[titleIndex] ?? null)

  if (titleIndex !== -1) {
    // A byline without a lead-in ("Jane Doe, Daily News") only right under
    // the headline: before the first sentence (a standfirst without a stop
    // may come first), and at most three lines down.
    let seen = 0
    for (let i = next(titleIndex); i !== -1 && seen < 3; i = next(i), seen++) {
      if (SENTENCE_END.test(texts[i] ?? '')) break
      if (pending(i)) takeByline(i, true)
    }
    // The headline repeated in the body (a scrape that caught it twice).
    const key = keyOf(titleIndex)
    if (on('duplicate-title') && key !== '') {
      for (let i = titleIndex + 1; i < n; i++) {
        if (pending(i) && keyOf(i) === key) drop(i, 'duplicate-title', 'headline repeated')
      }
    }
  }

  // Does this document close its paragraphs with a stop at all? If not, a
  // missing stop says nothing (no unpunctuated standfirst, no cut-off
  // teaser). Long lines only, without the trailing run of unclosed lines
  // (the teasers, if any).
  const long: number[] = []
  for (let i = 0; i < n; i++) if (pending(i) && (texts[i] ?? '').length >= o.truncatedMinLength) long.push(i)
  let bodyEnd = long.length
  while (bodyEnd > 0 && !SENTENCE_END.test(texts[long[bodyEnd - 1]!] ?? '')) bodyEnd--
  let unclosed = 0
  for (let k = 0; k < bodyEnd; k++) if (!SENTENCE_END.test(texts[long[k]!] ?? '')) unclosed++
  const punctuated = bodyEnd > 0 && unclosed / bodyEnd <= o.unpunctuatedMaxShare

  // Datelines are read lazily: the standfirst rule needs one too.
  const datelines = new Map<number, Dateline | null>()
  const datelineAt = (i: number): Dateline | null => {
    if (!datelines.has(i)) datelines.set(i, readDateline(texts[i] ?? ''))
    return datelines.get(i) ?? null
  }

  // Standfirst: the unit under the headline, when its position in the page
  // says so (it is repeated in the body, a byline or a dateline comes after
  // it) or its shape does (a long line with no closing stop).
  if (titleIndex !== -1) {
    let s = next(titleIndex)
    while (s !== -1 && !pending(s) && fate[s]?.is !== 'dropped') s = next(s)
    const text = s === -1 ? '' : (texts[s] ?? '')
    const after = s === -1 ? -1 : next(s)
    if (s !== -1 && pending(s) && after !== -1 && text.length <= o.standfirstMaxLength && !datelineAt(s)) {
      const key = keyOf(s)
      let rule: string | null = null
      let repeated = false
      for (let j = s + 1; j < n && !repeated; j++) repeated = !dropped(j) && keyOf(j) === key
      if (repeated && key.length >= o.duplicateMinLength) rule = 'standfirst-repeated'
      else if (fate[after]?.is === 'byline') rule = 'standfirst-before-byline'
      else if (pending(after) && datelineAt(after)) rule = 'standfirst-before-dateline'
      else if (punctuated && !SENTENCE_END.test(text) && wordCount(text) > o.headingMaxWords)
        rule = 'standfirst-unpunctuated'
      if (rule && on(rule)) fate[s] = { is: 'kept', kind: 'standfirst', rule, text }
    }
  }

  // The dateline: the first of the early body paragraphs that opens with one.
  let dateline: Dateline | undefined
  let paragraphsSeen = 0
  for (let i = next(titleIndex); i !== -1 && paragraphsSeen < o.datelineWindow; i = next(i)) {
    if (!pending(i)) continue
    paragraphsSeen++
    const found = datelineAt(i)
    if (found) {
      dateline = found
      break
    }
  }

  markTeasers(
    texts,
    read.map((entry) => entry.tokens),
    fate,
    o,
    on,
    punctuated,
  )

  // What is left: list items, quotes, section headings, paragraphs.
  for (let i = 0; i < n; i++) {
    if (!pending(i)) continue
    const text = texts[i] ?? ''
    if (BULLET.test(text)) {
      fate[i] = { is: 'kept', kind: 'list-item', rule: 'list-bullet', text: text.replace(BULLET, '') }
    } else if (NUMBERED_ITEM.test(text)) {
      fate[i] = { is: 'kept', kind: 'list-item', rule: 'list-numbered', text }
    } else if (QUOTE_MARKER.test(text)) {
      fate[i] = {
        is: 'kept',
        kind: 'blockquote',
        rule: 'blockquote-marker',
        text: text.replace(QUOTE_MARKER, ''),
      }
    } else if (on('heading') && headingShaped(text) && headingFollowedByBody(i)) {
      fate[i] = { is: 'kept', kind: 'heading', rule: 'heading', text }
    } else {
      fate[i] = { is: 'kept', kind: 'paragraph', rule: 'paragraph', text }
    }
  }

  /** A heading needs body text under it (captions and one sub-heading may come between). */
  function headingFollowedByBody(i: number): boolean {
    let headings = 0
    for (let j = next(i); j !== -1; j = next(j)) {
      const f = fate[j]
      const text = texts[j] ?? ''
      if (f?.is === 'kept' && f.kind === 'caption') continue
      if (f?.is !== 'pending' && !(f?.is === 'kept' && f.kind === 'standfirst')) return false
      if (bodyShaped(text)) return true
      if (!headingShaped(text) || ++headings > 1) return false
    }
    return false
  }

  // Repeated blocks, kept once.
  const keptIndex: number[] = []
  const drafts: TextBlock[] = []
  fate.forEach((f, i) => {
    if (f.is !== 'kept') return
    keptIndex.push(i)
    drafts.push({ kind: f.kind, text: f.text, rule: f.rule })
  })
  if (on('duplicate-paragraph')) {
    const deduped = dedupeBlocks(drafts, {
      minLength: o.duplicateMinLength,
      keys: keptIndex.map((i) => keyOf(i)),
    })
    deduped.dropped.forEach((draftIndex, k) => {
      const i = keptIndex[draftIndex]!
      // The whole line, as read (a caption's credit, a bullet included).
      fate[i] = { is: 'dropped', removed: { ...deduped.removed[k]!, text: texts[i] ?? '' } }
    })
  }

  const blocks: TextBlock[] = []
  const removed: Removed[] = []
  fate.forEach((f, i) => {
    if (f.is === 'kept') {
      blocks.push({ kind: f.kind, text: f.text, rule: f.rule })
      if (f.aside) removed.push(f.aside)
    } else if (f.is === 'dropped') removed.push(f.removed)
    else if (f.is === 'byline') {
      const names = f.authors.length > 0 ? `: ${f.authors.join(', ')}` : ''
      removed.push({ text: texts[i] ?? '', reason: `byline${names}`, rule: 'byline' })
    }
  })
  return dateline ? { title, authors, dateline, blocks, removed } : { title, authors, blocks, removed }
}

/**
 * Mark related-article teasers. Each pending line gets form signals (cut off
 * mid-word or mid-sentence, a closing ellipsis, a title and description glued
 * together) and an off-topic signal (few of its words occur in the rest of
 * the document). A single signal is never enough:
 *
 * - in the tail (scanning back from the end, past junk), a line with two form
 *   signals, or one form signal and either the off-topic signal or a
 *   neighbour that is cut off to a similar length, is a teaser;
 * - elsewhere, it takes two form signals and the off-topic signal, or one
 *   form signal, a similar-length cut-off neighbour and the off-topic signal.
 */
function markTeasers(
  texts: readonly string[],
  tokens: readonly (readonly string[])[],
  fate: Fate[],
  o: Settings,
  on: (rule: string) => boolean,
  cutIsEvidence: boolean,
): void {
  const n = texts.length
  const candidates: number[] = []
  for (let i = 0; i < n; i++) if (fate[i]?.is === 'pending') candidates.push(i)
  if (candidates.length === 0) return

  const signals = new Map<number, TeaserSignals>()
  let suspects = 0
  for (const i of candidates) {
    const text = texts[i] ?? ''
    const last = text.at(-1) ?? ''
    const unclosed = cutIsEvidence && text.length >= o.truncatedMinLength && CUT_OFF_CHAR.test(last)
    const midSentence = on('teaser-truncated') && unclosed && (last === ',' || last === ';')
    const ellipsis = on('teaser-truncated') && ELLIPSIS_END.test(text)
    const concatenated = on('teaser-concatenated') && CONCATENATED.test(text)
    const signal: TeaserSignals = {
      unclosed,
      fragment: false,
      midSentence,
      ellipsis,
      concatenated,
      overlap: null,
      offTopic: false,
      run: false,
    }
    signals.set(i, signal)
    if (unclosed || ellipsis || concatenated) suspects++
  }
  // No line has the form of a teaser: nothing can be removed, so skip the
  // vocabulary (the common case, and the costly part).
  if (suspects === 0) return

  // The document's words: token counts over every kept line (for the
  // fragment test) and content words of every line but the suspects (for
  // the off-topic test).
  const counts = new Map<string, number>()
  const words = new Map<number, Set<string>>()
  const vocabulary = new Vocabulary()
  for (let i = 0; i < n; i++) {
    const f = fate[i]
    if (f?.is === 'dropped' || f?.is === 'byline') continue
    for (const token of tokens[i] ?? []) counts.set(token, (counts.get(token) ?? 0) + 1)
    const set = contentWords(tokens[i] ?? [])
    words.set(i, set)
    const s = signals.get(i)
    if (!s || !(s.unclosed || s.ellipsis || s.concatenated)) vocabulary.add(set)
  }
  for (const [i, signal] of signals) {
    if (!(signal.unclosed || signal.ellipsis || signal.concatenated)) continue // never removed
    signal.fragment = on('teaser-truncated') && signal.unclosed && endsInFragment(i)
    const set = words.get(i) ?? new Set<string>()
    signal.overlap = vocabulary.overlap(set, false)
    signal.offTopic =
      on('teaser-off-topic') &&
      set.size >= o.offTopicMinWords &&
      signal.overlap !== null &&
      signal.overlap < o.offTopicMaxOverlap
  }
  // Runs: neighbouring candidates, both unclosed or elided, of similar length.
  for (let k = 0; k + 1 < candidates.length; k++) {
    const a = candidates[k]!
    const b = candidates[k + 1]!
    const sa = signals.get(a)
    const sb = signals.get(b)
    if (!sa || !sb || !(sa.unclosed || sa.ellipsis) || !(sb.unclosed || sb.ellipsis)) continue
    const la = (texts[a] ?? '').length
    const lb = (texts[b] ?? '').length
    if (on('teaser-run') && Math.abs(la - lb) <= o.teaserRunTolerance * Math.max(la, lb)) {
      sa.run = true
      sb.run = true
    }
  }

  /**
   * The line ends in a piece of a word: a lower-case last word that is no
   * common short word and occurs nowhere else in the document ("…over the
   * West fa"). A complete word usually recurs or is a function word; a proper
   * noun ("…– Chicago") is capitalised. Not tried before an ellipsis: a
   * preview elides after whole words as often as not.
   */
  function endsInFragment(i: number): boolean {
    const list = tokens[i] ?? []
    const token = list[list.length - 1]
    const match = LAST_WORD.exec(texts[i] ?? '')
    if (!token || !match || match[1] === undefined) return false
    const word = match[1]
    if (word.charAt(0) === word.charAt(0).toUpperCase() || word.toLowerCase() !== token) return false
    if (SHORT_WORDS.has(token) || STOPWORDS.has(token)) return false
    let own = 0
    for (const t of list) if (t === token) own++
    return (counts.get(token) ?? 0) <= own
  }

  const verdict = (i: number, inTail: boolean): Removed | null => {
    const s = signals.get(i)
    if (!s) return null
    // A word cut in two, a sentence cut at a comma, a title glued to its
    // description: strong signs. A run of same-length lines, a closing
    // ellipsis (a paywall preview ends so too) and an off-topic vocabulary
    // (real closing paragraphs often drift): weak ones, which only count
    // with a strong one.
    const strong = Number(s.fragment) + Number(s.midSentence) + Number(s.concatenated)
    const teaserLike = strong >= 2 || (strong === 1 && (s.run || s.ellipsis))
    if (!teaserLike || (!inTail && !s.offTopic)) return null
    const why: string[] = []
    if (s.fragment) why.push('cut off mid-word')
    if (s.midSentence) why.push('cut off mid-sentence')
    if (s.ellipsis) why.push('ends in an ellipsis')
    if (s.concatenated) why.push('title and description run together')
    if (s.run) why.push('one of a run of lines cut to the same length')
    if (s.offTopic)
      why.push(`off-topic (${Math.round((s.overlap ?? 0) * 100)}% of its words occur elsewhere)`)
    const rule = s.fragment || s.midSentence || s.ellipsis ? 'teaser-truncated' : 'teaser-concatenated'
    return { text: texts[i] ?? '', reason: `related-article teaser: ${why.join('; ')}`, rule }
  }

  // The tail: scan back from the end past junk while lines are teasers.
  const inTail = new Set<number>()
  for (let i = n - 1; i >= 0; i--) {
    const f = fate[i]
    if (f?.is === 'dropped') continue
    if (f?.is !== 'pending') break
    const removed = verdict(i, true)
    if (!removed) break
    fate[i] = { is: 'dropped', removed }
    inTail.add(i)
  }
  for (const i of candidates) {
    if (inTail.has(i) || fate[i]?.is !== 'pending') continue
    const removed = verdict(i, false)
    if (removed) fate[i] = { is: 'dropped', removed }
  }
}
