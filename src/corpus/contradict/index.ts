/**
 * Typed contradictions between a story's reports, each with its subject, the
 * differing values, the article of each value and the sentence that states
 * it. Differences that were examined and found harmless (aliases, rounding,
 * hedges, compatible titles, rising counts, omissions) are returned as
 * dismissals, so that the silence is explained too.
 *
 * - **role**: one person, titles that cannot both be true ({@link compareTitles});
 * - **quote-speaker**: the same words in quotation marks, different speakers;
 * - **quote-wording**: the same quote by the same speaker, with a material
 *   difference (a negation, a reversed word, a number);
 * - **number**: aligned claims, the same kind of quantity in the same context,
 *   values whose rounding and hedge ranges do not meet;
 * - **date**: aligned claims placing the event on different days;
 * - **place**: aligned claims locating the event in different places.
 */
import type {
  AnalyzedArticle,
  Claim,
  ClaimLink,
  Contradiction,
  ContradictionKind,
  ContradictionValue,
  Dismissal,
  Evidence,
  Quantity,
  Quote,
  Role,
  Span,
  StoryDate,
  Subject,
} from '../../model/index.js'
import type { Alignment } from '../align/index.js'
import { meaning } from '../align/synonyms.js'
import { NEGATIONS } from '../claims/tables.js'
import { DisjointSets } from '../text/disjoint.js'
import { type LcsMatch, lcs } from '../text/lcs.js'
import { personAliases, sameSpeaker } from '../text/names.js'
import { isNumeric, normalizeWord, STOP_WORDS, words } from '../text/words.js'
import { type NumberOptions, valuesAgree } from './numbers.js'
import {
  ANTONYMS,
  DECLINE_CUES,
  GROWTH_CUES,
  LOCATIVE_BEFORE,
  PEOPLE_CONTEXT,
  PEOPLE_UNITS,
} from './tables.js'
import { compareTitles, PORTFOLIO_WORDS, parseTitle } from './titles.js'

export { type NumberOptions, valueRange, valuesAgree } from './numbers.js'
export { compareTitles, parseTitle, type TitleInfo, type TitleVerdict } from './titles.js'

/** Options of {@link findContradictions}. */
export interface ContradictOptions extends NumberOptions {
  /**
   * Fewest alignment score for two claims to be read as the same event when
   * comparing dates and places (default 0.3, the alignment's link threshold).
   */
  eventThreshold?: number
  /** Fewest alignment score for two claims' numbers to be compared (default 0.25). */
  numberThreshold?: number
  /** Words on each side of a number read as its context (default 5). */
  numberWindow?: number
  /** Fewest words of the shorter quote for two quotes to be compared (default 4). */
  minQuoteWords?: number
  /**
   * Share of the shorter quote's words that must recur, in order, in the
   * other for the two to be one quote (default 0.8).
   */
  sameQuoteRatio?: number
  /** Words before a number searched for a growth cue ("rose to") (default 4). */
  cueWindow?: number
  /** Characters around a number within which a time expression dates it (default 60). */
  timeReach?: number
}

/** Defaults of {@link ContradictOptions} (number options: see `NUMBER_DEFAULTS`). */
export const CONTRADICT_DEFAULTS = {
  eventThreshold: 0.3,
  numberThreshold: 0.25,
  numberWindow: 5,
  minQuoteWords: 4,
  sameQuoteRatio: 0.8,
  cueWindow: 4,
  timeReach: 60,
}

type Options = typeof CONTRADICT_DEFAULTS & NumberOptions

/** Everything a detector may read. */
export interface StoryMaterial {
  docs: readonly AnalyzedArticle[]
  claims: readonly Claim[]
  alignment: Alignment
  /** The story's date with each article's vote (optional: enables the lead-date check). */
  date?: StoryDate
}

/** Result of {@link findContradictions}. */
export interface ContradictionResult {
  contradictions: Contradiction[]
  dismissals: Dismissal[]
}

