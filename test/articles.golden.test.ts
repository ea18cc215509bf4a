/**
 * The per-article pipeline on our own example corpus, scored against the
 * hand-written truth files. Each figure has a floor: it may rise, never fall
 * below its recorded level (docs/benchmarks.md has the current figures;
 * `npm run bench:annotate -- --write` records them).
 */
import { describe, expect, it } from 'vitest'
import { formatScore, ratio, type Score, scoreArticles } from './lib/article-scores.js'

/** Recorded floors (share of truth items right). Raise them when the figures rise. */
const FLOORS: Record<string, number> = {
  'articles read': 1,
  headline: 1,
  'section headings': 1,
  'junk removed': 1,
  'no real text removed': 1,
  'captions kept apart': 1,
  'roles as stated': 0.985,
  'quotes found': 1,
  'quote speakers': 0.975,
  'times resolved': 1,
  quantities: 1,
}

describe('per-article quality on the example corpus', () => {
  const scores = scoreArticles()
  const byName = new Map(scores.map((s) => [s.name, s]))

  it('measures every category it guards', () => {
    expect([...byName.keys()].sort()).toEqual(Object.keys(FLOORS).sort())
  })

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name} ≥ ${floor}`, () => {
      const score = byName.get(name) as Score
      expect(score.total).toBeGreaterThan(0)
      // The misses are in the message so a regression says what broke.
      expect(
        ratio(score),
        `${name}: ${formatScore(score)}\n  ${score.misses.join('\n  ')}`,
      ).toBeGreaterThanOrEqual(floor)
    })
  }
})
