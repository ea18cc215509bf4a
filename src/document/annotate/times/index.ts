/**
 * Time expressions resolved against a reference date (the publication date,
 * or later the story's date). chrono-node recognises them; the resolution of
 * everything that needs a reference follows news conventions rather than
 * chrono's (see README.md): a bare weekday is the latest such day on or
 * before the reference unless the clause is in the future, and a day without
 * a year takes the year that puts it nearest the reference on the side the
 * tense says.
 */
import * as chrono from 'chrono-node'
import type { Span, TimeExpression, TimeGrain } from '../../../model/index.js'
import type { Segmentation, Token } from '../../segment/index.js'
import { SPEECH_VERB_FORMS } from '../quotes/tables.js'
import { blockSpans, firstTokenAtOrAfter } from '../quotes/tokens.js'
import {
  ABBREVIATED_RELATIVE,
  BARE_PART_OF_DAY,
  CLAUSE_BREAKS,
  COMMON_WEEKDAY,
  COUNT_BEFORE,
  DEADLINE_PREPOSITIONS,
  DEADLINE_VERBS,
  DROP_ALWAYS,
  END_PREPOSITIONS,
  EXPECTATION_VERBS,
  FINITE_BLOCKERS,
  FORWARD_ACT_VERBS,
  FORWARD_PREPOSITIONS,
  FUTURE_MARKERS,
  FUTURE_NEEDS_TO,
  LEADING_PREPOSITION,
  NEGATED_PAST_MODALS,
  NEGATIONS,
  NOT_PAST_ED,
  OPEN_END_AFTER,
  OPEN_END_HEDGES,
  OPEN_MARKERS,
  PART_OF_DAY_OF,
  PART_OF_THE_YEAR,
  PAST_AFTER,
  PAST_MARKERS,
  PLAN_WORDS,
  PLURAL_SUBJECT_PRONOUNS,
  PRESENT_AUXILIARIES,
  PRESENT_BE,
  QUOTE_MARKS,
  RECURRING_BEFORE,
  RELATIVE_PRONOUNS,
  RESULT_NOUNS,
  STATE_NOUNS,
  STATE_PREPOSITIONS,
  SUSPENSION_VERBS,
  TEMPORAL_BEFORE,
  TIME_OF_DAY_MODIFIERS,
  UNREACHABLE,
  YEAR_LITERAL,
} from './tables.js'

/** What relative expressions are resolved against. */
export interface TimeReference {
  /** ISO 8601 date or date-time (`2024-11-01`, `2024-11-01T09:30:00+09:00`). */
  date: string
  /**
   * IANA zone (`Asia/Tokyo`) in which to read `date` when it is an instant
   * (optional; without it the date as written is used).
   */
  timezone?: string
}

/** Options for {@link resolveTimes}. */
export interface TimeOptions {
  /**
   * Anchor recorded on relative expressions that were resolved: `published`
   * (default) for the publication date; the story stage passes `story`.
   */
  anchor?: 'published' | 'document' | 'story'
  /** Tokens searched on each side of an expression for a tense marker. Default: `12`. */
  tenseWindow?: number
  /** Smallest bare four-digit number read as a year. Default: `1900`. */
  minYear?: number
  /** Largest bare four-digit number read as a year. Default: `2099`. */
  maxYear?: number
  /** Most words of the event in "days before the election" (event-relative, unresolved). Default: `6`. */
  maxEventWords?: number
  /**
   * What "last Friday" means: `'previous-week'` (default), the Friday of the
   * calendar week before the reference's (Monday first) — news says "on
   * Thursday" for the past few days and "last Thursday" for the week before;
   * `'most-recent'`, the latest Friday strictly before the reference.
   */
  lastWeekday?: 'previous-week' | 'most-recent'
  /**
   * Days a day without a year may lie on the wrong side of the reference for
   * its tense ("the Jan. 3 ruling" in a past clause of a report dated Jan. 2:
   * time zones and dates stamped before the event). Without this slack the
   * tense pushes it a year away. Default: `2`.
   */
  tenseSlackDays?: number
}

const DEFAULTS = {
  anchor: 'published' as const,
  tenseWindow: 12,
  minYear: 1900,
  maxYear: 2099,
  maxEventWords: 6,
  lastWeekday: 'previous-week' as const,
  tenseSlackDays: 2,
}

/** Reason recorded on relative expressions of an undated article. */
export const UNKNOWN_REFERENCE = 'relative to an unknown publication date'

/** Cheap test for a block that may hold a time expression; blocks without one skip chrono. */
const TIME_HINT =
  /\d|\b(?:today|tonight|yesterday|tomorrow|day|hour|week|month|year|ago|morning|afternoon|evening|night|noon|midnight|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)/i
/** A bare four-digit year, alone or in "mid-2025" (decades such as "1990s" are not years). */
const YEAR = /(?<![\d$€£¥.,/:])((?:mid|early|late)-)?(\d{4})(?![\d%]|,\d|\.\d|s\b|:\d)/g
/** "days before the election", "weeks after the vote": relative to an event, never to a date. */
const EVENT_RELATIVE =
  /\b((?:(?:a few|a couple of|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:hours|days|weeks|months|years)|a day|a week|a month|a year|hours|days|weeks|months)\s+(before|after|ahead of|prior to)\s+((?:the|a|an|his|her|their|its)\s+[^\n,.;:!?]+)/gi
/** Only paragraphs with one of these words can hold an event-relative phrase. */
const EVENT_HINT = /\b(?:before|after|ahead of|prior to|later|earlier)\b/i
/** "two days later", "a week earlier": counted from an event told elsewhere in the text. */
const LATER_EARLIER =
  /\b(?:a few|a couple of|several|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier)\b/gi
const SLASH_DATE_TAG = 'parser/SlashDateFormatParser'
/** Reason recorded on "two days later" and the like. */
const EARLIER_EVENT = 'relative to an event told elsewhere in the text'

/**
 * chrono parsers and refiners left out, by class name: durations read as
 * dates ("for 3 years", "within two weeks", "the past 3 years", "two days
 * later" — counted from an event, not from the reference), "end of the
 * month", "8/2024"; and the end-of-period refiner, whose look-back over the
 * whole text made one parse per article cost more than one per paragraph.
 */
const DROPPED_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENSlashMonthFormatParser',
])
const DROPPED_REFINERS: ReadonlySet<string> = new Set(['ENEndOfPeriodRefiner'])
const PARSER = (() => {
  const parser = chrono.en.casual.clone()
  parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name))
  parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name))
  return parser
})()
const MS_DAY = 86_400_000
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/**
 * The words right before an expression when they open a span reaching
 * forward: the word before the preposition (a deadline's "has"), the
 * preposition, and an open-end hedge ("has until at least", "starting in",
 * "from the").
 */
