/**
 * Story-grouping metrics exactly as `../shared/data/clustering/dev/README.md`
 * defines them: B-cubed (mean per-article precision and recall, F the harmonic
 * mean of the means) and pairwise P/R/F1 over the contingency table.
 */

/** Precision, recall and F1 (0–1). */
export interface PRF {
  p: number
  r: number
  f1: number
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

const pairs = (n: number): number => (n * (n - 1)) / 2

/**
 * B-cubed and pairwise scores.
 *
 * @param gold Article id → gold cluster.
 * @param predicted Article id → predicted cluster (must cover every gold article).
 */
export function clusterScores(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): { bcubed: PRF; pairwise: PRF; clusters: number } {
  const goldSize = new Map<string, number>()
  const predSize = new Map<string, number>()
  const cell = new Map<string, number>()
  for (const [id, g] of gold) {
    const p = predicted.get(id)
    if (p === undefined) throw new Error(`article ${id} has no predicted cluster`)
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1)
    predSize.set(p, (predSize.get(p) ?? 0) + 1)
    const key = `${g}\u0000${p}`
    cell.set(key, (cell.get(key) ?? 0) + 1)
  }
  let bp = 0
  let br = 0
  for (const [id, g] of gold) {
    const p = predicted.get(id) as string
    const both = cell.get(`${g}\u0000${p}`) ?? 0
    bp += both / (predSize.get(p) ?? 1)
    br += both / (goldSize.get(g) ?? 1)
  }
  const n = gold.size
  const bcP = bp / n
  const bcR = br / n
  let tp = 0
  for (const c of cell.values()) tp += pairs(c)
  let predPairs = 0
  for (const c of predSize.values()) predPairs += pairs(c)
  let goldPairs = 0
  for (const c of goldSize.values()) goldPairs += pairs(c)
  const pp = predPairs === 0 ? 1 : tp / predPairs
  const pr = goldPairs === 0 ? 1 : tp / goldPairs
  return {
    bcubed: { p: bcP, r: bcR, f1: f1(bcP, bcR) },
    pairwise: { p: pp, r: pr, f1: f1(pp, pr) },
    clusters: predSize.size,
  }
}
