/**
 * Segment an article's text into sentences and tokens with character offsets
 * and part-of-speech tags (wink-nlp). Runs block by block so that a sentence
 * never crosses a paragraph, heading or caption boundary.
 */

import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type { Block, Sentence, Span } from '../../model/index.js'

/** Universal POS tag as wink-nlp reports it (`PROPN`, `NOUN`, `VERB`, `PUNCT`, …). */
export type Pos = string

/** One token. `start`/`end` index `Article.text`. */
export interface Token extends Span {
  /** The token as written. */
  text: string
  /** Lower-cased normal form. */
  normal: string
  pos: Pos
  /** wink-nlp token type (`word`, `number`, `punctuation`, `symbol`, `currency`, …). */
  type: string
  /** Index of the sentence holding it (into `Segmentation.sentences`). */
  sentence: number
}

/** A sentence with the range of its tokens. */
export interface SegmentedSentence extends Sentence {
  /** Index of the first token (into `Segmentation.tokens`). */
  firstToken: number
  /** Index one past the last token. */
  endToken: number
}

/** Result of {@link segment}. */
export interface Segmentation {
  sentences: SegmentedSentence[]
  tokens: Token[]
}

const nlp = winkNLP(model, ['sbd', 'pos'])
const its = nlp.its

/**
 * Split `text` into sentences and tokens.
 *
 * wink reads the whole text at once (one call costs much less than one per
 * block); sentences are then cut wherever they would cross a block boundary,
 * and tokens outside every block (the blank lines between blocks) dropped.
 *
 * @param text Clean article text (`Article.text`).
 * @param blocks Kept blocks of `text`, in order (sentences never cross them).
 * @returns Sentences and tokens with offsets into `text`.
 */
export function segment(text: string, blocks: readonly Block[]): Segmentation {
  const sentences: SegmentedSentence[] = []
  const tokens: Token[] = []
  if (blocks.length === 0 || text.trim() === '') return { sentences, tokens }
  const doc = nlp.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const normals = doc.tokens().out(its.normal) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const types = doc.tokens().out(its.type) as string[]
  // wink gives no offsets: recover them by walking the text. Tokens come in
  // order, so searching forward from the cursor is exact and linear.
  const starts = new Array<number>(values.length)
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? ''
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor)
    if (at < 0) at = cursor // wink normalised something; keep the cursor rather than drift
    starts[i] = at
    cursor = at + value.length
  }
  let blockIndex = 0
  let open: { block: number; startToken: number } | null = null
  const close = () => {
    if (!open) return
    const first = tokens[open.startToken]
    const last = tokens[tokens.length - 1]
    if (first && last && tokens.length > open.startToken) {
      sentences.push({
        start: first.start,
        end: last.end,
        block: open.block,
        firstToken: open.startToken,
        endToken: tokens.length,
      })
    }
    open = null
  }
  doc.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    const [first, last] = sentence.out(its.span) as [number, number]
    for (let i = first; i <= last; i++) {
      const value = values[i] ?? ''
      if (types[i] === 'tabCRLF' || value.trim() === '') continue
      const start = starts[i] ?? 0
      while (blockIndex < blocks.length && (blocks[blockIndex]?.end ?? 0) <= start) blockIndex++
      const block = blocks[blockIndex]
      if (!block || start < block.start) continue // between blocks
      if (open && open.block !== blockIndex) close()
      if (!open) open = { block: blockIndex, startToken: tokens.length }
      tokens.push({
        start,
        end: start + value.length,
        text: value,
        normal: normals[i] ?? value.toLowerCase(),
        pos: pos[i] ?? 'X',
        type: types[i] ?? 'word',
        sentence: sentences.length,
      })
    }
    close()
  })
  return { sentences, tokens }
}
