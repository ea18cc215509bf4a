/**
 * Date contradictions: the reports' leads dating the event on different days,
 * or two aligned claims dating one event differently. Days that agree once
 * resolved ("on Tuesday" published Wednesday = "March 4") are dismissed.
 *
 * A contradiction needs two resolved days that differ: a day that disagrees
 * with its own words ("Wednesday" resolved to a Thursday, "12 November" to
 * the 13th) is no resolved day (see `datesEvent`), and two days both resolved
 * against the story's date (undated reports, `anchor: 'story'`) are one guess
 * set against another: at least one side must be resolved by its own report.
 */
import type {
  Claim,
  ContradictionValue,
  Dismissal,
  Evidence,
  Span,
  Subject,
  TimeExpression,
} from '../../model/index.js'
import { datesEvent, nearOnset } from '../story-time/event-times.js'
import { claimEvidence, type Finding, isLead, type Options, phrase, type StoryMaterial } from './shared.js'
import { eventSubject } from './subjects.js'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
const WEEKDAY_NAME = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'i')
/** A time of day before or after a weekday ("midnight on", "6 p.m. on", "Monday at noon"). */
const TIME_OF_DAY = String.raw`(?:midnight|noon|midday|dawn|dusk|\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|h\b|hours\b)?)`
const WEEKDAY = new RegExp(
  String.raw`^(?:(?:until|till|by|from|before|after|since)\s+)?(?:${TIME_OF_DAY}\s+(?:on\s+)?)?(?:on\s+|last\s+|this\s+|next\s+)?(?:${WEEKDAYS.join('|')})(?:[’']s)?(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:at\s+)?${TIME_OF_DAY})?$`,
  'i',
)

/** Whether one of two days comes from a bare weekday and both fall on that weekday. */
function sameWeekday(ta: TimeExpression, tb: TimeExpression, da: string, db: string): boolean {
  if (!WEEKDAY.test(ta.text.trim()) && !WEEKDAY.test(tb.text.trim())) return false
  return new Date(`${da}T00:00:00Z`).getUTCDay() === new Date(`${db}T00:00:00Z`).getUTCDay()
}

/** A time in the night after its day ("overnight on Monday", "on Monday night", "late on Monday"). */
const NIGHT_AFTER = /\b(?:overnight|night|late)\b/i
/** A time in the small hours of its day ("in the early hours of Tuesday", "before dawn on Tuesday"). */
const SMALL_HOURS = /\b(?:early hours|small hours|early on|before dawn|pre-dawn|overnight)\b/i

/**
 * Whether two days one apart name one night: the earlier as its night, the
 * later as its small hours ("overnight on Monday" / "early hours of Tuesday"),
 * read in the words around each time.
 */
function oneNight(ta: string, tb: string, da: string, db: string): boolean {
  const gap = (Date.parse(`${db}T00:00:00Z`) - Date.parse(`${da}T00:00:00Z`)) / 86_400_000
  if (Math.abs(gap) !== 1) return false
  const [early, later] = gap > 0 ? [ta, tb] : [tb, ta]
  return NIGHT_AFTER.test(early) && SMALL_HOURS.test(later)
}

/**
 * The day a time dates, at day granularity. A midnight belongs to the day it
 * names: "until midnight on Monday" is the end of Monday, whether it was
 * resolved to Monday 00:00 or to Tuesday 00:00 (or 24:00).
 */
export function dayOf(t: TimeExpression): string {
  const value = t.value as string
  const day = value.slice(0, 10)
  if (!/\bmidnight\b/i.test(t.text) || !/T(?:00:00|24:00)/.test(value)) return day
  const named = WEEKDAY_NAME.exec(t.text)?.[1]?.toLowerCase()
  const d = new Date(`${day}T00:00:00Z`)
  const before = new Date(d.getTime() - 86_400_000)
  // Tuesday 00:00 for "midnight on Monday": the day before, the day the words name.
  if (named && WEEKDAYS[before.getUTCDay()] === named && WEEKDAYS[d.getUTCDay()] !== named)
    return before.toISOString().slice(0, 10)
  return day
}

