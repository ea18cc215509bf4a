/**
 * Number contradictions: two reports giving one quantity different values.
 *
 * Two figures are the same quantity when they count the same kind of thing
 * (their unit, with counts of the dead and of the injured as one class each),
 * hold for the same time (a figure "on Monday" and one "on Sunday evening"
 * are two readings of a toll), and either measure the same named thing ("53.8%
 * *of the vote*") or sit in aligned claims in a shared context. They
 * contradict when their ranges — rounding and hedges included — do not meet,
 * unless
 *
 * - the other report states an agreeing figure elsewhere (the pair compares
 *   two different quantities), or
 * - the reports say the figure changed ("the toll rose to 45") and do not pin
 *   both values to the same time.
 */
import type {
  Claim,
  ClaimLink,
  ContradictionValue,
  Dismissal,
  Quantity,
  Subject,
  TimeExpression,
} from '../../model/index.js'
import { meaning } from '../align/synonyms.js'
import { normalizeWord, STOP_WORDS, words } from '../text/words.js'
import { valuesAgree } from './numbers.js'
import { claimEvidence, contextOf, type Finding, type Options, type StoryMaterial } from './shared.js'
import { figureSubject, type SubjectFigure } from './subjects.js'
import {
  AMOUNT_MARKS,
  CHANGE_WORDS,
  DEATH_CONTEXT,
  DEATH_UNITS,
  DECLINE_CUES,
  GROWTH_CUES,
  HEDGE_BEFORE,
  INJURY_CONTEXT,
  PRIOR_BEFORE,
} from './tables.js'

/** Classes that are a story's tolls: one value per time. */
const TOLL_CLASSES: ReadonlySet<string> = new Set(['dead', 'injured'])

/** A quantity with what identifies it. */
interface Figure {
  claim: Claim
  q: Quantity
  /** What it counts (see {@link unitClass}). */
  cls: string
  /** Content words around it. */
  context: Set<string>
  /** The named thing it measures ("vote" in "53.8% of the vote"), or `null`. */
  thing: string | null
  /** The day (or month, year) it holds for, or `null`. */
  time: string | null
  /** The time expression stating {@link Figure.time}. */
  timeExpression: TimeExpression | null
  /** A level, a change ("up by 1") or the level before a change ("from 2 to 3"): see {@link roleOf}. */
  role: FigureRole
  /** For a figure with no unit: an amount (a scale word, a currency sign) or a count (see {@link kindOf}). */
  kind: 'amount' | 'count'
  /** For a figure with no unit: the noun it counts ("20 assembly *members*", "19 of its *members*"), or `null`. */
  noun: string | null
}

/** What a figure states of its quantity. */
type FigureRole = 'level' | 'change' | 'prior'

/** Whether a change cue (`rose`, `fell`, `now`) sits just before the quantity. */
function changeCue(claim: Claim, q: Quantity, cues: ReadonlySet<string>, window: number): string | null {
  const before = words(claim.text, claim.start)
    .filter((w) => w.end <= q.start)
    .slice(-window)
  return before.find((w) => cues.has(w.lower))?.lower ?? null
}

/**
 * When a quantity holds: the nearest resolved time of its sentence within
 * `reach` characters with no other number in between ("19 on Monday"; in
 * "2.2% in the first quarter and 1.8% in March", March dates only 1.8%). The
 * sentence, not only the claim: a clause split off ("…on Thursday, killing 9")
 * holds when its main clause does.
 */
function timeOf(
  claim: Claim,
  q: Quantity,
  reach: number,
  sentence: { times: readonly TimeExpression[]; quantities: readonly Quantity[] },
): { value: string; expression: TimeExpression } | null {
  let best: { distance: number; value: string; expression: TimeExpression } | null = null
  for (const t of [...claim.times, ...sentence.times]) {
    if (!t.value) continue
    const distance = t.start >= q.end ? t.start - q.end : q.start >= t.end ? q.start - t.end : 0
    if (distance > reach) continue
    const [from, to] = t.start >= q.end ? [q.end, t.start] : [t.end, q.start]
    const between = [...claim.quantities, ...sentence.quantities]
    if (between.some((o) => o.start !== q.start && o.start >= from && o.end <= to)) continue
    const value = t.grain === 'day' || t.grain === 'instant' ? t.value.slice(0, 10) : t.value
    if (!best || distance < best.distance) best = { distance, value, expression: t }
  }
  return best ? { value: best.value, expression: best.expression } : null
}

/**
 * The kind of thing a quantity counts: its unit, except that counts of the
 * dead ("9 passengers died", "nine bodies", "the toll stood at 9") and of the
 * injured form one class each whatever noun they count.
 */