const FORWARD_CONTEXT = new RegExp(
  `(?:^|[^\\p{L}])(?:(?<verb>\\p{L}+)\\s+)?(?<prep>${[...FORWARD_PREPOSITIONS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})` +
    `\\s+(?:(?<hedge>${OPEN_END_HEDGES.map(escapeRegExp).join('|')})\\s+)?(?:(?:in|on|at)\\s+)?(?:the\\s+)?$`,
  'diu',
)
/** Most tokens between a reporting verb and the expression it dates ("told reporters on Friday" has 2). */
const REPORTING_VERB_REACH = 3
/** Most tokens searched left of a span reaching forward for the verb governing it ("would stay above 40°C in the north … until"). */
const GOVERNING_VERB_REACH = 20
/** Most tokens between a plan word and the expression it dates ("planned before April" has 2). */
const PLAN_REACH = 2
/** A clock time as written: minutes, a.m./p.m., o'clock, noon, midnight ("9:30", "19h00", "5pm"). */
const CLOCK_WRITTEN = /\d[:.h]\d{2}|\d\s*[ap]\.?m\b\.?|noon|midnight|o['’]clock/i
/** A bare figure chrono took for an hour, before the date ("23 on Tuesday") … */
const BARE_HOUR_BEFORE = /^\d{1,2}\s+(?:(?:on|at|in)\s+)?/i
/** … or after it ("Friday at 7"). */
const BARE_HOUR_AFTER = /,?\s+(?:at\s+)?\d{1,2}$/i
/** A possessive right after the expression: it names an event by its day ("Sunday's vote"). */
const POSSESSIVE_AFTER = /^['’]s/
/** "this" right before a month name ("this December"). */
const THIS_BEFORE = /\bthis\s+$/i
/** "midnight" alone, no day with it. */
const BARE_MIDNIGHT = /^(?:around\s+|about\s+|just\s+(?:before|after)\s+)?midnight$/i
/** Days counted from the reference by chrono: not subject to the tense rules for dates. */
const RELATIVE_DAY = /\b(?:today|tonight|yesterday|tomorrow)\b/

/**
 * Tense of a clause: `open` is the future seen from a past moment ("said she
 * would resign"), `null` no marker.
 */
type Tense = 'past' | 'future' | 'open' | null

/** A tense marker and the token that marks it. */
interface Marker {
  tense: Exclude<Tense, null>
  at: number
}

/** A span reaching forward before an expression ("until at least", "has until", "from"). */
interface Forward {
  /** The preposition, lower case. */
  prep: string
  /** An open-end hedge ("at least") after it. */
  hedge: boolean
  /** A deadline still running ("has until"). */
  deadline: boolean
  /** Offset of the preposition in the text. */
  at: number
}

/** A chrono result, or one re-read inside it ("the night of 12 November"). */
interface Parsed {
  index: number
  text: string
  start: chrono.ParsedComponents
  end?: chrono.ParsedComponents | undefined
  tags(): Set<string>
}

interface Ymd {
  y: number
  m: number
  d: number
}

/**
 * Find and resolve the time expressions of `text`.
 *
 * @param text Article text.
 * @param segmentation Sentences and tokens of `text` (for blocks and tense).
 * @param reference Publication (or story) date; `null` for an undated article:
 *   relative expressions then get `value: null` and a `reason`.
 * @param options See {@link TimeOptions}.
 * @returns Expressions in text order, each with its rule.
 */
export function resolveTimes(
  text: string,
  segmentation: Segmentation,
  reference: TimeReference | null,
  options: TimeOptions = {},
): TimeExpression[] {
  const opts = { ...DEFAULTS, ...options }
  const ref = reference ? parseReference(reference) : null
  const tokens = segmentation.tokens
  // chrono needs some reference; with none, everything relative is discarded below.
  const chronoRef = ref ?? { y: 2000, m: 1, d: 1 }
  const parseRef = { instant: new Date(Date.UTC(chronoRef.y, chronoRef.m - 1, chronoRef.d, 12)), timezone: 0 }
  const out: TimeExpression[] = []

  const blocks = blockSpans(segmentation)
  const found = chronoByBlock(text, blocks, parseRef)
  blocks.forEach((block, bi) => {
    const slice = text.slice(block.start, block.end)
    const taken: Span[] = []
    for (const { result, base } of found[bi] ?? []) {
      const expr = fromChrono(result, base, block)
      if (!expr) continue
      taken.push({ start: base + result.index, end: base + result.index + result.text.length })
      out.push(expr)
    }
    const eventHint = EVENT_HINT.test(slice)
    for (const m of eventHint ? slice.matchAll(LATER_EARLIER) : []) {
      const start = block.start + (m.index ?? 0)
      const end = start + m[0].length
      if (taken.some((s) => s.start < end && start < s.end)) continue
      taken.push({ start, end })
      const phrase = m[0].toLowerCase()
      out.push({
        start,
        end,
        text: m[0],
        value: null,
        grain: unitGrain(phrase),
        anchor: null,
        reason: EARLIER_EVENT,
        rule: 'event-relative',
      })
    }
    for (const m of eventHint ? slice.matchAll(EVENT_RELATIVE) : []) {
      const start = block.start + (m.index ?? 0)
      const event = trimEvent(m[3] ?? '', opts.maxEventWords)
      const end = start + m[0].indexOf(m[3] ?? '') + event.length
      if (taken.some((s) => s.start < end && start < s.end)) continue
      const unit = (m[1] ?? '').toLowerCase()
      taken.push({ start, end })
      out.push({
        start,
        end,
        text: text.slice(start, end),
        value: null,
        grain: unitGrain(unit),
        anchor: null,
        reason: `relative to an event ("${event}")`,
        rule: 'event-relative',
      })
    }
    // "before the end of the year": the reference's year, as "this year" is.
    for (const m of slice.matchAll(PART_OF_THE_YEAR)) {
      const start = block.start + (m.index ?? 0)
      const end = start + m[0].length
      if (taken.some((s) => s.start < end && start < s.end)) continue
      taken.push({ start, end })
      const span = { start, end, text: m[0], grain: 'year' as const, rule: 'relative:year' }
      out.push(
        ref
          ? { ...span, value: String(ref.y), anchor: opts.anchor }
          : { ...span, value: null, anchor: null, reason: UNKNOWN_REFERENCE },
      )
    }
    for (const m of slice.matchAll(YEAR)) {
      const numAt = block.start + (m.index ?? 0) + (m[1]?.length ?? 0)
      const start = block.start + (m.index ?? 0)
      const end = numAt + 4
      const year = Number(m[2])
      if (year < opts.minYear || year > opts.maxYear) continue
      if (taken.some((s) => s.start < end && start < s.end)) continue
      if (looksLikeCount(tokens, numAt)) continue
      out.push({
        start,
        end,
        text: text.slice(start, end),
        value: String(year),
        grain: 'year',
        anchor: 'absolute',
        rule: m[1] ? 'year:part' : 'year',
      })
    }
  })
  return out.sort((a, b) => a.start - b.start)

  function fromChrono(found: chrono.ParsedResult, base: number, block: Span): TimeExpression | null {
    const result = partOfDayOf(found, parseRef)
    if (!result) return null
    let rawText = result.text
    let start = base + result.index
    // chrono keeps a trailing comma on some matches ("May,"); a stop after a
    // figure ends the sentence, one after a word is an abbreviation ("Wed.").
    rawText = rawText.replace(/[\s,;:]+$/u, '').replace(/(?<=\d)\.$/u, '')
    const lead = LEADING_PREPOSITION.exec(rawText)
    if (lead) {
      start += lead[0].length
      rawText = rawText.slice(lead[0].length)
    }
    const c = result.start
    const hasDate =
      c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || c.isCertain('year')
    // A bare figure next to a date is not a clock time ("climbed to 23 on Tuesday",
    // "Friday at 7"): with no minutes, a.m./p.m. or o'clock the hour is
    // dropped and the figure left out of the span; the day stays.
    // (chrono calls minutes and a.m./p.m. certain for "19", so the text decides.)
    const clock = CLOCK_WRITTEN.test(rawText)
    const dropHour = hasDate && c.isCertain('hour') && !clock
    if (dropHour) {
      const head = BARE_HOUR_BEFORE.exec(rawText)
      if (head) {
        start += head[0].length
        rawText = rawText.slice(head[0].length)
      }
      rawText = rawText.replace(BARE_HOUR_AFTER, '')
    }
    const end = start + rawText.length
    let lower = rawText.toLowerCase()
    const before = text.slice(Math.max(block.start, start - 40), start)
    const after = text.slice(end, Math.min(block.end, end + 2))
    const tags = result.tags()
    const possessive = POSSESSIVE_AFTER.test(after)

    if (DROP_ALWAYS.has(lower)) return null
    // "the late-night sitting", "in the morning": no day named; "lasts" is no "last s".
    if (BARE_PART_OF_DAY.test(rawText) || ABBREVIATED_RELATIVE.test(rawText)) return null
    // "free every weekday morning": the common noun "weekday" names no day, and
    // "every"/"each" before a weekday makes it a recurrence ("sails every
    // Monday"), no date a reader could resolve.
    if (COMMON_WEEKDAY.test(rawText)) return null
    if (c.isCertain('weekday') && !c.isCertain('day') && RECURRING_BEFORE.test(before)) return null
    // "two days earlier", "a week before": counted from an event told elsewhere, not from the reference.
    if (/\b(?:earlier|before|later|after)$/.test(lower)) {
      return {
        start,
        end,
        text: rawText,
        value: null,
        grain: unitGrain(lower),
        anchor: null,
        reason: EARLIER_EVENT,
        rule: 'event-relative',
      }
    }
    if (/^[\d\s:./-]+$/.test(rawText) && !/\d{4}/.test(rawText)) return null // bare numbers, "24/7"
    if (tags.has(SLASH_DATE_TAG) && !c.isCertain('year')) return null // "9/11", "24/7": idioms more than dates
    if (/^[%$€£¥]/.test(after) || /[$€£¥]$/.test(before)) return null
    const timeOnly = !hasDate && c.isCertain('hour')
    if (timeOnly && !clock) return null
    // A bare month name or weekday abbreviation needs a temporal word before it and a capital.
    const monthOnly = c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year')
    const weekdayAbbrev = c.isCertain('weekday') && /^[A-Za-z]{3}\.?$/.test(rawText)
    if ((monthOnly && !/\d/.test(rawText)) || weekdayAbbrev) {
      if (!/^\p{Lu}/u.test(rawText) || !TEMPORAL_BEFORE.test(before)) {
        // Also accept what the dropped preposition already vouched for ("on Friday", "in May").
        if (!lead || !/^\p{Lu}/u.test(rawText)) return null
      }
    }
    // "this December": chrono leaves "this" out; the span keeps it, the month is the reference's year's.
    const thisMonth = monthOnly ? THIS_BEFORE.exec(before) : null
    if (thisMonth) {
      start -= thisMonth[0].length
      rawText = text.slice(start, end)
      lower = rawText.toLowerCase()
    }

    const tokenAt = firstTokenAtOrAfter(tokens, start)
    const span = { start, end, text: rawText }
    // A possessive names a value or an event by its time ("from March's 6%"): no span reaches it.
    const forward = possessive ? null : forwardBefore(before, start - before.length)
    // "before September at the earliest": the hedge after the limit leaves it open too.
    if (forward && OPEN_END_AFTER.test(text.slice(end, Math.min(block.end, end + 24)))) forward.hedge = true
    const how = { dropHour, possessive, forward }
    const resolved = resolveComponents(c, lower, rawText, tokenAt, how)
    if (!resolved) return null
    let { value } = resolved
    if (value !== null && result.end) {
      const endResolved = resolveComponents(result.end, lower, rawText, tokenAt, how)
      if (endResolved?.value && endResolved.value !== value) value = `${value}/${endResolved.value}`
    }
    if (resolved.relative) {
      if (!ref) {
        return {
          ...span,
          value: null,
          grain: resolved.grain,
          anchor: null,
          reason: UNKNOWN_REFERENCE,
          rule: resolved.rule,
        }
      }
      return { ...span, value, grain: resolved.grain, anchor: opts.anchor, rule: resolved.rule }
    }
    return { ...span, value, grain: resolved.grain, anchor: 'absolute', rule: resolved.rule }
  }

  /**
   * Turn chrono's components into a value, grain and rule under our
   * conventions. `dropHour`: the hour is a bare figure, not a clock time;
   * `possessive`: the expression names an event by its day ("Sunday's vote").
   */
  function resolveComponents(
    c: chrono.ParsedComponents,
    lower: string,
    rawText: string,
    tokenAt: number,
    how: { dropHour: boolean; possessive: boolean; forward: Forward | null },
  ): { value: string | null; grain: TimeGrain; relative: boolean; rule: string } | null {
    const r = chronoRef
    const statesYear = c.isCertain('year') && YEAR_LITERAL.test(rawText)
    const y = c.get('year') ?? r.y
    const m = c.get('month') ?? 1
    const d = c.get('day') ?? 1
    const hour = c.isCertain('hour') && !how.dropHour ? c.get('hour') : null
    const withTime = (day: Ymd, rule: string, relative: boolean) =>
      hour === null
        ? { value: isoDay(day), grain: 'day' as const, relative, rule }
        : {
            value: isoInstant(
              day,
              hour,
              c.get('minute') ?? 0,
              c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null,
            ),
            grain: 'instant' as const,
            relative,
            rule,
          }

    if (statesYear) {
      if (c.isCertain('day')) return withTime({ y, m, d }, 'absolute:date', false)
      if (c.isCertain('month'))
        return { value: `${y}-${pad(m)}`, grain: 'month', relative: false, rule: 'absolute:month' }
      return { value: String(y), grain: 'year', relative: false, rule: 'absolute:year' }
    }
    if (/\bweeks?\b/.test(lower)) {
      const base = /\bthis\b/.test(lower) ? r : { y, m, d }
      return { value: isoWeek(base), grain: 'week', relative: true, rule: 'relative:week' }
    }
    if (/\bmonths?\b/.test(lower))
      return { value: `${y}-${pad(m)}`, grain: 'month', relative: true, rule: 'relative:month' }
    if (/\byears?\b/.test(lower))
      return { value: String(y), grain: 'year', relative: true, rule: 'relative:year' }
    // Weekday without a date: the news convention, not chrono's nearest day.
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      const wd = c.get('weekday') ?? 0
      const tense = directedTense(tokenAt, how.possessive, how.forward, true)
      // Future seen from a past moment: forward from the day the sentence
      // dates that moment ("said on Monday it would vote on Wednesday"), if any.
      const from = tense === 'open' ? (sayingDay(tokenAt, r) ?? r) : r
      const day = resolveWeekday(from, wd, lower, tense, opts.lastWeekday)
      return withTime(day, 'weekday', true)
    }
    // "tomorrow", "yesterday": chrono counted the day from the reference
    // already; the month-day rule below would move it a year on a tense.
    if (RELATIVE_DAY.test(lower)) return withTime({ y, m, d }, 'relative:day', true)
    if (c.isCertain('month') && c.isCertain('day')) {
      const day = resolveMonthDay(
        r,
        m,
        d,
        lower,
        directedTense(tokenAt, false, how.forward),
        opts.tenseSlackDays,
      )
      return withTime(day, 'month-day', true)
    }
    if (c.isCertain('month')) {
      const ym = resolveMonth(r, m, lower, directedTense(tokenAt, false, how.forward))
      return { value: `${ym.y}-${pad(ym.m)}`, grain: 'month', relative: true, rule: 'month' }
    }
    if (
      c.isCertain('day') ||
      /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/.test(lower)
    ) {
      // A bare "midnight" is the next one for chrono; in a past clause ("met
      // the directors at midnight") it is the one just gone, which opened the reference's day.
      const next = Date.UTC(y, m - 1, d) > Date.UTC(r.y, r.m - 1, r.d)
      if (
        BARE_MIDNIGHT.test(rawText) &&
        next &&
        markerAt(tokenAt, false, false, GOVERNING_VERB_REACH)?.tense === 'past'
      )
        return withTime(r, 'relative:day', true)
      return withTime({ y, m, d }, 'relative:day', true)
    }
    if (hour !== null) return withTime(r, 'time-of-day', true)
    return null
  }

  /**
   * The tense marker of the clause around token `i`: the nearest to the
   * left, else the nearest to the right in the same clause (the search right
   * stops where a subordinate clause opens: `;`, "before it is …"). A modal on the right says nothing of the expression
   * ("the vote on Monday could …"), except of a span reaching forward
   * (`openRight`: "said calmer weather from Tuesday would help"). For an event named by its day
   * (`eventNoun`: "her win in Saturday's election") a result noun before it
   * is a past marker too.
   */
  function markerAt(
    i: number,
    eventNoun = false,
    openRight = false,
    window = opts.tenseWindow,
  ): Marker | null {
    const tok = tokens[i]
    if (!tok) return null
    const s = segmentation.sentences[tok.sentence]
    if (!s) return null
    for (let k = i - 1; k >= Math.max(s.firstToken, i - window); k--) {
      if (RELATIVE_PRONOUNS.has(tokens[k]!.normal)) break // the relative clause's own tense is right of it
      if (eventNoun && RESULT_NOUNS.has(tokens[k]!.normal)) return { tense: 'past', at: k }
      const t = tenseOf(tokens, k, i - k)
      if (t) return { tense: t, at: k }
    }
    for (let k = i + 1; k < Math.min(s.endToken, i + window); k++) {
      const w = tokens[k]!.normal
      // A quote mark ends the quote holding the expression (the attribution after it has its own tense) or opens another.
      if (CLAUSE_BREAKS.has(w) || QUOTE_MARKS.has(w)) return null
      const t = tenseOf(tokens, k, k - i)
      if (t) return t === 'open' && !openRight ? null : { tense: t, at: k }
    }
    return null
  }

  /**
   * The tense that places the expression at token `i`: its clause's, turned
   * forward when a span reaching forward leads to it (`forward`): an
   * open-end hedge ("until at least Saturday") or a running deadline ("has
   * until 15 May") always; a future or reported-future clause; a past act
   * that starts a state lasting until it ("had cancelled sailings until
   * Saturday"); a modal after it, as after its subject ("calmer weather from
   * Tuesday would help"); or a clause with no tense marker whose verb is present
   * ("rates rise from January", "the show runs until Sunday").
   */
  function directedTense(i: number, eventNoun: boolean, forward: Forward | null, weekday = false): Tense {
    const marker = markerAt(i, eventNoun, forward !== null && !eventNoun)
    const tense = marker?.tense ?? null
    if (!forward || eventNoun) return tense
    if (forward.hedge || forward.deadline) return 'future'
    if (tense === 'future' || tense === 'open') return 'future'
    if (marker && tense === 'past' && END_PREPOSITIONS.has(forward.prep) && startsState(marker.at))
      return 'future'
    const p = firstTokenAtOrAfter(tokens, forward.at)
    if (forwardActOrModal(p, forward.prep, weekday) && !pastAfter(i)) return 'future'
    if (marker && tense === 'past') return 'past'
    return presentVerbBefore(p) ? 'future' : null
  }

  /**
   * Whether the verb governing the span that opens at token `p` (its
   * preposition) looks ahead: a verb whose complement lies ahead of the act
   * (`FORWARD_ACT_VERBS`: "warned of more storms until Friday", "ordered
   * schools to close at 2 pm from Wednesday"; for a bare weekday only, `acts`,
   * which lies within days of the report, so the act is recent, where a
   * month may name a span an order set long ago, "a judge ordered releases
   * beginning in June"; not before a deadline's `by` or `before`), or a verb after a modal or `will`, however far
   * ("temperatures would stay above 40°C in the north and east of the
   * province until Saturday": farther than the tense window). The governing
   * verb is the nearest verb to the left past the object, its phrases and an
   * infinitive (`to close`); a comma, a clause break, a quote mark, a
   * relative pronoun or a subordinator stops the search (the span is not
   * that verb's).
   */
  function forwardActOrModal(p: number, prep: string, acts: boolean): boolean {
    const tok = tokens[p]
    const s = tok ? segmentation.sentences[tok.sentence] : undefined
    if (!s) return false
    for (let k = p - 1; k >= Math.max(s.firstToken, p - GOVERNING_VERB_REACH); k--) {
      const t = tokens[k]!
      const w = t.normal
      if (w === ',' || CLAUSE_BREAKS.has(w) || QUOTE_MARKS.has(w) || RELATIVE_PRONOUNS.has(w)) return false
      if (t.pos === 'SCONJ') return false
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue
      // An infinitive ("to close") is its governing verb's complement: go on left.
      if (tokens[k - 1]?.normal === 'to') {
        k--
        continue
      }
      if (FORWARD_ACT_VERBS.has(w)) return acts && !DEADLINE_PREPOSITIONS.has(prep)
      let j = k - 1
      while (tokens[j] && (tokens[j]!.pos === 'ADV' || NEGATIONS.has(tokens[j]!.normal))) j--
      const aux = tokens[j]?.normal ?? ''
      return OPEN_MARKERS.has(aux) || (FUTURE_MARKERS.has(aux) && !FUTURE_NEEDS_TO.has(aux))
    }
    return false
  }

  /** Whether a word after the expression at token `i`, in its clause, places it in the past ("… last week", "… ago"). */
  function pastAfter(i: number): boolean {
    const tok = tokens[i]
    const s = tok ? segmentation.sentences[tok.sentence] : undefined
    if (!s) return false
    for (let k = i + 1; k < s.endToken; k++) {
      const w = tokens[k]!.normal
      if (w === ',' || CLAUSE_BREAKS.has(w) || QUOTE_MARKS.has(w)) return false
      if (PAST_AFTER.has(w)) return true
    }
    return false
  }

  /** Whether the past marker at `k` is, or is the auxiliary of, a verb that starts a state ("cancelled", "was shut"). */
  function startsState(k: number): boolean {
    if (SUSPENSION_VERBS.has(tokens[k]!.normal)) return true
    let j = k + 1
    while (tokens[j] && (tokens[j]!.pos === 'ADV' || tokens[j]!.normal === 'been')) j++
    return SUSPENSION_VERBS.has(tokens[j]?.normal ?? '')
  }

  /**
   * Whether a present verb governs the span that opens at token `p` (its
   * preposition): the nearest verb to the left, with only its adverbs,
   * particles and a measure between ("rates rise by 15 percent from
   * January", "the show runs until Sunday", "is open until Friday"). A noun
   * between makes the span the noun's ("a jump from November" is a
   * baseline, "reports through Jan. 31" a period, "footage from Monday
   * shows" has its verb after); a reporting verb dates the saying; a verb is
   * present as an auxiliary (`is`, `has`), an `-s` form, or a base form
   * after a plural subject ("schools reopen").
   */
  function presentVerbBefore(p: number): boolean {
    const tok = tokens[p]
    const s = tok ? segmentation.sentences[tok.sentence] : undefined
    if (!s) return false
    for (let k = p - 1; k >= Math.max(s.firstToken, p - opts.tenseWindow); k--) {
      const t = tokens[k]!
      const before = tokens[k - 1]
      // "on hold", "in force": a state phrase, whatever the tagger makes of its noun.
      if (STATE_NOUNS.has(t.normal) && STATE_PREPOSITIONS.has(before?.normal ?? '')) {
        k--
        continue
      }
      // A plural noun, or a capitalised one opening the sentence that the tagger took for a name ("Buses run").
      const pluralBefore =
        before !== undefined &&
        (before.pos === 'NOUN' || (before.pos === 'PROPN' && k - 1 === s.firstToken)) &&
        /s$/.test(before.normal)
      // The tagger reads "fares rise by", "tolls rise from" as compounds: a
      // base form after a plural noun and before a particle is the verb.
      const misread =
        t.pos === 'NOUN' &&
        pluralBefore &&
        !/s$/.test(t.normal) &&
        /^(?:ADP|ADV|PART)$/.test(tokens[k + 1]?.pos ?? '')
      if (t.pos === 'VERB' || t.pos === 'AUX' || misread) {
        if (SPEECH_VERB_FORMS.has(t.normal)) return false
        if (PRESENT_AUXILIARIES.has(t.normal)) return true
        let aux = k - 1
        while (tokens[aux]?.pos === 'ADV') aux--
        if (PRESENT_AUXILIARIES.has(tokens[aux]?.normal ?? '')) return true // "is shut", "has closed"
        if (t.pos === 'AUX' || /(?:ed|ing|en)$/.test(t.normal) || PAST_MARKERS.has(t.normal)) return false
        if (/[^s]s$/.test(t.normal)) return true
        return pluralBefore || PLURAL_SUBJECT_PRONOUNS.has(before?.normal ?? '')
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        const pp = namedPhraseStart(k, s.firstToken)
        if (pp !== null)
          k = pp // "is in force across the Dunmore district until Monday"
        else if (t.pos === 'PROPN' || before?.pos !== 'NUM') return false // a noun's span ("a jump from March")
      } else if (!/^(?:ADV|ADP|PART|NUM|DET|ADJ|SYM)$/.test(t.pos)) return false
    }
    return false
  }

  /**
   * The preposition opening the phrase that ends with the noun at `k`, when
   * the phrase holds a proper name ("across the Dunmore district", "near
   * Olvera"): a name owns no span of time, so the span after it is the
   * verb's. `null` for any other noun ("a jump from March", "estimates from
   * March").
   */
  function namedPhraseStart(k: number, first: number): number | null {
    let j = k
    let named = false
    while (j >= first && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[j]!.pos)) {
      if (tokens[j]!.pos === 'PROPN') named = true
      j--
    }
    return named && j >= first && tokens[j]?.pos === 'ADP' ? j : null
  }

  /**
   * The day an earlier expression of the sentence of token `i` resolved to,
   * when it lies before the reference `r`: the moment a reported future was
   * seen from ("said on Monday that it would vote on Wednesday").
   */
  function sayingDay(i: number, r: Ymd): Ymd | null {
    const sentence = tokens[i]?.sentence
    const at = tokens[i]?.start ?? 0
    for (let k = out.length - 1; k >= 0; k--) {
      const e = out[k]!
      if (e.start >= at || e.value === null || (e.grain !== 'day' && e.grain !== 'instant')) continue
      const ti = firstTokenAtOrAfter(tokens, e.start)
      if (tokens[ti]?.sentence !== sentence) return null
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(e.value)
      if (!m) return null
      const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
      return Date.UTC(day.y, day.m - 1, day.d) < Date.UTC(r.y, r.m - 1, r.d) ? day : null
    }
    return null
  }
}

