/**
 * The extractor on the ScrapingHub benchmark's dev pages, with the
 * benchmark's metric: a quality floor, so a change that helps one page and
 * hurts many is caught. Needs `../shared/data/extraction/dev` (outside the
 * repository); skipped with the reason when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import {
  isValidationSite,
  pageCounts,
  pagePrecision,
  pageRecall,
  score,
} from '../../../../scripts/lib/extract-metric.js'
import { extractHtml } from './index.js'

const data = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../../shared/data/extraction/dev',
)
const present = existsSync(join(data, 'manifest.json'))

describe('benchmark metric (upstream evaluate.py rules)', () => {
  test('per-page special cases', () => {
    expect(pagePrecision(pageCounts('a b c d e', 'a b c d e'))).toBe(1)
    expect(pageRecall(pageCounts('a b c d e', ''))).toBe(0)
    // Three tokens make one short shingle; different case is a different token.
    expect(pageCounts('One two three', 'one two three')).toEqual({ tp: 0, fp: 1, fn: 1 })
    // Python's \w is Unicode: accented and CJK letters are word characters, punctuation is not.
    expect(pageCounts('café, naïve — 東京 test', 'café naïve 東京 test')).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  test('corpus scores are means over the pages that define them; F1 of the means', () => {
    const result = score([
      ['a b c d e f', 'a b c d e f'],
      ['a b c d e f', ''],
    ])
    expect(result.precision).toBe(1)
    expect(result.recall).toBe(0.5)
    expect(result.f1).toBeCloseTo(2 / 3, 10)
  })
})

describe.skipIf(!present)(
  `dev pages (${present ? data : 'skipped: ../shared/data/extraction/dev is absent'})`,
  () => {
    test('the stored Readability output scores as the data README says (the metric is exact)', () => {
      const truth = JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8')) as Record<
        string,
        { articleBody: string }
      >
      const raw = JSON.parse(readFileSync(join(data, 'output/readability_js.json'), 'utf8')) as Record<
        string,
        unknown
      >
      // Two formats: `{ id: { articleBody } }` or `{ version, output: { id: { articleBody } } }`.
      const stored = (typeof raw.version === 'string' ? raw.output : raw) as Record<
        string,
        { articleBody: string }
      >
      const result = score(
        Object.keys(truth).map((id) => [truth[id]!.articleBody, stored[id]?.articleBody ?? ''] as const),
      )
      expect(result.f1.toFixed(3)).toBe('0.952')
      expect(result.precision.toFixed(3)).toBe('0.924')
      expect(result.recall.toFixed(3)).toBe('0.982')
    })

    test('F1 ≥ 0.97 with precision and recall ≥ 0.95, on all pages and on the validation sites', () => {
      const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as {
        items: { id: string; html: string; url: string; domain: string }[]
      }
      const truth = JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8')) as Record<
        string,
        { articleBody: string }
      >
      const all: [string, string][] = []
      const validation: [string, string][] = []
      for (const item of manifest.items) {
        const html = gunzipSync(readFileSync(join(data, item.html))).toString('utf8')
        const pair: [string, string] = [
          truth[item.id]!.articleBody,
          extractHtml(html, { url: item.url }).text,
        ]
        all.push(pair)
        if (isValidationSite(item.domain)) validation.push(pair)
      }
      const overall = score(all)
      expect(overall.f1).toBeGreaterThanOrEqual(0.97)
      expect(overall.precision).toBeGreaterThanOrEqual(0.95)
      expect(overall.recall).toBeGreaterThanOrEqual(0.95)
      const held = score(validation)
      expect(held.f1).toBeGreaterThanOrEqual(0.96)
    })
  },
)
