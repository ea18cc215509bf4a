import { describe, expect, it } from 'vitest'
import { analyzeAsStory, type MiniArticle, mini } from '../../../test/corpus/mini.js'
import type { TimeExpression } from '../../model/index.js'
import { disagreements } from '../index.js'
import { dayOf } from './dates.js'

/** Analyse invented articles as one story. */
function analyze(...specs: MiniArticle[]) {
  return analyzeAsStory(specs.map(mini))
}

const holt = (title: string, id: string, sentence: string): MiniArticle => ({
  id,
  published: '2031-04-08',
  blocks: [sentence],
  mentions: [{ text: 'Lena Holt', id: 'person:lena-holt', title }],
})

describe('role contradictions', () => {
  it('flags incompatible titles of one person with both sentences', () => {
    const r = analyze(
      holt(
        'Fisheries Minister',
        'a',
        'The pact was signed by Northland Fisheries Minister Lena Holt on Monday.',
      ),
      holt('Defence Minister', 'b', 'Northland Defence Minister Lena Holt signed the pact on Monday.'),
    )
    expect(r.contradictions).toHaveLength(1)
    const c = r.contradictions[0]
    expect(c?.kind).toBe('role')
    expect(c?.subject).toEqual({ text: 'Lena Holt', actor: 'person:lena-holt' })
    expect(c?.values.map((v) => [v.article, v.value])).toEqual([
      ['a', 'Fisheries Minister'],
      ['b', 'Defence Minister'],
    ])
    expect(c?.values[1]?.evidence.text).toBe(
      'Northland Defence Minister Lena Holt signed the pact on Monday.',
    )
  })

  it('dismisses compatible titles and aliases', () => {
    const r = analyze(
      holt(
        'Fisheries Minister',
        'a',
        'The pact was signed by Northland Fisheries Minister Lena Holt on Monday.',
      ),
      holt('Minister', 'b', 'Minister Lena Holt signed the pact on Monday.'),
      {
        id: 'c',
        published: '2031-04-08',
        blocks: ['Her Southland counterpart Holt signed too.'],
        mentions: [{ text: 'Holt', id: 'person:holt', title: 'Southland counterpart' }],
      },
    )
    expect(r.contradictions).toEqual([])
    expect(r.dismissals.filter((d) => d.kind === 'role').length).toBeGreaterThanOrEqual(2)
    expect(r.dismissals.every((d) => d.rule.startsWith('compatible-title'))).toBe(true)
  })
})