interface Finding {
  kind: ContradictionKind
  /** Merge key: findings with the same key become one contradiction. */
  key: string
  subject: Subject
  values: ContradictionValue[]
  rule: string
  why: string
}

/** The sentence(s) of `doc` covering `span`, as evidence. */
export function evidenceFor(doc: AnalyzedArticle, span: Span): Evidence {
  const sentences = doc.annotations.sentences
  let start = span.start
  let end = span.end
  for (const s of sentences) {
    if (s.start <= span.start && s.end > span.start) start = Math.min(start, s.start)
    if (s.start < span.end && s.end >= span.end) end = Math.max(end, s.end)
  }
  return { article: doc.article.id, start, end, text: doc.article.text.slice(start, end) }
}

function claimEvidence(claim: Claim): Evidence {
  return { article: claim.article, start: claim.start, end: claim.end, text: claim.text }
}

/* ------------------------------------------------------------------ roles */

/**
 * A role's title as the text states it. The annotator may cut a coordinated
 * list of portfolios ("Trade, Investment and | Industry Cabinet Secretary");
 * the title is extended back over such a list when every word of it names a
 * portfolio.
 */
export function statedTitle(text: string, role: Role): string {
  const before = text.slice(Math.max(0, role.start - 80), role.start)
  const m = /((?:\p{Lu}\p{L}+,\s+)*\p{Lu}\p{L}+,?\s+and\s+)$/u.exec(before)
  if (m?.[1] && words(m[1]).every((w) => w.lower === 'and' || PORTFOLIO_WORDS[w.lower])) {
    return `${m[1]}${role.title}`.replace(/\s+/g, ' ')
  }
  return role.title.trim()
}

function findRoleConflicts(m: StoryMaterial, out: Finding[], dismissals: Dismissal[]): void {
  type Stated = { article: string; title: string; evidence: Evidence; actor: string; name: string }
  const canonical = personAliases(m.docs.flatMap((d) => d.annotations.mentions.map((x) => x.actor)))
  const byActor = new Map<string, Stated[]>()
  for (const doc of m.docs) {
    for (const mention of doc.annotations.mentions) {
      if (!mention.role || mention.actor.kind !== 'person') continue
      const actor = canonical.get(mention.actor.id) ?? mention.actor.id
      const list = byActor.get(actor) ?? []
      const title = statedTitle(doc.article.text, mention.role)
      if (list.some((s) => s.article === doc.article.id && s.title.toLowerCase() === title.toLowerCase()))
        continue
      list.push({
        article: doc.article.id,
        title,
        evidence: evidenceFor(doc, mention.role.start < mention.start ? mention.role : mention),
        actor,
        name: mention.actor.name,
      })
      byActor.set(actor, list)
    }
  }
  for (const [actor, stated] of [...byActor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const specific = stated.filter((s) => {
      const t = parseTitle(s.title)
      return t.family !== 'generic' && !t.notCurrent
    })
    let conflict: { rule: string; why: string } | null = null
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        const x = stated[i] as Stated
        const y = stated[j] as Stated
        if (x.article === y.article || x.title.toLowerCase() === y.title.toLowerCase()) continue
        const verdict = compareTitles(x.title, y.title)
        const values = [roleValue(x), roleValue(y)]
        if (!verdict.compatible) conflict ??= verdict
        else
          dismissals.push({
            kind: 'role',
            subject: { text: x.name, actor },
            values,
            rule: `compatible-title:${verdict.rule}`,
            why: verdict.why,
          })
      }
    }
    if (!conflict) continue
    const longest = stated.reduce((l, s) => (s.name.length > l.name.length ? s : l))
    out.push({
      kind: 'role',
      key: `role ${actor}`,
      subject: { text: longest.name, actor },
      values: specific.map(roleValue),
      rule: `incompatible-titles:${conflict.rule}`,
      why: conflict.why,
    })
  }
}

