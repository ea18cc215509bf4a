/**
 * The fourth unseen validation corpus (`test/holdout4/`, see its README):
 * regression floors at the figures of its first measurement, commit 9a85f20,
 * the first time Parallax ran on it (docs/benchmarks.md, "Fourth unseen
 * validation corpus"; shares rounded down). The corpus itself is checked by
 * `test/holdout4/corpus.test.ts`. Floors, not targets: see its README.
 */
import { holdoutFloors } from './lib/holdout-floors.js'

holdoutFloors(
  'fourth unseen corpus',
  'test/holdout4/truth',
  {
    'articles read': 1, // 9/9
    headline: 0.666, // 6/9
    'section headings': 0.8, // 8/10
    'captions kept apart': 1, // 6/6
    'junk removed': 0.915, // 76/83
    'no real text removed': 0.977, // 43/44
    'roles as stated': 0.657, // 25/38
    'quotes found': 1, // 31/31
    'quote speakers': 0.87, // 27/31
    'times resolved': 0.942, // 33/35
    quantities: 0.906, // 39/43
  },
  {
    articles: 9,
    dates: 3,
    contradictions: { total: 8, found: 6 },
    kindsFound: ['role', 'number', 'date', 'quote-speaker', 'quote-wording'],
    decoys: { total: 15, flagged: 0 },
    unplanted: 1,
    corroborated: { total: 22, found: 12, originsExact: 10 },
    singleSource: { total: 28, found: 24 },
  },
)