describe('number contradictions', () => {
  const base = (
    id: string,
    sentence: string,
    q: { text: string; value: number; hedge?: 'nearly' | null },
  ) => ({
    id,
    published: '2031-04-08',
    blocks: [sentence],
    mentions: [{ text: 'Northland', id: 'country:north', kind: 'country' as const }],
    quantities: [{ text: q.text, value: q.value, unit: 'USD', hedge: q.hedge ?? null }],
    times: [{ text: '2035', value: '2035' }],
  })

  it('flags one target given two values beyond rounding', () => {
    const r = analyze(
      base('a', 'Northland aims to raise fish exports to $3 billion by 2035.', {
        text: '$3 billion',
        value: 3e9,
      }),
      base('b', 'Northland set a target of $5 billion in fish exports by 2035.', {
        text: '$5 billion',
        value: 5e9,
      }),
    )
    const c = r.contradictions.find((x) => x.kind === 'number')
    expect(c?.values.map((v) => v.value).sort()).toEqual(['$3 billion', '$5 billion'])
    expect(c?.why).toMatch(/cannot both be right/)
  })

  it('dismisses rounding and hedges', () => {
    const r = analyze(
      base('a', 'Northland aims to raise fish exports to nearly $60 billion by 2035.', {
        text: 'nearly $60 billion',
        value: 60e9,
        hedge: 'nearly',
      }),
      base('b', 'Northland set a target of $58.5 billion in fish exports by 2035.', {
        text: '$58.5 billion',
        value: 58.5e9,
      }),
    )
    expect(r.contradictions).toEqual([])
    expect(r.dismissals.find((d) => d.kind === 'number')?.rule).toBe('hedge')
  })

  it('dismisses a count the reports say has risen, but not two counts for the same time', () => {
    const toll = (id: string, sentence: string, value: number, day: string | null, text = String(value)) => ({
      id,
      published: '2031-04-08',
      blocks: [sentence],
      quantities: [{ text, value }],
      times: day ? [{ text: day === '2031-04-07' ? 'Monday' : 'Tuesday', value: day }] : [],
    })
    const rising = analyze(
      toll('a', 'The death toll from the storm stood at 12, officials said.', 12, null),
      toll('b', 'The death toll from the storm rose to 19, officials said.', 19, null),
    )
    expect(rising.contradictions).toEqual([])
    expect(rising.dismissals.find((d) => d.kind === 'number')?.rule).toBe('changed-over-time')
    const same = analyze(
      toll('a', 'The death toll from the storm rose to 19 on Monday, officials said.', 19, '2031-04-07'),
      toll('b', 'The death toll from the storm reached 29 on Monday, officials said.', 29, '2031-04-07'),
    )
    expect(same.contradictions.map((c) => c.kind)).toEqual(['number'])
    expect(same.contradictions[0]?.subject.text).toBe('death toll on Monday')
  })

  it('counts the injured by the nearer cue, and never matches bare counts by their time alone', () => {
    const r = analyze(
      {
        id: 'a',
        published: '2031-04-08',
        blocks: ['The raid left ten smugglers dead, and around 40 injured, on Monday.'],
        quantities: [{ text: 'around 40', value: 40, hedge: 'approximately' }],
        times: [{ text: 'Monday', value: '2031-04-07' }],
      },
      {
        id: 'b',
        published: '2031-04-08',
        blocks: ['Coast guards said 12 smugglers were killed in the raid on Monday.'],
        quantities: [{ text: '12 smugglers', value: 12, unit: 'smugglers' }],
        times: [{ text: 'Monday', value: '2031-04-07' }],
      },
    )
    expect(r.contradictions).toEqual([])
    const bare = analyze(
      {
        id: 'a',
        published: '2031-04-08',
        blocks: ['Analysts expect Tolm to open 64 stores in 2032.'],
        quantities: [{ text: '64', value: 64 }],
        times: [{ text: '2032', value: '2032' }],
      },
      {
        id: 'b',
        published: '2031-04-08',
        blocks: [
          'In 2032 the retailer will also hire 12 designers for its stores, build a research lab and move its head office to the river front.',
        ],
        quantities: [{ text: '12', value: 12 }],
        times: [{ text: '2032', value: '2032' }],
      },
    )
    expect(bare.contradictions).toEqual([])
  })

  const fare = (
    id: string,
    sentence: string,
    quantities: NonNullable<MiniArticle['quantities']>,
  ): MiniArticle => ({
    id,
    published: '2031-04-08',
    blocks: [sentence],
    mentions: [{ text: 'Tolm', id: 'place:tolm', kind: 'place' }],
    quantities,
  })

  it('never compares a change with a level, nor a former level with a new one', () => {
    const r = analyze(
      fare('a', 'Under the plan the daily ferry fare at Tolm goes up by 2 crowns from March.', [
        { text: '2 crowns', value: 2, unit: 'crowns' },
      ]),
      fare('b', 'The plan lifts the daily ferry fare at Tolm from 5 crowns to 7 crowns in March.', [
        { text: '5 crowns', value: 5, unit: 'crowns' },
        { text: '7 crowns', value: 7, unit: 'crowns' },
      ]),
      fare('c', 'Ferry passengers at Tolm will pay a daily fare of 7 crowns instead of 5 under the plan.', [
        { text: '7 crowns', value: 7, unit: 'crowns' },
        { text: '5', value: 5, unit: 'crowns' },
      ]),
    )
    expect(r.contradictions).toEqual([])
    // Two changes, or two new levels, are still compared.
    const changes = analyze(
      fare('a', 'Under the plan the daily ferry fare at Tolm goes up by 2 crowns from March.', [
        { text: '2 crowns', value: 2, unit: 'crowns' },
      ]),
      fare('b', 'Under the plan the daily ferry fare at Tolm rises by 3 crowns from March.', [
        { text: '3 crowns', value: 3, unit: 'crowns' },
      ]),
    )
    expect(changes.contradictions.map((c) => c.values.map((v) => v.value).sort())).toEqual([
      ['2 crowns', '3 crowns'],
    ])
  })

  it('never compares an amount with a count, nor counts of two different nouns', () => {
    const budget = (id: string, sentence: string, q: { text: string; value: number }): MiniArticle => ({
      id,
      published: '2031-04-08',
      blocks: [sentence],
      quantities: [q],
      times: [{ text: '2032', value: '2032' }],
    })
    const amount = analyze(
      budget('a', 'The harbour board approved a budget of about 88 million for 2032 at its spring meeting.', {
        text: 'about 88 million',
        value: 88e6,
      }),
      budget('b', 'The harbour board approved its budget for 2032 with 23 votes at its spring meeting.', {
        text: '23',
        value: 23,
      }),
    )
    expect(amount.contradictions).toEqual([])
    const nouns = analyze(
      budget('a', 'The harbour board approved 40 new berths for 2032 at its spring meeting.', {
        text: '40',
        value: 40,
      }),
      budget('b', 'The harbour board approved 12 new cranes for 2032 at its spring meeting.', {
        text: '12',
        value: 12,
      }),
    )
    expect(nouns.contradictions).toEqual([])
  })
})