/** The span reaching forward that `before` (the text from offset `from` to an expression) opens, if any. */
function forwardBefore(before: string, from: number): Forward | null {
  const m = FORWARD_CONTEXT.exec(before)
  const prep = m?.groups?.prep?.toLowerCase().replace(/\s+/g, ' ')
  const at = m?.indices?.groups?.prep?.[0]
  if (!m || !prep || at === undefined) return null
  const verb = m.groups?.verb?.toLowerCase() ?? ''
  return {
    prep,
    hedge: m.groups?.hedge !== undefined,
    deadline: END_PREPOSITIONS.has(prep) && DEADLINE_VERBS.has(verb),
    at: from + at,
  }
}

/**
 * "the night of 12 November", "the morning of March 3": chrono merges the
 * part of the day with the date and keeps only the reference's day, so the
 * date after `of` is read again and stands for the whole span (the time of
 * day never replaces the stated day). `null` when nothing after `of` is a
 * date; any other result as it is.
 */
function partOfDayOf(result: chrono.ParsedResult, ref: chrono.ParsingReference): Parsed | null {
  const lead = PART_OF_DAY_OF.exec(result.text)
  if (!lead) return result
  const inner = PARSER.parse(result.text.slice(lead[0].length), ref, { forwardDate: false })[0]
  if (inner?.index !== 0) return null
  return {
    index: result.index,
    text: result.text,
    start: inner.start,
    end: inner.end,
    tags: () => inner.tags(),
  }
}

