import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../../model/index.js'
import { segment } from '../../segment/index.js'
import { fromParagraphs } from '../quotes/paragraphs.js'
import { findQuantities, lemma, type QuantityOptions } from './index.js'

function quantities(text: string, options?: QuantityOptions): Quantity[] {
  const { text: t, blocks } = fromParagraphs(text.split('\n'))
  return findQuantities(t, segment(t, blocks), options)
}

/** `text → value unit hedge` for compact assertions. */
function read(text: string, options?: QuantityOptions): string[] {
  return quantities(text, options).map((q) => `${q.text} → ${q.value} ${q.unit} ${q.hedge}`)
}

describe('findQuantities: money', () => {
  it('expands scales and abbreviations, glued or spaced', () => {
    expect(read('A budget of $58.5Bln, then $58.5 billion, €3bn, £2.4m and ¥8.7 trillion.')).toEqual([
      '$58.5Bln → 58500000000 USD null',
      '$58.5 billion → 58500000000 USD null',
      '€3bn → 3000000000 EUR null',
      '£2.4m → 2400000 GBP null',
      '¥8.7 trillion → 8700000000000 JPY null',
    ])
  })

  it('reads currency codes and currency words', () => {
    expect(read('It cost US$12 million, or 40 billion yen, or 5 million euros.')).toEqual([
      'US$12 million → 12000000 USD null',
      '40 billion yen → 40000000000 JPY null',
      '5 million euros → 5000000 EUR null',
    ])
  })

  it('lets the caller say what $ and ¥ are', () => {
    expect(read('It cost $5 and ¥8.', { dollar: 'CAD', yen: 'CNY' })).toEqual([
      '$5 → 5 CAD null',
      '¥8 → 8 CNY null',
    ])
  })
})

describe('findQuantities: hedges', () => {
  it('reads every hedge of the table into its kind, inside the span', () => {
    const text = [
      'nearly $60 billion',
      'almost 40 km',
      'about 300 people',
      'roughly 12 schools',
      'some eight million residents',
      'an estimated 500 homes',
      'at least 12 people',
      'no fewer than 30 boats',
      'at most 9 trucks',
      'no more than 7 days',
      'more than 300 protesters',
      'over 2,000 troops',
      'less than 5%',
      'fewer than 20 votes',
      'up to 5,000 troops',
      'as many as 90 buses',
    ].join('; ')
    expect(quantities(text).map((q) => `${q.text}|${q.hedge}`)).toEqual([
      'nearly $60 billion|nearly',
      'almost 40 km|nearly',
      'about 300 people|approximately',
      'roughly 12 schools|approximately',
      'some eight million residents|approximately',
      'an estimated 500 homes|approximately',
      'at least 12 people|at-least',
      'no fewer than 30 boats|at-least',
      'at most 9 trucks|at-most',
      'no more than 7 days|at-most',
      'more than 300 protesters|more-than',
      'over 2,000 troops|more-than',
      'less than 5%|less-than',
      'fewer than 20 votes|less-than',
      'up to 5,000 troops|up-to',
      'as many as 90 buses|up-to',
    ])
  })
})

