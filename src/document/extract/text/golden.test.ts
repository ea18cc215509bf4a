/**
 * Golden tests: each `fixtures/<slug>/source.txt` is an invented report; its
 * `expected.json` was checked by hand (regenerate with
 * `npx tsx scripts/update-text-fixtures.ts` and review the diff).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Removed } from '../../../model/index.js'
import { comparisonKey } from '../blocks.js'
import { extractText, type TextBlock, type TextExtraction } from './index.js'

const root = new URL('./fixtures/', import.meta.url).pathname
const slugs = readdirSync(root).sort()

/** One readable line per block, so a failure shows which block changed and how. */
const showBlock = (block: TextBlock) => `${block.kind} [${block.rule}] ${block.text}`
const showRemoved = (entry: Removed) => `${entry.rule}: ${entry.text}  <- ${entry.reason}`

describe('extractText golden fixtures', () => {
  it('has the fixtures it is meant to have', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10)
  })

  for (const slug of slugs) {
    describe(slug, () => {
      const source = readFileSync(join(root, slug, 'source.txt'), 'utf8')
      const expected = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8')) as TextExtraction
      const actual = extractText(source)

      it('finds the headline', () => {
        expect(actual.title, `${slug}: title`).toBe(expected.title)
      })
      it('reads the authors', () => {
        expect(actual.authors, `${slug}: authors`).toEqual(expected.authors)
      })
      it('reports the dateline', () => {
        expect(actual.dateline, `${slug}: dateline`).toEqual(expected.dateline)
      })
      it('keeps the blocks', () => {
        expect(actual.blocks.map(showBlock), `${slug}: blocks`).toEqual(expected.blocks.map(showBlock))
      })
      it('removes the junk, with reasons', () => {
        expect(actual.removed.map(showRemoved), `${slug}: removed`).toEqual(expected.removed.map(showRemoved))
      })
      it('loses no line: each is the headline, in a kept block, or recorded as removed', () => {
        const outputs = [
          actual.title ?? '',
          ...actual.blocks.map((b) => b.text),
          ...actual.removed.map((r) => r.text),
        ]
          .map(comparisonKey)
          .join('\n')
        // A caption's photo credit is set apart: caption and credit together make the line.
        const credits = actual.removed
          .filter((r) => r.rule === 'photo-credit')
          .map((r) => comparisonKey(r.text))
        const captions = actual.blocks.filter((b) => b.kind === 'caption').map((b) => comparisonKey(b.text))
        const split = new Set(captions.flatMap((caption) => credits.map((credit) => `${caption} ${credit}`)))
        for (const line of source.split('\n')) {
          const key = comparisonKey(line)
          if (key === '' || split.has(key)) continue
          expect(outputs, `${slug}: line lost: ${line}`).toContain(key)
        }
      })
    })
  }
})