describe('date and place contradictions', () => {
  const signing = (id: string, place: string, day: string, value: string): MiniArticle => ({
    id,
    published: '2031-04-09',
    blocks: [
      `Northland and Southland signed the fishing agreement in ${place} on ${day}, ending the quota dispute.`,
    ],
    mentions: [
      { text: 'Northland', id: 'country:north', kind: 'country' },
      { text: 'Southland', id: 'country:south', kind: 'country' },
      { text: place, id: `place:${place.toLowerCase()}`, kind: 'place' },
    ],
    times: [{ text: day, value }],
  })

  it('flags the same signing placed in two towns and on two days', () => {
    const r = analyze(
      signing('a', 'Port Avery', 'Monday', '2031-04-07'),
      signing('b', 'Brackton', 'Tuesday', '2031-04-08'),
    )
    const kinds = r.contradictions.map((c) => c.kind).sort()
    expect(kinds).toEqual(['date', 'place'])
    const place = r.contradictions.find((c) => c.kind === 'place')
    expect(place?.values.map((v) => v.value).sort()).toEqual(['Brackton', 'Port Avery'])
  })

  it('reads the day someone said something as the saying, not the event said', () => {
    const council = (id: string, sentence: string, day: string, value: string): MiniArticle => ({
      id,
      published: '2031-04-09',
      blocks: [sentence],
      mentions: [{ text: 'Tova Lind', id: 'person:tova-lind' }],
      times: [{ text: day, value }],
    })
    const said = analyze(
      council(
        'a',
        'Mayor Tova Lind said on Monday that the harbour council would vote on the new quay fees.',
        'Monday',
        '2031-04-07',
      ),
      council(
        'b',
        'Mayor Tova Lind said the harbour council would vote on the new quay fees on Thursday.',
        'Thursday',
        '2031-04-10',
      ),
    )
    expect(said.contradictions.filter((c) => c.kind === 'date')).toEqual([])
    const voted = analyze(
      council(
        'a',
        'Mayor Tova Lind said the harbour council voted on the new quay fees on Monday.',
        'Monday',
        '2031-04-07',
      ),
      council(
        'b',
        'Mayor Tova Lind said the harbour council voted on the new quay fees on Thursday.',
        'Thursday',
        '2031-04-10',
      ),
    )
    expect(voted.contradictions.map((c) => c.kind)).toEqual(['date'])
  })

  it('needs two resolved days: none that disagrees with its own words, not two guesses from the story date', () => {
    // "the night of 9 April" resolved to the 10th is a resolution gone wrong, not a second day.
    const misread = analyze(signing('a', 'Port Avery', 'Wednesday', '2031-04-09'), {
      ...signing('b', 'Port Avery', 'the night of 9 April', '2031-04-10'),
    })
    expect(misread.contradictions.filter((c) => c.kind === 'date')).toEqual([])
    const guessed = (id: string, day: string, value: string): MiniArticle => ({
      ...signing(id, 'Port Avery', day, value),
      published: null,
      times: [{ text: day, value, anchor: 'story' }],
    })
    const twoGuesses = analyze(guessed('a', 'Monday', '2031-04-07'), guessed('b', 'Tuesday', '2031-04-08'))
    expect(twoGuesses.contradictions.filter((c) => c.kind === 'date')).toEqual([])
    const oneStated = analyze(
      signing('a', 'Port Avery', 'Monday', '2031-04-07'),
      guessed('b', 'Tuesday', '2031-04-08'),
    )
    expect(oneStated.contradictions.map((c) => c.kind)).toEqual(['date'])
  })

  it('dismisses relative dates that resolve to one day, and a town inside a region the reports name', () => {
    const r = analyze(signing('a', 'Port Avery', 'Monday', '2031-04-07'), {
      ...signing('b', 'Coldshore', 'April 7', '2031-04-07'),
      blocks: [
        'Northland and Southland signed the fishing agreement in Coldshore on April 7, ending the quota dispute.',
        'Port Avery in Coldshore is the region’s main harbour.',
      ],
    })
    expect(r.contradictions).toEqual([])
    expect(r.dismissals.find((d) => d.kind === 'date')?.rule).toBe('same-day')
  })

  it('names the event of a place conflict, and reads no place from a name qualifying a noun or a title-cased headline', () => {
    const r = analyze(
      signing('a', 'Port Avery', 'Monday', '2031-04-07'),
      signing('b', 'Brackton', 'Monday', '2031-04-07'),
    )
    expect(r.contradictions.find((c) => c.kind === 'place')?.subject.text).toBe(
      'where Northland and Southland signed the fishing agreement',
    )
    const found = (id: string, sentence: string): MiniArticle => ({
      id,
      published: '2031-04-09',
      blocks: [sentence],
    })
    const modifier = analyze(
      found('a', 'Three missing sailors were found at the Tolm border crossing on Monday, police said.'),
      found('b', 'The three missing sailors were found at Harrow Bridge on Monday, police said.'),
    )
    expect(modifier.contradictions.filter((c) => c.kind === 'place')).toEqual([])
    const headline = analyze(
      found('a', 'Missing Sailors Found At Tolm Border After Three Days'),
      found('b', 'The three missing sailors were found at Harrow Bridge on Monday, police said.'),
    )
    expect(headline.contradictions.filter((c) => c.kind === 'place')).toEqual([])
  })
})

