/**
 * Which time expressions date an event. Used by the story date (each lead's
 * vote) and by the date contradictions.
 */
import type { Span, TimeExpression } from '../../model/index.js'

/**
 * Time expressions that measure a span rather than date an event ("within
 * 30 days", "for two years", "over the next week").
 */
export const DURATION =
  /^(?:within|for|over|during|throughout|up to|in the (?:next|past|coming)|(?:the )?(?:next|past|last|coming)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\b)|^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:hours?|days?|weeks?|months?|years?)$/i

/**
 * A clock time or a part of the day with no day ("11:30 p.m.", "night"): its
 * day is a guess (a fire at 11:30 p.m. reported the next day), so it dates nothing.
 */
export const CLOCK_ONLY =
  /^(?:at\s+)?(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs|GMT|UTC)?\)?$|^(?:the\s+|that\s+)?(?:morning|afternoon|evening|night|overnight|dawn|noon|midnight)$/i

/**
 * Whether `t` dates an event: resolved to a day (or an instant), in the
 * reporter's own words (a "today" inside a quote is the speaker's day), not
 * a duration or a bare clock time, not an aside in parentheses ("22:12 GMT on Saturday").
 *
 * @param text Article text.
 * @param t The expression.
 * @param from Start of the sentence or clause holding it (parentheses are counted from there).
 * @param quotes The article's quote spans.
 */
export function datesEvent(text: string, t: TimeExpression, from: number, quotes: readonly Span[]): boolean {
  if (!t.value || (t.grain !== 'day' && t.grain !== 'instant')) return false
  if (!agreesWithWords(t)) return false
  if (DURATION.test(t.text.trim()) || CLOCK_ONLY.test(t.text.trim())) return false
  if (quotes.some((q) => t.start >= q.start && t.end <= q.end)) return false
  const before = text.slice(from, t.start)
  return (before.match(/\(/g)?.length ?? 0) <= (before.match(/\)/g)?.length ?? 0)
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const
/** A month name (or its abbreviation), capitalised as written in English. */
const MONTH_NAME =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b\.?/
/** A weekday name (or its abbreviation), capitalised. */
const WEEKDAY_NAME = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(?:day|sday|s|nesday|rsday|rs|urday)?\b\.?/

/**
 * The weekday and the day of the month a time expression writes, when it
 * writes them ("Wednesday", "the night of 12 November", "Nov. 12"); `null`
 * for what it leaves out.
 */
export function writtenDay(text: string): {
  weekday: number | null
  month: number | null
  day: number | null
} {
  const wd = WEEKDAY_NAME.exec(text)?.[1]?.toLowerCase()
  const weekday = wd ? WEEKDAYS.findIndex((w) => w.startsWith(wd)) : -1
  const mn = MONTH_NAME.exec(text)
  const month = mn ? MONTHS.indexOf((mn[1] as string).toLowerCase() as (typeof MONTHS)[number]) : -1
  let day: number | null = null
  if (mn) {
    // "12 November", "November 12", "Nov. 12th": a one- or two-digit number next to the month.
    const around = text.slice(Math.max(0, (mn.index ?? 0) - 8), (mn.index ?? 0) + mn[0].length + 8)
    const d = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)/.exec(around.replace(/\b\d{4}\b/g, ''))?.[1]
    if (d !== undefined && Number(d) >= 1 && Number(d) <= 31) day = Number(d)
  }
  return { weekday: weekday >= 0 ? weekday : null, month: month >= 0 ? month + 1 : null, day }
}

/**
 * Whether a resolved day agrees with what its expression writes: a
 * "Wednesday" resolved to a Thursday, or "12 November" to the 13th, is a
 * resolution gone wrong, and dates nothing (neither a story's date nor a
 * contradiction rests on it).
 */
export function agreesWithWords(t: TimeExpression): boolean {
  if (!t.value || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) return true
  const { weekday, month, day } = writtenDay(t.text)
  const date = new Date(`${t.value.slice(0, 10)}T00:00:00Z`)
  if (weekday !== null && date.getUTCDay() !== weekday) return false
  if (month !== null && date.getUTCMonth() + 1 !== month) return false
  if (day !== null && date.getUTCDate() !== day) return false
  return true
}

/**
 * Verbs that report an event happening (it began, struck, was signed…). A
 * day next to one dates the event itself, not its aftermath ("rescuers on
 * Tuesday pulled…"). Forms are matched after lower-casing.
 */
export const ONSET_VERBS: ReadonlySet<string> = new Set([
  'began',
  'begun',
  'started',
  'broke',
  'erupted',
  'struck',
  'hit',
  'shook',
  'killed',
  'died',
  'swept',
  'engulfed',
  'exploded',
  'collapsed',
  'crashed',
  'capsized',
  'walked',
  'launched',
  'signed',
  'sealed',
  'inked',
  'held',
  'happened',
  'occurred',
  'took',
  'announced',
  'unveiled',
  'elected',
  'won',
  'voted',
  'lifted',
  'cut',
  'opened',
  'closed',
])

/**
 * Whether an event verb sits within `window` words of a time expression in
 * the same sentence ("the strike, which began on Tuesday").
 */
export function nearOnset(
  text: string,
  t: { start: number; end: number },
  sentence: { start: number; end: number },
  window = 5,
): boolean {
  const before = text
    .slice(sentence.start, t.start)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-window)
  const after = text
    .slice(t.end, sentence.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, window)
  return [...before, ...after].some((w) => ONSET_VERBS.has(w))
}
