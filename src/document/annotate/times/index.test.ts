import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TimeExpression } from '../../../model/index.js'
import { segment } from '../../segment/index.js'
import { fromParagraphs } from '../quotes/paragraphs.js'
import { isoWeek, resolveTimes, type TimeOptions, type TimeReference, UNKNOWN_REFERENCE } from './index.js'

function times(
  text: string,
  reference: TimeReference | string | null,
  options?: TimeOptions,
): TimeExpression[] {
  const { text: t, blocks } = fromParagraphs(text.split('\n'))
  const ref = typeof reference === 'string' ? { date: reference } : reference
  return resolveTimes(t, segment(t, blocks), ref, options)
}

/** `text=value` pairs. */
function values(text: string, reference: TimeReference | string | null, options?: TimeOptions): string[] {
  return times(text, reference, options).map((t) => `${t.text}=${t.value}`)
}

describe('resolveTimes: weekdays', () => {
  it('takes a bare weekday as the latest such day on or before the reference', () => {
    const text = 'The ministers signed the pact on Friday in Lima.'
    expect(values(text, '2024-11-01')).toEqual(['Friday=2024-11-01']) // a Friday itself
    expect(values(text, '2024-11-03')).toEqual(['Friday=2024-11-01']) // the Sunday after
    expect(values(text, '2024-10-31')).toEqual(['Friday=2024-10-25']) // the Thursday before
  })

  it('looks forward when the clause is in the future', () => {
    expect(values('The ministers will sign the pact on Friday.', '2024-10-30')).toEqual(['Friday=2024-11-01'])
    expect(values('The vote is set to take place on Monday.', '2024-11-01')).toEqual(['Monday=2024-11-04'])
  })

  it('reads last, next and this', () => {
    expect(values('They met last Friday.', '2024-11-01')).toEqual(['last Friday=2024-10-25'])
    expect(values('They meet next Monday.', '2024-11-01')).toEqual(['next Monday=2024-11-04'])
    expect(values('They meet this Wednesday.', '2024-11-01')).toEqual(['this Wednesday=2024-10-30'])
  })

  it('records the rule, grain and anchor of a relative day', () => {
    const [t] = times('Talks resumed on Tuesday.', '2024-11-01')
    expect(t).toMatchObject({
      text: 'Tuesday',
      value: '2024-10-29',
      grain: 'day',
      anchor: 'published',
      rule: 'weekday',
    })
  })

  it('crosses a year boundary', () => {
    expect(values('Fighting resumed on Tuesday.', '2025-01-02')).toEqual(['Tuesday=2024-12-31'])
  })
})