describe('place cues', () => {
  const sank = (id: string, where: string, mentions: MiniArticle['mentions'] = []): MiniArticle => ({
    id,
    published: '2031-04-09',
    blocks: [`The trawler Sea Lark sank ${where} after hitting rocks in heavy swell, the coast guard said.`],
    ...(mentions.length > 0 ? { mentions } : {}),
  })

  it('reads places after "off", "near", "outside", a compass direction and "between", named or not', () => {
    for (const [x, y] of [
      ['off Kell Island', 'off the island of Brack'],
      ['near Tolm', 'outside Harrow'],
      ['north of Wend', 'between Oss and Varn'],
    ] as const) {
      const r = analyze(sank('a', x), sank('b', y))
      const place = r.contradictions.find((c) => c.kind === 'place')
      expect(place?.values.map((v) => v.value)).toHaveLength(2)
    }
  })

  it('does not set a place against the sea or region it lies in', () => {
    const r = analyze(
      sank('a', 'off Kell Island'),
      sank('b', 'in the Grey Sea', [{ text: 'Grey Sea', id: 'place:grey-sea', kind: 'place' }]),
    )
    expect(r.contradictions.filter((c) => c.kind === 'place')).toEqual([])
  })
})

describe('dates: one night', () => {
  const leak = (id: string, sentence: string, text: string, value: string): MiniArticle => ({
    id,
    published: '2031-04-10',
    blocks: [
      'The river authority closed two water intakes on the Vell.',
      'Anglers were asked to keep away from the banks below the weir.',
      'Three farms downstream were told to stop watering their cattle from the river.',
      sentence,
    ],
    times: [{ text, value }],
  })

  it('reads "overnight on Monday" and "the early hours of Tuesday" as one night, not two early hours', () => {
    const r = analyze(
      leak(
        'a',
        'About 40 tonnes of diesel leaked overnight on Monday from the Tarvik depot into the Vell.',
        'Monday',
        '2031-04-07',
      ),
      leak(
        'b',
        'About 40 tonnes of diesel leaked in the early hours of Tuesday from the Tarvik depot into the Vell.',
        'Tuesday',
        '2031-04-08',
      ),
    )
    expect(r.contradictions.filter((c) => c.kind === 'date')).toEqual([])
    expect(r.dismissals.some((d) => d.kind === 'date' && d.rule === 'one-night')).toBe(true)
    const twoMornings = analyze(
      leak(
        'a',
        'About 40 tonnes of diesel leaked in the early hours of Monday from the Tarvik depot into the Vell.',
        'Monday',
        '2031-04-07',
      ),
      leak(
        'b',
        'About 40 tonnes of diesel leaked in the early hours of Tuesday from the Tarvik depot into the Vell.',
        'Tuesday',
        '2031-04-08',
      ),
    )
    expect(twoMornings.contradictions.filter((c) => c.kind === 'date')).toHaveLength(1)
  })
})

