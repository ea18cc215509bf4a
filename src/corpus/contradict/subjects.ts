/**
 * Subjects of contradictions as short, readable phrases read from the
 * evidence sentences' own words: what a figure measures ("altitude (km)",
 * "death toll on Sunday afternoon"), and the event a date or a place is
 * given for ("when the blaze broke out", "where Averna launched a new
 * ferry"). Nothing is invented: a phrase is a span of a sentence, or a
 * fixed name of a class of figures.
 */
import type { Quantity, TimeExpression } from '../../model/index.js'
import { FINITE_VERBS, IRREGULAR_PAST } from '../claims/tables.js'
import { isNumeric, STOP_WORDS, type Word, words } from '../text/words.js'
import { GIST_STOPS, MEASURE_UNITS, REPORTING_VERBS } from './tables.js'

/** Words that open a noun phrase and are lower-cased when the phrase opens a subject. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those'])

/** Verbs that move a figure ("the toll rose to 11"): the noun before them is what it measures. */
const MOVE_VERBS: ReadonlySet<string> = new Set([
  'rose',
  'fell',
  'stood',
  'reached',
  'climbed',
  'jumped',
  'dropped',
  'was',
  'is',
  'were',
  'are',
  'hit',
  'totalled',
  'totaled',
])

/** Hedges and number words inside a quantity's text ("at least", "a dozen"): not what it counts. */
const COUNT_WORDS =
  /^(?:more|less|fewer|least|most|nearly|almost|about|around|roughly|some|approximately|over|under|up|just|estimated|dozen|dozens|score|hundred|hundreds|thousand|thousands|million|millions|billion|billions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)$/i

/** Time expressions that name a day, month or year. */
const DATED =
  /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow)\b/i

/** Particles that belong to the verb before them ("broke out", "lifted off"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down'])

/** Hedges between a word and the figure it introduces ("an altitude of *about* 620 km"). */
const HEDGE_WORDS =
  '(?:(?:about|around|roughly|nearly|almost|some|approximately|over|under|up\\s+to|at\\s+least|more\\s+than|less\\s+than|fewer\\s+than)\\s+)?'

const isFiniteVerb = (w: Word) =>
  FINITE_VERBS.has(w.lower) ||
  IRREGULAR_PAST.has(w.lower) ||
  (/^\p{Ll}{2,}ed$/u.test(w.text) && !/eed$/.test(w.text))

