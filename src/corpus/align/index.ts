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
import type { AnalyzedArticle, Claim, ClaimLink, Span } from '../../model/index.js'
import { DisjointSets } from '../text/disjoint.js'
import { containment, jaccard, shingles } from '../text/shingles.js'
import { normalize, type SparseVector } from '../text/vector.js'
import { isNumeric, normalizeWord, STOP_WORDS, words } from '../text/words.js'
import { meaning } from './synonyms.js'

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
}

/** Defaults of {@link AlignOptions}. */
export const ALIGN_DEFAULTS: Required<AlignOptions> = {
  linkThreshold: 0.25,
  minLexical: 0.12,
  lexicalWeight: 0.65,
  actorWeight: 0.2,
  numberBonus: 0.075,
  timeBonus: 0.075,
  quoteContainment: 0.6,
  copyJaccard: 0.6,
  minCopyShingles: 6,
  candidateThreshold: 0.15,
  oneSidedThreshold: 0.6,
}

/** What alignment compares of one claim. */
export interface ClaimFeatures {
  claim: Claim
  /** Meanings of its own words (names excluded), with the word as first written. */
  terms: Map<string, string>
  actors: Set<string>
  /** `unit:value` of each quantity. */
  numbers: Set<string>
  /** Resolved time values. */
  times: Set<string>
  /** 3-word runs of its direct quotes. */
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

/** Compute {@link ClaimFeatures} of a claim of `doc`. */
export function claimFeatures(claim: Claim, doc: AnalyzedArticle): ClaimFeatures {
  const { text } = doc.article
  const quotes = claim.quotes.map((i) => doc.annotations.quotes[i]).filter((q) => q !== undefined)
  // Names, titles and dates are compared as actors and times, not as words: the
  // words say what happened.
  const skip: Span[] = []
  for (const m of doc.annotations.mentions) {
    if (m.start >= claim.start && m.end <= claim.end) skip.push(m)
    if (m.role && m.role.start >= claim.start && m.role.end <= claim.end) skip.push(m.role)
  }
  skip.push(...claim.times, ...claim.quantities)
  const terms = new Map<string, string>()
  for (const w of words(claim.text, claim.start)) {
    if (skip.some((m) => w.start < m.end && w.end > m.start)) continue
    const lower = w.lower.replace(/'s$/, '')
    if (lower.length < 2 || STOP_WORDS.has(lower) || isNumeric(lower)) continue
    // Hyphenated words also count by their parts ("co-developing" meets "developing").
    const parts = lower.includes('-') ? [lower, ...lower.split('-').filter((p) => p.length > 2)] : [lower]
    for (const p of parts) {
      if (STOP_WORDS.has(p)) continue
      const m = meaning(normalizeWord(p))
      if (!terms.has(m)) terms.set(m, w.text)
    }
  }
  const quoteShingles = new Set<string>()
  for (const q of quotes) for (const s of shingles(q.text, 3)) quoteShingles.add(s)
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
    actors: new Set(claim.actors),
    // Units fold like words: "6.4 quake" and "6.4 earthquake" are one figure.
    numbers: new Set(
      claim.quantities.map((q) => `${q.unit ? meaning(normalizeWord(q.unit.toLowerCase())) : ''}:${q.value}`),
    ),
    times: new Set(claim.times.map((t) => t.value).filter((v): v is string => v !== null)),
    quoteShingles,
    ownShingles,
  }
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((x) => b.has(x))
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
  const actorSim = actorUnion === 0 ? 0 : sharedActors.length / actorUnion
  const sharedNumbers = intersect(a.numbers, b.numbers)
  const sharedTimes = intersect(a.times, b.times)
  const quote =
    a.quoteShingles.size > 0 && b.quoteShingles.size > 0 ? containment(a.quoteShingles, b.quoteShingles) : 0
  const copy =
    Math.min(a.ownShingles.size, b.ownShingles.size) >= o.minCopyShingles &&
    jaccard(a.ownShingles, b.ownShingles) >= o.copyJaccard
  let score = 0
  let rule = 'unrelated'
  if (lexical >= o.minLexical) {
    score = Math.min(
      1,
      o.lexicalWeight * lexical +
        o.actorWeight * actorSim +
        (sharedNumbers.length > 0 ? o.numberBonus : 0) +
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
    sharedTerms: shared.slice(0, 8).map(([t]) => a.terms.get(t) ?? t),
    sharedActors,
    sharedNumbers,
    sharedTimes,
    copy,
    rule,
  }
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
  const features = new Map<string, ClaimFeatures>()
  for (const c of claims) {
    const doc = byArticle.get(c.article)
    if (doc) features.set(c.id, claimFeatures(c, doc))
  }
  const vectors = termVectors([...features.values()])
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
      for (const best of [...bestOfRow, ...bestOfColumn]) {
        if (!best || best.score < o.linkThreshold) continue
        // a's best is b: b's own best must be a (or a clause of a's sentence), and vice versa.
        const back = rowOf.get(best.a) === best ? columnOf.get(best.b) : null
        const forth = columnOf.get(best.b) === best ? rowOf.get(best.a) : null
        const mutual = (back && sameSentence(back.a, best.a)) || (forth && sameSentence(forth.b, best.b))
        if (mutual || best.score >= o.oneSidedThreshold) kept.set(`${best.a} ${best.b}`, best)
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
    groups: groupLinks(claims, links, sentenceOf),
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
): string[][] {
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
    const root = sets.union(ra, rb)
    sentences.set(root, new Map([...sa, ...sb]))
  }
  return [...sets.groups().values()]
}