describe('places after an impact verb', () => {
  const hit = (id: string, sentence: string, extra: string[] = []): MiniArticle => ({
    id,
    published: '2031-04-09',
    blocks: [sentence, ...extra],
  })

  it('reads "a mudslide struck Varn" as a place when the story writes Varn as a place, one shared district aside', () => {
    const r = analyze(
      hit('a', 'A mudslide struck Orvala in Tesk district before dawn on Monday, burying four houses.', [
        'Villagers at Orvala dug through the mud.',
      ]),
      hit(
        'b',
        'The mudslide that struck near Brinn in Tesk district before dawn on Monday buried four houses.',
      ),
    )
    const place = r.contradictions.find((c) => c.kind === 'place')
    expect(place?.values.map((v) => v.value).sort()).toEqual(['Brinn', 'Orvala'])
  })

  it('reads no place after an impact verb when the story never writes the name as a place', () => {
    const r = analyze(
      hit('a', 'A mudslide struck Orvala in Tesk district before dawn on Monday, burying four houses.'),
      hit(
        'b',
        'The mudslide that struck near Brinn in Tesk district before dawn on Monday buried four houses.',
      ),
    )
    expect(r.contradictions.filter((c) => c.kind === 'place')).toEqual([])
  })
})

describe('places of different granularity', () => {
  const closed = (id: string, where: string, extra: string[] = []): MiniArticle => ({
    id,
    published: '2031-04-09',
    blocks: [
      `Last spring the clinics in ${where} were shut for nine days because the water supply failed.`,
      ...extra,
    ],
  })

  it('does not set a town against a district the reports call a region elsewhere', () => {
    const r = analyze(
      closed('a', 'Velmora', ['The pipeline will reach the Ostrava Heights region by next year.']),
      closed('b', 'Ostrava Heights'),
    )
    expect(r.contradictions.filter((c) => c.kind === 'place')).toEqual([])
  })

  it('does not set two places against each other when each report names both', () => {
    const r = analyze(
      closed('a', 'Velmora', ['Engineers from Dunmere repaired the pumps.']),
      closed('b', 'Dunmere', ['Residents of Velmora bought water tanks.']),
    )
    expect(r.contradictions.filter((c) => c.kind === 'place')).toEqual([])
    // A name inside a longer word is not the place ("Dunmere" in "Dunmereford").
    const partWord = analyze(
      closed('a', 'Velmora', ['Engineers from Dunmereford repaired the pumps.']),
      closed('b', 'Dunmere', ['Residents of Velmora bought water tanks.']),
    )
    expect(partWord.contradictions.filter((c) => c.kind === 'place')).toHaveLength(1)
    // One report naming both is still a disagreement with the other.
    const oneSided = analyze(
      closed('a', 'Velmora', ['Engineers from Dunmere repaired the pumps.']),
      closed('b', 'Dunmere'),
    )
    expect(oneSided.contradictions.filter((c) => c.kind === 'place')).toHaveLength(1)
  })

  it('reports one pair of places once, whichever claims set them against each other', () => {
    const r = analyze(closed('a', 'Velmora'), closed('b', 'Dunmere'), closed('c', 'Velmora'))
    const places = r.contradictions.filter((c) => c.kind === 'place')
    expect(places).toHaveLength(1)
    expect(places[0]?.values.map((v) => v.article).sort()).toEqual(['a', 'b', 'c'])
  })
})