/**
 * chrono over the whole text once (cheaper than block by block: measured
 * 0.46 vs 0.63 ms per 3 KB on PolNeAR), its results sorted into blocks; a
 * result crossing a block boundary is read again inside each block it touches.
 */
function chronoByBlock(
  text: string,
  blocks: readonly Span[],
  ref: chrono.ParsingReference,
): { result: chrono.ParsedResult; base: number }[][] {
  const out: { result: chrono.ParsedResult; base: number }[][] = blocks.map(() => [])
  if (!TIME_HINT.test(text)) return out
  const again = new Set<number>()
  let bi = 0
  for (const result of PARSER.parse(text, ref, { forwardDate: false })) {
    const start = result.index
    const end = start + result.text.length
    while (bi < blocks.length && blocks[bi]!.end <= start) bi++
    const block = blocks[bi]
    if (!block) break
    if (start >= block.start && end <= block.end) out[bi]!.push({ result, base: 0 })
    else for (let k = bi; k < blocks.length && blocks[k]!.start < end; k++) again.add(k)
  }
  for (const k of again) {
    const block = blocks[k]!
    out[k] = PARSER.parse(text.slice(block.start, block.end), ref, { forwardDate: false }).map((result) => ({
      result,
      base: block.start,
    }))
  }
  return out
}

