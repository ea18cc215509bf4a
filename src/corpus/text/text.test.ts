import { describe, expect, it } from 'vitest'
import { DisjointSets } from './disjoint.js'
import { Heap } from './heap.js'
import { lcs } from './lcs.js'
import { actorAliases, initials, nameTokens, personAliases, sameName, sameSpeaker } from './names.js'
import { containment, jaccard, shingles } from './shingles.js'
import { stem } from './stem.js'
import { cosine, countTerms, topShared } from './vector.js'
import { contentTerms, normalizeWord, words } from './words.js'

describe('stem', () => {
  it('conflates inflected and derived forms (Porter 1980 examples)', () => {
    expect(stem('caresses')).toBe('caress')
    expect(stem('ponies')).toBe('poni')
    expect(stem('hopping')).toBe('hop')
    expect(stem('relational')).toBe('relat')
    expect(stem('conditional')).toBe('condit')
    expect(stem('generalization')).toBe('gener')
    expect(stem('exercises')).toBe(stem('exercise'))
    expect(stem('cooperation')).toBe(stem('cooperate'))
  })
  it('keeps short words', () => {
    expect(stem('is')).toBe('is')
  })
})

describe('words', () => {
  it('keeps numbers, hyphenated words and abbreviations whole, with offsets', () => {
    const ws = words('The U.S. sent $58.5 billion to Asia-Pacific partners.')
    expect(ws.map((w) => w.text)).toEqual([
      'The',
      'U.S.',
      'sent',
      '58.5',
      'billion',
      'to',
      'Asia-Pacific',
      'partners',
    ])
    const partners = ws[7]
    expect(
      partners && 'The U.S. sent $58.5 billion to Asia-Pacific partners.'.slice(partners.start, partners.end),
    ).toBe('partners')
  })
  it('drops stop words and numbers from content terms and folds spelling', () => {
    expect(contentTerms('The defence minister said 14 barriers were removed')).toEqual([
      normalizeWord('defense'),
      normalizeWord('minister'),
      normalizeWord('barriers'),
      normalizeWord('removed'),
    ])
  })
})

describe('vectors and shingles', () => {
  it('cosine is 1 for equal vectors and 0 for disjoint ones', () => {
    const a = countTerms(['x', 'y', 'y'])
    expect(cosine(a, countTerms(['x', 'y', 'y']))).toBeCloseTo(1)
    expect(cosine(a, countTerms(['z']))).toBe(0)
    expect(topShared(a, countTerms(['y', 'x']), 1)).toEqual(['y'])
  })
  it('measures overlap of word runs', () => {
    const a = shingles('the quick brown fox jumps over the lazy dog', 4)
    const b = shingles('a quick brown fox jumps over the lazy cat', 4)
    expect(jaccard(a, a)).toBe(1)
    expect(jaccard(a, b)).toBeGreaterThan(0.3)
    expect(jaccard(a, b)).toBeLessThan(1)
    expect(containment(shingles('brown fox jumps over the', 4), a)).toBe(1)
    expect(shingles('too short', 4, false).size).toBe(0)
  })
})

describe('names', () => {
  it('takes a surname or a shortened name for the full name', () => {
    expect(sameName('Tovell', 'Arno Tovell')).toBe(true)
    expect(sameName('Lena Voss', 'Lena Marit Voss')).toBe(true)
    expect(sameName('Mr. Okwir', 'Dora Okwir')).toBe(true)
    expect(sameName('Dora Okwir', 'Arno Tovell')).toBe(false)
    expect(nameTokens('Erdoğan')).toEqual(['erdogan'])
  })
  it('never merges organisations by name', () => {
    expect(sameSpeaker({ id: 'org:a', name: 'Union' }, { id: 'org:b', name: 'Union of Teachers' })).toBe(
      false,
    )
    expect(sameSpeaker({ id: 'person:a', name: 'Okwir' }, { id: 'person:b', name: 'Dora Okwir' })).toBe(true)
  })
  it('maps a short name to its only longer name, and keeps an ambiguous one', () => {
    const aliases = personAliases([
      { id: 'person:marlow', name: 'Marlow', kind: 'person' },
      { id: 'person:iris-marlow', name: 'Iris Marlow', kind: 'person' },
      { id: 'person:kim', name: 'Kim', kind: 'person' },
      { id: 'person:kim-a', name: 'Kim Ana', kind: 'person' },
      { id: 'person:kim-b', name: 'Kim Bo', kind: 'person' },
    ])
    expect(aliases.get('person:marlow')).toBe('person:iris-marlow')
    expect(aliases.get('person:kim')).toBe('person:kim')
  })
})

describe('actor aliases', () => {
  it('takes an acronym for the one organisation whose initials it is', () => {
    expect(initials('Harbour Pilots Guild of Averna')).toBe('HPGA')
    expect(initials('Averna')).toBeNull()
    const map = actorAliases([
      { id: 'org:hpga', name: 'HPGA', kind: 'organization' },
      {
        id: 'org:harbour-pilots-guild-of-averna',
        name: 'Harbour Pilots Guild of Averna',
        kind: 'organization',
      },
      { id: 'person:iva-rosk', name: 'Iva Rosk', kind: 'person' },
      { id: 'person:rosk', name: 'Rosk', kind: 'person' },
    ])
    expect(map.get('org:hpga')).toBe('org:harbour-pilots-guild-of-averna')
    expect(map.get('person:rosk')).toBe('person:iva-rosk')
  })

  it('keeps an acronym two organisations could stand for', () => {
    const map = actorAliases([
      { id: 'org:nwa', name: 'NWA', kind: 'organization' },
      { id: 'org:1', name: 'National Water Authority', kind: 'organization' },
      { id: 'org:2', name: 'Northern Wool Association', kind: 'organization' },
    ])
    expect(map.get('org:nwa') ?? 'org:nwa').toBe('org:nwa')
  })
})

describe('helpers', () => {
  it('disjoint sets keep the smallest member as representative in any order', () => {
    const a = new DisjointSets<string>()
    a.union('c', 'b')
    a.union('b', 'a')
    const b = new DisjointSets<string>()
    b.union('a', 'b')
    b.union('c', 'a')
    expect(a.find('c')).toBe('a')
    expect(b.find('c')).toBe('a')
    expect([...a.groups().values()]).toHaveLength(1)
  })
  it('lcs finds the shared subsequence', () => {
    const m = lcs('we will not close our border'.split(' '), 'we will close our border'.split(' '))
    expect(m.length).toBe(5)
    expect(m.matchedB).toEqual([0, 1, 2, 3, 4])
  })
  it('heap pops in order', () => {
    const h = new Heap<number>((a, b) => a < b)
    for (const x of [5, 1, 4, 2, 3]) h.push(x)
    expect([h.pop(), h.pop(), h.pop(), h.pop(), h.pop(), h.pop()]).toEqual([1, 2, 3, 4, 5, undefined])
  })
})