describe('days of a time', () => {
  const ban = (id: string, published: string, until: string, value: string): MiniArticle => ({
    id,
    published,
    blocks: [`A total burning ban stays in force across the Kessel uplands until ${until}, officials said.`],
    times: [{ text: until, value, grain: value.includes('T') ? 'instant' : 'day' }],
  })

  it('reads a midnight as the end of the day it names', () => {
    expect(dayOf({ text: 'midnight on Monday', value: '2031-04-15T00:00' } as TimeExpression)).toBe(
      '2031-04-14',
    )
    expect(dayOf({ text: 'midnight on Monday', value: '2031-04-14T00:00' } as TimeExpression)).toBe(
      '2031-04-14',
    )
    const r = analyze(
      ban('a', '2031-04-12', 'midnight on Monday', '2031-04-15T00:00'),
      ban('b', '2031-04-12', 'Monday 14 April', '2031-04-14'),
    )
    expect(r.contradictions.filter((c) => c.kind === 'date')).toEqual([])
  })

  it('takes a weekday with a time of day for a bare weekday, a week off being a misread week', () => {
    const r = analyze(
      ban('a', '2031-04-12', 'midnight on Monday', '2031-04-07T00:00'),
      ban('b', '2031-04-12', 'Monday 14 April', '2031-04-14'),
    )
    expect(r.contradictions.filter((c) => c.kind === 'date')).toEqual([])
    expect(r.dismissals.find((d) => d.kind === 'date')?.rule).toBe('same-weekday')
  })
})

/** An invented report quoting `words` by `name` (`speaker` is the actor id). */
const said = (id: string, words: string, speaker: string, name: string): MiniArticle => ({
  id,
  published: '2031-04-08',
  blocks: [`"${words}," ${name} told reporters after the talks in the capital.`],
  mentions: [{ text: name, id: speaker }],
  quotes: [{ text: words, speaker, speakerName: name }],
})