/**
 * The tense token `k` marks, `distance` tokens from the expression: `open`
 * for a modal that looks forward from a past moment ("would", "could"). A
 * reporting verb dates the saying, not the event, so it counts only
 * right next to the expression ("said on Friday", "told reporters Friday").
 */
function tenseOf(tokens: readonly Token[], k: number, distance: number): Tense {
  const t = tokens[k]
  if (!t) return null
  const w = t.normal
  // "would-be migrants": an adjective, not a modal.
  if (OPEN_MARKERS.has(w) && !(tokens[k + 1]?.text === '-' && tokens[k + 1]?.start === t.end)) {
    const next = tokens[k + 1]?.normal ?? ''
    // "would have voted", "the spoiler he could have been": a past that did
    // not happen ("would have to" stays open); "would not say", "could not be
    // reached": a refusal or failure, past like the attempt.
    if (next === 'have' && tokens[k + 2]?.normal !== 'to') return 'past'
    if (NEGATIONS.has(next) && NEGATED_PAST_MODALS.has(w) && refusal(tokens, k + 2)) return 'past'
    return 'open'
  }
  const speech = SPEECH_VERB_FORMS.get(w)
  if (speech !== undefined) {
    if (distance > REPORTING_VERB_REACH) return null
    return w !== speech && !w.endsWith('ing') && !/[^s]s$/.test(w) ? 'past' : null
  }
  if (FUTURE_MARKERS.has(w)) {
    if (!FUTURE_NEEDS_TO.has(w)) return 'future'
    if (tokens[k + 1]?.normal === 'to') return 'future'
  }
  // "the bureau expects a cool change on Sunday": a present expectation looks ahead.
  if (EXPECTATION_VERBS.has(w) && t.pos === 'VERB' && finitePresent(tokens, k)) return 'future'
  // "planned before April", "due on Friday", "expected late on Sunday": a
  // plan dates its target, even in a past clause.
  if (PLAN_WORDS.has(w)) {
    let j = k + 1
    while (TIME_OF_DAY_MODIFIERS.has(tokens[j]?.normal ?? '')) j++
    if (distance - (j - k - 1) <= PLAN_REACH && tokens[j]?.pos === 'ADP') return 'future'
  }
  if (w === 'next') return 'future'
  if (PAST_MARKERS.has(w)) return 'past'
  if (
    (t.pos === 'VERB' || t.pos === 'AUX') &&
    w.endsWith('ed') &&
    !NOT_PAST_ED.has(w) &&
    !notPastEd(tokens, k)
  )
    return 'past'
  if (w === 'last') return 'past'
  return null
}

