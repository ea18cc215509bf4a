/**
 * Read a byline line ("By Jane Doe and Ali Khan", "Jane Doe, Lisbon
 * correspondent | Daily News") into the names of its authors.
 */
import {
  BYLINE_PREFIX,
  BYLINE_ROLE_WORDS,
  BYLINE_SPLIT,
  BYLINE_STAFF,
  NAME_PARTICLES,
  OUTLET_WORDS,
  STOPWORDS,
} from './tables.js'

/** What a part of a byline is. */
type Part = 'person' | 'outlet' | 'role' | 'date' | 'other'

/** A byline read from a line. */
export interface Byline {
  /** Person names, in order, all-capital names put in title case. */
  authors: string[]
  /** Whether the line opened with a lead-in ("By", "Von", …). */
  prefixed: boolean
}

const DIGIT = /\d/
/**
 * A reading time riding on a byline ("4 min read", "5-minute read", "Reading
 * time: 3 minutes"): a stamp of the page, like a date.
 */
const READ_TIME =
  /^(?:\d{1,3}[\s-]*(?:min|mins|minutes?)\.?\s+read|(?:reading time|read time)\s*[:：]?\s*\d{1,3}[\s-]*(?:min|mins|minutes?)\.?)$/iu
/** "our" (and "own") opening a desk credit: "By our Lisbon staff", "By our own correspondent". */
const OUR_DESK = /^our\s+(?:own\s+)?(?=\S)/iu
/** An outlet's name written with a number in it (`Metro24`, `9News`): only beside a desk word. */
const BRAND_WITH_DIGITS = /^(?:\p{Lu}[\p{L}&]*\d{1,4}|\d{1,4}\p{Lu}[\p{L}&]*)$/u
/**
 * A date or time, a separator, then a lead-in: "15/07/2026 - 08:12 | By Jane
 * Doe". The separators the date may end on (a bar, a bullet, a spaced dash).
 */
const LEAD_IN_AFTER =
  /(?:\s*[|·•]\s*|\s+[-–—]\s+)(?=(?:by|von|par|por|di|door|written by|reported by|words by|story by|posted by)\s)/giu