function unitClass(claim: Claim, q: Quantity): string {
  const unit = (q.unit ?? '').toLowerCase()
  if (DEATH_UNITS.has(unit)) return 'dead'
  const near = claim.text
    .slice(Math.max(0, q.start - claim.start - 25), Math.min(claim.text.length, q.end - claim.start + 25))
    .toLowerCase()
  // The nearer cue wins: "ten commanders dead, and around 40 injured" counts the injured.
  const at = q.start - Math.max(claim.start, q.start - 25)
  const distance = (re: RegExp) => {
    let best = Number.POSITIVE_INFINITY
    for (const m of near.matchAll(new RegExp(re.source, 'g'))) {
      const k = m.index ?? 0
      best = Math.min(best, k < at ? at - (k + m[0].length) : Math.max(0, k - (at + q.end - q.start)))
    }
    return best
  }
  const dead = distance(DEATH_CONTEXT)
  const injured = distance(INJURY_CONTEXT)
  if (dead < Number.POSITIVE_INFINITY && dead <= injured) return 'dead'
  if (injured < Number.POSITIVE_INFINITY) return 'injured'
  // Units fold like words ("quake" / "earthquake", "tonne" / "tonnes").
  return unit ? meaning(normalizeWord(unit)) : unit
}

/** The thing a figure measures when the text names it right after: "53.8% of the vote" → `vote`. */
function thingOf(claim: Claim, q: Quantity): string | null {
  const after = claim.text.slice(q.end - claim.start)
  const m = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?([\p{L}-]+)/u.exec(after)
  const word = m?.[1]?.toLowerCase()
  if (!word || STOP_WORDS.has(word)) return null
  return meaning(normalizeWord(word))
}

/** Hedge words that may stand between a cue and its figure ("up by *about* 5%"). */
const HEDGE_WORDS =
  /(?:\s+(?:about|around|roughly|nearly|almost|some|approximately|just|over|under|at least|at most|more than|less than|fewer than|an estimated))+\s*$/i

/**
 * What a figure states: a **change** after "by" with a change word before it
 * ("rates rise by 15 percent", "raises rates by 15 percent", "goes up by 1"),
 * after "up"/"down" ("prices were up 5%") or after a change noun and "of"
 * ("an increase of 5%"); the **prior** level before a change ("from 2 to 3",
 * "3 a day instead of 2", "17, up from 11"); else a **level**. One report's
 * change and another's level are two quantities, never compared.
 */
function roleOf(claim: Claim, q: Quantity, window: number): FigureRole {
  // A currency prefix the quantity does not cover ("by GH¢1") is part of the figure.
  const before = claim.text
    .slice(0, q.start - claim.start)
    .replace(/\p{Lu}{0,3}\p{Sc}$/u, '')
    .replace(HEDGE_WORDS, '')
  if (PRIOR_BEFORE.test(before)) return 'prior'
  const ws = words(before).slice(-window - 1)
  const last = ws.at(-1)?.lower
  if (last === 'up' || last === 'down') return 'change'
  if (last === 'by' && ws.slice(0, -1).some((w) => CHANGE_WORDS.has(w.lower))) return 'change'
  if (last === 'of' && CHANGE_WORDS.has(ws.at(-2)?.lower ?? '')) return 'change'
  return 'level'
}

/**
 * Whether a figure with no unit is an amount ("413 million", "GH¢96m": a
 * scale word or a currency sign on it) or a count ("19", "nearly 20"):
 * a budget and a headcount are never one quantity.
 */
function kindOf(claim: Claim, q: Quantity): 'amount' | 'count' {
  // The whole written token around the figure, with the word after it ("GH¢412.6 million").
  const from = claim.text.slice(0, q.start - claim.start).search(/\S*$/)
  const rest = claim.text.slice(q.end - claim.start)
  const after = /^\S*(?:\s+\S+)?/.exec(rest)?.[0] ?? ''
  const token = claim.text.slice(from, q.end - claim.start) + after
  return AMOUNT_MARKS.test(q.text) || AMOUNT_MARKS.test(token) || Math.abs(q.value) >= 1e6
    ? 'amount'
    : 'count'
}

/** Stop words that may stand between a number and the noun it counts. */
const NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'new',
  'more',
  'other',
  'further',
  'extra',
  'additional',
])

/** Words that end the noun a number counts: verbs and the words that follow a noun phrase. */
const NOUN_END =
  /^(?:\p{Ll}+(?:ed|ing)|was|were|is|are|has|have|had|will|would|could|may|might|must|can|said|says)$/u

