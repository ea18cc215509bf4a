import { describe, expect, it } from 'vitest'
import type { BlockDraft } from './blocks.js'
import { cleanBlockText, comparisonKey, dedupeBlocks, joinBlocks } from './blocks.js'

const paragraph = (text: string): BlockDraft => ({ kind: 'paragraph', text })

describe('cleanBlockText', () => {
  it('trims and collapses whitespace inside a line, keeping other characters verbatim', () => {
    expect(cleanBlockText('  The  minister\u00a0said\t“no” —  twice. ')).toBe(
      'The minister said “no” — twice.',
    )
  })

  it('keeps single line breaks but drops empty lines, so a block never holds a blank line', () => {
    expect(cleanBlockText('First line\r\n\r\n  second line  \n')).toBe('First line\nsecond line')
  })
})

describe('comparisonKey', () => {
  it('ignores case, punctuation, quote style and spacing', () => {
    expect(comparisonKey('He said: “We will  win.”')).toBe(comparisonKey('he said "we will win"'))
  })

  it('keeps words and numbers apart', () => {
    expect(comparisonKey('Prices rose 5%')).not.toBe(comparisonKey('Prices rose 6%'))
  })

  it('normalises compatibility forms (NFKC)', () => {
    expect(comparisonKey('ﬁnal ｓcore')).toBe('final score')
  })
})

describe('dedupeBlocks', () => {
  const long = 'The council approved the plan by nine votes to four on Thursday.'

  it('drops a later paragraph repeating the opening sentences of an earlier one, not a shorter phrase', () => {
    const next = 'The mayor said work on the new bridge would start in the spring.'
    const blocks = [
      paragraph(`${long} ${next}`),
      paragraph('Something else entirely, said the mayor.'),
      paragraph(long),
    ]
    const result = dedupeBlocks(blocks)
    expect(result.dropped).toEqual([2])
    expect(result.removed[0]?.reason).toMatch(/opening sentences/)
    // Cut mid-sentence, or a phrase too short to say anything on its own: kept.
    expect(
      dedupeBlocks([blocks[0]!, paragraph('The council approved the plan by nine votes')]).dropped,
    ).toEqual([])
    expect(
      dedupeBlocks([paragraph('The council approved. It met again.'), paragraph('The council approved.')])
        .dropped,
    ).toEqual([])
  })

  it('keeps the first copy of a repeated paragraph and records the second', () => {
    const blocks = [
      paragraph(long),
      paragraph('Something else entirely, said the mayor.'),
      paragraph(`  ${long}`),
    ]
    const result = dedupeBlocks(blocks)
    expect(result.blocks.map((b) => b.text)).toEqual([long, 'Something else entirely, said the mayor.'])
    expect(result.dropped).toEqual([2])
    expect(result.removed).toEqual([
      {
        text: `  ${long}`,
        reason: 'paragraph repeated; the first copy is kept',
        rule: 'duplicate-paragraph',
      },
    ])
  })

  it('lets a standfirst give way to its copy in the body', () => {
    const blocks: BlockDraft[] = [
      { kind: 'standfirst', text: long },
      paragraph('Another paragraph here.'),
      paragraph(long),
    ]
    const result = dedupeBlocks(blocks)
    expect(result.blocks).toEqual([paragraph('Another paragraph here.'), paragraph(long)])
    expect(result.dropped).toEqual([0])
    expect(result.removed[0]?.reason).toMatch(/body copy is kept/)
  })

  it('keeps the first copy when yieldToBody is empty', () => {
    const blocks: BlockDraft[] = [{ kind: 'standfirst', text: long }, paragraph(long)]
    expect(dedupeBlocks(blocks, { yieldToBody: [] }).dropped).toEqual([1])
  })

  it('never drops short repeats below minLength', () => {
    const blocks = [paragraph('Background'), paragraph('Background')]
    expect(dedupeBlocks(blocks).blocks).toHaveLength(2)
    expect(dedupeBlocks(blocks, { minLength: 5 }).blocks).toHaveLength(1)
  })

  it('drops every later copy, not just the second', () => {
    const result = dedupeBlocks([paragraph(long), paragraph(long), paragraph(long)])
    expect(result.dropped).toEqual([1, 2])
  })
})

describe('joinBlocks', () => {
  it('joins with a blank line and gives offsets that slice back each block', () => {
    const { text, blocks } = joinBlocks([
      { kind: 'heading', text: ' What  happened ' },
      paragraph('The vote was  close.'),
      { kind: 'caption', text: 'Voters queue (L) in the rain.' },
    ])
    expect(text).toBe('What happened\n\nThe vote was close.\n\nVoters queue (L) in the rain.')
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'caption'])
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'What happened',
      'The vote was close.',
      'Voters queue (L) in the rain.',
    ])
  })

  it('skips blocks left empty by cleaning', () => {
    const { text, blocks } = joinBlocks([paragraph('One.'), paragraph('  \n '), paragraph('Two.')])
    expect(text).toBe('One.\n\nTwo.')
    expect(blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 4 },
      { kind: 'paragraph', start: 6, end: 10 },
    ])
  })

  it('returns an empty text for no blocks', () => {
    expect(joinBlocks([])).toEqual({ text: '', blocks: [] })
  })
})
