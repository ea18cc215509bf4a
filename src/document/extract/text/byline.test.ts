import { describe, expect, it } from 'vitest'
import { extractText } from './index.js'

const BODY = [
  'The harbour authority said on Monday that two new cranes would be installed at the container terminal before the end of the year, doubling its capacity.',
  'Dock workers welcomed the plan but asked for training to operate the new machines, which are remote-controlled from a tower.',
]

describe('header lines without "By"', () => {
  it('read "date | outlet | section" as no author, the section not taken for a name', () => {
    const x = extractText(
      ['Harbour to get two new cranes', '3 June 2025 | Coastline Daily | West Africa', ...BODY].join('\n'),
    )
    expect(x.authors).toEqual([])
    expect(x.removed.map((r) => r.text)).toContain('3 June 2025 | Coastline Daily | West Africa')
    expect(x.blocks.map((b) => b.text)).toEqual(BODY)
  })

  it('still read a name before the outlet', () => {
    const x = extractText(['Harbour to get two new cranes', 'Ama Owusu, Coastline Daily', ...BODY].join('\n'))
    expect(x.authors).toEqual(['Ama Owusu'])
  })
})
