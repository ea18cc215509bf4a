import { describe, expect, it } from 'vitest'
import { type MiniArticle, mini } from '../../../test/corpus/mini.js'
import { extractClaims } from '../claims/index.js'
import { normalizeWord } from '../text/words.js'
import { ALIGN_DEFAULTS, alignClaims, claimFeatures } from './index.js'
import { meaning } from './synonyms.js'

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

  it("lends neither sentence of a two-sentence quote the other one's words", () => {
    const r = aligned([
      {
        id: 'x',
        blocks: [
          '"The pumps at the lower lock failed before dawn. Nobody on the night shift could have stopped the water," engineer Ola Brun told the council.',
        ],
        mentions: [{ text: 'Ola Brun', id: 'person:brun' }],
        quotes: [
          {
            text: 'The pumps at the lower lock failed before dawn. Nobody on the night shift could have stopped the water,',
            speaker: 'person:brun',
          },
        ],
      },
      {
        id: 'y',
        blocks: ['"The pumps at the lower lock failed before dawn," said Ola Brun, the canal engineer.'],
        mentions: [{ text: 'Ola Brun', id: 'person:brun' }],
        quotes: [{ text: 'The pumps at the lower lock failed before dawn,', speaker: 'person:brun' }],
      },
    ])
    expect(r.between('The pumps at the lower lock', 'said Ola Brun')?.rule).toBe('shared-quote')
    expect(r.candidate('Nobody on the night shift', 'said Ola Brun')?.rule).not.toBe('shared-quote')
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

/** Align invented articles; find claims by their words. */
function aligned(specs: MiniArticle[], options = {}) {
  const docs = specs.map(mini)
  const claims = docs.flatMap((d) => extractClaims(d))
  const alignment = alignClaims(docs, claims, options)
  const id = (needle: string) => claims.find((c) => c.text.includes(needle))?.id ?? `missing: ${needle}`
  const between = (x: string, y: string) =>
    alignment.links.find((l) => (l.a === id(x) && l.b === id(y)) || (l.a === id(y) && l.b === id(x)))
  const candidate = (x: string, y: string) =>
    alignment.candidates.find((l) => (l.a === id(x) && l.b === id(y)) || (l.a === id(y) && l.b === id(x)))
  const together = (x: string, y: string) =>
    alignment.groups.some((g) => g.includes(id(x)) && g.includes(id(y)))
  return { alignment, claims, id, between, candidate, together }
}

describe('alignClaims: actors', () => {
  it('compares an acronym and a surname as the full names another outlet writes', () => {
    const r = aligned([
      {
        id: 'x',
        blocks: [
          'Iva Rosk of the Harbour Pilots Guild of Averna said night pilotage would resume in the northern channel.',
        ],
        mentions: [
          { text: 'Iva Rosk', id: 'person:iva-rosk' },
          {
            text: 'Harbour Pilots Guild of Averna',
            id: 'org:harbour-pilots-guild-of-averna',
            kind: 'organization',
          },
        ],
      },
      {
        id: 'y',
        blocks: ['Night pilotage in the northern channel will resume, Rosk of the HPGA said.'],
        mentions: [
          { text: 'Rosk', id: 'person:rosk' },
          { text: 'HPGA', id: 'org:hpga', kind: 'organization' },
        ],
      },
    ])
    expect(r.between('Iva Rosk', 'Night pilotage')?.sharedActors.sort()).toEqual([
      'org:harbour-pilots-guild-of-averna',
      'person:iva-rosk',
    ])
  })

  it('does not count a claim naming no one as naming someone else', () => {
    const specs: MiniArticle[] = [
      {
        id: 'x',
        blocks: ["Averna's weather office said there was no risk of a flood surge along the Tarn this week."],
        mentions: [{ text: 'Averna', id: 'country:averna', kind: 'country' }],
      },
      { id: 'y', blocks: ['Forecasters said the Tarn posed no risk of a flood surge this week.'] },
    ]
    const link = aligned(specs).between('weather office', 'Forecasters')
    expect(link).toBeDefined()
    // Counted as a mismatch (the share at 0), the same pair scores lower.
    const mismatch = aligned(specs, { unnamedActorShare: 0 }).candidate('weather office', 'Forecasters')
    expect(link?.score).toBeGreaterThan(mismatch?.score ?? 0)
  })

  it('compares name words the annotator left out of a mention, and acronyms, as names', () => {
    const doc = mini({
      id: 'x',
      blocks: ['The Coastal, Marine and Weather Agency (CMWA) expects calmer seas by Friday.'],
      mentions: [{ text: 'Marine and Weather Agency', id: 'org:mwa', kind: 'organization' }],
    })
    const [claim] = extractClaims(doc)
    const f = claimFeatures(claim as NonNullable<typeof claim>, doc)
    expect([...f.terms.values()]).not.toContain('Coastal')
    expect([...f.terms.values()]).not.toContain('CMWA')
    expect([...f.actors].sort()).toEqual(['name:cmwa', 'org:mwa'])
  })
})

describe('alignClaims: an organisation named in both claims', () => {
  it('reads the name words before a connector ("and", "of") as the name, so one shared agency aligns nothing', () => {
    const doc = mini({
      id: 'x',
      blocks: ['The Western Roads and Bridges Authority (WRBA) sent an inspection team to Corrin on Sunday.'],
      mentions: [{ text: 'Bridges Authority', id: 'org:bridges-authority', kind: 'organization' }],
    })
    const [claim] = extractClaims(doc)
    const f = claimFeatures(claim as NonNullable<typeof claim>, doc)
    expect([...f.terms.values()]).not.toContain('Western')
    expect([...f.terms.values()]).not.toContain('Roads')
    const mention = { text: 'Bridges Authority', id: 'org:bridges-authority', kind: 'organization' as const }
    const r = aligned([
      {
        id: 'a',
        blocks: [
          'The Western Roads and Bridges Authority (WRBA) sent an inspection team to Corrin on Sunday.',
        ],
        mentions: [mention],
      },
      {
        id: 'b',
        blocks: [
          'The Western Roads and Bridges Authority, known by its initials WRBA, said a cracked bearing under the deck had been missed in the spring survey.',
        ],
        mentions: [mention],
      },
    ])
    expect(r.between('inspection team', 'cracked bearing')).toBeUndefined()
  })
})

describe('alignClaims: one speaker, two statements', () => {
  it('does not align two things one person said that share only one word', () => {
    const holt = { text: 'Mira Holt', id: 'person:mira-holt' }
    const firm = { text: 'Tarrow Fisheries', id: 'org:tarrow-fisheries', kind: 'organization' as const }
    const r = aligned([
      {
        id: 'a',
        blocks: ['Mira Holt of Tarrow Fisheries said the fleet had already sold its spring catch.'],
        mentions: [holt, firm],
      },
      {
        id: 'b',
        blocks: ['Mira Holt of Tarrow Fisheries said her company had already hired new deckhands.'],
        mentions: [holt, firm],
      },
    ])
    expect(r.between('spring catch', 'new deckhands')).toBeUndefined()
    const same = aligned([
      {
        id: 'a',
        blocks: ['Mira Holt of Tarrow Fisheries said the fleet had already sold its spring catch.'],
        mentions: [holt, firm],
      },
      {
        id: 'b',
        blocks: ['Mira Holt of Tarrow Fisheries said the fleet had sold the spring catch.'],
        mentions: [holt, firm],
      },
    ])
    expect(same.between('already sold', 'sold the spring')).toBeDefined()
  })
})

describe('alignClaims: acronyms, loans and quoted statements', () => {
  it('reads an acronym no annotator made an actor as the organisation whose initials it is, and "loan" as "lend"', () => {
    const r = aligned([
      {
        id: 'x',
        blocks: ['The Northern Reconstruction Fund will lend $250 million to rebuild the bridge.'],
        mentions: [
          {
            text: 'Northern Reconstruction Fund',
            id: 'org:northern-reconstruction-fund',
            kind: 'organization',
          },
        ],
        quantities: [{ text: '$250 million', value: 250_000_000, unit: 'usd' }],
      },
      {
        id: 'y',
        blocks: ['The Oss-based NRF has agreed to provide a loan of about $250 million.'],
        quantities: [{ text: 'about $250 million', value: 250_000_000, unit: 'usd', hedge: 'approximately' }],
      },
    ])
    const link = r.between('will lend', 'has agreed')
    expect(link?.sharedActors).toEqual(['org:northern-reconstruction-fund'])
    expect(link?.sharedTerms).toContain('lend')
  })

  it('aligns a claim kept for its quote only by its quote, never by its few words', () => {
    const specs: MiniArticle[] = [
      {
        id: 'x',
        blocks: ['"We have talked about this for years," she said.'],
        quotes: [{ text: 'We have talked about this for years' }],
      },
      { id: 'y', blocks: ['The talks over the grazing rights began years ago.'] },
      {
        id: 'z',
        blocks: ['She said: "We have talked about this for years."'],
        quotes: [{ text: 'We have talked about this for years' }],
      },
    ]
    const r = aligned(specs)
    expect(r.claims.find((c) => c.article === 'x')?.rule).toBe('sentence:quote')
    expect(r.candidate('"We have talked', 'grazing rights')).toBeUndefined()
    expect(r.between('"We have talked', 'She said:')?.rule).toBe('shared-quote')
  })
})

describe('alignClaims: phrases and synonyms', () => {
  const termsOf = (sentence: string) => {
    const doc = mini({ id: 't', blocks: [sentence] })
    const [claim] = extractClaims(doc)
    return [...claimFeatures(claim as NonNullable<typeof claim>, doc).terms.keys()]
  }

  it("folds a reporter's paraphrase of a quote onto the quote's words", () => {
    const r = aligned([
      {
        id: 'x',
        blocks: ['"Nobody went into the water and nobody was hurt," the harbour master told reporters.'],
      },
      { id: 'y', blocks: ['No one fell overboard and no one was hurt, according to the harbour master.'] },
    ])
    expect(r.between('Nobody went', 'No one fell')?.sharedTerms).toEqual(
      expect.arrayContaining(['Nobody', 'into the water', 'hurt']),
    )
  })

  it('reads a word as a synonym only in its phrase, and keeps unrelated claims apart', () => {
    expect(termsOf('The new fees will pay for refuse collection in the old town.')).toContain(meaning('wast'))
    expect(termsOf('The mayor refused to sign the new fees into law on Monday.')).not.toContain(
      meaning('wast'),
    )
    expect(termsOf('Twelve councillors walked out of the chamber before the vote.')).toContain('walkout')
    expect(termsOf('The harbour board has opened an inquiry into the collision.')).toContain(
      meaning(normalizeWord('investigation')),
    )
    const r = aligned([
      {
        id: 'x',
        blocks: ['"Nobody went into the water and nobody was hurt," the harbour master told reporters.'],
      },
      { id: 'y', blocks: ['No one answered the telephone at the ferry office in the old town on Sunday.'] },
    ])
    expect(r.between('Nobody went', 'No one answered')).toBeUndefined()
  })
})

describe('alignClaims: figures', () => {
  const lead: MiniArticle = {
    id: 'x',
    blocks: [
      // A list of predicates stays one claim ("…and injured more than 30" would be a claim of its own).
      'A fire on a ferry off Kell Island on Sunday killed nine passengers, injured more than 30 and left the ferry adrift for hours, the coast guard said.',
      'Tugs towed the burning ferry into Port Avery 18 hours later.',
      'The island lighthouse has warned ships off the reef for more than 30 years.',
    ],
    quantities: [
      { text: 'nine passengers', value: 9, unit: 'passengers' },
      { text: 'more than 30', value: 30, hedge: 'more-than' },
      { text: 'more than 30 years', value: 30, unit: 'years', hedge: 'more-than' },
    ],
  }
  const follow: MiniArticle = {
    id: 'y',
    blocks: [
      'Nine passengers died when fire swept through a ferry near Kell Island on Sunday.',
      'More than 30 others were injured, several of them badly.',
      'The ferry reached Port Avery under tow 18 hours after the fire broke out.',
    ],
    quantities: [
      { text: 'Nine passengers', value: 9, unit: 'passengers' },
      { text: 'More than 30 others', value: 30, unit: 'others', hedge: 'more-than' },
    ],
  }
  const r = aligned([lead, follow])

  it('links a short sentence restating one figure of a long one, the figure worded alike around it', () => {
    const link = r.between('killed nine passengers', 'More than 30 others')
    expect(link?.rule).toBe('shared-figure')
    expect(link?.sharedNumbers).toEqual(['other:30'])
    expect(r.between('lighthouse', 'More than 30 others')).toBeUndefined()
  })

  it('reads durations the annotators missed as figures', () => {
    expect(r.between('Tugs towed', 'under tow')?.sharedNumbers).toEqual(['hour:18'])
  })

  it('never links two readings of one measure, but keeps them for the contradiction detectors', () => {
    const readings = aligned([
      {
        id: 'x',
        blocks: ['Rescuers had pulled 40 survivors from the flooded mine by Sunday evening.'],
        quantities: [{ text: '40 survivors', value: 40, unit: 'survivors' }],
      },
      {
        id: 'y',
        blocks: ['Rescuers had pulled 52 survivors from the flooded mine by Monday morning.'],
        quantities: [{ text: '52 survivors', value: 52, unit: 'survivors' }],
      },
    ])
    expect(readings.between('40 survivors', '52 survivors')).toBeUndefined()
    expect(readings.candidate('40 survivors', '52 survivors')?.score).toBeGreaterThan(
      ALIGN_DEFAULTS.linkThreshold,
    )
  })
})

describe('alignClaims: clock times and near figures', () => {
  it('reads a clock time in either notation, resolved or not, as one figure', () => {
    const r = aligned([
      {
        id: 'x',
        published: '2031-06-03',
        blocks: [
          'The pumping station at Orvel stopped at 4:17 pm after a cable fault, the water board said.',
          'Volunteers handed out bottled water to families in the old town.',
        ],
        times: [{ text: 'at 4:17 pm', value: '2031-06-03T16:17' }],
      },
      {
        id: 'y',
        published: '2031-06-04',
        blocks: [
          'The station stopped at 16:17 yesterday with every reservoir already low.',
          'Schools in the district will stay shut until the supply returns.',
        ],
        times: [{ text: 'at 16:17 yesterday', value: '2031-06-02T16:17' }],
      },
    ])
    const link = r.between('stopped at 4:17 pm', 'stopped at 16:17')
    expect(link?.sharedNumbers).toEqual(['clock:977'])
  })

  it('reads a value and the same value rounded as one figure ("41.3°C" / "above 41 degrees")', () => {
    const r = aligned([
      {
        id: 'x',
        blocks: [
          'The heat drove temperatures to 41.3°C in Dornholm, closing schools across the valley.',
          'Farmers moved cattle to higher pastures.',
        ],
        quantities: [{ text: '41.3°C', value: 41.3, unit: 'celsius' }],
      },
      {
        id: 'y',
        blocks: [
          'Temperatures climbed above 41 degrees in Dornholm, the weather office said.',
          'The regional council opened three cooling centres.',
        ],
        quantities: [{ text: 'above 41 degrees', value: 41, unit: 'degrees', hedge: 'more-than' }],
      },
    ])
    expect(r.between('41.3°C', 'above 41 degrees')?.sharedNumbers).toEqual(['celsiu:41.3'])
    const shares = aligned([
      {
        id: 'x',
        blocks: ['Unemployment averaged 5.2 percent in the first half.', 'Exports fell.'],
        quantities: [{ text: '5.2 percent', value: 5.2, unit: 'percent' }],
      },
      {
        id: 'y',
        blocks: ['The ministry expects unemployment to average 5.4 percent this year.', 'Imports rose.'],
        quantities: [{ text: '5.4 percent', value: 5.4, unit: 'percent' }],
      },
    ])
    // Both written to a tenth: two figures, not one rounded.
    expect(shares.candidate('5.2 percent', '5.4 percent')?.sharedNumbers ?? []).toEqual([])
  })

  it('folds "asleep" and "sleeping", "stay" and "remain", "shut" and "close", "a news conference" and "journalists"', () => {
    for (const [x, y] of [
      ['asleep', 'sleeping'],
      ['stay', 'remain'],
      ['shut', 'closed'],
      ['outage', 'blackout'],
    ] as const)
      expect(meaning(normalizeWord(x))).toBe(meaning(normalizeWord(y)))
    const r = aligned([
      {
        id: 'x',
        blocks: ['Mayor Ivo Dern told a news conference in Brask that the ferry would resume.'],
        mentions: [{ text: 'Ivo Dern', id: 'person:ivo-dern' }],
      },
      {
        id: 'y',
        blocks: ['Ivo Dern spoke to journalists in Brask about the ferry late on Friday.'],
        mentions: [{ text: 'Ivo Dern', id: 'person:ivo-dern' }],
      },
    ])
    expect(r.candidate('news conference', 'spoke to journalists')?.sharedTerms).toContain('news conference')
  })
})

describe('alignClaims: a heading and a bound, a kind of oil', () => {
  it('reads "heading east" as "eastbound" and canola oil as a vegetable oil', () => {
    const r = aligned([
      {
        id: 'x',
        blocks: ['The eastbound grain train carrying canola oil left the rails outside Hollin Creek.'],
      },
      {
        id: 'y',
        blocks: [
          'The grain train was heading east with vegetable oil when it left the rails near Hollin Creek.',
        ],
      },
    ])
    const link = r.candidate('eastbound grain train', 'heading east')
    expect(link?.sharedTerms).toContain('eastbound')
    expect(link?.sharedTerms).toContain('canola oil')
    expect(r.between('eastbound grain train', 'heading east')).toBeDefined()
  })
})

describe('alignClaims: groups', () => {
  it('does not chain two statements into one group through a sentence resembling both', () => {
    const specs: MiniArticle[] = [
      { id: 'x', blocks: ['The earthquake struck the Varn valley at dawn on Sunday, waking thousands.'] },
      {
        id: 'y',
        blocks: [
          "The death toll from Sunday's earthquake in the Varn valley rose to 11 on Monday, officials said.",
        ],
      },
      { id: 'z', blocks: ['By Monday the death toll had reached 17, according to officials.'] },
    ]
    const r = aligned(specs)
    expect(r.between('struck the Varn valley', 'death toll from Sunday')).toBeDefined()
    expect(r.between('death toll from Sunday', 'reached 17')).toBeDefined()
    expect(r.together('struck the Varn valley', 'reached 17')).toBe(false)
    // Without the cohesion rule the chain would join them.
    expect(aligned(specs, { groupCohesion: 0 }).together('struck the Varn valley', 'reached 17')).toBe(true)
  })

  it('names each shared word once however often its parts match', () => {
    const r = aligned([
      {
        id: 'x',
        blocks: ['The probe entered a low-altitude orbit around the moon after a four-day cruise.'],
      },
      {
        id: 'y',
        blocks: ['After its four-day cruise the probe reached a low-altitude orbit around the moon.'],
      },
    ])
    const terms = r.alignment.links[0]?.sharedTerms ?? []
    expect(terms.length).toBeGreaterThan(2)
    expect(new Set(terms).size).toBe(terms.length)
  })
})