/**
 * Whether the verb at `k` is a finite present: an `-s` form, or a base form
 * not after `to`, `did` or a modal (past a negation or an adverb: "do not
 * expect" is present, "did not expect" is not).
 */
function finitePresent(tokens: readonly Token[], k: number): boolean {
  if (/[^s]s$/.test(tokens[k]!.normal)) return true
  let j = k - 1
  while (tokens[j] && (tokens[j]!.pos === 'ADV' || NEGATIONS.has(tokens[j]!.normal))) j--
  return !FINITE_BLOCKERS.has(tokens[j]?.normal ?? '')
}

/** Whether the verb at `k`, after a negated modal, reports a refusal or a failed attempt ("say", "comment", "be reached"). */
function refusal(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.normal ?? ''
  if (SPEECH_VERB_FORMS.has(w)) return true
  return w === 'be' && UNREACHABLE.has(tokens[k + 1]?.normal ?? '')
}

/**
 * Whether the `-ed` form at `k` is not a past: a present or infinitive
 * passive ("before it is forwarded", "to be paid") or an adjective between a
 * preposition, determiner or adjective and a noun ("traders with fixed
 * stalls", "the injured man").
 */
function notPastEd(tokens: readonly Token[], k: number): boolean {
  let j = k - 1
  while (tokens[j]?.pos === 'ADV') j--
  const before = tokens[j]
  if (before && PRESENT_BE.has(before.normal)) return true
  const after = tokens[k + 1]
  return (
    before !== undefined &&
    (before.pos === 'ADP' || before.pos === 'DET' || before.pos === 'ADJ') &&
    after?.pos === 'NOUN'
  )
}

