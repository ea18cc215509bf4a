/**
 * Stories: group articles that report the same event.
 *
 * Each article becomes a TF-IDF vector of its content words (the headline
 * counted {@link ClusterOptions.titleWeight} times, actor ids added as extra
 * terms), articles are compared by cosine, and average-linkage agglomerative
 * clustering merges the closest groups while their mean similarity stays above
 * {@link ClusterOptions.threshold} and their dates stay within
 * {@link ClusterOptions.maxSpanDays}. The input is sorted by id first, so the
 * same articles give the same stories whatever order they arrived in.
 */
import type { AnalyzedArticle, Assignment, Story } from '../../model/index.js'
import { Heap } from '../text/heap.js'
import { dot, normalize, type SparseVector, topShared } from '../text/vector.js'
import { contentTerms } from '../text/words.js'

/** What the grouper needs to know of an article. */
export interface StoryDoc {
  id: string
  title: string | null
  /** Clean text (the headline may or may not be repeated in it). */
  text: string
  /** Publication date or instant (ISO 8601), or `null` when undated. */
  published: string | null
  /** Canonical actor ids it mentions (optional: the text alone also works). */
  actors?: readonly string[]
}

/** Options of the story grouper. */
export interface ClusterOptions {
  /**
   * Minimum mean cosine similarity between two groups for them to merge
   * (default 0.2). Higher splits more; the dev sets' best lies at 0.17–0.25.
   */
  threshold?: number
  /** How many times the headline's words count (default 2): headlines name the event. */
  titleWeight?: number
  /**
   * Weight of each actor id as a term (default 1). Actor ids fold aliases
   * ("DPRK" / "North Korea") that words alone keep apart.
   */
  actorWeight?: number
  /**
   * Words of the body read (default 600): the lead says what happened; later
   * paragraphs drift into background shared with other events.
   */
  maxWords?: number
  /**
   * A story's dated members may lie at most this many days apart (default 7),
   * so two events with the same actors weeks apart stay apart.
   */
  maxSpanDays?: number
  /**
   * Terms found in more than this share of the articles are ignored (default
   * 0.5), once there are at least {@link ClusterOptions.minDocsForDfCut} articles.
   */
  maxDocFrequency?: number
  /** Corpus size from which {@link ClusterOptions.maxDocFrequency} applies (default 20). */
  minDocsForDfCut?: number
  /**
   * Pair similarities below this are treated as 0 (default 0.05): keeps the
   * similarity graph sparse without changing which groups merge.
   */
  minPairSimilarity?: number
}

/** Defaults of {@link ClusterOptions}. */
export const CLUSTER_DEFAULTS: Required<ClusterOptions> = {
  threshold: 0.2,
  titleWeight: 2,
  actorWeight: 1,
  maxWords: 600,
  maxSpanDays: 7,
  maxDocFrequency: 0.5,
  minDocsForDfCut: 20,
  minPairSimilarity: 0.05,
}

const DAY_MS = 86_400_000
/** Shared terms listed in a membership's `why`. */
const WHY_TERMS = 6

/** Turn an analysed article into what the grouper reads. */
export function toStoryDoc({ article, annotations }: AnalyzedArticle): StoryDoc {
  return {
    id: article.id,
    title: article.title,
    text: article.text,
    published: article.published?.value ?? null,
    actors: annotations.actors.map((a) => a.id),
  }
}

/** Day number of an ISO date or instant (the calendar day as written), or `null`. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return null
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS)
}

/** Raw term counts of one document: headline words weighted, body capped, actors added. */
function termCounts(doc: StoryDoc, o: Required<ClusterOptions>): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w)
  if (doc.title) for (const t of contentTerms(doc.title)) add(t, o.titleWeight)
  const body = contentTerms(doc.text)
  const limit = Math.min(body.length, o.maxWords)
  for (let i = 0; i < limit; i++) add(body[i] as string, 1)
  if (o.actorWeight > 0) for (const a of new Set(doc.actors ?? [])) add(`@${a}`, o.actorWeight)
  return counts
}

/** A grouping of documents, with the pieces needed to explain it. */
interface Grouping {
  docs: StoryDoc[]
  vectors: SparseVector[]
  days: (number | null)[]
  /** Member indexes (into `docs`) of each group. */
  groups: number[][]
}

/** Build TF-IDF vectors (sublinear tf, smoothed idf, unit length). */
function vectorize(counts: Map<string, number>[], o: Required<ClusterOptions>): SparseVector[] {
  const n = counts.length
  const df = new Map<string, number>()
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const cut = n >= o.minDocsForDfCut ? o.maxDocFrequency * n : Number.POSITIVE_INFINITY
  return counts.map((c) => {
    const v: SparseVector = new Map()
    for (const [t, tf] of c) {
      const d = df.get(t) ?? 1
      if (d > cut) continue
      v.set(t, (1 + Math.log(tf)) * (Math.log((n + 1) / (d + 1)) + 1))
    }
    return normalize(v)
  })
}