/**
 * The noun a figure without a unit counts: the last of the content words
 * right after it ("20 assembly members staged…" → member), or the noun of an
 * "of" phrase ("19 of its 48 members" → member); `null` for a bare number.
 */
function nounOf(claim: Claim, q: Quantity): string | null {
  const after = words(claim.text.slice(q.end - claim.start)).slice(0, 6)
  let k = 0
  if (after[0]?.lower === 'of') {
    k = 1
    while (after[k] && (STOP_WORDS.has(after[k]?.lower ?? '') || /^\d/.test(after[k]?.lower ?? ''))) k++
  }
  // "40 *new* berths", "six *more* passengers": a stop word may modify the noun.
  while (after[k] && NOUN_MODIFIERS.has(after[k]?.lower ?? '')) k++
  let noun: string | null = null
  for (; k < after.length; k++) {
    const w = after[k] as { lower: string; text: string }
    if (!/^\p{Ll}/u.test(w.text) || STOP_WORDS.has(w.lower) || NOUN_END.test(w.lower)) break
    noun = w.lower
  }
  return noun ? meaning(normalizeWord(noun)) : null
}

/** Whether the figure is the upper end of a range ("2 to 4 percent", "between 10 and 12"). */
function isRangeEnd(claim: Claim, q: Quantity): boolean {
  const before = claim.text.slice(0, q.start - claim.start)
  return /\d\s*(?:to|-|–|and)\s*$/.test(before) || /\bbetween\s+[\d.,]+\s*$/.test(before)
}

/**
 * The quantity with its hedge read from the words just before it when the
 * annotator gave none ("near 57 per dollar").
 */
function hedged(claim: Claim, q: Quantity): Quantity {
  if (q.hedge) return q
  const before = claim.text.slice(0, q.start - claim.start).toLowerCase()
  for (const [pattern, hedge] of HEDGE_BEFORE) if (pattern.test(before)) return { ...q, hedge }
  return q
}

function figuresOf(
  claim: Claim,
  o: Options,
  sentence: { times: readonly TimeExpression[]; quantities: readonly Quantity[] },
): Figure[] {
  return claim.quantities
    .filter((q) => !isRangeEnd(claim, q))
    .map((q) => {
      const time = timeOf(claim, q, o.timeReach, sentence)
      return {
        claim,
        q: hedged(claim, q),
        cls: unitClass(claim, q),
        context: contextOf(claim, q, o.numberWindow),
        thing: thingOf(claim, q),
        time: time?.value ?? null,
        timeExpression: time?.expression ?? null,
        role: roleOf(claim, q, o.cueWindow),
        kind: kindOf(claim, q),
        noun: q.unit ? null : nounOf(claim, q),
      }
    })
}

/** The subject of two figures: what their sentences say they measure (see `figureSubject`). */
function subjectOf(fa: Figure, fb: Figure): Subject {
  const view = (f: Figure): SubjectFigure => ({
    text: f.claim.text,
    start: f.claim.start,
    q: f.q,
    cls: f.cls,
    time: f.time !== null && fa.time === fb.time ? f.timeExpression : null,
  })
  return { text: figureSubject([view(fa), view(fb)]) }
}

