/**
 * Alignment: match the claims of a story's articles that state the same thing
 * in other words. Two claims are compared on
 *
 * - their own words (names left out, synonyms folded, weighted by rarity in
 *   the story), the predicate that says *what* happened;
 * - the actors they name (by canonical id, so aliases match);
 * - the numbers and resolved dates they carry;
 * - the direct quotes they share (the same words in quotation marks).
 *
 * A claim links to its best match in each other article when the combined
 * score clears {@link AlignOptions.linkThreshold}; linked claims form groups.
 * A link between near-identical passages is marked `copy` (a wire copy).
 */

import { NUMBER_WORDS } from '../../document/annotate/quantities/tables.js'
import type { AnalyzedArticle, Claim, ClaimLink, Span } from '../../model/index.js'
import { DisjointSets } from '../text/disjoint.js'
import { actorAliases, initials } from '../text/names.js'
import { containment, jaccard, shingles } from '../text/shingles.js'
import { normalize, type SparseVector } from '../text/vector.js'
import { isNumeric, normalizeWord, STOP_WORDS, type Word, words } from '../text/words.js'
import { meaning, PHRASE_WORDS } from './synonyms.js'

/** Options of {@link alignClaims}. */
export interface AlignOptions {
  /** Fewest combined score (0–1) for two claims to state the same thing (default 0.25). */
  linkThreshold?: number
  /**
   * Fewest similarity of the claims' own words (default 0.12): names and
   * dates alone never align two claims ("Holt met Brand" and "Holt
   * praised Brand" share only actors).
   */
  minLexical?: number
  /** Weight of the own-words similarity in the score (default 0.65). */
  lexicalWeight?: number
  /** Weight of the shared-actor Jaccard in the score (default 0.2). */
  actorWeight?: number
  /**
   * When either claim names no actor, the actor similarity is this share of
   * the lexical one (default 0.5): an unnamed actor ("the agency") is no
   * evidence of a different one, but weaker evidence than a shared name.
   */
  unnamedActorShare?: number
  /** Bonus for a shared number (default 0.075). */
  numberBonus?: number
  /** Bonus for a shared resolved date (default 0.075). */
  timeBonus?: number
  /**
   * Share of the shorter quote's 3-word runs the other claim's quotes must
   * hold for the two to carry the same quote (default 0.6); a shared quote
   * aligns two claims on its own.
   */
  quoteContainment?: number
  /**
   * Jaccard of the two passages' own 4-word runs (quotes left out) above
   * which they are copies of one text (default 0.6).
   */
  copyJaccard?: number
  /** Fewest own 4-word runs for a passage to be judged a copy (default 6). */
  minCopyShingles?: number
  /**
   * Fewest score for a pair to be kept as a candidate for the contradiction
   * detectors even when it is not a best match (default 0.15).
   */
  candidateThreshold?: number
  /**
   * Fewest score for a link that is the best match of only one of its two
   * claims (default 0.6); below it, both claims must be each other's best.
   */
  oneSidedThreshold?: number
  /**
   * Fewest score for a link that is the best match of only one of its claims
   * when both give one figure with its unit (default 0.15): a short sentence
   * restating one figure of a long one is rarely the long one's best match.
   */
  anchoredThreshold?: number
  /**
   * Fewest score between any two claims of different articles in one group
   * (default 0.15): links chain, and a chain must not join two statements.
   */
  groupCohesion?: number
  /**
   * Content words on each side of a figure read as its context (default 4): a
   * one-sided link on a shared figure needs a shared word there ("injured
   * more than 30" / "30 others were injured").
   */
  figureWindow?: number
  /**
   * Relative difference within which two values of one unit are one figure
   * (default 0.05: "$1.46 billion" and "$1.5 billion"). Claims giving a unit
   * only different values are two readings and never linked.
   */
  figureTolerance?: number
  /**
   * Share of the story's claims above which a word is a topic word (default
   * 0.15): a topic word around two figures does not make them one fact.
   */
  commonTermShare?: number
}