describe('resolveTimes: days and months without a year', () => {
  it('puts a past day in the year that makes it latest on or before the reference', () => {
    expect(values('Officials met on Nov. 1 in Tokyo.', '2024-11-01')).toEqual(['Nov. 1=2024-11-01'])
    expect(values('The strike began on Dec. 30.', '2025-01-02')).toEqual(['Dec. 30=2024-12-30'])
  })

  it('puts a future day in the next year when needed', () => {
    expect(values('The agreement will take effect on January 1.', '2024-11-01')).toEqual([
      'January 1=2025-01-01',
    ])
    expect(values('Talks will resume on Jan. 3.', '2024-12-30')).toEqual(['Jan. 3=2025-01-03'])
  })

  it('takes the nearest year when the tense says nothing', () => {
    expect(values('Deadline: Jan. 3.', '2024-12-30')).toEqual(['Jan. 3=2025-01-03'])
    expect(values('Deadline: Dec. 28.', '2025-01-02')).toEqual(['Dec. 28=2024-12-28'])
  })

  it('takes the tense of the event, not of the reporting verb', () => {
    expect(values('Trump said the convention in July will be historic.', '2016-06-29')).toEqual([
      'July=2016-07',
    ])
    expect(values('He said on Friday that he will resign.', '2024-11-03')).toEqual(['Friday=2024-11-01'])
    // "would" looks forward from a past moment: the nearest March.
    expect(values('She said she would resign in March.', '2025-01-10')).toEqual(['March=2025-03'])
  })

  it('reads "this <month>" as the month of the reference’s year, and "the end of the year" as that year', () => {
    expect(values('The reservoir should be full this December.', '2026-09-17')).toEqual([
      'this December=2026-12',
    ])
    expect(values('The dam was finished this March.', '2026-09-17')).toEqual(['this March=2026-03'])
    expect(values('The firm said it would pick a builder before the end of the year.', '2026-09-16')).toEqual(
      ['the end of the year=2026'],
    )
    const [t] = times('Work should resume by the end of the year.', '2025-04-02')
    expect(t).toMatchObject({ value: '2025', grain: 'year', rule: 'relative:year', anchor: 'published' })
    // Another year's end has its own words.
    expect(values('Sales rose before the end of the financial year.', '2025-04-02')).toEqual([])
    expect(times('Work should resume by the end of the year.', null)[0]).toMatchObject({
      value: null,
      reason: UNKNOWN_REFERENCE,
    })
  })

  it('takes a reporting verb after the closing quote for the saying, not for what the quote says', () => {
    expect(values('“We need the pumps in December,” said a grower in Tessaly.', '2026-09-17')).toEqual([
      'December=2026-12',
    ])
    expect(values('"The pumps failed on Monday," a grower said.', '2024-03-16')).toEqual([
      'Monday=2024-03-11',
    ])
  })

  it('resolves a month alone by the same rule, at month grain', () => {
    const [past] = times('The port was closed in March.', '2025-01-10')
    expect(past).toMatchObject({ value: '2024-03', grain: 'month' })
    const [future] = times('The port will reopen in March.', '2025-01-10')
    expect(future).toMatchObject({ value: '2025-03', grain: 'month' })
  })
})

describe('resolveTimes: absolute dates and years', () => {
  it('resolves a full date without the reference', () => {
    const [t] = times('The ceremony was held on Nov. 1, 2024.', null)
    expect(t).toMatchObject({ text: 'Nov. 1, 2024', value: '2024-11-01', grain: 'day', anchor: 'absolute' })
  })

  it('reads years as years: "by 2035", "in 2027", "mid-2025"', () => {
    const found = times(
      'The jet should fly by 2035, with spending at 2% of GDP in 2027 and a review in mid-2025.',
      null,
    )
    expect(found.map((t) => [t.text, t.value, t.grain, t.anchor])).toEqual([
      ['2035', '2035', 'year', 'absolute'],
      ['2027', '2027', 'year', 'absolute'],
      ['mid-2025', '2025', 'year', 'absolute'],
    ])
  })

  it('does not read counts, decades or amounts as years', () => {
    expect(
      values('About 2000 people marched, as in the 1990s; the budget is $2025 million and 2030%.', null),
    ).toEqual([])
  })

  it('reads a month and year, and a range of days', () => {
    expect(values('Inflation peaked in November 2024.', null)).toEqual(['November 2024=2024-11'])
    expect(values('The summit ran Nov. 1-3, 2024.', null)).toEqual(['Nov. 1-3, 2024=2024-11-01/2024-11-03'])
  })

  it('reads a time of day as an instant, with the stated zone', () => {
    const [t] = times('The vote closed at 9:30 a.m. EST on Tuesday.', '2024-11-01')
    expect(t).toMatchObject({ value: '2024-10-29T09:30-05:00', grain: 'instant' })
  })
})

