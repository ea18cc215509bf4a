/**
 * Regression floors on a truth directory: the example corpus's per-article
 * scores, and an unseen validation corpus (`test/holdout*`): the
 * per-article scores of `scoreArticles()` and the corpus-stage scores of
 * `scoreExampleCorpus()`, each at or above a measured level
 * (docs/benchmarks.md). The floors catch regressions; they are not targets:
 * changing the pipeline to raise them would turn the corpus into one more
 * tuning set.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyzeExampleCorpus, scoreExampleCorpus } from '../../scripts/lib/corroborate-eval.js'
import { formatScore, ratio, type Score, scoreArticles } from './article-scores.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Corpus-stage floors: `found`-like figures are minimums, `flagged`-like ones maximums. */
export interface CorpusFloors {
  /** Articles in the corpus, all of which must be read. */
  articles: number
  /** Story dates right (minimum). */
  dates: number
  /** Contradictions planted, and found (minimum). */
  contradictions: { total: number; found: number }
  /** Contradiction kinds of which at least one must be found. */
  kindsFound: readonly string[]
  /** Decoys planted, and flagged (maximum). */
  decoys: { total: number; flagged: number }
  /** Contradictions produced that match no planted one (maximum). */
  unplanted: number
  /** Corroborated facts planted, found, and found with the exact number of origins (minimums). */
  corroborated: { total: number; found: number; originsExact: number }
  /** Single-source facts planted, and labelled single-source (minimum). */
  singleSource: { total: number; found: number }
}

/**
 * Declare a floor test per `scoreArticles()` category of one truth directory;
 * a failure lists the misses, so a regression says what broke.
 *
 * @param title The `describe` title.
 * @param truthDir Truth directory (default: the example corpus's).
 * @param floors Minimum share right per category (every category must be listed).
 */
export function articleFloors(
  title: string,
  truthDir: string | undefined,
  floors: Record<string, number>,
): void {
  describe(title, () => {
    const scores = scoreArticles(truthDir)
    const byName = new Map(scores.map((s) => [s.name, s]))

    it('measures every category it guards', () => {
      expect([...byName.keys()].sort()).toEqual(Object.keys(floors).sort())
    })

    for (const [name, floor] of Object.entries(floors)) {
      it(`${name} ≥ ${floor}`, () => {
        const score = byName.get(name) as Score
        expect(score.total).toBeGreaterThan(0)
        expect(
          ratio(score),
          `${name}: ${formatScore(score)}\n  ${score.misses.join('\n  ')}`,
        ).toBeGreaterThanOrEqual(floor)
      })
    }
  })
}

/**
 * Declare the floor tests of one unseen corpus.
 *
 * @param label Name in the test titles.
 * @param truthDir Truth directory, relative to the repo root.
 * @param floors Minimum share right per `scoreArticles()` category (every category must be listed).
 * @param corpus Corpus-stage floors.
 */
export function holdoutFloors(
  label: string,
  truthDir: string,
  floors: Record<string, number>,
  corpus: CorpusFloors,
): void {
  articleFloors(`${label}: per-article scores (regression floors, not targets)`, truthDir, floors)

  describe(`${label}: corpus stages (regression floors, not targets)`, () => {
    const score = scoreExampleCorpus(analyzeExampleCorpus(ROOT, {}, truthDir))

    it(`reads all ${corpus.articles} articles and groups the events exactly`, () => {
      expect(score.failed).toBe(0)
      expect(score.articles).toBe(corpus.articles)
      expect(score.grouping.bcubed.f1).toBeGreaterThanOrEqual(1)
      expect(score.grouping.clusters).toBe(score.grouping.events)
    })

    it(`dates the stories (≥ ${corpus.dates})`, () => {
      expect(score.dates.correct, score.dates.wrong.join('\n')).toBeGreaterThanOrEqual(corpus.dates)
    })

    it(`finds planted contradictions (≥ ${corpus.contradictions.found}/${corpus.contradictions.total})`, () => {
      expect(score.contradictions.total).toBe(corpus.contradictions.total)
      expect(score.contradictions.found, score.contradictions.missed.join('\n')).toBeGreaterThanOrEqual(
        corpus.contradictions.found,
      )
      for (const kind of corpus.kindsFound)
        expect(score.contradictions.byKind[kind]?.[0] ?? 0, kind).toBeGreaterThanOrEqual(1)
    })

    it(`flags few decoys (≤ ${corpus.decoys.flagged}/${corpus.decoys.total}) and unplanted contradictions (≤ ${corpus.unplanted})`, () => {
      expect(score.decoys.total).toBe(corpus.decoys.total)
      expect(score.decoys.flagged, score.decoys.list.join('\n')).toBeLessThanOrEqual(corpus.decoys.flagged)
      expect(
        score.contradictions.unexpected.length,
        score.contradictions.unexpected.join('\n'),
      ).toBeLessThanOrEqual(corpus.unplanted)
    })

    it(`labels corroborated (≥ ${corpus.corroborated.found}/${corpus.corroborated.total}) and single-source facts (≥ ${corpus.singleSource.found}/${corpus.singleSource.total})`, () => {
      expect(score.corroborated.total).toBe(corpus.corroborated.total)
      expect(score.corroborated.found, score.corroborated.missed.join('\n')).toBeGreaterThanOrEqual(
        corpus.corroborated.found,
      )
      expect(score.corroborated.originsExact).toBeGreaterThanOrEqual(corpus.corroborated.originsExact)
      expect(score.singleSource.total).toBe(corpus.singleSource.total)
      expect(score.singleSource.found, score.singleSource.missed.join('\n')).toBeGreaterThanOrEqual(
        corpus.singleSource.found,
      )
    })

    it('counts the wire copy once (origins pairwise F1 1.0)', () => {
      expect(score.origins.pairwise.f1).toBeGreaterThanOrEqual(1)
    })
  })
}
