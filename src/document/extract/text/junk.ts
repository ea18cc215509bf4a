/**
 * Line-level page junk: a line judged on its own words (cross-links,
 * prompts, credits, stamps), before any structural reading.
 */
import type { Removed } from '../../../model/index.js'
import { readAuthorBio } from './bio.js'
import type { Settings } from './options.js'
import { LETTER_OR_DIGIT, wordCount } from './shape.js'
import {
  BREADCRUMB_HOME,
  BREADCRUMB_SEPARATOR,
  CREDIT_GLUE,
  CROSS_LINK_HEADER,
  DATE_WORDS,
  JUNK_RULES,
  KICKER,
  type Line,
  MONTHS,
  matchLine,
  NAME_PARTICLES,
  PAGE_META_LABEL,
  PLACE_PARTICLES,
  VIEW_COUNTER,
} from './tables.js'

/** A junk line, and what kind of list it heads, if any. */
export interface Junk {
  removed: Removed
  /** The line heads a list of links or a comment list. */
  opens?: 'links' | 'comments'
}

const NAME_WORD = /[\p{L}][\p{L}\p{M}'’.-]*/gu
/** A token of a date stamp: a number, a clock time, a date in digits. */
const DATE_NUMBER = /^\d{1,4}(?:[.:/-]\d{1,4})*(?:am|pm|h|st|nd|rd|th)?\.?$/u
/** A date in digits: `18.06.2025`, `6/18/25`, `2025-06-18`. */
const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})\.?$/
/** A time zone or UTC offset in a date stamp (`JST`, `GMT+9`, `+09:00`). */
const TIME_ZONE = /^(?:\p{Lu}{2,5}|(?:GMT|UTC)[+-]?\d{0,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})$/u
/** A clock time, with an optional zone (`10:42`, `9.30 a.m. EST`). */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu
/** A date stamp is short: a weekday, a date, a time and a zone. */
const DATE_STAMP_MAX_LENGTH = 80
/** Splits a date stamp into tokens; a slash between two digits is inside a date (`15/07/2026`), not between tokens. */
const DATE_STAMP_SPLIT = /(?:[\s,|·•()]|\/(?!\d)|(?<!\d)\/)+/u
/** A dash standing between the parts of a stamp ("15/07/2026 - 08:12"). */
const STAMP_DASH = /^[-–—]$/u
/**
 * A relative stamp of when the page was published or updated ("Updated 2
 * hours ago", "Posted 35 min ago", "3 days ago"): page meta, but no date.
 */
export const RELATIVE_STAMP =
  /^(?:(?:published|updated|last updated|posted|modified)\s*:?\s+)?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?)\.?\s+ago$/iu
const DIGIT = /\d/
/** A comments header that heads the comment list itself ("Comments (2)", "Show comments"). */
const COMMENT_LIST_HEADER = /\d|^(?:show|view|load|read|join|sign in|log in)\b/

/**
 * Judge one line on its words.
 *
 * @param line The line.
 * @param top Whether it is among the first lines (an unlabelled date counts only there).
 * @param o Thresholds.
 * @param on Whether a rule applies.
 * @returns The removal, or `null` for a line to keep reading.
 */
export function junkOf(line: Line, top: boolean, o: Settings, on: (rule: string) => boolean): Junk | null {
  const text = line.text
  const junk = (rule: string, reason: string, opens?: Junk['opens']): Junk | null =>
    on(rule) ? { removed: { text, reason, rule }, ...(opens ? { opens } : {}) } : null
  // A line that opens by describing the writer and goes on with a prompt ("Follow her on …",
  // "Send story tips to …") is the author's bio, wherever it stands.
  const bioOr = (rule: string, reason: string): Junk | null =>
    on('author-bio') && readAuthorBio(text) !== null
      ? junk('author-bio', `the author's bio, with a ${reason}`)
      : junk(rule, reason)
  if (!LETTER_OR_DIGIT.test(text)) return junk('separator', 'line without letters or digits')
  if (text.length <= o.junkMaxLength && CROSS_LINK_HEADER.test(line.lower)) {
    const header = junk('cross-link', 'heading of a list of cross-links', 'links')
    if (header) return header
  }
  for (const rule of JUNK_RULES) {
    if (!on(rule.rule) || text.length > (rule.maxLength ?? o.junkMaxLength)) continue
    const patterns = Array.isArray(rule.pattern) ? rule.pattern : [rule.pattern as RegExp]
    for (const pattern of patterns) {
      const match = matchLine(pattern, line)
      if (!match) continue
      if (rule.tail === 'names' && !namesOnly(text.slice(match.index + match[0].length))) continue
      if (rule.test && !rule.test(line)) continue
      // A counted or interactive comments header opens the comment list; a
      // bare "Comments" may be the report's own heading.
      const opens =
        rule.rule === 'comments-prompt' && COMMENT_LIST_HEADER.test(line.lower) ? 'comments' : undefined
      return opens ? junk(rule.rule, rule.reason, opens) : bioOr(rule.rule, rule.reason)
    }
  }
  if (text.length <= o.junkMaxLength) {
    const label = PAGE_META_LABEL.exec(line.lower)
    if (label && isDateStamp(text.slice(label[0].length)))
      return junk('page-meta', 'publication/update stamp')
    // An unlabelled date only near the top: lower down it may be the
    // report's own ("29 November 2018 | 20 January 2019", an exhibition's run).
    if (top && isDateStamp(text)) return junk('page-meta', 'date stamp')
    const meta = top ? dateMetaLine(text) : null
    if (meta) return junk('page-meta', meta)
  }
  return null
}