describe('resolveTimes: relative expressions', () => {
  it('reads weeks, months, years and days relative to the reference', () => {
    const ref = '2024-11-01'
    expect(times('It happened last week.', ref)[0]).toMatchObject({ value: '2024-W43', grain: 'week' })
    expect(times('It happens this week.', ref)[0]).toMatchObject({ value: isoWeek({ y: 2024, m: 11, d: 1 }) })
    expect(times('Prices rose last month.', ref)[0]).toMatchObject({ value: '2024-10', grain: 'month' })
    expect(times('Prices will rise next year.', ref)[0]).toMatchObject({ value: '2025', grain: 'year' })
    expect(times('Rain fell yesterday.', ref)[0]).toMatchObject({ value: '2024-10-31', grain: 'day' })
    expect(times('It began three days ago.', ref)[0]).toMatchObject({ value: '2024-10-29', grain: 'day' })
  })

  it('leaves relative expressions unresolved, with the reason, when the article is undated', () => {
    const found = times('They met on Friday and will meet again next month, as agreed on Nov. 1, 2024.', null)
    expect(found.map((t) => [t.text, t.value, t.anchor, t.reason ?? null])).toEqual([
      ['Friday', null, null, UNKNOWN_REFERENCE],
      ['next month', null, null, UNKNOWN_REFERENCE],
      ['Nov. 1, 2024', '2024-11-01', 'absolute', null],
    ])
  })

  it('records the anchor the caller asks for (the story stage passes "story")', () => {
    const [t] = times('They met on Friday.', '2024-11-01', { anchor: 'story' })
    expect(t).toMatchObject({ value: '2024-11-01', anchor: 'story' })
  })

  it('reads the reference in a time zone when it is an instant', () => {
    const late = { date: '2024-11-01T20:00:00-05:00', timezone: 'Asia/Tokyo' }
    expect(values('Rain fell yesterday.', late)).toEqual(['yesterday=2024-11-01'])
    expect(values('Rain fell yesterday.', { date: '2024-11-01T20:00:00-05:00' })).toEqual([
      'yesterday=2024-10-31',
    ])
  })

  it('counts "two days later" from an event, not from the reference, and reads no date in a duration', () => {
    const found = times(
      'The dam broke on Monday. Two days later the town was evacuated for 3 years.',
      '2024-11-01',
    )
    expect(found.map((t) => [t.text, t.value, t.rule])).toEqual([
      ['Monday', '2024-10-28', 'weekday'],
      ['Two days later', null, 'event-relative'],
    ])
  })

  it('keeps "days before" an event unresolved and says why', () => {
    const [t] = times('The missile was fired days before the US midterm elections.', '2024-11-01')
    expect(t).toMatchObject({ value: null, grain: 'day', rule: 'event-relative' })
    expect(t?.reason).toBe('relative to an event ("the US midterm elections")')
  })
})

