/**
 * Origins: which articles are copies of one text (a wire story run by several
 * outlets). Near-identical text — most of the smaller article's word shingles
 * found in the other, quotes left out because outlets quote the same words
 * independently — marks a shared origin, and a shared origin counts once.
 */
import type { AnalyzedArticle, Origin } from '../../model/index.js'
import { DisjointSets } from '../text/disjoint.js'
import { containment, shingles } from '../text/shingles.js'

/** Options of {@link findOrigins}. */
export interface OriginOptions {
  /**
   * Share of the smaller article's shingles that the other must hold for the
   * two to be copies of one text (default 0.5): rewrites share well under
   * 0.1, a wire story with an outlet's extra paragraphs keeps most of it.
   */
  minContainment?: number
  /** Words per shingle (default 5: short runs recur by chance in news prose). */
  shingleSize?: number
  /** Fewest shingles an article needs to be compared at all (default 20). */
  minShingles?: number
}

/** Defaults of {@link OriginOptions}. */
export const ORIGIN_DEFAULTS: Required<OriginOptions> = {
  minContainment: 0.5,
  shingleSize: 5,
  minShingles: 20,
}

/**
 * Word shingles of an article's own words: the text between its direct
 * quotes, piece by piece, so no shingle straddles a quote.
 */
export function ownShingles(doc: AnalyzedArticle, n: number): Set<string> {
  const text = doc.article.text
  const quotes = [...doc.annotations.quotes].sort((a, b) => a.start - b.start)
  const out = new Set<string>()
  let from = 0
  for (const q of [...quotes, { start: text.length, end: text.length }]) {
    if (q.start > from) for (const s of shingles(text.slice(from, q.start), n, false)) out.add(s)
    from = Math.max(from, q.end)
  }
  return out
}

/**
 * Group articles by origin.
 *
 * @param docs The story's articles.
 * @param options Thresholds (optional; see {@link OriginOptions}).
 * @returns One origin per group of copies (or per lone article), sorted by id;
 *   every article appears in exactly one.
 */
export function findOrigins(
  docs: readonly AnalyzedArticle[],
  options: Readonly<OriginOptions> = {},
): Origin[] {
  const o = { ...ORIGIN_DEFAULTS, ...options }
  const ids = docs.map((d) => d.article.id).sort()
  const byId = new Map(docs.map((d) => [d.article.id, d]))
  const runs = new Map(ids.map((id) => [id, ownShingles(byId.get(id) as AnalyzedArticle, o.shingleSize)]))
  const sets = new DisjointSets<string>()
  for (const id of ids) sets.add(id)
  const links: [string, string, number][] = []
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = runs.get(ids[i] as string) as Set<string>
      const b = runs.get(ids[j] as string) as Set<string>
      if (a.size < o.minShingles || b.size < o.minShingles) continue
      const c = containment(a, b)
      if (c < o.minContainment) continue
      links.push([ids[i] as string, ids[j] as string, c])
      sets.union(ids[i] as string, ids[j] as string)
    }
  }
  const groups = sets.groups()
  return [...groups.values()]
    .map((articles): Origin => {
      const first = articles[0] as string
      if (articles.length === 1) {
        return {
          id: `origin:${first}`,
          articles,
          rule: 'own',
          containment: null,
          why: 'no other article shares its text',
        }
      }
      const root = sets.find(first)
      const top = Math.max(...links.filter(([a]) => sets.find(a) === root).map(([, , c]) => c))
      const c = Math.round(top * 1000) / 1000
      return {
        id: `origin:${first}`,
        articles,
        rule: 'wire-copy',
        containment: c,
        why: `near-identical text: up to ${Math.round(c * 100)}% of the smaller article's ${o.shingleSize}-word runs (quotes left out) recur in the other`,
      }
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}