describe('findQuantities: units and counted nouns', () => {
  it('reads percent, measures and durations', () => {
    expect(
      read('Spending rose to 2% of GDP, 3.5 per cent, 4 percentage points, 40 km, 12 tonnes and 3 years.'),
    ).toEqual([
      '2% → 2 percent null',
      '3.5 per cent → 3.5 percent null',
      '4 percentage points → 4 percentage-point null',
      '40 km → 40 km null',
      '12 tonnes → 12 t null',
      '3 years → 3 year null',
    ])
  })

  it('takes the counted noun as the unit, singular unless news counts in the plural', () => {
    expect(read('Three soldiers, 12 people, 5,000 troops, 1.5 million refugees and 40 casualties.')).toEqual([
      'Three soldiers → 3 soldier null',
      '12 people → 12 people null',
      '5,000 troops → 5000 troops null',
      '1.5 million refugees → 1500000 refugee null',
      '40 casualties → 40 casualty null',
    ])
  })

  it('looks past up to two modifiers for the counted noun', () => {
    expect(read('It killed 12 young Ukrainian soldiers.')).toEqual([
      '12 young Ukrainian soldiers → 12 soldier null',
    ])
  })

  it('takes the last noun of a compound, past a place name', () => {
    expect(read('Two mid-term elections, 20,000 Twitter followers and five Dallas police officers.')).toEqual(
      [
        'Two mid-term elections → 2 election null',
        '20,000 Twitter followers → 20000 follower null',
        'five Dallas police officers → 5 officer null',
      ],
    )
  })

  it('reads word numbers with their noun, and "a million" only with a scale', () => {
    expect(read('Twenty-one ships, a million voters and half a million people.')).toEqual([
      'Twenty-one ships → 21 ship null',
      'a million voters → 1000000 voter null',
      'half a million people → 500000 people null',
    ])
  })

  it('keeps a bare figure with no unit, and drops it when asked', () => {
    expect(read('The index closed at 312.5 on the day.')).toEqual(['312.5 → 312.5 null null'])
    expect(read('The index closed at 312.5 on the day.', { keepBare: false })).toEqual([])
  })

  it('singularises counted nouns', () => {
    expect(['soldiers', 'casualties', 'buses', 'children', 'people', 'troops', 'news'].map(lemma)).toEqual([
      'soldier',
      'casualty',
      'bus',
      'child',
      'people',
      'troops',
      'news',
    ])
  })
})

describe('findQuantities: number words standing for a count', () => {
  it('reads a number word before a participle and its noun', () => {
    expect(read('Four injured walkers were flown to Varnel, and 14 stranded hikers waited.')).toEqual([
      'Four injured walkers → 4 walker null',
      '14 stranded hikers → 14 hiker null',
    ])
  })

  it('reads a number word heading a subject before its verb', () => {
    expect(read('Five are still missing near Oskarby.')).toEqual(['Five → 5 null null'])
    expect(read('The boat sank, and two were never found; all seven had life vests.')).toEqual([
      'two → 2 null null',
      'seven → 7 null null',
    ])
    expect(read('At least three died in the crush.')).toEqual(['At least three → 3 null at-least'])
  })

  it('reads a partitive: "two of the dead", "nine of the 14"', () => {
    expect(read('Two of the dead were ferry hands from Varnel.')).toEqual(['Two → 2 null null'])
    expect(read('Divers have reached nine of the 14 trapped cavers.')).toEqual([
      'nine → 9 null null',
      '14 trapped cavers → 14 caver null',
    ])
    expect(read('Guards held three of them overnight.')).toEqual(['three → 3 null null'])
  })

  it('reads a number word after "other", "last", "remaining"', () => {
    expect(read('Crews could hear the other eight tapping on a pipe.')).toEqual(['eight → 8 null null'])
    expect(read('They hope to free the last five by dawn; the remaining four are in Oskarby.')).toEqual([
      'five → 5 null null',
      'four → 4 null null',
    ])
  })

  it('reads both levels of a change written in words', () => {
    expect(read('Eleven are out, up from six on Monday; the toll is down from nine.')).toEqual([
      'Eleven → 11 null null',
      'six → 6 null null',
      'nine → 9 null null',
    ])
    expect(read('The count went from six to nine, and the toll rose to twelve.')).toEqual([
      'six → 6 null null',
      'nine → 9 null null',
      'twelve → 12 null null',
    ])
    expect(quantities('Five are missing.').map((q) => q.rule)).toEqual(['count+word-number'])
  })

  it('keeps "one" before a noun as a count of one, and "the two countries" as two', () => {
    expect(read('One resident said the two countries had argued.')).toEqual([
      'One resident → 1 resident null',
      'two countries → 2 country null',
    ])
  })

  it('does not read pronoun "one", idioms or names as counts', () => {
    const text = [
      'One of the reasons was cost, and no one knew; someone left.',
      'At one point the other one stayed, at one time a one-off.',
      'On the one hand it was late; each one paid.',
      'One is tempted to leave, and one said so.',
      'The Final Four were named and the Group of Seven met.',
      'Of the two, neither spoke.',
      'It ended their first three-game winning streak.',
    ].join('\n')
    expect(read(text)).toEqual([])
  })

  it('takes no singular noun in -ing for the counted noun of a number above one', () => {
    expect(read('Officers saw 20 lining the route, and one building burned.')).toEqual([
      '20 → 20 null null',
      'one building → 1 building null',
    ])
  })
})