/** A reporting verb (and its hearers) right before a time: "said on", "told reporters on". */
const SAID_BEFORE =
  /\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{L}+))?)\s+(?:on\s+)?$/iu
/** A reported clause right after the time: "… on Monday that …". */
const THAT_AFTER = /^\s*,?\s*that\b/i

/**
 * The times of a claim that can date its event (see {@link datesEvent}). The
 * day someone said something ("X said on Monday that the council would meet")
 * dates the saying, not what was said.
 */
export function eventTimes(text: string, claim: Claim, quotes: readonly Span[]): TimeExpression[] {
  return claim.times.filter(
    (t) =>
      datesEvent(text, t, claim.start, quotes) &&
      !(
        SAID_BEFORE.test(text.slice(Math.max(claim.start, t.start - 40), t.start)) &&
        THAT_AFTER.test(text.slice(t.end, t.end + 12))
      ),
  )
}

export function findDateConflicts(
  m: StoryMaterial,
  o: Options,
  out: Finding[],
  dismissals: Dismissal[],
  groupOf: Map<string, number>,
  leadDays: ReadonlySet<string>,
): void {
  const claims = new Map(m.claims.map((c) => [c.id, c]))
  const docs = new Map(m.docs.map((d) => [d.article.id, d]))
  const timesOf = (c: Claim) => {
    const doc = docs.get(c.article)
    return doc ? eventTimes(doc.article.text, c, doc.annotations.quotes) : []
  }
  for (const link of m.alignment.candidates) {
    // Claims aligned only by a shared quote may report two occasions it was said.
    if (link.rule === 'shared-quote') continue
    const a = claims.get(link.a)
    const b = claims.get(link.b)
    if (!a || !b) continue
    if (
      link.score <
      (isLead(m, a, o.leadClaims) && isLead(m, b, o.leadClaims) ? o.leadThreshold : o.eventThreshold)
    )
      continue
    const timesA = timesOf(a)
    const timesB = timesOf(b)
    const da = [...new Set(timesA.map(dayOf))]
    const db = [...new Set(timesB.map(dayOf))]
    // One day each: the claim dates one event. Several days describe a sequence.
    if (da.length !== 1 || db.length !== 1) continue
    const ta = timesA[0] as TimeExpression
    const tb = timesB[0] as TimeExpression
    // Two days both resolved against the story's own date (undated reports) rest on a
    // guess twice over: at least one side must be resolved by its own report.
    if (ta.anchor === 'story' && tb.anchor === 'story') continue
    const values: ContradictionValue[] = [
      {
        value: ta.text,
        normalized: da[0] as string,
        article: a.article,
        evidence: claimEvidence(a),
        claim: a.id,
      },
      {
        value: tb.text,
        normalized: db[0] as string,
        article: b.article,
        evidence: claimEvidence(b),
        claim: b.id,
      },
    ]
    const subject: Subject = { text: eventSubject('when', [a, b], `date of: ${phrase(link)}`) }
    if (da[0] === db[0]) {
      if (ta.text.toLowerCase() !== tb.text.toLowerCase()) {
        dismissals.push({
          kind: 'date',
          subject,
          values,
          rule: 'same-day',
          why: `"${ta.text}" and "${tb.text}" resolve to the same day (${da[0]})`,
        })
      }
      continue
    }
    // Already reported as the leads' disagreement.
    if (leadDays.has(da[0] as string) && leadDays.has(db[0] as string)) continue
    // A bare weekday names no week: "Sunday" a week off "Sept. 28" (a Sunday) is a
    // misread week, not a second day.
    if (sameWeekday(ta, tb, da[0] as string, db[0] as string)) {
      dismissals.push({
        kind: 'date',
        subject,
        values,
        rule: 'same-weekday',
        why: `"${ta.text}" and "${tb.text}" name the same weekday; a bare weekday does not say which week`,
      })
      continue
    }
    // "Overnight on Monday" and "in the early hours of Tuesday" are one night.
    const around = (c: Claim, t: TimeExpression) =>
      docs.get(c.article)?.article.text.slice(Math.max(c.start, t.start - 24), t.end + 8) ?? t.text
    if (oneNight(around(a, ta), around(b, tb), da[0] as string, db[0] as string)) {
      dismissals.push({
        kind: 'date',
        subject,
        values,
        rule: 'one-night',
        why: `"${ta.text}" and "${tb.text}" name one night: the evening of one day and the small hours of the next`,
      })
      continue
    }
    out.push({
      kind: 'date',
      key: `date ${groupOf.get(a.id) ?? a.id}`,
      subject,
      values,
      rule: 'different-days',
      why: `the same event is dated ${da[0]} and ${db[0]}`,
    })
  }
}