/** Length of a dateline opening a sentence ("PORT AVERY, Averna, May 3 (Agency) — ", "Lanza: "). */
function datelineLength(text: string): number {
  const dash = /^[^.!?]{0,120}?\s[—–]\s/u.exec(text)
  if (dash) return dash[0].length
  return /^\p{Lu}[\p{L}\s.'-]{0,40}:\s/u.exec(text)?.[0].length ?? 0
}

/** `text` with a determiner or number word opening it lower-cased ("The blaze" → "the blaze"). */
function lowerDeterminer(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? ''
  const common = DETERMINERS.has(first.toLowerCase()) || COUNT_WORDS.test(first)
  return common ? first.toLowerCase() + text.slice(first.length) : text
}

/** Relative pronouns: the verb after them belongs to a clause inside the subject. */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom'])

/**
 * Whether `ws[i]` is a present-tense verb after a short noun phrase opened by
 * a determiner ("The agreement *takes* effect"): a word in -s after a singular noun.
 */
function presentVerb(ws: readonly Word[], i: number, start: number): boolean {
  const w = ws[i] as Word
  if (!/^\p{Ll}{2,}[^s]s$/u.test(w.text) || i - start < 2 || i - start > 3) return false
  const noun = ws[i - 1] as Word
  return DETERMINERS.has((ws[start] as Word).lower) && !/s$/.test(noun.lower) && !STOP_WORDS.has(noun.lower)
}

/**
 * The head of a sentence: its subject and first verb with what follows up to
 * the first preposition, comma, figure or `maxWords` words ("The blaze broke
 * out at around 11:30 p.m. …" → "the blaze broke out"). A reporting verb
 * ("officials said") is skipped for the statement it introduces. `null` when
 * the subject runs long (an apposition) or no verb is found.
 */
export function gist(sentence: string, maxWords = 8, maxSubjectWords = 5): string | null {
  const from = datelineLength(sentence)
  const text = sentence.slice(from)
  const ws = words(text)
  const commaBetween = (x: Word, y: Word) => text.slice(x.end, y.start).includes(',')
  /** Words of `[a, b)` counted as a subject is: a run of capitalised words is one name. */
  const length = (a: number, b: number) => {
    let n = 0
    for (let k = a; k < b; k++) {
      const name = /^\p{Lu}/u.test((ws[k] as Word).text) && k > a && /^\p{Lu}/u.test((ws[k - 1] as Word).text)
      if (!name) n++
    }
    return n
  }
  let start = 0
  /** Where the subject stops when an apposition ("X, a former mayor, was…") sits between it and its verb. */
  let subjectEnd = -1
  let verb = -1
  // A subject runs at most `maxSubjectWords` words from the sentence's start or
  // from a comma within its first 20 words (an apposition or a fronted phrase).
  for (let i = 0; i < ws.length && i < 20 + maxSubjectWords; i++) {
    const w = ws[i] as Word
    if (i > start && commaBetween(ws[i - 1] as Word, w)) {
      if (isFiniteVerb(w) && !REPORTING_VERBS.has(w.lower) && subjectEnd < 0) {
        // "Camila Ruiz, an independent, was elected…": the verb after the apposition.
        const comma = ws.findIndex((x, k) => k > 0 && k < i && commaBetween(ws[k - 1] as Word, x))
        if (comma > 0 && length(0, comma) <= maxSubjectWords) {
          start = 0
          subjectEnd = comma - 1
          verb = i
          break
        }
      }
      // "According to the agency, the quake…": the statement follows the comma
      // ("X, who visited the site, said the committee…": and the reporting verb).
      start = REPORTING_VERBS.has(w.lower) ? i + (ws[i + 1]?.lower === 'that' ? 2 : 1) : i
      continue
    }
    if (length(start, i) > maxSubjectWords) continue
    const previous = ws[i - 1] as Word
    // "a fire that swept…", "X, who visited…": a relative clause's verb is not the head's;
    // "an independent backed by…", "a ferry built to…" are participles.
    const relative =
      RELATIVES.has(previous?.lower ?? '') ||
      (/ed$/.test(w.lower) && /^(?:by|to)$/.test(ws[i + 1]?.lower ?? ''))
    if (!(isFiniteVerb(w) || presentVerb(ws, i, start)) || i === start || relative) continue
    if (REPORTING_VERBS.has(w.lower)) {
      start = ws[i + 1]?.lower === 'that' ? i + 2 : i + 1
      continue
    }
    verb = i
    break
  }
  if (verb < 0) return null
  let end = verb
  // The verb keeps its particle and object, up to six more words.
  for (let i = verb + 1; i < ws.length && i <= verb + 6; i++) {
    const w = ws[i] as Word
    if (commaBetween(ws[i - 1] as Word, w)) break
    if (i === verb + 1 && PARTICLES.has(w.lower)) {
      end = i
      continue
    }
    if (GIST_STOPS.has(w.lower) || isNumeric(w.lower) || /^\d/.test(w.text)) break
    end = i
  }
  while (end > verb && STOP_WORDS.has((ws[end] as Word).lower) && !PARTICLES.has((ws[end] as Word).lower))
    end--
  // A head longer than that reads as a sentence, not a subject.
  if (end - start + 1 - (subjectEnd >= 0 ? verb - subjectEnd - 1 : 0) > maxWords + 2) return null
  const first = ws[start] as Word
  const last = ws[end] as Word
  if (subjectEnd >= 0) {
    const subject = text.slice(first.start, (ws[subjectEnd] as Word).end)
    return lowerDeterminer(`${subject} ${text.slice((ws[verb] as Word).start, last.end)}`)
  }
  return lowerDeterminer(text.slice(first.start, last.end))
}

/**
 * A subject for the event some sentences date or locate: `when …` / `where …`
 * and the shortest head ({@link gist}) of three words or more among them,
 * report sentences before captions; `fallback` when none has one.
 */
export function eventSubject(
  prefix: 'when' | 'where',
  sentences: readonly { text: string; caption?: boolean }[],
  fallback: string,
): string {
  // Captions describe a picture ("Firefighters battle the blaze"); a report's sentence
  // says what happened. A head of two words is too thin to name an event.
  const heads = sentences
    .map((s) => ({ head: gist(s.text), caption: s.caption === true }))
    .filter(
      (h): h is { head: string; caption: boolean } => h.head !== null && h.head.split(/\s+/).length >= 3,
    )
    .sort(
      (x, y) =>
        Number(x.caption) - Number(y.caption) || x.head.length - y.head.length || (x.head < y.head ? -1 : 1),
    )
  const best = heads[0]?.head
  return best ? `${prefix} ${best}` : fallback
}

/** A figure as the number subject reads it: the quantity, its sentence, its class and time. */
export interface SubjectFigure {
  /** The sentence (or clause) stating it, with its offset in the article. */
  text: string
  start: number
  q: Quantity
  /** Its class (`dead`, `injured`, or its folded unit). */
  cls: string
  /** The time it holds for (optional). */
  time?: TimeExpression | null
}

/**
 * Noun phrases a figure's sentence says it measures, each with the rank of
 * the pattern that found it (0 most specific: "51.2% of the vote", then "an
 * altitude of 620 km", "the toll stood at 9", "212 grain trucks", "a 260-km
 * orbit", and last the sentence's own subject).
 */
function measuredNouns(f: SubjectFigure): { noun: string; rank: number }[] {
  const before = f.text.slice(0, f.q.start - f.start)
  const after = f.text.slice(f.q.end - f.start)
  const out: { noun: string; rank: number }[] = []
  const content = (w: string) => !STOP_WORDS.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase())
  // "51.2% of the vote" → share of the vote.
  const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?([\p{Ll}][\p{L}-]*)/u.exec(after)
  if (of && f.cls === 'percent' && content(of[1] as string))
    out.push({ noun: `share of the ${of[1]}`, rank: 0 })
  // "an altitude of about 620 km", "a target of $4 billion".
  const noun = new RegExp(`\\b([\\p{Ll}][\\p{L}-]*)\\s+of\\s+${HEDGE_WORDS}$`, 'u').exec(before)
  if (noun && content(noun[1] as string)) out.push({ noun: noun[1] as string, rank: 1 })
  // "the toll stood at 9", "raise bilateral trade to $2 billion", "the toll rose 5%".
  const lead = words(before.replace(new RegExp(`${HEDGE_WORDS}$`, 'u'), ''))
  const preposition = lead.length > 0 && /^(?:to|at)$/.test((lead.at(-1) as Word).lower)
  if (preposition) lead.pop()
  const moved = lead.length > 0 && MOVE_VERBS.has((lead.at(-1) as Word).lower)
  if (moved) lead.pop()
  if (moved || preposition) {
    const nouns: string[] = []
    let i = lead.length - 1
    for (; i >= 0 && nouns.length < 2; i--) {
      const w = lead[i] as Word
      if (!/^\p{Ll}/u.test(w.text) || !content(w.text) || isFiniteVerb(w)) break
      nouns.unshift(w.text)
    }
    // "The death toll from the storm rose to 11": the noun of a prepositional phrase
    // is not what rose.
    const before = lead[i]?.lower === 'the' || lead[i]?.lower === 'a' ? lead[i - 1] : lead[i]
    const inPhrase = before !== undefined && GIST_STOPS.has(before.lower)
    if (nouns.length > 0 && !inPhrase) out.push({ noun: nouns.join(' '), rank: 2 })
  }
  // "a 260-km polar orbit": the figure qualifies the nouns after it.
  if (/-\p{L}+$/u.test(f.q.text)) {
    const next = /^\s+((?:[\p{Ll}][\p{L}-]*\s+)?[\p{Ll}][\p{L}-]*)/u.exec(after)
    const nouns = next?.[1]?.split(/\s+/).filter((w) => content(w) && !GIST_STOPS.has(w)) ?? []
    if (nouns.length > 0) out.push({ noun: nouns.join(' '), rank: 4 })
  }
  // "nine bodies", "212 grain trucks": the count names what it counts.
  const counted = f.q.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && content(w) && !COUNT_WORDS.test(w))
  const unit = (f.q.unit ?? '').toLowerCase()
  if (
    counted.length > 0 &&
    unit &&
    !MEASURE_UNITS.has(unit) &&
    !/^[a-z]{3}$/.test(unit) &&
    !/\d/.test(counted[0] as string)
  ) {
    out.push({ noun: `number of ${counted.join(' ')}`, rank: 3 })
  }
  // "The number of people killed by …", "The death toll from …": the sentence's subject.
  const subject =
    /^(?:the|a|an)\s+((?:[\p{Ll}][\p{L}-]*\s+){0,1}[\p{Ll}][\p{L}-]*(?:\s+of\s+[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}]+ed)?)?)\b/iu.exec(
      f.text.slice(datelineLength(f.text)),
    )
  if (subject && f.q.start - f.start > (subject.index ?? 0) + subject[0].length) {
    // Up to its verb: "The lira closed at 31.40" → lira.
    const nouns: string[] = []
    for (const w of words(subject[1] as string)) {
      if (isFiniteVerb(w) || MOVE_VERBS.has(w.lower)) break
      nouns.push(w.text)
    }
    if (nouns.length > 0) out.push({ noun: nouns.join(' '), rank: 5 })
  }
  return out
}