/** Separators between the parts of a meta line: a bar, a bullet, a middle dot. */
const META_PART_SPLIT = /\s*\|\s*|\s+[·•]\s+/u
/** Most parts in a meta line (a date, a time, a section, a counter or two). */
const META_MAX_PARTS = 5
/**
 * A section label as a part of a meta line: one capitalised word ("Economy",
 * "Sport"), or two or three joined by "&" or "and" ("Business & Finance"), or
 * a listed section label ("Middle East"). Two bare capitalised words may be a
 * writer's name, which is a byline's business.
 */
const SECTION_PART = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]*)?$/u

/**
 * A date line that carries page meta beside the date, near the top:
 * "17.09.2026, 09:40 | Economy | Views: 2,361". Its parts (split at bars and
 * bullets) are one date stamp ({@link isDateStamp}) and, besides it, only
 * section labels and counters of views, reads or shares. The extract stage
 * reads the publication date from the line; the section and the counter go
 * with it.
 *
 * @returns The reason (what the line holds), or `null`.
 */
export function dateMetaLine(text: string): string | null {
  if (text.length > DATE_STAMP_MAX_LENGTH) return null
  const parts = text.split(META_PART_SPLIT).filter((part) => part !== '')
  if (parts.length < 2 || parts.length > META_MAX_PARTS) return null
  let dates = 0
  const also = new Set<string>()
  for (const part of parts) {
    if (isDateStamp(part)) dates++
    else if (CLOCK_TIME.test(part)) also.add('a time')
    else if (VIEW_COUNTER.test(part.toLowerCase())) also.add('a view counter')
    else if (SECTION_PART.test(part) || KICKER.test(part.toLowerCase())) also.add('a section label')
    else return null
  }
  if (dates !== 1 || also.size === 0) return null
  return `date stamp with ${[...also].join(' and ')}`
}

/**
 * The rest of a credit line is names and credit glue only ("Jane Doe in
 * Lisbon; Editing by Ali Khan"), or a single word (an agency written in
 * lower case: "Mit Material von dpa"). A place's own particle counts as a
 * name's between two capitalised words ("… in Frankfurt am Main").
 */
function namesOnly(tail: string): boolean {
  const words = [...tail.matchAll(NAME_WORD)].map((match) => match[0])
  if (words.length === 1) return true
  const capitalised = (word: string | undefined) =>
    word !== undefined && word.charAt(0) !== word.charAt(0).toLowerCase()
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!
    const lower = word.toLowerCase()
    if (capitalised(word)) continue
    if (CREDIT_GLUE.has(lower) || NAME_PARTICLES.has(lower)) continue
    if (PLACE_PARTICLES.has(lower) && capitalised(words[k - 1]) && capitalised(words[k + 1])) continue
    return false
  }
  return true
}

/**
 * A line made only of date and time words, numbers and a time zone, that
 * names a date: a month and a number, or a date in digits. A bare clock time
 * ("4:14 p.m.", a live blog's entry header) or a phone number is not one.
 */
export function isDateStamp(text: string): boolean {
  if (text.length > DATE_STAMP_MAX_LENGTH || !DIGIT.test(text)) return false
  const tokens = text.split(DATE_STAMP_SPLIT).filter((token) => token !== '')
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
    if (STAMP_DASH.test(token)) continue
    const word = lower.replace(/[.:]+$/, '')
    if (MONTHS.has(word)) month = true
    if (word === '' || DATE_WORDS.has(word) || TIME_ZONE.test(token)) continue
    return false
  }
  return numericDate || (month && number)
}

/**
 * A date, a clock time or a relative stamp (`4 March 2025`, `10:42 GMT`,
 * `Updated 2 hours ago`): a byline part that is not a name.
 */
export function isDateOrTime(text: string): boolean {
  const trimmed = text.trim()
  return isDateStamp(trimmed) || CLOCK_TIME.test(trimmed) || RELATIVE_STAMP.test(trimmed)
}

/** A breadcrumb trail: short crumbs, two separators or more (or one after "Home"). */
export function isBreadcrumb(text: string): boolean {
  const crumbs = text.split(BREADCRUMB_SEPARATOR)
  if (crumbs.length < 2 || crumbs.some((crumb) => crumb === '' || wordCount(crumb) > 4)) return false
  return crumbs.length >= 3 || BREADCRUMB_HOME.test((crumbs[0] ?? '').toLowerCase())
}
