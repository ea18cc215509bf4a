import { describe, expect, it } from 'vitest'
import { mini } from '../../../test/corpus/mini.js'
import { findOrigins } from './index.js'

const wire =
  'Floodwaters swept through the river town of Amberly on Tuesday, forcing hundreds of families from their homes as the Tarn burst its banks after three days of heavy rain. Emergency crews used boats to reach residents stranded on rooftops, and the regional council opened two schools as shelters. Forecasters expect the river to peak again on Thursday before the water begins to recede over the weekend.'

describe('findOrigins', () => {
  it('counts a wire story run by two outlets (with an extra paragraph) as one origin', () => {
    const a = mini({ id: 'a', blocks: [wire] })
    const b = mini({
      id: 'b',
      blocks: [wire, 'Local shops said they expected losses of several weeks of trade.'],
    })
    const c = mini({
      id: 'c',
      blocks: [
        'Hundreds of families left Amberly after the Tarn flooded the town on Tuesday; rescuers in boats reached people on roofs and two schools became shelters, the council said.',
      ],
    })
    const origins = findOrigins([c, b, a])
    expect(origins).toHaveLength(2)
    const copy = origins.find((o) => o.rule === 'wire-copy')
    expect(copy?.articles).toEqual(['a', 'b'])
    expect(copy?.id).toBe('origin:a')
    expect(copy?.containment).toBeGreaterThan(0.9)
    expect(copy?.why).toMatch(/near-identical/)
    expect(origins.find((o) => o.articles.includes('c'))?.rule).toBe('own')
  })

  it('does not take the same long quote in two reports for a wire copy', () => {
    const quote =
      'We have lost everything we built over thirty years and nobody from the government has come to see us or to tell us what happens next'
    const a = mini({
      id: 'a',
      blocks: [
        `"${quote}," said a farmer who asked not to be named, standing by the ruined barn outside the village.`,
      ],
      quotes: [{ text: quote }],
    })
    const b = mini({
      id: 'b',
      blocks: [
        `A resident told our reporter: "${quote}." Officials did not respond to requests for comment on Wednesday.`,
      ],
      quotes: [{ text: quote }],
    })
    expect(findOrigins([a, b], { minShingles: 3 }).every((o) => o.rule === 'own')).toBe(true)
  })
})