describe('findQuantities: fractions, rates, prefixed units and regional currencies', () => {
  it('reads fractions before a unit or a scale, not before a counted noun', () => {
    expect(
      read('Rates rose by half a percentage point, then three quarters of a mile, one and a half million.'),
    ).toEqual([
      'half a percentage point → 0.5 percentage-point null',
      'three quarters of a mile → 0.75 mi null',
      'one and a half million → 1500000 null null',
    ])
    expect(read('It lasted a third of a century.')).toEqual([])
  })

  it('reads basis points, and hedges written "near"', () => {
    expect(read('The bank cut by 75 basis points as the rupee traded near 84 per dollar.')).toEqual([
      '75 basis points → 75 basis-point null',
      'near 84 per dollar → 84 per-USD approximately',
    ])
    expect(read('The lira ended at 32.4 to the dollar.')).toEqual(['32.4 to the dollar → 32.4 per-USD null'])
  })

  it('reads a unit written before the number, and after it', () => {
    expect(read('A magnitude 5.8 tremor followed a 6.1 magnitude quake.')).toEqual([
      'magnitude 5.8 → 5.8 magnitude null',
      '6.1 magnitude → 6.1 magnitude null',
    ])
  })

  it('reads South and South-East Asian and African currencies, with lakh and crore', () => {
    expect(read('Grants of Rp 12 billion, Tk 3 lakh, Rs. 4 crore, KSh 250 and ₱1,200 were paid.')).toEqual([
      'Rp 12 billion → 12000000000 IDR null',
      'Tk 3 lakh → 300000 BDT null',
      'Rs. 4 crore → 40000000 INR null',
      'KSh 250 → 250 KES null',
      '₱1,200 → 1200 PHP null',
    ])
  })

  it('reads a country prefix glued to a currency sign, with its scale and hedge', () => {
    expect(
      read(
        'The levy raised about GH₵48.2 million, up from GH¢39m; Windhoek paid N$300k and Port of Spain TT$2bn.',
      ),
    ).toEqual([
      'about GH₵48.2 million → 48200000 GHS approximately',
      'GH¢39m → 39000000 GHS null',
      'N$300k → 300000 NAD null',
      'TT$2bn → 2000000000 TTD null',
    ])
  })

  it('reads any currency sign as money, naming the currency when the tables can', () => {
    expect(read('Fares of ₵12 and ₦450, a grant of XY$40 million.')).toEqual([
      '₵12 → 12 GHS null',
      '₦450 → 450 NGN null',
      'XY$40 million → 40000000 XY$ null',
    ])
  })

  it('reads a one-letter sign only before a figure with a scale', () => {
    expect(read('Exports reached R2.5 billion along the R2 corridor.')).toEqual([
      'R2.5 billion → 2500000000 ZAR null',
    ])
  })

  it('does not read a phone number as quantities', () => {
    expect(read('Tips? Message the desk on 024 000 5678.')).toEqual([])
    expect(read('Call +44 20 7946 0000 or (030) 555-0101 for tickets.')).toEqual([])
    expect(read('Volunteers can WhatsApp 20 480 1234 to join.')).toEqual([])
    // Groups of three after a short first one are thousands, not a phone number.
    expect(read('They spent on 12 500 000 doses.').length).toBeGreaterThan(0)
  })

  it('does not take other letters before a figure for a currency', () => {
    expect(read('In 2019 the 12 ferries and an MP3 player.')).toEqual(['12 ferries → 12 ferry null'])
  })

  it('reads a word number before a hyphenated compound and its noun', () => {
    expect(read('They opened five two-lane bridges.')).toEqual(['five two-lane bridges → 5 bridge null'])
    expect(read('It is a two-way street.')).toEqual([])
  })

  it('reads multipliers written with "fold"', () => {
    expect(read('A more than three-fold rise and a tenfold jump.')).toEqual([
      'more than three-fold → 3 times more-than',
      'tenfold → 10 times null',
    ])
  })

  it('keeps an interval before "before"/"after" as a duration, with its hedge', () => {
    expect(
      read('Rules are published at least 45 days before they apply, about 12 minutes after takeoff.'),
    ).toEqual(['at least 45 days → 45 day at-least', 'about 12 minutes → 12 minute approximately'])
  })
})

