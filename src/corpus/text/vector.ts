/** Sparse term vectors (term → weight) and the cosine between them. */

/** A sparse vector. */
export type SparseVector = Map<string, number>

/** Count terms. */
export function countTerms(
  terms: Iterable<string>,
  into: SparseVector = new Map(),
  weight = 1,
): SparseVector {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight)
  return into
}

/** Scale `v` to unit length (in place); returns it. */
export function normalize(v: SparseVector): SparseVector {
  let sum = 0
  for (const w of v.values()) sum += w * w
  const norm = Math.sqrt(sum)
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm)
  return v
}

/** Dot product (the cosine when both are unit vectors). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [k, w] of small) {
    const o = large.get(k)
    if (o !== undefined) sum += w * o
  }
  return sum
}

/** Cosine similarity of two vectors of any length (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let na = 0
  let nb = 0
  for (const w of a.values()) na += w * w
  for (const w of b.values()) nb += w * w
  if (na === 0 || nb === 0) return 0
  return dot(a, b) / Math.sqrt(na * nb)
}

/** The `n` shared terms contributing most to `dot(a, b)`, largest first (ties by term). */
export function topShared(a: SparseVector, b: SparseVector, n: number): string[] {
  const shared: [string, number][] = []
  for (const [k, w] of a) {
    const o = b.get(k)
    if (o !== undefined) shared.push([k, w * o])
  }
  shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
  return shared.slice(0, n).map(([k]) => k)
}