/** Sparse pairwise similarities via an inverted index: `sims[i]` maps j → cosine. */
function similarities(vectors: SparseVector[], o: Required<ClusterOptions>): Map<number, number>[] {
  const postings = new Map<string, [number, number][]>()
  const sims: Map<number, number>[] = vectors.map(() => new Map())
  vectors.forEach((v, i) => {
    const acc = new Map<number, number>()
    for (const [t, w] of v) {
      const list = postings.get(t)
      if (list) for (const [j, wj] of list) acc.set(j, (acc.get(j) ?? 0) + w * wj)
      else postings.set(t, [])
      postings.get(t)?.push([i, w])
    }
    for (const [j, s] of acc) {
      if (s < o.minPairSimilarity) continue
      sims[i]?.set(j, s)
      sims[j]?.set(i, s)
    }
  })
  return sims
}

interface Cluster {
  members: number[]
  minDay: number | null
  maxDay: number | null
  version: number
  /** Sum of pair similarities to each neighbouring cluster (keyed by representative). */
  sums: Map<number, number>
}

type Candidate = [avg: number, a: number, b: number, va: number, vb: number]

/** Average-linkage agglomerative clustering with a threshold and a date-span limit. */
function agglomerate(
  sims: Map<number, number>[],
  days: (number | null)[],
  o: Required<ClusterOptions>,
): number[][] {
  const clusters = new Map<number, Cluster>()
  days.forEach((day, i) => {
    clusters.set(i, { members: [i], minDay: day, maxDay: day, version: 0, sums: new Map() })
  })
  // Dated pairs too far apart never link, whatever their words.
  sims.forEach((row, i) => {
    for (const [j, s] of row) {
      const di = days[i]
      const dj = days[j]
      if (di != null && dj != null && Math.abs(di - dj) > o.maxSpanDays) continue
      clusters.get(i)?.sums.set(j, s)
    }
  })
  // Ties break on the representatives (the smallest member index): deterministic.
  const heap = new Heap<Candidate>(
    (x, y) => x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2]))),
  )
  for (const [i, c] of clusters) {
    // A pair below the threshold can never be the next merge: keep it out of the heap.
    for (const [j, s] of c.sums) if (i < j && s >= o.threshold) heap.push([s, i, j, 0, 0])
  }
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const [avg, a, b, va, vb] = top
    if (avg < o.threshold) break
    const ca = clusters.get(a)
    const cb = clusters.get(b)
    if (!ca || !cb || ca.version !== va || cb.version !== vb) continue
    const minDay = minOf(ca.minDay, cb.minDay)
    const maxDay = maxOf(ca.maxDay, cb.maxDay)
    if (minDay != null && maxDay != null && maxDay - minDay > o.maxSpanDays) continue
    // Merge b into a (a < b, so the representative stays the smallest index).
    const sums = new Map<number, number>()
    for (const [c, s] of ca.sums) if (c !== b) sums.set(c, s)
    for (const [c, s] of cb.sums) if (c !== a) sums.set(c, (sums.get(c) ?? 0) + s)
    const merged: Cluster = {
      members: [...ca.members, ...cb.members],
      minDay,
      maxDay,
      version: ca.version + 1,
      sums,
    }
    clusters.delete(b)
    clusters.set(a, merged)
    for (const [c, s] of sums) {
      const cc = clusters.get(c)
      if (!cc) continue
      cc.sums.delete(b)
      cc.sums.set(a, s)
      const value = s / (merged.members.length * cc.members.length)
      if (value < o.threshold) continue
      heap.push(a < c ? [value, a, c, merged.version, cc.version] : [value, c, a, cc.version, merged.version])
    }
  }
  return [...clusters.values()].map((c) => c.members.sort((x, y) => x - y))
}

function minOf(a: number | null, b: number | null): number | null {
  return a == null ? b : b == null ? a : Math.min(a, b)
}
function maxOf(a: number | null, b: number | null): number | null {
  return a == null ? b : b == null ? a : Math.max(a, b)
}

function group(input: readonly StoryDoc[], o: Required<ClusterOptions>): Grouping {
  // Last copy of an id wins; sorting by id makes the result independent of arrival order.
  const byId = new Map<string, StoryDoc>()
  for (const d of input) byId.set(d.id, d)
  const docs = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const vectors = vectorize(
    docs.map((d) => termCounts(d, o)),
    o,
  )
  const days = docs.map((d) => dayNumber(d.published))
  const groups = agglomerate(similarities(vectors, o), days, o)
  return { docs, vectors, days, groups }
}

/** Earliest dated first, undated last, then by id. */
function byDateThenId(g: Grouping) {
  return (x: number, y: number): number => {
    const dx = g.days[x] ?? Number.POSITIVE_INFINITY
    const dy = g.days[y] ?? Number.POSITIVE_INFINITY
    if (dx !== dy) return dx - dy
    const ix = g.docs[x]?.id ?? ''
    const iy = g.docs[y]?.id ?? ''
    return ix < iy ? -1 : ix > iy ? 1 : 0
  }
}

