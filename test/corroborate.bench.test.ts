/**
 * Accuracy floors of story grouping on the small full-text sets of
 * `../shared/data/clustering/dev` (the cheap part of `npm run
 * bench:corroborate`): each figure may rise, never fall below the level
 * recorded in docs/benchmarks.md, and stays above the README's reference floor.
 */
import { describe, expect, it } from 'vitest'
import { clusterScores } from '../scripts/lib/cluster-metrics.js'
import { goldOf, hasClusteringData, readClusteringSet, toStoryDocs } from '../scripts/lib/clustering-data.js'
import { groupStories } from '../src/corpus/index.js'

/** Recorded B³ and pairwise F1 (percent, rounded down), and the README's reference floor. */
const RECORDED = {
  pac_trainval_same_event: { b3: 90.9, pairwise: 72.1, reference: 84.1 },
  newswcl50_same_event: { b3: 96.6, pairwise: 95.7, reference: 87.4 },
}

describe.skipIf(!hasClusteringData())('story grouping floors', () => {
  for (const [name, floor] of Object.entries(RECORDED)) {
    it(`${name}: B³ F1 ≥ ${floor.b3}, pairwise F1 ≥ ${floor.pairwise}`, () => {
      const rows = readClusteringSet(name)
      const predicted = new Map<string, string>()
      for (const s of groupStories(toStoryDocs(rows))) for (const a of s.articles) predicted.set(a, s.id)
      const score = clusterScores(goldOf(rows), predicted)
      expect(score.bcubed.f1 * 100).toBeGreaterThanOrEqual(floor.b3)
      expect(score.bcubed.f1 * 100).toBeGreaterThan(floor.reference)
      expect(score.pairwise.f1 * 100).toBeGreaterThanOrEqual(floor.pairwise)
    })
  }
})

describe('cluster metrics', () => {
  it('score a perfect, an all-singletons and an all-in-one grouping as the README says', () => {
    const gold = new Map([
      ['a', '1'],
      ['b', '1'],
      ['c', '2'],
      ['d', '2'],
    ])
    const perfect = clusterScores(gold, gold)
    expect(perfect.bcubed.f1).toBe(1)
    expect(perfect.pairwise.f1).toBe(1)
    const singletons = clusterScores(gold, new Map([...gold.keys()].map((k) => [k, k])))
    expect(singletons.bcubed.p).toBe(1)
    expect(singletons.bcubed.r).toBe(0.5)
    expect(singletons.bcubed.f1).toBeCloseTo(2 / 3)
    const one = clusterScores(gold, new Map([...gold.keys()].map((k) => [k, 'x'])))
    expect(one.bcubed.p).toBe(0.5)
    expect(one.pairwise.p).toBeCloseTo(2 / 6)
    expect(one.pairwise.r).toBe(1)
    expect(() => clusterScores(gold, new Map([['a', '1']]))).toThrow(/no predicted cluster/)
  })
})