describe('resolveTimes: figures, plans and events named by their day', () => {
  it('does not read a count before a weekday as a clock hour', () => {
    // 2022-08-01 is a Monday.
    const [t] = times('The number of missing hikers climbed to 23 on Monday, rangers said.', '2022-08-01')
    expect(t).toMatchObject({ text: 'Monday', value: '2022-08-01', grain: 'day' })
    const [after] = times('The ferry to Skerra left on Sunday at 6.', '2022-08-01')
    expect(after).toMatchObject({ text: 'Sunday', value: '2022-07-31', grain: 'day' })
  })

  it('keeps a written clock time as an instant whose day is the weekday’s', () => {
    const [t] = times('The warehouse roof caved in at 11:45pm on Saturday.', '2022-08-01')
    expect(t).toMatchObject({ value: '2022-07-30T23:45', grain: 'instant' })
    const [day] = times('The warehouse roof caved in on Saturday.', '2022-08-01')
    expect(t?.value?.slice(0, 10)).toBe(day?.value)
  })

  it('reads "last Thursday" as the Thursday of the week before, unless told otherwise', () => {
    // 2024-03-15 is a Friday: "on Thursday" is the day before, "last Thursday" a week earlier.
    expect(values('Customs halted the lorries last Thursday.', '2024-03-15')).toEqual([
      'last Thursday=2024-03-07',
    ])
    expect(values('Customs halted the lorries on Thursday.', '2024-03-15')).toEqual(['Thursday=2024-03-14'])
    expect(
      values('Customs halted the lorries last Thursday.', '2024-03-15', { lastWeekday: 'most-recent' }),
    ).toEqual(['last Thursday=2024-03-14'])
    // On a Monday, last Sunday is the day before (it is in the previous week).
    expect(values('The polls closed last Sunday.', '2024-03-18')).toEqual(['last Sunday=2024-03-17'])
  })

  it('reads "since" as a past marker, whatever the clause says later', () => {
    expect(
      values('The crossing will stay shut, as it has been since Friday, the port said.', '2024-03-18'),
    ).toEqual(['Friday=2024-03-15'])
  })

  it('dates the target of a plan, even in a past clause', () => {
    expect(values('Two more test flights were planned before April, engineers said.', '2023-10-10')).toEqual([
      'April=2024-04',
    ])
    expect(values('The new bridge was due in May.', '2023-10-10')).toEqual(['May=2024-05'])
    // Without a plan word the past clause wins.
    expect(values('Two test flights were flown before April.', '2023-10-10')).toEqual(['April=2023-04'])
  })

  it('puts an event named by its day after a result noun in the past', () => {
    // 2023-05-08 is a Monday; "will be … mayor" is about the future, the win is over.
    const text =
      'Amara Osei will be the next mayor of Port Halden after her landslide win in Saturday’s election.'
    expect(values(text, '2023-05-08')).toEqual(['Saturday=2023-05-06'])
    // A future clause with no result noun still looks forward (2023-05-03 is a Wednesday).
    expect(values('Voters will go to the polls in Saturday’s election.', '2023-05-03')).toEqual([
      'Saturday=2023-05-06',
    ])
  })

  it('counts "tomorrow" and "yesterday" from the reference, across a new year, in any tense', () => {
    expect(values('“Tomorrow we reopen the bridge,” the mayor said.', '2023-12-31')).toEqual([
      'Tomorrow=2024-01-01',
    ])
    expect(values('Yesterday’s storm will be remembered for years.', '2024-01-01')).toEqual([
      'Yesterday=2023-12-31',
    ])
  })

  it('allows a day without a year a little slack around the reference before moving it a year', () => {
    // Dated Jan. 2 (time zones, embargoes): a past "Jan. 3" is the next day, not last year's.
    expect(values('The Jan. 3 ruling was overturned on appeal.', '2025-01-02')).toEqual(['Jan. 3=2025-01-03'])
    expect(
      values('The Jan. 3 ruling was overturned on appeal.', '2025-01-02', { tenseSlackDays: 0 }),
    ).toEqual(['Jan. 3=2024-01-03'])
    // Beyond the slack the tense still decides.
    expect(values('The Jan. 9 ruling was overturned on appeal.', '2025-01-02')).toEqual(['Jan. 9=2024-01-09'])
  })
})

