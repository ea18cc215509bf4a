/**
 * The fifth unseen validation corpus (`test/holdout5/`, see its README):
 * regression floors at the figures of its first measurement, commit 9417a0b,
 * the first time Parallax ran on it (docs/benchmarks.md, "Fifth unseen
 * validation corpus"; shares rounded down). It is the latest unseen corpus:
 * these figures are the honest measure of the pipeline on reports it has
 * never seen. The corpus itself is checked by `test/holdout5/corpus.test.ts`.
 * Floors, not targets: see its README.
 */
import { holdoutFloors } from './lib/holdout-floors.js'

holdoutFloors(
  'fifth unseen corpus',
  'test/holdout5/truth',
  {
    'articles read': 1, // 9/9
    headline: 0.555, // 5/9
    'section headings': 1, // 7/7
    'captions kept apart': 1, // 5/5
    'junk removed': 0.792, // 65/82
    'no real text removed': 1, // 37/37
    'roles as stated': 0.764, // 26/34
    'quotes found': 0.909, // 30/33
    'quote speakers': 0.833, // 25/30
    'times resolved': 0.837, // 36/43
    quantities: 0.905, // 48/53
  },
  {
    articles: 9,
    dates: 2,
    contradictions: { total: 8, found: 4 },
    kindsFound: ['role', 'number', 'date', 'quote-wording'],
    decoys: { total: 14, flagged: 1 },
    unplanted: 1,
    corroborated: { total: 24, found: 11, originsExact: 9 },
    singleSource: { total: 29, found: 24 },
  },
)