/** How a unit is shown after a measure ("km", "%", "USD"), or `null` for a count. */
function unitLabel(q: Quantity): string | null {
  const unit = q.unit ?? ''
  if (/^[A-Z]{3}$/.test(unit)) return unit
  const lower = unit.toLowerCase()
  if (lower === 'percent' || lower === 'per cent') return '%'
  // An exchange rate ("57 per dollar" → `per-usd`).
  const per = /^per-([a-z]{3})$/.exec(lower)
  if (per) return `per ${(per[1] as string).toUpperCase()}`
  return MEASURE_UNITS.has(lower) ? lower : null
}

/**
 * The subject of a number contradiction (or of figures found to agree): the
 * thing the figures measure, as their sentences name it — the most specific
 * naming, then the one most of them use — with the unit of a measure and the
 * time both figures hold for ("death toll on Monday", "altitude (km)",
 * "share of the vote (%)"). Tolls are named by their class.
 */
export function figureSubject(figures: readonly SubjectFigure[]): string {
  const first = figures[0]
  if (!first) return 'figure'
  // A time dates a figure in a subject only when it names a day, month or year
  // ("on Sunday afternoon", "by 2030"), not a part of day ("the night shift").
  const named = (t: TimeExpression | null | undefined) => !!t && DATED.test(t.text)
  const time =
    named(first.time) && figures.every((f) => f.time && f.time.value === first.time?.value)
      ? first.time
      : null
  const when = time
    ? ` ${time.grain === 'day' || time.grain === 'instant' ? 'on' : 'for'} ${time.text.replace(/^(?:on|by|in|at)\s+/i, '')}`
    : ''
  if (first.cls === 'dead') return `death toll${when}`
  if (first.cls === 'injured') return `number of injured${when}`
  const votes = new Map<string, { n: number; rank: number }>()
  for (const f of figures) {
    for (const { noun, rank } of measuredNouns(f)) {
      const v = votes.get(noun)
      votes.set(noun, { n: (v?.n ?? 0) + 1, rank: Math.min(v?.rank ?? rank, rank) })
    }
  }
  // The most specific naming first ("an altitude of" before the sentence's subject),
  // then the one most reports use.
  const best = [...votes].sort(
    (x, y) => x[1].rank - y[1].rank || y[1].n - x[1].n || (x[0] < y[0] ? -1 : 1),
  )[0]
  const label = unitLabel(first.q)
  const noun = best?.[0] ?? (label ? 'figure' : first.cls || 'count')
  return `${noun}${label ? ` (${label})` : ''}${when}`
}