describe('resolveTimes: spans reaching forward', () => {
  // 2024-03-13 is a Wednesday.
  const WED = '2024-03-13'

  it('puts the end of a state ahead when "at least" leaves it open, whatever the tense', () => {
    expect(values('The operator had suspended all crossings until at least Sunday.', WED)).toEqual([
      'Sunday=2024-03-17',
    ])
    expect(values('Pumping stopped until at least the weekend.', WED)).toEqual(['weekend=2024-03-16'])
  })

  it('puts the end of a state started by a past act ahead, but not the end of a past stretch', () => {
    expect(values('Officials closed the bridge until Friday while engineers checked it.', WED)).toEqual([
      'Friday=2024-03-15',
    ])
    expect(values('The museum is shut until Saturday.', WED)).toEqual(['Saturday=2024-03-16'])
    // A durative verb in the past: the stretch is over.
    expect(values('The fair ran until Sunday.', WED)).toEqual(['Sunday=2024-03-10'])
  })

  it('reads a deadline that still runs ("has until") as ahead, past a passive in the clause after', () => {
    expect(
      values('The board has until 20 November to respond before the plan is forwarded.', '2024-10-31'),
    ).toEqual(['20 November=2024-11-20'])
    // Nearest would be the January gone by; a deadline is ahead.
    expect(values('Farmers have until 15 January to apply.', '2024-06-01')).toEqual(['15 January=2025-01-15'])
  })

  it('reads "from <month>" after a present verb as a start ahead, not a baseline or a noun’s', () => {
    // 2024-08-20: the March gone by is nearer than the next, but "rise from March" starts ahead,
    // and "fixed" before a noun is an adjective, not a past.
    expect(
      values(
        'Under the plan, bus fares rise by 10 percent from March for traders with fixed stalls.',
        '2024-08-20',
      ),
    ).toEqual(['March=2025-03'])
    // A change noun takes "from" as its baseline; a noun before "from" owns it.
    expect(values('Support stands at 41%, a six-point jump from March.', '2024-08-20')).toEqual([
      'March=2024-03',
    ])
    expect(values('Footage from Monday shows the crowd.', WED)).toEqual(['Monday=2024-03-11'])
    // A possessive names a value by its month: "from March's 7%" is a baseline.
    expect(values('Analysts said the rate would fall from March’s 7% to 6.5%.', '2024-08-20')).toEqual([
      'March=2024-03',
    ])
  })

  it('reads a span after a state phrase or a named place as the present verb’s', () => {
    // 2024-03-16 is a Saturday: the Monday and Tuesday ahead, not those gone by.
    const SAT = '2024-03-16'
    expect(values('A curfew is in place across the Dunmere district until Monday.', SAT)).toEqual([
      'Monday=2024-03-18',
    ])
    expect(values('A boil-water notice remains in force in Orvale until midnight on Monday.', SAT)).toEqual([
      'midnight on Monday=2024-03-18T00:00',
    ])
    expect(values('The ferry service stays on hold until Tuesday.', SAT)).toEqual(['Tuesday=2024-03-19'])
    // A noun's span stays a noun's: "estimates from March" is a baseline.
    expect(values('The figures are in line with estimates from March.', '2024-08-20')).toEqual([
      'March=2024-03',
    ])
  })

  it('reads a span before a modal as ahead, as after its subject', () => {
    const SAT = '2024-03-16'
    expect(
      values('The mayor, Ines Varga, said calmer winds from Tuesday would let the crews rest.', SAT),
    ).toEqual(['Tuesday=2024-03-19'])
    expect(values('Officials said lower tolls from Monday could ease the queues.', SAT)).toEqual([
      'Monday=2024-03-18',
    ])
    // A past on the right keeps the span in the past.
    expect(values('The mayor said calmer winds from Tuesday had let the crews rest.', SAT)).toEqual([
      'Tuesday=2024-03-12',
    ])
  })

  it('reads a span ahead when the verb governing it looks ahead: a warning, an order, a modal however far', () => {
    const SAT = '2024-03-16'
    // A warning of what is to come, past its object.
    expect(
      values(
        'The weather office said 80 mm of rain had fallen at Korvath in the 24 hours before the flood, and warned of more storms until Friday.',
        SAT,
      ),
    ).toEqual(['hours before=null', 'Friday=2024-03-22'])
    // An order, past its object and an infinitive.
    expect(
      values('The council ordered schools to close at 2 pm from Wednesday until the heat eases.', SAT),
    ).toEqual(['2 pm=2024-03-16T14:00', 'Wednesday=2024-03-20'])
    expect(values('Officials told residents of Brennick to stay indoors until Tuesday.', SAT)).toEqual([
      'Tuesday=2024-03-19',
    ])
    // A modal farther from the span than the tense window.
    expect(
      values(
        'The weather service said temperatures would stay above 40°C in the north and east of the province until Saturday.',
        '2024-03-13',
      ),
    ).toEqual(['Saturday=2024-03-16'])
  })

  it('reads a bare "midnight" in a past clause as the one just gone, else the next', () => {
    const morning = '2024-03-16T08:00'
    expect(
      values(
        'The governor of Kessrin, Ms Odile Varn, met the directors of the port and of the water board at midnight.',
        morning,
      ),
    ).toEqual(['midnight=2024-03-16T00:00'])
    expect(values('The curfew starts at midnight.', morning)).toEqual(['midnight=2024-03-17T00:00'])
  })

  it('keeps such a span past after an aspectual verb, before a deadline, with "last week" after it, or for a month', () => {
    const SAT = '2024-03-16'
    expect(values('Prices at the Varnel market began to fall from Monday.', SAT)).toEqual([
      'Monday=2024-03-11',
    ])
    expect(values('Officials told residents to leave by Tuesday.', SAT)).toEqual(['Tuesday=2024-03-12'])
    // (the past reading, not the Friday ahead, 2024-03-22)
    expect(values('The mayor ordered the hall at Ostrel shut until Friday two weeks ago.', SAT)).toEqual([
      'Friday=2024-03-15',
      'two weeks ago=2024-W09',
    ])
    expect(values('The fair ran until Sunday.', SAT)).toEqual(['Sunday=2024-03-10'])
    // An order may have set a span of months long ago.
    expect(
      values(
        'A judge ordered monthly releases of the files beginning in June and ending next month.',
        '2024-12-20',
      ),
    ).toEqual(['June=2024-06', 'next month=2025-01'])
  })

  it('keeps a limit with "at the earliest" after it open', () => {
    expect(values('The grants wouldn’t reach the towns before June at the earliest.', '2024-10-10')).toEqual([
      'June=2025-06',
    ])
  })
})

