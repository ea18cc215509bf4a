/**
 * schema.org `articleBody`: when the page states its own text in JSON-LD,
 * blocks found in it are strong evidence of the article's container.
 */
import { comparable } from './clean.js'
import type { Page } from './walk.js'

/**
 * Per-block score bonus: blocks of 25+ characters whose text occurs in
 * `articleBody` (compared without case and punctuation) get `points`.
 */
export function articleBodyBonus(page: Page, articleBody: string, points: number): Float64Array {
  const body = ` ${comparable(articleBody)} `
  const bonus = new Float64Array(page.blocks.length)
  for (const block of page.blocks) {
    if (block.text.length < 25) continue
    const text = comparable(block.text)
    if (text.length >= 20 && body.includes(` ${text} `)) bonus[block.index] = points
  }
  return bonus
}
