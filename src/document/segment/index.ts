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
 * Split `text` into sentences and tokens, one block at a time.
 *
 * @param text Clean article text (`Article.text`).
 * @param blocks Kept blocks of `text` (sentences never cross them).
 * @returns Sentences and tokens with offsets into `text`.
 */
export function segment(text: string, blocks: readonly Block[]): Segmentation {
  const sentences: SegmentedSentence[] = []
  const tokens: Token[] = []
  blocks.forEach((block, blockIndex) => {
    const slice = text.slice(block.start, block.end)
    if (slice.trim() === '') return
    const doc = nlp.readDoc(slice)
    const values = doc.tokens().out(its.value) as string[]
    const normals = doc.tokens().out(its.normal) as string[]
    const pos = doc.tokens().out(its.pos) as string[]
    const types = doc.tokens().out(its.type) as string[]
    // wink gives no offsets: recover them by walking the block. Tokens come in
    // order, so searching forward from the cursor is exact and linear.
    const starts: number[] = new Array(values.length)
    let cursor = 0
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? ''
      let at = slice.startsWith(value, cursor) ? cursor : slice.indexOf(value, cursor)
      if (at < 0) at = cursor // wink normalised something; keep the cursor rather than drift
      starts[i] = at
      cursor = at + value.length
    }
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const [first, last] = s.out(its.span) as unknown as [number, number]
      // Trim whitespace-only tokens at the edges (wink keeps newlines as tokens).
      let a = first
      let b = last
      while (a <= b && (types[a] === 'tabCRLF' || (values[a] ?? '').trim() === '')) a++
      while (b >= a && (types[b] === 'tabCRLF' || (values[b] ?? '').trim() === '')) b--
      if (a > b) return
      const sentenceIndex = sentences.length
      const startToken = tokens.length
      for (let i = a; i <= b; i++) {
        const value = values[i] ?? ''
        if (value.trim() === '') continue
        const start = block.start + (starts[i] ?? 0)
        tokens.push({
          start,
          end: start + value.length,
          text: value,
          normal: normals[i] ?? value.toLowerCase(),
          pos: pos[i] ?? 'X',
          type: types[i] ?? 'word',
          sentence: sentenceIndex,
        })
      }
      const firstTok = tokens[startToken]
      const lastTok = tokens[tokens.length - 1]
      if (!firstTok || !lastTok) return
      sentences.push({
        start: firstTok.start,
        end: lastTok.end,
        block: blockIndex,
        firstToken: startToken,
        endToken: tokens.length,
      })
    })
  })
  return { sentences, tokens }
}
