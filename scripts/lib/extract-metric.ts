/**
 * The ScrapingHub Article Extraction Benchmark metric, reimplemented exactly
 * (upstream `evaluate.py`; see `../shared/data/extraction/dev/README.md`):
 * `\w+` tokens in Python's Unicode sense, 4-gram shingle multisets, per-page
 * precision/recall with upstream's special cases, corpus precision and recall
 * as means over the pages that define them, and F1 of those two means.
 */

import { createHash } from 'node:crypto'

/** Python `re` `\w+` with Unicode semantics. */
const TOKEN = /[\p{L}\p{N}_]+/gu

/** Tokens of `text`, case kept, nothing normalised. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/**
 * Multiset of 4-gram shingles: `for i in range(max(1, n - 3)): tokens[i:i+4]`.
 * A text of 1–3 tokens gives one shorter shingle; an empty text gives none.
 */
export function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text)
  const counts = new Map<string, number>()
  if (tokens.length === 0) return counts
  const end = Math.max(1, tokens.length - 3)
  for (let index = 0; index < end; index++) {
    // U+0001 cannot occur inside a token, so joined keys are unambiguous.
    const key = tokens.slice(index, index + 4).join('\u0001')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Shingle counts of one page. */
export interface PageCounts {
  tp: number
  fp: number
  fn: number
}

/** Compare a prediction with the ground truth of one page. */
export function pageCounts(expected: string, predicted: string): PageCounts {
  const truth = shingles(expected)
  const guess = shingles(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, cT] of truth) {
    const cP = guess.get(key) ?? 0
    tp += Math.min(cT, cP)
    fn += Math.max(0, cT - cP)
  }
  for (const [key, cP] of guess) {
    const cT = truth.get(key) ?? 0
    fp += Math.max(0, cP - cT)
  }
  return { tp, fp, fn }
}

/** Per-page precision with upstream's special cases (`null` when the page is left out). */
export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fp === 0) return 0
  return tp / (tp + fp)
}

/** Per-page recall with upstream's special cases. */
export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fn === 0) return 0
  return tp / (tp + fn)
}

/** Corpus scores. */
export interface Scores {
  precision: number
  recall: number
  f1: number
  /** Share of pages whose token list equals the ground truth's. */
  accuracy: number
  pages: number
}

/**
 * Corpus scores over `pairs` of `[expected, predicted]`. Precision is the mean
 * over pages with `tp + fp > 0` (an empty prediction is left out of precision
 * but scores recall 0); recall is the mean over pages with `tp + fn > 0`; F1 is
 * the harmonic mean of the two means.
 */
export function score(pairs: readonly (readonly [string, string])[]): Scores {
  let precisionSum = 0
  let precisionPages = 0
  let recallSum = 0
  let recallPages = 0
  let exact = 0
  for (const [expected, predicted] of pairs) {
    const counts = pageCounts(expected, predicted)
    if (counts.tp + counts.fp > 0) {
      precisionSum += pagePrecision(counts)
      precisionPages++
    }
    if (counts.tp + counts.fn > 0) {
      recallSum += pageRecall(counts)
      recallPages++
    }
    if (tokenize(expected).join('\u0001') === tokenize(predicted).join('\u0001')) exact++
  }
  const precision = precisionPages === 0 ? 0 : precisionSum / precisionPages
  const recall = recallPages === 0 ? 0 : recallSum / recallPages
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {
    precision,
    recall,
    f1,
    accuracy: pairs.length === 0 ? 0 : exact / pairs.length,
    pages: pairs.length,
  }
}

/**
 * Our own validation split of the dev pages, chosen before any tuning and
 * never tuned on: the sites whose SHA-256 of the domain has a first byte
 * below 52 (about 20% of sites; a site is wholly in one part).
 */
export function isValidationSite(domain: string): boolean {
  return createHash('sha256').update(domain).digest()[0]! < 52
}