/** Explain every membership and name every story. */
function explain(g: Grouping): Story[] {
  const stories: Story[] = g.groups.map((members) => {
    const ordered = [...members].sort(byDateThenId(g))
    const first = g.docs[ordered[0] as number] as StoryDoc
    const id = `story:${first.id}`
    const assignments: Assignment[] = ordered.map((i) => {
      const doc = g.docs[i] as StoryDoc
      const vi = g.vectors[i] as SparseVector
      let nearest = -1
      let best = -1
      let total = 0
      for (const j of ordered) {
        if (j === i) continue
        const s = dot(vi, g.vectors[j] as SparseVector)
        total += s
        if (s > best) {
          best = s
          nearest = j
        }
      }
      if (nearest < 0) {
        return {
          article: doc.id,
          story: id,
          score: 1,
          why: {
            rule: 'alone',
            nearest: null,
            sharedTerms: [],
            sharedActors: [],
            dayGap: null,
            text: 'no other article is close enough in words, actors and date',
          },
        }
      }
      const other = g.docs[nearest] as StoryDoc
      const vn = g.vectors[nearest] as SparseVector
      const shared = topShared(vi, vn, WHY_TERMS * 2)
      const sharedActors = shared.filter((t) => t.startsWith('@')).map((t) => t.slice(1))
      const sharedTerms = shared.filter((t) => !t.startsWith('@')).slice(0, WHY_TERMS)
      const di = g.days[i]
      const dn = g.days[nearest]
      const dayGap = di != null && dn != null ? Math.abs(di - dn) : null
      const score = total / (ordered.length - 1)
      const similarity = round(best)
      return {
        article: doc.id,
        story: id,
        score: round(score),
        why: {
          rule: 'linked',
          nearest: { article: other.id, similarity },
          sharedTerms,
          sharedActors,
          dayGap,
          text:
            `closest to ${other.id} (similarity ${similarity.toFixed(2)}; mean ${score.toFixed(2)} to the story)` +
            (sharedTerms.length ? `; shared terms: ${sharedTerms.join(', ')}` : '') +
            (sharedActors.length ? `; shared actors: ${sharedActors.join(', ')}` : '') +
            (dayGap != null ? `; ${dayGap} day(s) apart` : ''),
        },
      }
    })
    return { id, articles: assignments.map((a) => a.article), members: assignments }
  })
  return stories.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * Group documents into stories (batch). Pure and order-invariant.
 *
 * @param docs Documents (see {@link toStoryDoc}); a repeated id keeps its last copy.
 * @param options Thresholds (optional; see {@link ClusterOptions}).
 * @returns Stories sorted by id, members earliest first, each with its `why`.
 */
export function groupStories(docs: readonly StoryDoc[], options: Readonly<ClusterOptions> = {}): Story[] {
  const o = { ...CLUSTER_DEFAULTS, ...options }
  return explain(group(docs, o))
}

/**
 * Incremental story grouping. A later "scale" implementation can replace
 * {@link createStoryGrouper} behind this interface.
 *
 * Adding an article may move earlier ones (two stories merge when an article
 * bridges them), so callers that persist stories should re-read
 * {@link StoryGrouper.assignments} after each batch, not only the returned one.
 */
export interface StoryGrouper {
  /** Add (or replace, by id) one article; returns its assignment. */
  add(doc: StoryDoc): Assignment
  /** Add several articles; returns the assignments of all known articles. */
  addAll(docs: Iterable<StoryDoc>): Assignment[]
  /** Forget an article. Returns whether it was known. */
  remove(id: string): boolean
  /** Current assignment of every known article, by article id. */
  assignments(): Assignment[]
  /** Current stories. */
  stories(): Story[]
}

/**
 * An incremental {@link StoryGrouper}: a new article joins a story or opens
 * one. It re-groups the whole known set on demand, so the outcome depends only
 * on the set of articles, never on their order of arrival.
 */
export function createStoryGrouper(options: Readonly<ClusterOptions> = {}): StoryGrouper {
  const docs = new Map<string, StoryDoc>()
  let cache: Story[] | null = null
  const current = (): Story[] => {
    cache ??= groupStories([...docs.values()], options)
    return cache
  }
  const assignments = (): Assignment[] =>
    current()
      .flatMap((s) => s.members)
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0))
  return {
    add(doc) {
      docs.set(doc.id, doc)
      cache = null
      const found = current()
        .flatMap((s) => s.members)
        .find((m) => m.article === doc.id)
      if (!found) throw new Error(`story grouper lost article ${doc.id}`)
      return found
    },
    addAll(list) {
      for (const d of list) docs.set(d.id, d)
      cache = null
      return assignments()
    },
    remove(id) {
      cache = null
      return docs.delete(id)
    },
    assignments,
    stories: current,
  }
}