describe('resolveTimes: which way a bare weekday looks', () => {
  // 2024-03-16 is a Saturday; 2024-03-11 and 2024-03-18 are Mondays.
  const SAT = '2024-03-16'

  it('keeps a weekday dating a past act or a saying in the past', () => {
    expect(values('Police said on Monday that the bridge at Kelsmoor was safe.', SAT)).toEqual([
      'Monday=2024-03-11',
    ])
    expect(values('The council met on Thursday.', SAT)).toEqual(['Thursday=2024-03-14'])
    expect(values('The pact was signed by Friday.', SAT)).toEqual(['Friday=2024-03-15'])
  })

  it('looks forward after until, from and by in a present or future clause', () => {
    expect(values('The road is shut until Monday.', SAT)).toEqual(['Monday=2024-03-18'])
    expect(values('Buses run every ten minutes from Tuesday.', SAT)).toEqual(['Tuesday=2024-03-19'])
    expect(values('The crane will be moved by Saturday.', '2024-03-13')).toEqual(['Saturday=2024-03-16'])
  })

  it('looks forward for what a present expectation or a plan looks to', () => {
    expect(values('The weather office expects a cold front late on Sunday.', SAT)).toEqual([
      'Sunday=2024-03-17',
    ])
    expect(
      values(
        'Hydrologists expect the flood crest to reach the weir near Brannock by Saturday.',
        '2024-03-13',
      ),
    ).toEqual(['Saturday=2024-03-16'])
    expect(values('A cold front is expected late on Sunday.', SAT)).toEqual(['Sunday=2024-03-17'])
    expect(values('The two councils will meet on Thursday.', SAT)).toEqual(['Thursday=2024-03-21'])
    // Not a present expectation: a past one, or one reported with "did".
    expect(values('Farmers did not expect the frost on Sunday.', SAT)).toEqual(['Sunday=2024-03-10'])
  })
})

describe('resolveTimes: reported futures', () => {
  // 2024-03-13 is a Wednesday, 2024-03-15 a Friday.
  it('looks forward for a weekday after "would" or "could"', () => {
    expect(values('The union said its members would vote on the offer on Tuesday.', '2024-03-13')).toEqual([
      'Tuesday=2024-03-19',
    ])
    expect(values('The strike could spread to the depots on Monday.', '2024-03-13')).toEqual([
      'Monday=2024-03-18',
    ])
  })

  it('looks forward from the day the sentence dates the saying', () => {
    expect(
      values('The union said on Monday that its members would vote on Wednesday.', '2024-03-15'),
    ).toEqual(['Monday=2024-03-11', 'Wednesday=2024-03-13'])
  })

  it('keeps a refusal, a failed attempt and a counterfactual in the past', () => {
    expect(values('The mayor would not say on Tuesday whether she would stand.', '2024-03-13')).toEqual([
      'Tuesday=2024-03-12',
    ])
    expect(values('The owner could not be reached for comment on Monday.', '2024-03-13')).toEqual([
      'Monday=2024-03-11',
    ])
    expect(values('Without the storm, the club would have played on Sunday.', '2024-03-13')).toEqual([
      'Sunday=2024-03-10',
    ])
  })

  it('does not take "would-be" for a modal', () => {
    expect(values('Police turned back would-be climbers at the pass on Monday.', '2024-03-13')).toEqual([
      'Monday=2024-03-11',
    ])
  })

  it('does not let a modal of a relative clause date the day of another', () => {
    expect(
      values('He urged them to ignore the critics who on Sunday mocked the plan.', '2024-03-13'),
    ).toEqual(['Sunday=2024-03-10'])
  })
})