/** Defaults of {@link AlignOptions}. */
export const ALIGN_DEFAULTS: Required<AlignOptions> = {
  linkThreshold: 0.25,
  minLexical: 0.12,
  lexicalWeight: 0.65,
  actorWeight: 0.2,
  unnamedActorShare: 0.5,
  numberBonus: 0.075,
  timeBonus: 0.075,
  quoteContainment: 0.6,
  copyJaccard: 0.6,
  minCopyShingles: 6,
  candidateThreshold: 0.15,
  oneSidedThreshold: 0.6,
  anchoredThreshold: 0.15,
  groupCohesion: 0.15,
  figureWindow: 4,
  figureTolerance: 0.05,
  commonTermShare: 0.15,
}

/** What alignment compares of one claim. */
export interface ClaimFeatures {
  claim: Claim
  /** Meanings of its own words (names excluded), with the word as first written. */
  terms: Map<string, string>
  actors: Set<string>
  /** `unit:value` of each quantity. */
  numbers: Set<string>
  /** Per figure (`unit:value`), the meanings of the content words around it. */
  figureContext: Map<string, Set<string>>
  /** Resolved time values. */
  times: Set<string>
  /** 3-word runs of its direct quotes (their words inside the claim). */
  quoteShingles: Set<string>
  /** 4-word runs of its own words (quotes left out). */
  ownShingles: Set<string>
}

/** Result of {@link alignClaims}. */
export interface Alignment {
  features: Map<string, ClaimFeatures>
  links: ClaimLink[]
  /** Every cross-article pair scoring at least {@link AlignOptions.candidateThreshold}, links included. */
  candidates: ClaimLink[]
  /** Claim ids of each group of aligned claims (a lone claim is a group of one), in reading order. */
  groups: string[][]
}

/**
 * Compute {@link ClaimFeatures} of a claim of `doc`.
 *
 * @param canonical Actor id → the story's canonical id for it (optional; see `actorAliases`).
 * @param figureWindow Words on each side of a figure read as its context (see {@link AlignOptions.figureWindow}).
 */
export function claimFeatures(
  claim: Claim,
  doc: AnalyzedArticle,
  canonical: ReadonlyMap<string, string> = new Map(),
  figureWindow = ALIGN_DEFAULTS.figureWindow,
): ClaimFeatures {
  const { text } = doc.article
  const quotes = claim.quotes.map((i) => doc.annotations.quotes[i]).filter((q) => q !== undefined)
  // Names, titles and dates are compared as actors and times, not as words: the
  // words say what happened.
  const skip: Span[] = []
  for (const m of doc.annotations.mentions) {
    if (m.start >= claim.start && m.end <= claim.end) skip.push(m)
    if (m.role && m.role.start >= claim.start && m.role.end <= claim.end) skip.push(m.role)
  }
  const fringe = nameFringe(claim, doc)
  const durations = missedDurations(claim)
  skip.push(...claim.times, ...claim.quantities, ...durations, ...fringe.spans)
  const terms = new Map<string, string>()
  const all = words(claim.text, claim.start)
  /** Meaning of each content word, by its index in `all`. */
  const meaningAt = new Map<number, string>()
  const phrases = phrasesIn(all)
  for (const [i, w] of all.entries()) {
    if (skip.some((m) => w.start < m.end && w.end > m.start)) continue
    // A phrase ("no one", "into the water") counts once, by what it stands for, at its first word.
    const phrase = phrases.get(i)
    if (phrase === null) continue
    if (phrase) {
      meaningAt.set(i, phrase.meanings[0] as string)
      const written = claim.text.slice(w.start - claim.start, phrase.end - claim.start)
      for (const m of phrase.meanings) if (!terms.has(m)) terms.set(m, written)
      continue
    }
    const lower = w.lower.replace(/'s$/, '')
    if (lower.length < 2 || STOP_WORDS.has(lower) || isNumeric(lower)) continue
    meaningAt.set(i, meaning(normalizeWord(lower)))
    // Hyphenated words also count by their parts ("co-developing" meets "developing").
    const parts = lower.includes('-') ? [lower, ...lower.split('-').filter((p) => p.length > 2)] : [lower]
    for (const p of parts) {
      if (STOP_WORDS.has(p)) continue
      const m = meaning(normalizeWord(p))
      if (!terms.has(m)) terms.set(m, w.text)
    }
  }
  const figures = [
    ...claim.quantities.map((q) => ({
      start: q.start,
      end: q.end,
      key: `${q.unit ? meaning(normalizeWord(q.unit.toLowerCase())) : ''}:${q.value}`,
    })),
    ...durations,
  ]
  const figureContext = new Map<string, Set<string>>()
  for (const f of figures) {
    const inside = [...all.keys()].filter(
      (i) => all[i] && (all[i] as Word).start < f.end && (all[i] as Word).end > f.start,
    )
    const first = Math.min(...inside)
    const last = Math.max(...inside)
    const around = figureContext.get(f.key) ?? new Set<string>()
    const content = [...meaningAt.keys()].sort((x, y) => x - y)
    const before = content.filter((i) => i < first).slice(-figureWindow)
    const after = content.filter((i) => i > last).slice(0, figureWindow)
    for (const i of [...before, ...after]) around.add(meaningAt.get(i) as string)
    figureContext.set(f.key, around)
  }
  // Only the quote's words inside the claim: a quote running over two sentences
  // lends neither sentence the other's words.
  const quoteShingles = new Set<string>()
  for (const q of quotes) {
    const part = text.slice(Math.max(q.start, claim.start), Math.min(q.end, claim.end))
    for (const s of shingles(part, 3)) quoteShingles.add(s)
  }
  const ownShingles = new Set<string>()
  let from = claim.start
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (q.start > from) for (const s of shingles(text.slice(from, q.start), 4, false)) ownShingles.add(s)
    from = Math.max(from, q.end)
  }
  if (claim.end > from) for (const s of shingles(text.slice(from, claim.end), 4, false)) ownShingles.add(s)
  return {
    claim,
    terms,
    // One outlet's "Ruiz" or "HPGA" is another's "Ana María Ruiz" or "Harbour Pilots Guild of Averna".
    actors: new Set([...claim.actors, ...fringe.names].map((id) => canonical.get(id) ?? id)),
    // Units fold like words: "5.9 quake" and "5.9 earthquake" are one figure.
    numbers: new Set(figures.map((f) => f.key)),
    figureContext,
    times: new Set(claim.times.map((t) => t.value).filter((v): v is string => v !== null)),
    quoteShingles,
    ownShingles,
  }
}

