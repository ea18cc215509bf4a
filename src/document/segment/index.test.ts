import { describe, expect, it } from 'vitest'
import type { Block } from '../../model/index.js'
import { segment } from './index.js'

function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', start, end: start + part.length })
    start += part.length + 2
  }
  return blocks
}

describe('segment', () => {
  it('splits sentences inside blocks, with exact offsets', () => {
    const text =
      'Officials met on Nov. 1 in Geneva. Mr. Ortega said the talks were "useful."\n\nA second paragraph, with no end mark'
    const { sentences, tokens } = segment(text, blocksOf(text))
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Officials met on Nov. 1 in Geneva.',
      'Mr. Ortega said the talks were "useful."',
      'A second paragraph, with no end mark',
    ])
    expect(sentences.map((s) => s.block)).toEqual([0, 0, 1])
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('never lets a sentence cross a block boundary', () => {
    const text = 'A heading without a stop\n\nThe body starts here. It goes on.'
    const { sentences } = segment(text, blocksOf(text))
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'A heading without a stop',
      'The body starts here.',
      'It goes on.',
    ])
  })

  it('tags proper nouns', () => {
    const text = 'Maria Fernandes visited Lisbon.'
    const { tokens } = segment(text, blocksOf(text))
    expect(tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text)).toEqual([
      'Maria',
      'Fernandes',
      'Lisbon',
    ])
  })

  it('skips empty blocks', () => {
    const text = '   \n\nWords.'
    expect(segment(text, blocksOf(text)).sentences).toHaveLength(1)
  })
})
