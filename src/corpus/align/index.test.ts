import { describe, expect, it } from 'vitest'
import { mini } from '../../../test/corpus/mini.js'
import { extractClaims } from '../claims/index.js'
import { alignClaims } from './index.js'

const a = mini({
  id: 'a',
  blocks: [
    'Northland and Southland signed a fishing agreement in Port Avery on Monday, ending a long dispute over trawling quotas.',
    'The navies of both countries will hold joint exercises in the Grey Sea next spring.',
    '"This deal protects our fishermen for a generation," Holt said.',
    'Lena Holt met Tomas Brand at the harbour.',
    'Officials from both governments plan further meetings on shipping lanes and customs checks.',
  ],
  mentions: [
    { text: 'Northland', id: 'country:north', kind: 'country' },
    { text: 'Southland', id: 'country:south', kind: 'country' },
    { text: 'Port Avery', id: 'place:port-avery', kind: 'place' },
    { text: 'Holt', id: 'person:holt' },
    { text: 'Lena Holt', id: 'person:holt' },
    { text: 'Tomas Brand', id: 'person:brand' },
  ],
  quotes: [{ text: 'This deal protects our fishermen for a generation', speaker: 'person:holt' }],
  times: [{ text: 'Monday', value: '2031-04-07' }],
})
const b = mini({
  id: 'b',
  blocks: [
    'Southland and Northland sealed a fishing pact in Port Avery on Monday, settling their quarrel over trawling quotas.',
    'The two navies are to stage joint drills in the Grey Sea in the spring.',
    'Holt called the pact a breakthrough: "This deal protects our fishermen for a generation."',
    'Lena Holt praised Tomas Brand.',
    'Heavy rain is expected across the coast this weekend.',
  ],
  mentions: [
    { text: 'Southland', id: 'country:south', kind: 'country' },
    { text: 'Northland', id: 'country:north', kind: 'country' },
    { text: 'Port Avery', id: 'place:port-avery', kind: 'place' },
    { text: 'Holt', id: 'person:holt' },
    { text: 'Lena Holt', id: 'person:holt' },
    { text: 'Tomas Brand', id: 'person:brand' },
  ],
  quotes: [{ text: 'This deal protects our fishermen for a generation', speaker: 'person:holt' }],
  times: [{ text: 'Monday', value: '2031-04-07' }],
})

describe('alignClaims', () => {
  const claims = [...extractClaims(a), ...extractClaims(b)]
  const alignment = alignClaims([a, b], claims)
  const groupOf = (needle: string) =>
    alignment.groups.find((g) => g.some((id) => claims.find((c) => c.id === id)?.text.includes(needle)))

  it('aligns paraphrases through synonyms ("agreement"/"pact", "exercises"/"drills")', () => {
    expect(groupOf('signed a fishing agreement')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^b#/)]),
    )
    expect(groupOf('joint exercises')).toEqual(expect.arrayContaining([expect.stringMatching(/^b#/)]))
  })

  it('aligns claims carrying the same quote', () => {
    const link = alignment.links.find((l) => l.rule === 'shared-quote')
    expect(link).toBeDefined()
    expect(link?.score).toBeGreaterThanOrEqual(0.6)
  })

  it('never aligns claims that share only names', () => {
    expect(groupOf('met Tomas Brand')).toHaveLength(1)
  })

  it('leaves unrelated claims alone and explains every link', () => {
    expect(groupOf('Heavy rain')).toHaveLength(1)
    expect(groupOf('further meetings')).toHaveLength(1)
    const signed = alignment.links.find((l) => l.a === groupOf('signed a fishing agreement')?.[0])
    expect(signed?.sharedActors).toEqual(
      expect.arrayContaining(['country:north', 'country:south', 'place:port-avery']),
    )
    expect(signed?.sharedTimes).toEqual(['2031-04-07'])
    expect(signed?.sharedTerms.length).toBeGreaterThan(0)
    expect(signed?.copy).toBe(false)
  })

  it('marks near-identical passages as copies', () => {
    const text =
      'Coast guard vessels from both countries will share radar data and patrol the disputed fishing grounds together from June.'
    const x = mini({ id: 'x', blocks: [text] })
    const y = mini({ id: 'y', blocks: [`${text.slice(0, -1)}, officials said.`] })
    const al = alignClaims([x, y], [...extractClaims(x), ...extractClaims(y)])
    expect(al.links).toHaveLength(1)
    expect(al.links[0]?.copy).toBe(true)
    expect(al.links[0]?.rule).toBe('copy')
  })
})
