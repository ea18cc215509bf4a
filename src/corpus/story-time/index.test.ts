import { describe, expect, it } from 'vitest'
import { mini } from '../../../test/corpus/mini.js'
import { defaultResolver, inferStoryDate, resolveStoryTimes } from './index.js'

const dated = mini({
  id: 'a',
  published: '2031-04-09',
  blocks: [
    'A ferry capsized off Kell Island late on Monday, and by Tuesday rescuers had pulled 40 people from the water.',
    'The island will hold a memorial on April 20.',
  ],
  times: [
    { text: 'Monday', value: '2031-04-07', anchor: 'published' },
    { text: 'Tuesday', value: '2031-04-08', anchor: 'published' },
    { text: 'April 20', value: '2031-04-20', anchor: 'published' },
  ],
})
const other = mini({
  id: 'b',
  published: '2031-04-08',
  blocks: ['Rescuers searched the waters off Kell Island on Tuesday after a ferry capsized on Monday night.'],
  times: [
    { text: 'Tuesday', value: '2031-04-08', anchor: 'published' },
    { text: 'Monday night', value: '2031-04-07', anchor: 'published' },
  ],
})
const undated = mini({
  id: 'c',
  blocks: ['The ferry capsized on Monday, hours after leaving port, and the search continued yesterday.'],
  times: [
    { text: 'Monday', value: null },
    { text: 'yesterday', value: null },
  ],
})

describe('inferStoryDate', () => {
  it('takes the earliest day each lead states and the day most leads agree on', () => {
    const date = inferStoryDate([dated, other, undated])
    expect(date.value).toBe('2031-04-07')
    expect(date.rule).toBe('stated-in-reports')
    expect(date.votes.map((v) => [v.article, v.value, v.expression])).toEqual([
      ['a', '2031-04-07', 'Monday'],
      ['b', '2031-04-07', 'Monday night'],
      // The undated report's "Monday" is the one candidate day that is a Monday.
      ['c', '2031-04-07', 'Monday'],
    ])
    expect(date.votes[0]?.evidence?.text).toMatch(/^A ferry capsized/)
  })

  it("lets an undated report's weekday break a tie between the dated reports' days", () => {
    const lead = (id: string, sentence: string, day: string, value: string) =>
      mini({
        id,
        published: '2031-04-10',
        blocks: [sentence],
        times: [{ text: day, value, anchor: 'published' }],
      })
    const tuesday = lead('a', 'The harbour board approved the new fees on Tuesday.', 'Tuesday', '2031-04-08')
    const wednesday = lead(
      'b',
      'The harbour board approved the new fees on Wednesday.',
      'Wednesday',
      '2031-04-09',
    )
    const unsure = mini({
      id: 'c',
      blocks: [
        "Fishermen walked out of Wednesday night's harbour board meeting before the fees were approved.",
      ],
      times: [{ text: 'Wednesday night', value: null }],
    })
    expect(inferStoryDate([tuesday, wednesday]).value).toBe('2031-04-08')
    const date = inferStoryDate([tuesday, wednesday, unsure])
    expect(date.value).toBe('2031-04-09')
    expect(date.why).toMatch(/undated report/)
    // A weekday no candidate falls on casts no vote.
    const friday = mini({
      id: 'd',
      blocks: ['The harbour board approved the new fees at its meeting on Friday night.'],
      times: [{ text: 'Friday night', value: null }],
    })
    expect(inferStoryDate([tuesday, wednesday, friday]).value).toBe('2031-04-08')
  })

  it('shares a vote between the first lead sentence’s day and an earlier day stated only later in the lead', () => {
    // 2031-04-08 is a Tuesday. A backstory day in a later sentence no longer outvotes the event.
    const blackout = mini({
      id: 'a',
      published: '2031-04-08',
      blocks: [
        'About 300,000 homes in Norvale lost power on Tuesday afternoon when a line failed.',
        'It came a day after demand had peaked at a record 2,100 megawatts on Monday.',
      ],
      times: [
        { text: 'Tuesday afternoon', value: '2031-04-08', anchor: 'published' },
        { text: 'Monday', value: '2031-04-07', anchor: 'published' },
      ],
    })
    const plain = mini({
      id: 'b',
      published: '2031-04-09',
      blocks: ['Power was cut across Norvale on Tuesday after a line failed in the heat.'],
      times: [{ text: 'Tuesday', value: '2031-04-08', anchor: 'published' }],
    })
    const date = inferStoryDate([blackout, plain])
    expect(date.value).toBe('2031-04-08')
    // The shared vote is recorded with the day that won.
    expect(date.votes.map((v) => [v.article, v.value, v.expression])).toEqual([
      ['a', '2031-04-08', 'Tuesday afternoon'],
      ['b', '2031-04-08', 'Tuesday'],
    ])
    expect(date.why).toMatch(/share their vote/)
    // An event told after its aftermath still wins when another report dates it.
    const aftermath = mini({
      id: 'c',
      published: '2031-04-08',
      blocks: [
        'Rescuers pulled 40 people from the water off Kell Island on Tuesday.',
        'The ferry capsized late on Monday in a storm.',
      ],
      times: [
        { text: 'Tuesday', value: '2031-04-08', anchor: 'published' },
        { text: 'Monday', value: '2031-04-07', anchor: 'published' },
      ],
    })
    const capsized = mini({
      id: 'd',
      published: '2031-04-08',
      blocks: ['A ferry capsized off Kell Island late on Monday with 60 people on board.'],
      times: [{ text: 'Monday', value: '2031-04-07', anchor: 'published' }],
    })
    expect(inferStoryDate([aftermath, capsized]).value).toBe('2031-04-07')
    // One sentence stating both days: its earliest, as before.
    expect(inferStoryDate([dated, plain]).value).toBe('2031-04-07')
  })

  it('falls back on publication dates, and says when there is nothing', () => {
    const plain = mini({
      id: 'p',
      published: '2031-05-02',
      blocks: ['Nothing in this text names a day at all.'],
    })
    expect(inferStoryDate([plain])).toEqual(
      expect.objectContaining({ value: '2031-05-02', rule: 'published' }),
    )
    expect(inferStoryDate([undated])).toEqual(expect.objectContaining({ value: null, rule: 'none' }))
  })
})

describe('resolveStoryTimes', () => {
  it("resolves an undated report's relative days with the document stage's resolver, where the reports agree", () => {
    const date = inferStoryDate([dated, other, undated])
    const { docs, resolutions } = resolveStoryTimes([dated, other, undated], date, defaultResolver())
    const times = docs.find((d) => d.article.id === 'c')?.annotations.times ?? []
    expect(times.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['Monday', '2031-04-07', 'story'],
      ['yesterday', '2031-04-07', 'story'],
    ])
    // The reference chosen is the day after the event: it lands "yesterday" on Monday too.
    expect(resolutions).toEqual([
      expect.objectContaining({ article: 'c', reference: '2031-04-08', resolved: 2, agreeing: 2 }),
    ])
    expect(docs.find((d) => d.article.id === 'a')).toBe(dated)
  })
})