/**
 * Name words the actor annotator left out of its mentions: capitalised words
 * running into an organisation's mention ("*Coastal*, Marine and
 * Weather Agency") and acronyms ("CMWA", "LRV"). They name who, not what
 * happened: the fringe is left out of the words, and each acronym is compared
 * as an actor (`name:<acronym>`).
 */
function nameFringe(claim: Claim, doc: AnalyzedArticle): { spans: Span[]; names: string[] } {
  const { text } = doc.article
  const mentions = doc.annotations.mentions.filter((m) => m.start >= claim.start && m.end <= claim.end)
  const spans: Span[] = []
  for (const m of mentions) {
    if (m.actor.kind !== 'organization') continue
    let start = m.start
    for (;;) {
      // A connector between two name words ("National Cyber *and* Information
      // Security Agency", "Board *of* Trade") joins them: the walk crosses it to a
      // capitalised word (the connector is a stop word anyway).
      const before = /(\p{Lu}[\p{L}’'-]*)(?:,\s*|\s+(?:(?:and|of|for|&)\s+)?)$/u.exec(
        text.slice(Math.max(claim.start, start - 40), start),
      )
      if (!before || before.index === undefined) break
      const at = start - before[0].length
      // The claim's first word is capitalised anyway.
      if (at <= claim.start) break
      spans.push({ start: at, end: at + (before[1] as string).length })
      start = at
    }
  }
  const names: string[] = []
  for (const w of words(claim.text, claim.start)) {
    if (!/^\p{Lu}{2,6}$/u.test(w.text)) continue
    // A currency's letters ("GH¢", "US$", "HK$") name no one, and say nothing either.
    if (/^\p{Sc}/u.test(text.slice(w.end, w.end + 1))) {
      spans.push(w)
      continue
    }
    if (mentions.some((m) => w.start >= m.start && w.end <= m.end)) continue
    spans.push(w)
    names.push(`name:${w.lower}`)
  }
  return { spans, names }
}

/**
 * The {@link PHRASE_WORDS} in a claim's words: index of a phrase's first word →
 * the meanings it stands for and where it ends; index of its other words →
 * `null` (skipped).
 */
function phrasesIn(all: readonly Word[]): Map<number, { meanings: readonly string[]; end: number } | null> {
  const out = new Map<number, { meanings: readonly string[]; end: number } | null>()
  for (let i = 0; i < all.length; i++) {
    if (out.has(i)) continue
    const p = PHRASE_WORDS.find((x) => x.words.every((w, k) => all[i + k]?.lower === w))
    if (!p) continue
    out.set(i, { meanings: p.meanings, end: (all[i + p.words.length - 1] as Word).end })
    for (let k = 1; k < p.words.length; k++) out.set(i + k, null)
    i += p.words.length - 1
  }
  return out
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((x) => b.has(x))
}

/** A duration written out ("12 minutes later", "60 days before") that is no annotated quantity. */
const DURATION =
  /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)[\s-]+(second|minute|hour|day|week|month|year)s?\b/giu