/** The parts of a date head before a lead-in ("Friday, 28 March 2025 - 08:12"). */
const HEAD_SPLIT = /\s*[|·•]\s*|\s+[-–—]\s+/u
/** "Jane Doe in Lisbon": the place after the name is not part of it. */
const IN_PLACE = /^(.+?)\s+(?:in|aus|à|en|a|from)\s+\p{Lu}[\p{L}.'’ -]*$/u
/** A capitalised name word: `Jane`, `O'Neil`, `J.`, `Jean-Luc`, `al-Sayed`. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'’-]*)$/u
/** An acronym (an agency's short name): two to six capitals. */
const ACRONYM = /^\p{Lu}{2,6}$/u
const ALL_CAPS_WORD = /^[\p{Lu}\p{M}'’.-]+$/u
/** Lower-case glue inside a job title or an outlet's name. */
const TITLE_GLUE: ReadonlySet<string> = new Set('to the of for and at on'.split(' '))

/**
 * Capitalised function words that make a phrase, not a name ("The Russian
 * and Syrian defence ministries", "About Me", "By Any Means Necessary"),
 * besides the stopwords.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  'a an me us our my your we they he she it i in on at as'.split(' '),
)

/** Put an all-capital name in title case (`JANE O'NEIL` → `Jane O'Neil`), keeping initials. */
function titleCase(name: string): string {
  return name.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
}

/**
 * What one part of a byline is.
 *
 * @param part The part.
 * @param isDate Whether a part holding digits is a date or time.
 * @param prefixed Whether the line opened with "By": then a name's last word may be a
 *   capitalised stopword, as surnames are ("By Rosa Will", "By Tomas May").
 */
function classify(
  part: string,
  isDate: (text: string) => boolean,
  prefixed: boolean,
): { kind: Part; name?: string } {
  if (READ_TIME.test(part)) return { kind: 'date' }
  if (DIGIT.test(part)) return isDate(part) ? { kind: 'date' } : deskWithDigits(part)
  const inPlace = IN_PLACE.exec(part)
  const core = inPlace?.[1] ?? part
  // "our Lisbon staff", "our own correspondent": the outlet's desk, when a job word follows.
  const own = OUR_DESK.exec(core)
  const words = (own ? core.slice(own[0].length) : core).split(/\s+/)
  const lower = words.map((word) => word.toLowerCase())
  // A job title or an outlet is capitalised too, but for job words and glue
  // ("Lisbon correspondent", "Special to the Daily News"); "Staff shortages"
  // is a heading.
  const titled = words.every(
    (word, k) =>
      NAME_WORD.test(word) ||
      BYLINE_ROLE_WORDS.has(lower[k] ?? '') ||
      NAME_PARTICLES.has(lower[k] ?? '') ||
      TITLE_GLUE.has(lower[k] ?? ''),
  )
  if (titled && lower.some((word) => BYLINE_ROLE_WORDS.has(word))) return { kind: 'role' }
  if (own) return { kind: 'other' }
  if (titled && lower.some((word) => OUTLET_WORDS.has(word))) return { kind: 'outlet' }
  const capitalised = words.filter((word) => NAME_WORD.test(word)).length
  const particles = words.filter((word) => NAME_PARTICLES.has(word)).length
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  if (capitalised + particles !== words.length) return { kind: 'other' }
  const surnameAt = prefixed && words.length >= 2 ? words.length - 1 : -1
  const phrase = lower.some(
    (word, k) =>
      !NAME_PARTICLES.has(word) &&
      (NOT_NAME_WORDS.has(word) || (STOPWORDS.has(word) && !(k === surnameAt && word.length >= 3))),
  )
  if (!phrase && words.length >= 2 && words.length <= 5 && NAME_WORD.test(first) && NAME_WORD.test(last)) {
    const name = words.every((word) => ALL_CAPS_WORD.test(word)) ? titleCase(core) : core
    return { kind: 'person', name }
  }
  if (words.length <= 4) return { kind: 'outlet' }
  return { kind: 'other' }
}

/**
 * A part with digits that is no date: an outlet's name with a number in it
 * and a desk word ("Metro24 Editorial", "9News Staff") is the outlet's desk;
 * anything else with digits ("1 cup blueberries") is not a byline part.
 */
function deskWithDigits(part: string): { kind: Part } {
  const words = part.split(/\s+/)
  const lower = words.map((word) => word.toLowerCase())
  const shaped = words.every(
    (word, k) =>
      NAME_WORD.test(word) ||
      BRAND_WITH_DIGITS.test(word) ||
      BYLINE_ROLE_WORDS.has(lower[k] ?? '') ||
      TITLE_GLUE.has(lower[k] ?? ''),
  )
  if (!shaped || !words.some((word) => BRAND_WITH_DIGITS.test(word))) return { kind: 'other' }
  if (lower.some((word) => BYLINE_ROLE_WORDS.has(word))) return { kind: 'role' }
  if (lower.some((word) => OUTLET_WORDS.has(word))) return { kind: 'outlet' }
  return { kind: 'other' }
}

/**
 * A date head before the lead-in ("15/07/2026 - 08:12 | By …"): where the
 * lead-in starts and how many dates and times come before it, or `null`.
 */
function dateHead(line: string, isDate: (text: string) => boolean): { at: number; dates: number } | null {
  LEAD_IN_AFTER.lastIndex = 0
  for (let match = LEAD_IN_AFTER.exec(line); match; match = LEAD_IN_AFTER.exec(line)) {
    const head = line.slice(0, match.index).trim()
    if (head === '') continue
    const parts = isDate(head) ? [head] : head.split(HEAD_SPLIT)
    if (parts.every((part) => part !== '' && isDate(part)))
      return { at: match.index + match[0].length, dates: parts.length }
  }
  return null
}

/**
 * Read `line` as a byline. With a lead-in ("By …") every part must be a name,
 * an outlet, a job description or a date, and there must be a name or a
 * recognisable outlet (an acronym, a word such as "Staff"); without a lead-in
 * (`bare`), there must also be at least two parts, one of them a name
 * ("Jane Doe, Daily News"), since a lone name may be a heading.
 *
 * @param line Whitespace-collapsed line.
 * @param maxLength Longer lines are not bylines.
 * @param bare Whether a line without a lead-in may be a byline.
 * @param isDate Whether a part holding digits is a date or time (`4 March 2025`); other parts with digits
 *   ("1 cup blueberries") make the line not a byline.
 * @returns The byline, or `null` when the line is not one.
 */
export function readByline(
  line: string,
  maxLength: number,
  bare: boolean,
  isDate: (text: string) => boolean,
): Byline | null {
  if (line.length > maxLength || line.length === 0) return null
  let prefix = BYLINE_PREFIX.exec(line.toLowerCase())
  // "15/07/2026 - 08:12 | By Jane Doe": a date stamp before the lead-in.
  const head = prefix ? null : dateHead(line, isDate)
  const body = head ? line.slice(head.at) : line
  if (head) prefix = BYLINE_PREFIX.exec(body.toLowerCase())
  if (!prefix && !bare) return null
  const rest = (prefix ? body.slice(prefix[0].length) : body).replace(/[.;:]$/, '')
  const parts = rest
    .split(BYLINE_SPLIT)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.length === 0) return null
  const authors: string[] = []
  let outlets = 0
  let dates = head?.dates ?? 0
  let strongOutlet = false
  for (const part of parts) {
    const { kind, name } = classify(part, isDate, prefix !== null)
    if (kind === 'other') return null
    if (kind === 'date') dates++
    // A header without "By" reads "date | outlet | section": a name-shaped
    // part after the outlet is the section ("South Asia"), not an author.
    if (!prefix && kind === 'person' && outlets > 0) continue
    if (kind === 'person' && name) {
      if (!authors.includes(name)) authors.push(name)
    } else if (kind === 'outlet' || kind === 'role') {
      outlets++
      if (kind === 'role' || ACRONYM.test(part)) strongOutlet = true
    }
  }
  if (prefix) {
    if (authors.length === 0 && !(outlets > 0 && strongOutlet)) return null
    // "By Jane Doe" is a byline; "By Friday" (one capitalised word) is not.
    if (authors.length === 0 && parts.length === 1 && !strongOutlet) return null
  } else if (authors.length === 0 && dates > 0 && outlets > 0) {
    // "date | outlet | section": a header line, nameless but no body text.
  } else if (authors.length === 0 ? !BYLINE_STAFF.test(line) : parts.length < 2) {
    // A bare line needs a name and something else ("Jane Doe, Daily News"),
    // or, nameless, a staff credit ("Staff Correspondent, Gazipur").
    return null
  }
  return { authors, prefixed: prefix !== null }
}