function roleValue(s: { article: string; title: string; evidence: Evidence }): ContradictionValue {
  return { value: s.title, normalized: s.title.toLowerCase(), article: s.article, evidence: s.evidence }
}

/* ----------------------------------------------------------------- quotes */

interface QuoteRef {
  doc: AnalyzedArticle
  quote: Quote
  words: string[]
}

const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't")

/**
 * Words of `ws` inside the stretch the other quote matched (plus two words
 * before it), where a difference changes what the shared words say.
 */
function alignedRegion(ws: readonly string[], matched: readonly number[]): string[] {
  if (matched.length === 0) return []
  const first = Math.max(0, (matched[0] as number) - 2)
  const last = matched[matched.length - 1] as number
  return ws.slice(first, last + 1)
}

/** A material difference between two renderings of one quote, or `null`. */
function materialDifference(x: QuoteRef, y: QuoteRef, match: LcsMatch): string | null {
  const rx = alignedRegion(x.words, match.matchedA)
  const ry = alignedRegion(y.words, match.matchedB)
  const nx = rx.filter(isNegation).length
  const ny = ry.filter(isNegation).length
  if (nx !== ny)
    return `a negation (${[...rx, ...ry].filter(isNegation).join(', ')}) is in one rendering only`
  const sx = new Set(rx)
  const sy = new Set(ry)
  for (const [p, q] of ANTONYMS) {
    if (
      (sx.has(p) && !sx.has(q) && sy.has(q) && !sy.has(p)) ||
      (sx.has(q) && !sx.has(p) && sy.has(p) && !sy.has(q))
    ) {
      return `"${p}" in one rendering, "${q}" in the other`
    }
  }
  const numsX = rx.filter((w) => isNumeric(w))
  const numsY = ry.filter((w) => isNumeric(w))
  if (numsX.length > 0 && numsY.length > 0 && numsX.join() !== numsY.join()) {
    return `different numbers (${numsX.join(', ')} vs ${numsY.join(', ')})`
  }
  return null
}

function findQuoteConflicts(m: StoryMaterial, o: Options, out: Finding[], dismissals: Dismissal[]): void {
  const refs: QuoteRef[] = []
  for (const doc of m.docs) {
    for (const quote of doc.annotations.quotes) {
      refs.push({ doc, quote, words: words(quote.text).map((w) => w.lower.replace(/’/g, "'")) })
    }
  }
  // Union quotes carrying the same words; remember the conflicting pairs.
  const sets = new DisjointSets<number>()
  refs.forEach((_, i) => {
    sets.add(i)
  })
  const find = (i: number) => sets.find(i)
  const speakerPairs: [number, number][] = []
  const wordingPairs: [number, number, string][] = []
  for (let i = 0; i < refs.length; i++) {
    for (let j = i + 1; j < refs.length; j++) {
      const x = refs[i] as QuoteRef
      const y = refs[j] as QuoteRef
      if (x.doc === y.doc) continue
      const shorter = Math.min(x.words.length, y.words.length)
      if (shorter < o.minQuoteWords) continue
      const match = lcs(x.words, y.words)
      if (match.length / shorter < o.sameQuoteRatio) continue
      sets.union(i, j)
      const sx = x.quote.speaker
      const sy = y.quote.speaker
      if (sx && sy && !sameSpeaker(sx, sy)) {
        speakerPairs.push([i, j])
        continue
      }
      const diff = materialDifference(x, y, match)
      if (diff) wordingPairs.push([i, j, diff])
      else if (x.words.join(' ') !== y.words.join(' ')) {
        dismissals.push({
          kind: 'quote-wording',
          subject: { text: quoteSubject(x, y) },
          values: [quoteValue(x), quoteValue(y)],
          rule: shorter === match.length ? 'omission' : 'minor-wording',
          why:
            shorter === match.length
              ? 'one rendering quotes part of the other'
              : 'the renderings differ only in words that do not change what is said',
        })
      }
    }
  }
  const speakerName = (r: QuoteRef) => r.quote.speaker?.name ?? 'unattributed'
  for (const [i, j] of speakerPairs) {
    const root = find(i)
    const members = refs.filter((_, k) => find(k) === root && refs[k]?.quote.speaker)
    const x = refs[i] as QuoteRef
    out.push({
      kind: 'quote-speaker',
      key: `quote-speaker ${root}`,
      subject: { text: `who said “${refs[root]?.quote.text ?? x.quote.text}”` },
      values: members.map((r) => ({
        ...quoteValue(r),
        value: speakerName(r),
        normalized: r.quote.speaker?.id ?? '',
      })),
      rule: 'same-words-different-speakers',
      why: `the same words are attributed to ${speakerName(x)} and to ${speakerName(refs[j] as QuoteRef)}`,
    })
  }
  for (const [i, j, diff] of wordingPairs) {
    const root = find(i)
    const members = refs.filter((_, k) => find(k) === root)
    const x = refs[i] as QuoteRef
    const subject: Subject = { text: quoteSubject(x, refs[j] as QuoteRef) }
    const speaker = x.quote.speaker ?? refs[j]?.quote.speaker
    if (speaker) subject.actor = speaker.id
    out.push({
      kind: 'quote-wording',
      key: `quote-wording ${root}`,
      subject,
      values: members.map(quoteValue),
      rule: 'material-difference',
      why: diff,
    })
  }
}