/**
 * A clock time ("9.45 a.m.", "4:12 pm", "1 pm", "15:42"): outlets write the separator, the
 * suffix and the notation (12- or 24-hour) differently.
 */
const CLOCK =
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?|(?<![\d.:,])\b([01]?\d|2[0-3]):([0-5]\d)\b(?![.:,]?\d)(?!\s*[ap]\.?\s?m\b)/giu

/**
 * Durations and clock times the annotators left out (they may read "60 days
 * before" as an unresolved time, or skip "about 12 minutes later" and
 * "9.45 a.m."), as figures `unit:value`: one outlet's "12 minutes later" is
 * another's "12 minutes after the blast", its "9.45 a.m." another's "9.45 am".
 */
function missedDurations(claim: Claim): (Span & { key: string })[] {
  const out: (Span & { key: string })[] = []
  for (const m of claim.text.matchAll(DURATION)) {
    const start = claim.start + (m.index ?? 0)
    const end = start + m[0].length
    if (claim.quantities.some((q) => q.start < end && q.end > start)) continue
    const raw = (m[1] as string).toLowerCase()
    const value = NUMBER_WORDS[raw] ?? Number(raw)
    out.push({ start, end, key: `${meaning(normalizeWord((m[2] as string).toLowerCase()))}:${value}` })
  }
  // Clock times, as `clock:<minutes after midnight>`, whether or not a time expression
  // resolved them: "3:42 pm" in one report is "15:42" in another, and the two may be
  // resolved to different days by reports dated differently.
  const clocks = new Set<string>()
  for (const m of claim.text.matchAll(CLOCK)) {
    const start = claim.start + (m.index ?? 0)
    const end = start + m[0].length
    const minutes =
      m[3] !== undefined
        ? ((Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m[2] ?? 0)
        : Number(m[4]) * 60 + Number(m[5])
    clocks.add(`clock:${minutes}`)
    out.push({ start, end, key: `clock:${minutes}` })
  }
  // A resolved time of day the text writes some other way ("at noon").
  for (const t of claim.times) {
    const at = /T(\d{2}):(\d{2})/.exec(t.value ?? '')
    if (!at) continue
    const key = `clock:${Number(at[1]) * 60 + Number(at[2])}`
    if (clocks.has(key) || /\bmidnight\b/i.test(t.text)) continue
    clocks.add(key)
    out.push({ start: t.start, end: t.end, key })
  }
  return out
}

/**
 * Figures two claims share: the same unit and value, or the same value where
 * one of them has no unit ("injured more than 30" and "30 others were injured").
 */
function sharedFigures(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  tolerance = ALIGN_DEFAULTS.figureTolerance,
): string[] {
  const out: string[] = []
  for (const x of a) {
    if (b.has(x)) {
      out.push(x)
      continue
    }
    const [unit, value] = x.split(':') as [string, string]
    for (const y of b) {
      const [u, v] = y.split(':') as [string, string]
      if (v === value && (unit === '' || u === '')) {
        out.push(unit ? x : y)
        break
      }
      // One unit, one value the other rounded ("48.3°C" / "above 48 degrees", "4,870 MW" /
      // "nearly 4,900 MW"; not "2.2 percent" / "2.3 percent"): one figure.
      const [p, q] = [Number(value), Number(v)]
      if (
        unit &&
        u === unit &&
        unit !== 'clock' &&
        Math.abs(p - q) <= tolerance * Math.max(Math.abs(p), Math.abs(q)) &&
        Math.abs(p - q) <= Math.max(precision(value), precision(v)) / 2
      ) {
        out.push(x)
        break
      }
    }
  }
  return out
}

/** The step a value is written to: 0.1 for "48.3", 1 for "48", 100 for "4900". */
function precision(value: string): number {
  const [whole = '', decimals] = value.split('.')
  if (decimals) return 10 ** -decimals.length
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0
  return zeros === whole.length ? 1 : 10 ** zeros
}

/**
 * Meanings found in more than `share` of the story's claims (and in at least
 * three): the story's topic words ("ferry" in a shipwreck story), which say
 * nothing about which of its facts a sentence states.
 */
function commonTerms(features: readonly ClaimFeatures[], share: number): Set<string> {
  const df = new Map<string, number>()
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  return new Set([...df].filter(([, n]) => n >= 3 && n > share * features.length).map(([t]) => t))
}

/** Rarity-weighted unit vectors of the claims' terms (binary tf; idf over the story's claims). */
function termVectors(features: readonly ClaimFeatures[]): Map<string, SparseVector> {
  const df = new Map<string, number>()
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const n = features.length
  const out = new Map<string, SparseVector>()
  for (const f of features) {
    const v: SparseVector = new Map()
    for (const t of f.terms.keys()) v.set(t, Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1)
    out.set(f.claim.id, normalize(v))
  }
  return out
}

/**
 * Score two claims.
 *
 * @returns The link (whatever its score) with everything that explains it.
 */
export function scorePair(
  a: ClaimFeatures,
  b: ClaimFeatures,
  va: SparseVector,
  vb: SparseVector,
  options: Readonly<AlignOptions> = {},
): ClaimLink {
  const o = { ...ALIGN_DEFAULTS, ...options }
  let lexical = 0
  const shared: [string, number][] = []
  for (const [t, w] of va) {
    const x = vb.get(t)
    if (x !== undefined) {
      lexical += w * x
      shared.push([t, w * x])
    }
  }
  shared.sort((x, y) => y[1] - x[1])
  const sharedActors = intersect(a.actors, b.actors)
  const actorUnion = new Set([...a.actors, ...b.actors]).size
  // A claim that names no one ("the agency said there was no risk") says nothing
  // about who: the actor share then follows the words instead of counting as a mismatch.
  const actorSim =
    a.actors.size === 0 || b.actors.size === 0
      ? o.unnamedActorShare * lexical
      : sharedActors.length / actorUnion
  const sharedNumbers = sharedFigures(a.numbers, b.numbers, o.figureTolerance)
  const sharedTimes = intersect(a.times, b.times)
  const quote =
    a.quoteShingles.size > 0 && b.quoteShingles.size > 0 ? containment(a.quoteShingles, b.quoteShingles) : 0
  const copy =
    Math.min(a.ownShingles.size, b.ownShingles.size) >= o.minCopyShingles &&
    jaccard(a.ownShingles, b.ownShingles) >= o.copyJaccard
  let score = 0
  let rule = 'unrelated'
  // A claim kept for its quote alone ("That must not happen again," she said) has too
  // few words of its own for a paraphrase: it aligns by its quote only.
  const quoteOnly = a.claim.rule.includes(':quote') || b.claim.rule.includes(':quote')
  // One speaker telling two things: "Holt said the fleet had already sold its catch" and
  // "Holt said the company had already hired crew" share the speaker and one word. With
  // no figure in either, a paraphrase of what was said shares two meanings at least.
  const oneWord =
    shared.length < 2 &&
    sharedNumbers.length === 0 &&
    sharedTimes.length === 0 &&
    a.numbers.size === 0 &&
    b.numbers.size === 0 &&
    sharedActors.some((x) => x.startsWith('person:')) &&
    SAID.test(a.claim.text) &&
    SAID.test(b.claim.text)
  if (lexical >= o.minLexical && !quoteOnly && !oneWord) {
    score = Math.min(
      1,
      o.lexicalWeight * lexical +
        o.actorWeight * actorSim +
        (sharedNumbers.some((n) => !clockOfTimes(sharedTimes).has(n)) ? o.numberBonus : 0) +
        (sharedTimes.length > 0 ? o.timeBonus : 0),
    )
    rule = 'paraphrase'
  }
  if (quote >= o.quoteContainment && quote > score) {
    score = quote
    rule = 'shared-quote'
  }
  if (copy) {
    score = Math.max(score, jaccard(a.ownShingles, b.ownShingles))
    rule = 'copy'
  }
  return {
    a: a.claim.id,
    b: b.claim.id,
    score: round(score),
    lexical: round(lexical),
    // One word as written per shared meaning ("low-altitude" counts by its parts too).
    sharedTerms: [...new Set(shared.map(([t]) => a.terms.get(t) ?? t))].slice(0, 8),
    sharedActors,
    sharedNumbers,
    sharedTimes,
    copy,
    rule,
  }
}

/** A reporting verb: the claim tells what someone said. */
const SAID = /\b(?:said|says|told|added)\b/

/**
 * Whether a link's claims share a clock time, or a figure with its unit and a
 * word around it in both ("injured more than 30" / "30 others were injured";
 * not "built to last ten years" / "the first in more than ten years").
 */
function sameFigureContext(
  link: ClaimLink,
  features: ReadonlyMap<string, ClaimFeatures>,
  common: ReadonlySet<string>,
): boolean {
  const a = features.get(link.a)
  const b = features.get(link.b)
  if (!a || !b) return false
  const contextOf = (f: ClaimFeatures, key: string) => {
    const [unit, value] = key.split(':') as [string, string]
    const out = new Set<string>()
    for (const [k, ctx] of f.figureContext) {
      const [u, v] = k.split(':') as [string, string]
      const same = v === value || (u === unit && sharedFigures(new Set([key]), new Set([k])).length > 0)
      if (same && (u === unit || u === '' || unit === '')) for (const m of ctx) out.add(m)
    }
    return out
  }
  // A shared clock time ("at 9.45 a.m.") pins one moment as firmly as a figure.
  if (link.sharedTimes.some((t) => t.includes('T'))) return true
  return link.sharedNumbers.some((n) => {
    if (n.startsWith(':')) return false
    const ca = contextOf(a, n)
    return [...contextOf(b, n)].some((m) => ca.has(m) && !common.has(m))
  })
}

/**
 * Whether two claims give the same unit only different values (beyond
 * `tolerance`, relative): two readings of one measure, not one statement.
 * A unit-less count, a year and a clock time say too little of what they measure.
 */
function differentReadings(
  link: ClaimLink,
  features: ReadonlyMap<string, ClaimFeatures>,
  tolerance: number,
): boolean {
  const a = features.get(link.a)
  const b = features.get(link.b)
  if (!a || !b) return false
  const byUnit = (f: ClaimFeatures) => {
    const out = new Map<string, number[]>()
    for (const key of f.numbers) {
      const [unit, value] = key.split(':') as [string, string]
      if (unit === '' || unit === 'clock') continue
      out.set(unit, [...(out.get(unit) ?? []), Number(value)])
    }
    return out
  }
  const ua = byUnit(a)
  const ub = byUnit(b)
  for (const [unit, xs] of ua) {
    const ys = ub.get(unit)
    if (!ys) continue
    const close = xs.some((x) =>
      ys.some((y) => Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y))),
    )
    if (!close) return true
  }
  return false
}