describe('quote contradictions', () => {
  it('flags the same words given to two speakers', () => {
    const r = analyze(
      said('a', 'Our priority is to reach the villages cut off by the floods', 'person:ana-ruiz', 'Ana Ruiz'),
      said('b', 'Our priority is to reach the villages cut off by the floods', 'person:omar-bek', 'Omar Bek'),
    )
    expect(r.contradictions.map((c) => c.kind)).toEqual(['quote-speaker'])
    expect(r.contradictions[0]?.values.map((v) => v.value).sort()).toEqual(['Ana Ruiz', 'Omar Bek'])
  })

  it('leaves an attribution inferred from a pronoun as a dismissal, not a contradiction', () => {
    const inferred = said(
      'b',
      'Our priority is to reach the villages cut off by the floods',
      'person:omar-bek',
      'Omar Bek',
    )
    inferred.quotes = [
      {
        text: 'Our priority is to reach the villages cut off by the floods',
        speaker: 'person:omar-bek',
        speakerName: 'Omar Bek',
        speakerRule: 'cue-after+pronoun:nearest',
      },
    ]
    const r = analyze(
      said('a', 'Our priority is to reach the villages cut off by the floods', 'person:ana-ruiz', 'Ana Ruiz'),
      inferred,
    )
    expect(r.contradictions).toEqual([])
    expect(r.dismissals.find((d) => d.kind === 'quote-speaker')?.rule).toBe('inferred-speaker')
  })

  it('flags a negation in one rendering only, not a shortened quote or an alias', () => {
    const r = analyze(
      said(
        'a',
        'We will not close our border to your goods, even if this ban stays',
        'person:salim-oduya',
        'Salim Oduya',
      ),
      said('b', 'We will close our border to your goods if this ban stays', 'person:oduya', 'Oduya'),
      said('c', 'We will not close our border to your goods', 'person:salim-oduya', 'Salim Oduya'),
    )
    expect(r.contradictions.map((c) => c.kind)).toEqual(['quote-wording'])
    expect(r.contradictions[0]?.why).toMatch(/negation/)
    expect(r.dismissals.some((d) => d.kind === 'quote-wording' && d.rule === 'omission')).toBe(true)
  })

  it('reads a sentence of a longer quote that the other leaves out as an omission, its "no" included', () => {
    const r = analyze(
      said(
        'a',
        'The wells ran dry last summer because there was no rain. This will not happen again',
        'person:salim-oduya',
        'Salim Oduya',
      ),
      said('b', 'This will not happen again', 'person:salim-oduya', 'Salim Oduya'),
    )
    expect(r.contradictions).toEqual([])
    expect(r.dismissals.some((d) => d.kind === 'quote-wording' && d.rule === 'omission')).toBe(true)
  })
})

describe('quote wording: a negation moved', () => {
  it('flags "X, not Y" against "Y, not X" by one speaker, not the same order', () => {
    const r = analyze(
      said(
        'a',
        'This was a pumping fault, not a lack of water. The valves held',
        'person:salim-oduya',
        'Salim Oduya',
      ),
      said('b', 'This was a lack of water, not a pumping fault', 'person:salim-oduya', 'Salim Oduya'),
    )
    expect(r.contradictions.map((c) => c.kind)).toEqual(['quote-wording'])
    expect(r.contradictions[0]?.why).toMatch(/negation falls on/)
    const same = analyze(
      said('a', 'This was a pumping fault, not a lack of water', 'person:salim-oduya', 'Salim Oduya'),
      said('b', 'This was a pumping fault, not a lack of water', 'person:salim-oduya', 'Salim Oduya'),
    )
    expect(same.contradictions).toEqual([])
    const others = analyze(
      said('a', 'This was a pumping fault, not a lack of water', 'person:salim-oduya', 'Salim Oduya'),
      said('b', 'This was a lack of water, not a pumping fault', 'person:ana-ruiz', 'Ana Ruiz'),
    )
    expect(others.contradictions.filter((c) => c.kind === 'quote-wording')).toEqual([])
  })
})

