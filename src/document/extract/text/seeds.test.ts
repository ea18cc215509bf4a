/**
 * Acceptance on the two seed reports in `../shared/seeds` (read-only, outside
 * the repository; skipped when absent). The expected headline, headings,
 * removals and paragraphs are given as the seeds' line numbers, counted by
 * hand, so no seed sentence or name is written in `src/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractText } from './index.js'

const dir = new URL('../../../../../shared/seeds/', import.meta.url).pathname
const present = existsSync(dir)
const seed = (prefix: string): string[] => {
  const name = readdirSync(dir).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))
  if (!name) throw new Error(`no seed ${prefix}*.txt in ${dir}`)
  return readFileSync(join(dir, name), 'utf8').split(/\r?\n/)
}
/** The lines at `indexes` (0-based), trimmed. */
const pick = (lines: string[], indexes: number[]) => indexes.map((index) => (lines[index] ?? '').trim())

describe.skipIf(!present)(`seeds (${present ? dir : 'skipped: ../shared/seeds is absent'})`, () => {
  describe('seed 000: headline, three headings, two cross-links, a repeated paragraph', () => {
    const lines = present ? seed('000_') : []
    const result = present ? extractText(lines.join('\n')) : null

    it('reads the first line as the headline', () => {
      expect(result?.title).toBe(lines[0])
      expect(result?.title).toHaveLength(45) // the headline line, counted by hand
    })

    it('finds the three section headings, in order', () => {
      const headings = result?.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)
      expect(headings).toEqual(pick(lines, [6, 12, 18]))
    })

    it('removes both "Read more:" lines with a reason', () => {
      const crossLinks = result?.removed.filter((r) => r.text.startsWith('Read more:')) ?? []
      expect(crossLinks.map((r) => r.text)).toEqual(pick(lines, [9, 17]))
      for (const entry of crossLinks) {
        expect(entry.rule).toBe('cross-link')
        expect(entry.reason).not.toBe('')
      }
    })

    it('keeps the repeated paragraph once, in the body, and records the other copy', () => {
      const repeated = lines[1] ?? ''
      expect(lines[8]).toBe(repeated) // the seed repeats line 1 as line 8
      const copies = result?.blocks.filter((b) => b.text === repeated) ?? []
      expect(copies).toHaveLength(1)
      expect(copies[0]?.kind).toBe('paragraph')
      expect(result?.removed.filter((r) => r.text === repeated).map((r) => r.rule)).toEqual([
        'duplicate-paragraph',
      ])
    })

    it('keeps exactly the fourteen body paragraphs, in order', () => {
      const paragraphs = result?.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)
      expect(paragraphs).toEqual(pick(lines, [2, 3, 4, 5, 7, 8, 10, 11, 13, 14, 15, 16, 19, 20]))
    })

    it('removes nothing else', () => {
      expect(result?.removed).toHaveLength(3)
    })
  })

  describe('seed 001: a caption first, no headline, four trailing teasers', () => {
    const lines = present ? seed('001_') : []
    const result = present ? extractText(lines.join('\n')) : null

    it('reads the first line as a caption, kept apart', () => {
      expect(result?.blocks[0]).toMatchObject({ kind: 'caption', text: lines[0] })
    })

    it('invents no headline', () => {
      expect(result?.title).toBeNull()
    })

    it('removes the four trailing teasers with a teaser reason', () => {
      expect(result?.removed.map((r) => r.text)).toEqual(pick(lines, [11, 12, 13, 14]))
      for (const entry of result?.removed ?? []) {
        expect(entry.rule).toMatch(/^teaser-/)
        expect(entry.reason).toMatch(/^related-article teaser: /)
      }
    })

    it('keeps exactly the ten body paragraphs, in order', () => {
      const paragraphs = result?.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)
      expect(paragraphs).toEqual(pick(lines, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
    })
  })
})