/** `clock:<minutes>` of resolved times with a time of day (already counted as shared times). */
function clockOfTimes(times: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const t of times) {
    const at = /T(\d{2}):(\d{2})/.exec(t)
    if (at) out.add(`clock:${Number(at[1]) * 60 + Number(at[2])}`)
  }
  return out
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * Align the claims of a story's articles.
 *
 * @param docs The story's articles.
 * @param claims Their claims (see `extractClaims`).
 * @param options Thresholds (optional; see {@link AlignOptions}).
 */
export function alignClaims(
  docs: readonly AnalyzedArticle[],
  claims: readonly Claim[],
  options: Readonly<AlignOptions> = {},
): Alignment {
  const o = { ...ALIGN_DEFAULTS, ...options }
  const byArticle = new Map(docs.map((d) => [d.article.id, d]))
  const actors = docs.flatMap((d) => d.annotations.mentions.map((m) => m.actor))
  const canonical = actorAliases(actors)
  // An acronym no annotator made an actor ("EDB" in "the Almaty-based EDB") is the one
  // organisation of the story whose initials it is, as an acronym actor would be.
  const byInitials = new Map<string, Set<string>>()
  for (const x of actors) {
    const abbr = x.kind === 'person' ? null : initials(x.name)
    if (abbr) byInitials.set(abbr, (byInitials.get(abbr) ?? new Set()).add(canonical.get(x.id) ?? x.id))
  }
  for (const [abbr, ids] of byInitials)
    if (ids.size === 1) canonical.set(`name:${abbr.toLowerCase()}`, [...ids][0] as string)
  const features = new Map<string, ClaimFeatures>()
  for (const c of claims) {
    const doc = byArticle.get(c.article)
    if (doc) features.set(c.id, claimFeatures(c, doc, canonical, o.figureWindow))
  }
  const vectors = termVectors([...features.values()])
  const common = commonTerms([...features.values()], o.commonTermShare)
  // The sentence each claim comes from (clauses of one sentence share it).
  const sentenceOf = new Map<string, string>()
  for (const c of claims) {
    const doc = byArticle.get(c.article)
    const s = doc?.annotations.sentences.find((x) => x.start <= c.start && x.end >= c.end)
    sentenceOf.set(c.id, `${c.article}:${s?.start ?? c.start}`)
  }
  const perArticle = new Map<string, ClaimFeatures[]>()
  for (const f of features.values()) {
    perArticle.set(f.claim.article, [...(perArticle.get(f.claim.article) ?? []), f])
  }
  const articleIds = [...perArticle.keys()].sort()
  const kept = new Map<string, ClaimLink>()
  const candidates: ClaimLink[] = []
  for (let i = 0; i < articleIds.length; i++) {
    for (let j = i + 1; j < articleIds.length; j++) {
      const as = perArticle.get(articleIds[i] as string) ?? []
      const bs = perArticle.get(articleIds[j] as string) ?? []
      const table = as.map((a) =>
        bs.map((b) =>
          scorePair(
            a,
            b,
            vectors.get(a.claim.id) as SparseVector,
            vectors.get(b.claim.id) as SparseVector,
            o,
          ),
        ),
      )
      for (const row of table) for (const l of row) if (l.score >= o.candidateThreshold) candidates.push(l)
      // Keep a link when it is the best for both of its claims, or for one of them
      // with a high score: a generic sentence must not collect every claim of the
      // other article, but one sentence may restate two.
      const bestOfRow = table.map((row) =>
        row.reduce<ClaimLink | null>((m, l) => (!m || l.score > m.score ? l : m), null),
      )
      const bestOfColumn = bs.map((_, k) =>
        table.reduce<ClaimLink | null>((m, row) => {
          const l = row[k] as ClaimLink
          return !m || l.score > m.score ? l : m
        }, null),
      )
      // Mutual at the level of sentences: two clauses of one sentence may both match
      // the other article's single sentence that says both things.
      const rowOf = new Map(as.map((a, k) => [a.claim.id, bestOfRow[k]]))
      const columnOf = new Map(bs.map((b, k) => [b.claim.id, bestOfColumn[k]]))
      const sameSentence = (x: string, y: string) => sentenceOf.get(x) === sentenceOf.get(y)
      for (const row of table) {
        for (const l of row) {
          if (l.score < o.anchoredThreshold || differentReadings(l, features, o.figureTolerance)) continue
          if (sameFigureContext(l, features, common))
            kept.set(`${l.a} ${l.b}`, { ...l, rule: 'shared-figure' })
        }
      }
      for (const best of [...bestOfRow, ...bestOfColumn]) {
        if (!best || best.score < Math.min(o.linkThreshold, o.anchoredThreshold)) continue
        // a's best is b: b's own best must be a (or a clause of a's sentence), and vice versa.
        const back = rowOf.get(best.a) === best ? columnOf.get(best.b) : null
        const forth = columnOf.get(best.b) === best ? rowOf.get(best.a) : null
        const mutual = (back && sameSentence(back.a, best.a)) || (forth && sameSentence(forth.b, best.b))
        // Two readings of one measure ("52 survivors by Monday", "40 by Sunday evening";
        // a toll of 11 and one of 17) are two statements, not one: the
        // pair stays a candidate for the contradiction detectors, but is no link.
        if (differentReadings(best, features, o.figureTolerance)) continue
        if (best.score >= o.linkThreshold && (mutual || best.score >= o.oneSidedThreshold)) {
          kept.set(`${best.a} ${best.b}`, best)
        } else if (best.score >= o.anchoredThreshold && sameFigureContext(best, features, common)) {
          // A figure with its unit, stated in both and worded alike around it ("more than
          // 30 others were injured" in a lead that also gives the dead): the short
          // sentence restates one fact of the long one.
          kept.set(`${best.a} ${best.b}`, { ...best, rule: 'shared-figure' })
        }
      }
    }
  }
  const byIds = (x: ClaimLink, y: ClaimLink) =>
    x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0
  const links = [...kept.values()].sort(byIds)
  return {
    features,
    links,
    candidates: candidates.sort(byIds),
    groups: groupLinks(claims, links, sentenceOf, candidates, o.groupCohesion),
  }
}

