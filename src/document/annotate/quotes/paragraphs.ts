/**
 * Build an article text and its blocks from paragraphs, joined by a blank
 * line as `Article.text` is. For tests, benchmarks and callers holding plain
 * paragraphs rather than a cleaned article.
 */
import type { Block } from '../../../model/index.js'

/** `{ text, blocks }` for `paragraphs`, each one block of kind `paragraph`. */
export function fromParagraphs(paragraphs: readonly string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = []
  let start = 0
  for (const p of paragraphs) {
    blocks.push({ kind: 'paragraph', start, end: start + p.length })
    start += p.length + 2
  }
  return { text: paragraphs.join('\n\n'), blocks }
}