/**
 * Reports whose leads place the event on different days. Each article's vote
 * is the earliest day its lead states (see the story-time stage); the lead
 * reports the event itself, so two different days there date one event twice.
 */
export function findLeadDateConflicts(m: StoryMaterial, out: Finding[]): Set<string> {
  const votes = (m.date?.votes ?? []).filter((v) => v.source === 'time-expression' && v.evidence)
  const days = new Set(votes.map((v) => v.value))
  if (days.size < 2) return new Set()
  const claimOf = (v: (typeof votes)[number]) => {
    const evidence = v.evidence as Evidence
    return m.claims.find(
      (c) => c.article === v.article && c.start <= evidence.start && c.end > evidence.start,
    )
  }
  // A lead may date the aftermath ("rescuers on Tuesday pulled…"), not the event:
  // two leads' days conflict only when both sit next to an event verb, or when the
  // two sentences say the same thing.
  const docs = new Map(m.docs.map((d) => [d.article.id, d]))
  const onset = (v: (typeof votes)[number]) => {
    const doc = docs.get(v.article)
    const evidence = v.evidence as Evidence
    const t = doc?.annotations.times.find(
      (x) => x.start >= evidence.start && x.end <= evidence.end && x.text === v.expression,
    )
    return doc !== undefined && t !== undefined && nearOnset(doc.article.text, t, evidence)
  }
  const linked = (x: (typeof votes)[number], y: (typeof votes)[number]) => {
    const a = claimOf(x)?.id
    const b = claimOf(y)?.id
    return m.alignment.candidates.some((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a))
  }
  // The words around a vote's time ("overnight on Monday"): one night is one date.
  const around = (v: (typeof votes)[number]) => {
    const evidence = v.evidence as Evidence
    const doc = docs.get(v.article)
    const t = doc?.annotations.times.find(
      (x) => x.start >= evidence.start && x.end <= evidence.end && x.text === v.expression,
    )
    return t && doc
      ? doc.article.text.slice(Math.max(evidence.start, t.start - 24), t.end + 8)
      : (v.expression ?? '')
  }
  const comparable = votes.filter((x) =>
    votes.some(
      (y) =>
        y.value !== x.value &&
        !oneNight(around(x), around(y), x.value, y.value) &&
        ((onset(x) && onset(y)) || linked(x, y)),
    ),
  )
  const conflicting = new Set(comparable.map((v) => v.value))
  if (conflicting.size < 2) return new Set()
  out.push({
    kind: 'date',
    key: 'date lead',
    subject: {
      text: eventSubject(
        'when',
        comparable.map((v) => ({
          text: (v.evidence as Evidence).text,
          caption: claimOf(v)?.caption ?? false,
        })),
        'date of the event',
      ),
    },
    values: comparable.map((v) => {
      const claim = claimOf(v)
      const value: ContradictionValue = {
        value: v.expression ?? v.value,
        normalized: v.value,
        article: v.article,
        evidence: v.evidence as Evidence,
      }
      if (claim) value.claim = claim.id
      return value
    }),
    rule: 'lead-dates-differ',
    why: `the reports' leads date the event ${[...conflicting].sort().join(' and ')}`,
  })
  return conflicting
}