function value(f: Figure): ContradictionValue {
  return {
    value: f.q.text,
    normalized: String(f.q.value),
    article: f.claim.article,
    evidence: claimEvidence(f.claim),
    claim: f.claim.id,
  }
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((t) => b.has(t)).length

/** Find number contradictions (and the figures that agree once rounding and hedges count). */
export function findNumberConflicts(
  m: StoryMaterial,
  o: Options,
  out: Finding[],
  dismissals: Dismissal[],
  groupOf: Map<string, number>,
): void {
  const byArticle = new Map<string, Figure[]>()
  const docs = new Map(m.docs.map((d) => [d.article.id, d]))
  for (const c of m.claims) {
    const list = byArticle.get(c.article) ?? []
    const a = docs.get(c.article)?.annotations
    const s = a?.sentences.find((x) => x.start <= c.start && x.end >= c.end)
    const inSentence = <T extends { start: number; end: number }>(xs: readonly T[] | undefined) =>
      s ? (xs ?? []).filter((x) => x.start >= s.start && x.end <= s.end) : []
    list.push(...figuresOf(c, o, { times: inSentence(a?.times), quantities: inSentence(a?.quantities) }))
    byArticle.set(c.article, list)
  }
  const links = new Map<string, ClaimLink>()
  for (const l of m.alignment.candidates) {
    links.set(`${l.a} ${l.b}`, l)
    links.set(`${l.b} ${l.a}`, l)
  }
  /** Whether `article` states, anywhere, a figure of `f`'s class agreeing with it in a shared context. */
  const statesAlike = (article: string, f: Figure) =>
    (byArticle.get(article) ?? []).some(
      (g) =>
        g.cls === f.cls &&
        valuesAgree(f.q, g.q, o) &&
        ((f.thing !== null && f.thing === g.thing) || shared(f.context, g.context) > 0),
    )
  const articles = [...byArticle.keys()].sort()
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const as = byArticle.get(articles[i] as string) ?? []
      const bs = byArticle.get(articles[j] as string) ?? []
      // Score every pair that may be one quantity; keep mutual best matches only,
      // so a figure is never compared with one the other report gives for something else.
      const pairs: { fa: Figure; fb: Figure; score: number; link: ClaimLink | undefined }[] = []
      for (const fa of as) {
        for (const fb of bs) {
          if (fb.cls !== fa.cls || fb.role !== fa.role) continue
          if (fa.time && fb.time && fa.time !== fb.time) continue
          // Without a unit, a figure is one quantity with another only if both count or
          // both measure an amount, and count the same noun (or are both bare numbers).
          if (fa.cls === '' && (fa.kind !== fb.kind || fa.noun !== fb.noun)) continue
          const link = links.get(`${fa.claim.id} ${fb.claim.id}`)
          const sameThing = fa.thing !== null && fa.thing === fb.thing
          // One toll (of the dead, of the injured) at one time is one quantity of the story.
          const sameToll = TOLL_CLASSES.has(fa.cls) && fa.time !== null && fa.time === fb.time
          const context = shared(fa.context, fb.context)
          const aligned = link !== undefined && link.score >= o.numberThreshold
          const lone =
            aligned &&
            (link?.score ?? 0) >= o.eventThreshold &&
            fa.claim.quantities.length === 1 &&
            fb.claim.quantities.length === 1
          // Same unit, same stated time and a shared context word: one target, one budget.
          // A bare count says too little of what it counts to be matched by time alone.
          const sameTimeAndWords = fa.time !== null && fa.time === fb.time && context > 0 && fa.cls !== ''
          if (!sameThing && !sameToll && !sameTimeAndWords && !(aligned && (context > 0 || lone))) continue
          pairs.push({ fa, fb, score: (sameThing || sameToll ? 10 : 0) + context + (link?.score ?? 0), link })
        }
      }
      const bestOf = (pick: (p: (typeof pairs)[number]) => Figure) => {
        const best = new Map<Figure, (typeof pairs)[number]>()
        for (const p of pairs) {
          const k = pick(p)
          const cur = best.get(k)
          if (!cur || p.score > cur.score) best.set(k, p)
        }
        return best
      }
      const bestA = bestOf((p) => p.fa)
      const bestB = bestOf((p) => p.fb)
      for (const best of bestA.values()) {
        if (bestB.get(best.fb) !== best) continue
        const fa = best.fa
        const fb = best.fb
        const subject = subjectOf(fa, fb)
        const values = [value(fa), value(fb)]
        if (valuesAgree(fa.q, fb.q, o)) {
          if (fa.q.value !== fb.q.value) {
            dismissals.push({
              kind: 'number',
              subject,
              values,
              rule: fa.q.hedge || fb.q.hedge ? 'hedge' : 'rounding',
              why: `${fa.q.text} and ${fb.q.text} agree once rounding and hedges are allowed for`,
            })
          }
          continue
        }
        // The other article gives an agreeing figure elsewhere: this pair compares two things.
        if (statesAlike(fb.claim.article, fa) || statesAlike(fa.claim.article, fb)) continue
        const sameTime = fa.time !== null && fb.time !== null
        // A change cue before a change ("rises by 3") says what the change is, not that it changed.
        if (!sameTime && fa.role !== 'change') {
          const [low, high] = fa.q.value < fb.q.value ? [fa, fb] : [fb, fa]
          const cue =
            changeCue(high.claim, high.q, GROWTH_CUES, o.cueWindow) ??
            changeCue(low.claim, low.q, DECLINE_CUES, o.cueWindow)
          if (cue) {
            dismissals.push({
              kind: 'number',
              subject,
              values,
              rule: 'changed-over-time',
              why: `"${cue}" says the figure changed over time (${low.q.text} → ${high.q.text})`,
            })
            continue
          }
        }
        out.push({
          kind: 'number',
          key: `number ${fa.cls} ${fa.thing ?? groupOf.get(fa.claim.id) ?? fa.claim.id}`,
          subject,
          values,
          rule: 'values-beyond-rounding',
          why:
            `${fa.q.text} and ${fb.q.text} cannot both be right, even allowing for rounding and hedges` +
            (sameTime ? ` (both for ${fa.time})` : ''),
        })
      }
    }
  }
}