/**
 * A weekday with no date: "last Friday" is strictly before the reference,
 * "next Friday" strictly after, "this Friday" in the reference's week; else
 * the latest such day on or before the reference, or the first on or after
 * it when the clause is in the future.
 */
export function resolveWeekday(
  ref: Ymd,
  weekday: number,
  lower: string,
  tense: Tense,
  last: 'previous-week' | 'most-recent' = 'previous-week',
): Ymd {
  const refMs = Date.UTC(ref.y, ref.m - 1, ref.d)
  const refWd = new Date(refMs).getUTCDay()
  let delta: number
  // Monday-first positions, as for "this Friday" and ISO weeks.
  if (/\blast\b/.test(lower) && last === 'previous-week') delta = ((weekday + 6) % 7) - ((refWd + 6) % 7) - 7
  else if (/\blast\b|\bpast\b/.test(lower)) delta = -(((refWd - weekday + 6) % 7) + 1)
  else if (/\bnext\b/.test(lower)) delta = ((weekday - refWd + 6) % 7) + 1
  else if (/\bthis\b/.test(lower)) delta = ((weekday + 6) % 7) - ((refWd + 6) % 7)
  else if (tense === 'future' || tense === 'open') delta = (weekday - refWd + 7) % 7
  else delta = -((refWd - weekday + 7) % 7)
  return fromMs(refMs + delta * MS_DAY)
}