/**
 * Groups of aligned claims: links are merged strongest first, and two groups
 * merge only if they hold no two claims of one article from different
 * sentences. Chains ("A1–B1–A2") would otherwise pull unrelated statements of
 * one article into one group, and one contradicted claim would taint them all.
 * A link left out of a group still supports its claims (see `labelGroups`).
 */
function groupLinks(
  claims: readonly Claim[],
  links: readonly ClaimLink[],
  sentenceOf: ReadonlyMap<string, string>,
  candidates: readonly ClaimLink[],
  cohesion: number,
): string[][] {
  const pairScore = new Map<string, number>()
  for (const l of candidates) {
    pairScore.set(`${l.a} ${l.b}`, l.score)
    pairScore.set(`${l.b} ${l.a}`, l.score)
  }
  const members = new Map<string, string[]>(claims.map((c) => [c.id, [c.id]]))
  const order = new Map(claims.map((c, i) => [c.id, i]))
  const article = new Map(claims.map((c) => [c.id, c.article]))
  const sets = new DisjointSets<string>((x, y) => (order.get(x) ?? 0) < (order.get(y) ?? 0))
  // Per group (by representative): article → the sentence its claims come from.
  const sentences = new Map<string, Map<string, string>>()
  for (const c of claims) {
    sets.add(c.id)
    sentences.set(c.id, new Map([[c.article, sentenceOf.get(c.id) ?? c.id]]))
  }
  const strongest = [...links].sort(
    (x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1),
  )
  for (const l of strongest) {
    const ra = sets.find(l.a)
    const rb = sets.find(l.b)
    if (ra === rb || !article.has(l.a) || !article.has(l.b)) continue
    const sa = sentences.get(ra) as Map<string, string>
    const sb = sentences.get(rb) as Map<string, string>
    const clash = [...sa].some(([art, sentence]) => sb.has(art) && sb.get(art) !== sentence)
    if (clash) continue
    // A group states one thing: every two of its claims from different articles must
    // resemble each other a little, or a chain ("the flood hit" – "the flood's toll
    // rose to 11" – "the toll reached 17") would join two statements into one.
    const ma = members.get(ra) as string[]
    const mb = members.get(rb) as string[]
    const loose = ma.some((x) =>
      mb.some((y) => article.get(x) !== article.get(y) && (pairScore.get(`${x} ${y}`) ?? 0) < cohesion),
    )
    if (loose) continue
    const root = sets.union(ra, rb)
    sentences.set(root, new Map([...sa, ...sb]))
    members.set(root, [...ma, ...mb])
  }
  return [...sets.groups().values()]
}