describe('polarity mismatches (the stance signal)', () => {
  it('fires when one aligned claim denies or refutes what the other asserts, not when both assert', async () => {
    const { polarityMismatches } = await import('./polarity.js')
    const claim = (id: string, text: string): MiniArticle => ({ id, published: '2031-04-08', blocks: [text] })
    const asserted = claim('a', 'A shark attacked three swimmers off Bondi beach on Sunday morning.')
    const refuted = claim('b', 'Reports that a shark attacked three swimmers off Bondi beach are a hoax.')
    const repeated = claim('c', 'Three swimmers were attacked by a shark off Bondi beach on Sunday.')
    const pair = (x: MiniArticle, y: MiniArticle) => {
      const r = analyze(x, y)
      return polarityMismatches({ docs: r.docs, claims: r.claims, alignment: r.alignment })
    }
    expect(pair(asserted, refuted)).toHaveLength(1)
    expect(pair(asserted, repeated)).toHaveLength(0)
  })
})

describe('disagreements (the stance signal)', () => {
  const report = (id: string, ...blocks: string[]): MiniArticle => ({ id, published: '2031-04-08', blocks })
  const signals = (x: MiniArticle, y: MiniArticle) => {
    const r = analyze(x, y)
    return disagreements({ docs: r.docs, claims: r.claims, alignment: r.alignment }).map(
      (d) => `${d.rule}:${d.cue}`,
    )
  }
  const squid = report('a', 'A giant squid washed ashore on Kell Island on Sunday, islanders said.')

  it("flags a report calling the other's story false, but not two reports that both do", () => {
    const hoax = report('b', 'Photos of a giant squid on Kell Island are a hoax, the coast guard said.')
    expect(signals(squid, hoax)).toEqual(['refutation:hoax'])
    expect(signals(report('c', 'The giant squid story from Kell Island was a hoax.'), hoax)).toEqual([])
  })

  it('flags a denial of what the other report states, not a denial of something else', () => {
    const took = report('a', "The mayor's aide took the council's laptops home, an audit found.")
    expect(signals(took, report('b', "The mayor's aide denied taking the council's laptops."))).toEqual([
      'denial:denied',
    ])
    expect(
      signals(
        took,
        report('b', "The mayor's aide, who denied wrongdoing in a parking case, kept the council's laptops."),
      ),
    ).toEqual([])
  })

  it("flags a negation over the other report's predicate in the reporter's words, unless hedged", () => {
    const raised = report('a', 'The ferry company raised fares on the island route this spring.')
    expect(
      signals(raised, report('b', 'The ferry company did not raise fares on the island route this spring.')),
    ).toEqual(['negation:not'])
    expect(
      signals(
        raised,
        report('b', 'The ferry company reportedly did not raise fares on the island route this spring.'),
      ),
    ).toEqual([])
  })
})

describe('lead dates', () => {
  const report = (
    id: string,
    published: string,
    sentence: string,
    day: string,
    value: string,
  ): MiniArticle => ({
    id,
    published,
    blocks: [sentence],
    times: [{ text: day, value, anchor: 'published' }],
  })
  const capsized = report(
    'a',
    '2031-04-08',
    'A ferry capsized off Kell Island on Monday, killing 12 passengers.',
    'Monday',
    '2031-04-07',
  )

  it('flags two leads dating the event itself on different days', () => {
    const r = analyze(
      capsized,
      report(
        'b',
        '2031-04-09',
        'The ferry capsized off Kell Island on Tuesday, killing 12 passengers.',
        'Tuesday',
        '2031-04-08',
      ),
    )
    const date = r.contradictions.find((c) => c.kind === 'date')
    expect(date?.rule).toBe('lead-dates-differ')
    expect(date?.values.map((v) => v.normalized).sort()).toEqual(['2031-04-07', '2031-04-08'])
  })

  it('does not set a follow-up lead dating the aftermath against the event', () => {
    const r = analyze(
      capsized,
      report(
        'c',
        '2031-04-10',
        'Rescuers on Wednesday pulled two more survivors from the sea near Kell Island.',
        'Wednesday',
        '2031-04-09',
      ),
    )
    expect(r.contradictions.filter((c) => c.kind === 'date')).toEqual([])
  })
})