describe('resolveTimes: parts of the day', () => {
  it('keeps the stated day of "the night of <date>"', () => {
    expect(values('The warehouse burned on the night of 3 March.', '2024-03-04')).toEqual([
      'night of 3 March=2024-03-03',
    ])
    expect(values('Clashes began on the morning of Friday.', '2024-03-13')).toEqual([
      'morning of Friday=2024-03-08',
    ])
  })

  it('names no day with a part of the day alone', () => {
    expect(
      values('The late-night session ended in uproar; in the morning the hall was empty.', '2024-03-13'),
    ).toEqual([])
  })
})

describe('resolveTimes: what is not a date in news', () => {
  it('drops "may" the verb, names, "now", bare numbers and idioms', () => {
    const text =
      'Prices may fall, Theresa May said. The party is now split. At 5 he left. Crowds rallied 24/7 since 9/11 and Sun reported it. Protesters march on Washington.'
    expect(values(text, '2024-11-01')).toEqual([])
  })

  it('drops the common noun "weekday" and a recurring weekday', () => {
    expect(values('Sign up for the briefing, sent every weekday morning.', '2024-11-01')).toEqual([])
    expect(
      values('The ferry sails every Monday and each Friday, and on weekday evenings.', '2024-11-01'),
    ).toEqual([])
    expect(values('The ferry sailed on Monday morning.', '2024-11-01')).toEqual(['Monday morning=2024-10-28'])
  })

  it('drops "lasts": no "last s(econd)"', () => {
    expect(values('Nobody knows how long the effect lasts.', '2024-11-01')).toEqual([])
  })

  it('keeps a bare month with a temporal word before it', () => {
    expect(values('In May, the party split.', '2024-11-01')).toEqual(['May=2024-05'])
  })
})

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url)
const seeds = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : []

describe.skipIf(seeds.length < 2)('resolveTimes on the seed reports', () => {
  const read = (file: string, ref: string | null): TimeExpression[] => {
    const { text, blocks } = fromParagraphs(readFileSync(new URL(file, SEEDS), 'utf8').split('\n'))
    return resolveTimes(text, segment(text, blocks), ref ? { date: ref } : null)
  }

  it('resolves the first report’s "Friday" to the day of the event from either reference', () => {
    for (const ref of ['2024-11-01', '2024-11-03']) {
      expect(read(seeds[0]!, ref).find((t) => t.text === 'Friday')?.value).toBe('2024-11-01')
    }
  })

  it('resolves "January 1" forward and "by 2035" as a year', () => {
    const found = read(seeds[0]!, '2024-11-01')
    expect(found.find((t) => t.text === 'January 1')?.value).toBe('2025-01-01')
    expect(found.find((t) => t.text === '2035')?.value).toBe('2035')
  })

  it('resolves the second report’s "Nov. 1" and "Nov. 1, 2024"', () => {
    const found = read(seeds[1]!, '2024-11-01')
    expect(found.filter((t) => t.text.startsWith('Nov. 1')).map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['Nov. 1, 2024', '2024-11-01', 'absolute'],
      ['Nov. 1', '2024-11-01', 'published'],
    ])
    const undated = read(seeds[1]!, null)
    expect(undated.find((t) => t.text === 'Nov. 1')?.value).toBeNull()
    expect(undated.find((t) => t.text === 'Nov. 1, 2024')?.value).toBe('2024-11-01')
  })
})