/**
 * A day without a year: the year that puts it nearest the reference, on the
 * side the tense says, give or take `slackDays`.
 */
export function resolveMonthDay(
  ref: Ymd,
  month: number,
  day: number,
  lower: string,
  tense: Tense,
  slackDays = 0,
): Ymd {
  const refMs = Date.UTC(ref.y, ref.m - 1, ref.d)
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, ms: Date.UTC(y, month - 1, day) }))
  const side = /\bnext\b/.test(lower) ? 'future' : /\blast\b/.test(lower) ? 'past' : tense
  // A reported future ("said it would open on 3 May") may be seen from long ago: the nearest year.
  return pickNearest(candidates, refMs, side, (c) => ({ y: c.y, m: month, d: day }), slackDays * MS_DAY)
}

/** A month without a year, by the same rule at month grain. */
export function resolveMonth(ref: Ymd, month: number, lower: string, tense: Tense): { y: number; m: number } {
  if (/\bthis\b/.test(lower)) return { y: ref.y, m: month } // "this December": the reference's year
  const refIdx = ref.y * 12 + ref.m - 1
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, ms: y * 12 + month - 1 }))
  const side = /\bnext\b/.test(lower) ? 'future' : /\blast\b/.test(lower) ? 'past' : tense
  const picked = pickNearest(candidates, refIdx, side, (c) => c)
  return { y: picked.y, m: month }
}

function pickNearest<C extends { ms: number }, R>(
  candidates: C[],
  at: number,
  side: Tense,
  out: (c: C) => R,
  slack = 0,
): R {
  const strict =
    side === 'past'
      ? candidates.filter((c) => c.ms <= at + slack)
      : side === 'future'
        ? candidates.filter((c) => c.ms >= at - slack)
        : candidates
  const pool = strict.length > 0 ? strict : candidates
  let best = pool[0]!
  for (const c of pool) {
    const dc = Math.abs(c.ms - at)
    const db = Math.abs(best.ms - at)
    // On a tie (six months either way), news prefers the past.
    if (dc < db || (dc === db && c.ms < best.ms)) best = c
  }
  return out(best)
}

function parseReference(reference: TimeReference): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference.date)
  if (!m) return null
  const asWritten = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  if (!reference.timezone || !/T\d/.test(reference.date)) return asWritten
  const instant = new Date(reference.date)
  if (Number.isNaN(instant.getTime())) return asWritten
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: reference.timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(instant)
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value)
    return { y: get('year'), m: get('month'), d: get('day') }
  } catch {
    return asWritten // unknown zone: keep the date as written
  }
}

/** A four-digit number after a quantity word and before a noun is a count ("about 2000 people"). */
function looksLikeCount(tokens: readonly Token[], at: number): boolean {
  const i = firstTokenAtOrAfter(tokens, at)
  const prev = tokens[i - 1]?.normal ?? ''
  const next = tokens[i + 1]
  return COUNT_BEFORE.has(prev) && next !== undefined && next.pos === 'NOUN'
}

function trimEvent(phrase: string, maxWords: number): string {
  const words = phrase.trim().split(/\s+/)
  const cut: string[] = []
  for (const w of words.slice(0, maxWords)) {
    if (cut.length > 1 && /^(?:and|but|when|as|while|which|that|who|in|on|at|for|to)$/i.test(w)) break
    cut.push(w)
  }
  return cut.join(' ')
}

function unitGrain(unit: string): TimeGrain {
  if (/hour/.test(unit)) return 'instant'
  if (/week/.test(unit)) return 'week'
  if (/month/.test(unit)) return 'month'
  if (/year/.test(unit)) return 'year'
  return 'day'
}

const pad = (n: number): string => String(n).padStart(2, '0')
const fromMs = (ms: number): Ymd => {
  const d = new Date(ms)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
}
const isoDay = (d: Ymd): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`

function isoInstant(day: Ymd, hour: number | null, minute: number, offsetMinutes: number | null): string {
  const base = `${isoDay(day)}T${pad(hour ?? 0)}:${pad(minute)}`
  if (offsetMinutes === null) return base
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** ISO 8601 week (`2024-W44`) of a day. */
export function isoWeek(day: Ymd): string {
  const ms = Date.UTC(day.y, day.m - 1, day.d)
  const wd = (new Date(ms).getUTCDay() + 6) % 7 // Monday = 0
  const thursday = new Date(ms + (3 - wd) * MS_DAY)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * MS_DAY)) + 1
  return `${year}-W${pad(week)}`
}