describe('findQuantities: normalised values', () => {
  const normalized = (text: string) => quantities(text).map((q) => q.normalized ?? null)

  it('puts masses, lengths and rate differences in one base unit each, keeping the value as written', () => {
    const [tonnes, kg] = quantities('A payload of nearly 2.5 tonnes; the rival said 2,470 kg.')
    expect(tonnes).toMatchObject({ value: 2.5, unit: 't', normalized: { value: 2500, unit: 'kg' } })
    expect(kg).toMatchObject({ value: 2470, unit: 'kg', normalized: { value: 2470, unit: 'kg' } })
    expect(normalized('A cut of half a percentage point, or 50 basis points.')).toEqual([
      { value: 50, unit: 'basis-point' },
      { value: 50, unit: 'basis-point' },
    ])
    expect(normalized('A 3 km road and 400 metres of pier.')).toEqual([
      { value: 3000, unit: 'm' },
      { value: 400, unit: 'm' },
    ])
  })

  it('puts durations in seconds and temperatures in degrees Celsius', () => {
    expect(normalized('It took 2 hours, about 90 minutes of it in the dark.')).toEqual([
      { value: 7200, unit: 'second' },
      { value: 5400, unit: 'second' },
    ])
    expect(normalized('It reached 212 °F.')).toEqual([{ value: 100, unit: 'celsius' }])
  })

  it('leaves currencies, counted nouns and bare figures without one', () => {
    expect(normalized('It cost $40 million for 12 ships, index 312.5.')).toEqual([null, null, null])
  })
})

describe('findQuantities: what is not a quantity', () => {
  it('leaves years and dates to the time annotator', () => {
    expect(read('By 2035, in 2027 and on Nov. 1, 2024, or 1 November, the 2016 election.')).toEqual([])
  })

  it('skips ordinals, clock times, labels, scores, decades and words glued to figures', () => {
    const text =
      'The 3rd round at 9:30 and 5 p.m. in Article 5 of Resolution 2231, No. 10, the F-35, a G7 summit, a 3-2 win, the 1990s and 5G.'
    expect(read(text)).toEqual([])
  })

  it('skips identifiers: ten or more unformatted digits', () => {
    expect(read('The post 747986907162877952 was deleted.')).toEqual([])
  })

  it('does not read "one of them" or "no one" as counts', () => {
    expect(read('One of them left; no one stayed.')).toEqual([])
  })

  it('leaves "three days ago" to the time annotator', () => {
    expect(read('It began three days ago and lasted 3 days.')).toEqual(['3 days → 3 day null'])
  })
})

describe('findQuantities: offsets and rules', () => {
  it('keeps offsets into the text and says which rule read each', () => {
    const { text, blocks } = fromParagraphs(['Intro.', 'Nearly $60 billion went to 40 km of road.'])
    const found = findQuantities(text, segment(text, blocks))
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(found.map((q) => q.rule)).toEqual(['currency-symbol+scale+hedge', 'unit'])
  })
})

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url)
const seeds = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : []

describe.skipIf(seeds.length < 1)('findQuantities on the first seed report', () => {
  it('reads "$58.5Bln" as 58.5e9 USD and "2% of GDP" as 2 percent, and no year', () => {
    const { text, blocks } = fromParagraphs(readFileSync(new URL(seeds[0]!, SEEDS), 'utf8').split('\n'))
    const found = findQuantities(text, segment(text, blocks))
    expect(found.find((q) => q.text === '$58.5Bln')).toMatchObject({
      value: 58.5e9,
      unit: 'USD',
      hedge: null,
    })
    expect(found.find((q) => q.text === '2%')).toMatchObject({ value: 2, unit: 'percent' })
    expect(found.some((q) => /^(?:2025|2027|2035)$/.test(q.text))).toBe(false)
  })
})