function quoteSubject(x: QuoteRef, y: QuoteRef): string {
  const speaker = x.quote.speaker?.name ?? y.quote.speaker?.name
  const shorter = x.quote.text.length <= y.quote.text.length ? x : y
  return speaker ? `${speaker}: “${shorter.quote.text}”` : `“${shorter.quote.text}”`
}

function quoteValue(r: QuoteRef): ContradictionValue {
  return { value: r.quote.text, article: r.doc.article.id, evidence: evidenceFor(r.doc, r.quote) }
}

/* ------------------------------------------------- numbers, dates, places */

/** Content-word meanings within `window` words of a span of a claim (the span's own words excluded). */
function contextOf(claim: Claim, span: Span, window: number): Set<string> {
  const ws = words(claim.text, claim.start)
  const before = ws.filter((w) => w.end <= span.start).slice(-window)
  const after = ws.filter((w) => w.start >= span.end).slice(0, window)
  const out = new Set<string>()
  for (const w of [...before, ...after]) {
    const lower = w.lower.replace(/'s$/, '')
    if (lower.length < 2 || STOP_WORDS.has(lower) || isNumeric(lower)) continue
    out.add(meaning(normalizeWord(lower)))
  }
  return out
}

/** Whether a change cue (`rose`, `fell`, `now`) sits just before the quantity. */
function changeCue(claim: Claim, q: Quantity, cues: ReadonlySet<string>, window: number): string | null {
  const before = words(claim.text, claim.start)
    .filter((w) => w.end <= q.start)
    .slice(-window)
  return before.find((w) => cues.has(w.lower))?.lower ?? null
}

/** When a quantity holds: the days (or months, years) of the claim's times close to it ("19 on Monday"). */
function timeContext(claim: Claim, q: Quantity, reach: number): Set<string> {
  const out = new Set<string>()
  for (const t of claim.times) {
    if (!t.value) continue
    if (t.start - q.end > reach || q.start - t.end > reach) continue
    out.add(t.grain === 'day' || t.grain === 'instant' ? t.value.slice(0, 10) : t.value)
  }
  return out
}

/**
 * The kind of thing a quantity counts: its unit, with counts of people
 * ("16 workers", "26 bodies", "the toll stood at 16") folded into one class.
 */
function unitClass(claim: Claim, q: Quantity): string {
  const unit = (q.unit ?? '').toLowerCase()
  if (PEOPLE_UNITS.has(unit)) return 'people'
  if (unit === '') {
    const near = claim.text
      .slice(Math.max(0, q.start - claim.start - 30), q.end - claim.start + 30)
      .toLowerCase()
    if (PEOPLE_CONTEXT.test(near)) return 'people'
  }
  return unit
}

function phrase(link: ClaimLink): string {
  return link.sharedTerms.slice(0, 4).join(' ')
}

function findNumberConflicts(
  m: StoryMaterial,
  o: Options,
  out: Finding[],
  dismissals: Dismissal[],
  groupOf: Map<string, number>,
): void {
  const claims = new Map(m.claims.map((c) => [c.id, c]))
  for (const link of m.alignment.candidates) {
    if (link.score < o.numberThreshold) continue
    const a = claims.get(link.a)
    const b = claims.get(link.b)
    if (!a || !b || a.quantities.length === 0 || b.quantities.length === 0) continue
    const classA = a.quantities.map((q) => unitClass(a, q))
    const classB = b.quantities.map((q) => unitClass(b, q))
    a.quantities.forEach((qa, ia) => {
      const cls = classA[ia] as string
      const ca = contextOf(a, qa, o.numberWindow)
      const ta = timeContext(a, qa, o.timeReach)
      const sameClassA = a.quantities.filter((_, k) => classA[k] === cls)
      // Pair the number with the other claim's number of the same class in the most similar context.
      let best: { qb: Quantity; shared: number; tb: Set<string> } | null = null
      b.quantities.forEach((qb, ib) => {
        if (classB[ib] !== cls) return
        const tb = timeContext(b, qb, o.timeReach)
        // Figures for different days, months or years are different quantities.
        if (ta.size > 0 && tb.size > 0 && ![...ta].some((t) => tb.has(t))) return
        const cb = contextOf(b, qb, o.numberWindow)
        const shared = [...ca].filter((t) => cb.has(t)).length
        if (!best || shared > best.shared) best = { qb, shared, tb }
      })
      const pick = best as { qb: Quantity; shared: number; tb: Set<string> } | null
      if (!pick) return
      const sameClassB = b.quantities.filter((_, k) => classB[k] === cls)
      const lone = sameClassA.length === 1 && sameClassB.length === 1 && link.score >= o.eventThreshold
      if (pick.shared === 0 && !lone) return
      const qb = pick.qb
      const values: ContradictionValue[] = [
        {
          value: qa.text,
          normalized: String(qa.value),
          article: a.article,
          evidence: claimEvidence(a),
          claim: a.id,
        },
        {
          value: qb.text,
          normalized: String(qb.value),
          article: b.article,
          evidence: claimEvidence(b),
          claim: b.id,
        },
      ]
      const subject: Subject = { text: `${cls || 'count'}: ${phrase(link)}`.trim() }
      // A figure matching any figure of its kind in the other claim is not in conflict.
      const matchesA = sameClassB.some((x) => valuesAgree(qa, x, o))
      const matchesB = sameClassA.some((x) => valuesAgree(qb, x, o))
      if (matchesA || matchesB) {
        if (valuesAgree(qa, qb, o) && qa.value !== qb.value) {
          dismissals.push({
            kind: 'number',
            subject,
            values,
            rule: qa.hedge || qb.hedge ? 'hedge' : 'rounding',
            why: `${qa.text} and ${qb.text} agree once rounding and hedges are allowed for`,
          })
        }
        return
      }
      const sameTime = ta.size > 0 && pick.tb.size > 0
      if (!sameTime) {
        const [low, high, lowClaim, highClaim] = qa.value < qb.value ? [qa, qb, a, b] : [qb, qa, b, a]
        const cue =
          changeCue(highClaim, high, GROWTH_CUES, o.cueWindow) ??
          changeCue(lowClaim, low, DECLINE_CUES, o.cueWindow)
        if (cue) {
          dismissals.push({
            kind: 'number',
            subject,
            values,
            rule: 'changed-over-time',
            why: `"${cue}" says the figure changed over time (${low.text} → ${high.text})`,
          })
          return
        }
      }
      out.push({
        kind: 'number',
        key: `number ${groupOf.get(a.id) ?? a.id} ${cls}`,
        subject,
        values,
        rule: 'values-beyond-rounding',
        why:
          `${qa.text} and ${qb.text} cannot both be right, even allowing for rounding and hedges` +
          (sameTime ? ` (both for ${[...ta].join(', ')})` : ''),
      })
    })
  }
}

/** Day-grain resolved values of a claim. */
function days(claim: Claim): string[] {
  return [
    ...new Set(
      claim.times.filter((t) => t.grain === 'day' && t.value).map((t) => (t.value as string).slice(0, 10)),
    ),
  ]
}

function findDateConflicts(
  m: StoryMaterial,
  o: Options,
  out: Finding[],
  dismissals: Dismissal[],
  groupOf: Map<string, number>,
  leadDays: ReadonlySet<string>,
): void {
  const claims = new Map(m.claims.map((c) => [c.id, c]))
  for (const link of m.alignment.candidates) {
    if (link.score < o.eventThreshold) continue
    const a = claims.get(link.a)
    const b = claims.get(link.b)
    if (!a || !b) continue
    const da = days(a)
    const db = days(b)
    // One day each: the claim dates one event. Several days describe a sequence.
    if (da.length !== 1 || db.length !== 1) continue
    const ta = a.times.find((t) => t.grain === 'day' && t.value) as NonNullable<Claim['times'][number]>
    const tb = b.times.find((t) => t.grain === 'day' && t.value) as NonNullable<Claim['times'][number]>
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
    const subject: Subject = { text: `date of: ${phrase(link)}` }
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
function findLeadDateConflicts(m: StoryMaterial, out: Finding[]): Set<string> {
  const votes = (m.date?.votes ?? []).filter((v) => v.source === 'time-expression' && v.evidence)
  const days = new Set(votes.map((v) => v.value))
  if (days.size < 2) return new Set()
  const claims = m.claims
  out.push({
    kind: 'date',
    key: 'date lead',
    subject: { text: 'date of the event' },
    values: votes.map((v) => {
      const evidence = v.evidence as Evidence
      const claim = claims.find(
        (c) => c.article === v.article && c.start <= evidence.start && c.end >= evidence.start,
      )
      const value: ContradictionValue = {
        value: v.expression ?? v.value,
        normalized: v.value,
        article: v.article,
        evidence,
      }
      if (claim) value.claim = claim.id
      return value
    }),
    rule: 'lead-dates-differ',
    why: `the reports' leads date the event ${[...days].sort().join(' and ')}`,
  })
  return days
}

/** Places a claim locates its event in ("in Mombasa", "at the port of X"), with their kind. */
function locatives(claim: Claim, doc: AnalyzedArticle): { id: string; kind: string; text: string }[] {
  const text = doc.article.text
  return doc.annotations.mentions
    .filter(
      (mn) =>
        mn.start >= claim.start &&
        mn.end <= claim.end &&
        (mn.actor.kind === 'place' || mn.actor.kind === 'country') &&
        LOCATIVE_BEFORE.test(text.slice(Math.max(claim.start, mn.start - 30), mn.start)),
    )
    .map((mn) => ({ id: mn.actor.id, kind: mn.actor.kind, text: mn.text }))
}

function findPlaceConflicts(
  m: StoryMaterial,
  o: Options,
  out: Finding[],
  groupOf: Map<string, number>,
): void {
  const claims = new Map(m.claims.map((c) => [c.id, c]))
  const docs = new Map(m.docs.map((d) => [d.article.id, d]))
  for (const link of m.alignment.candidates) {
    if (link.score < o.eventThreshold) continue
    const a = claims.get(link.a)
    const b = claims.get(link.b)
    const docA = a && docs.get(a.article)
    const docB = b && docs.get(b.article)
    if (!a || !b || !docA || !docB) continue
    const pa = locatives(a, docA)
    const pb = locatives(b, docB)
    if (pa.length === 0 || pb.length === 0) continue
    // A claim naming the other's place anywhere agrees with it ("in Tokyo" vs "in Japan's capital, Tokyo").
    if (pa.some((p) => b.places.includes(p.id)) || pb.some((p) => a.places.includes(p.id))) continue
    for (const kind of ['place', 'country']) {
      const xa = pa.filter((p) => p.kind === kind)
      const xb = pb.filter((p) => p.kind === kind)
      // Only places of one kind compare: a city is not known to lie outside a country.
      if (xa.length === 0 || xb.length === 0) continue
      const va = xa[0] as { id: string; text: string }
      const vb = xb[0] as { id: string; text: string }
      out.push({
        kind: 'place',
        key: `place ${groupOf.get(a.id) ?? a.id}`,
        subject: { text: `place of: ${phrase(link)}` },
        values: [
          { value: va.text, normalized: va.id, article: a.article, evidence: claimEvidence(a), claim: a.id },
          { value: vb.text, normalized: vb.id, article: b.article, evidence: claimEvidence(b), claim: b.id },
        ],
        rule: `different-${kind === 'place' ? 'places' : 'countries'}`,
        why: `the same event is located in ${va.text} and in ${vb.text}`,
      })
      break
    }
  }
}

/* ------------------------------------------------------------------ merge */

/** Merge findings with one key into one contradiction with every distinct value. */
function merge(findings: readonly Finding[]): Contradiction[] {
  const byKey = new Map<string, Finding[]>()
  for (const f of findings) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f])
  const counters = new Map<ContradictionKind, number>()
  const out: Contradiction[] = []
  for (const group of byKey.values()) {
    const first = group[0] as Finding
    const values: ContradictionValue[] = []
    for (const f of group) {
      for (const v of f.values) {
        if (
          values.some(
            (x) => x.article === v.article && x.evidence.start === v.evidence.start && x.value === v.value,
          )
        )
          continue
        values.push(v)
      }
    }
    values.sort((x, y) =>
      x.article < y.article ? -1 : x.article > y.article ? 1 : x.evidence.start - y.evidence.start,
    )
    const n = (counters.get(first.kind) ?? 0) + 1
    counters.set(first.kind, n)
    out.push({
      id: `${first.kind}:${n}`,
      kind: first.kind,
      subject: first.subject,
      values,
      rule: first.rule,
      why: [...new Set(group.map((f) => f.why))].join('; '),
    })
  }
  return out
}

/**
 * Find the contradictions of one story.
 *
 * @param material The story's articles (times resolved), claims and alignment.
 * @param options Thresholds (optional; see {@link ContradictOptions}).
 */
export function findContradictions(
  material: StoryMaterial,
  options: Readonly<ContradictOptions> = {},
): ContradictionResult {
  const o: Options = { ...CONTRADICT_DEFAULTS, ...options }
  const groupOf = new Map<string, number>()
  material.alignment.groups.forEach((g, i) => {
    for (const id of g) groupOf.set(id, i)
  })
  const findings: Finding[] = []
  const dismissals: Dismissal[] = []
  findRoleConflicts(material, findings, dismissals)
  findQuoteConflicts(material, o, findings, dismissals)
  findNumberConflicts(material, o, findings, dismissals, groupOf)
  const leadDays = findLeadDateConflicts(material, findings)
  findDateConflicts(material, o, findings, dismissals, groupOf, leadDays)
  findPlaceConflicts(material, o, findings, groupOf)
  return { contradictions: merge(findings), dismissals }
}
