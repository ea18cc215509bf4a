import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../model/index.js'
import { eventSubject, figureSubject, gist, type SubjectFigure } from './subjects.js'

/** A figure of an invented sentence, located by its wording. */
function figure(text: string, written: string, unit: string | null, cls = unit ?? ''): SubjectFigure {
  const start = text.indexOf(written)
  if (start < 0) throw new Error(`"${written}" is not in "${text}"`)
  const q: Quantity = {
    start,
    end: start + written.length,
    text: written,
    value: 1,
    unit,
    hedge: null,
    rule: 'test',
  }
  return { text, start: 0, q, cls }
}

describe('gist', () => {
  it('reads a sentence head: subject, verb and object up to a preposition, comma or figure', () => {
    expect(gist('The blaze broke out at around 11:30 p.m. on the third floor.')).toBe('the blaze broke out')
    expect(gist('Averna and Tolm signed a fisheries pact on Monday in Port Avery.')).toBe(
      'Averna and Tolm signed a fisheries pact',
    )
    expect(gist('The treaty takes effect on May 1.')).toBe('the treaty takes effect')
  })

  it('skips datelines, fronted phrases, reporting verbs, relative clauses and appositions', () => {
    expect(gist('PORT AVERY, Averna, May 3 (Tide Wire) — The ferry sank off Kell Island on Sunday.')).toBe(
      'the ferry sank off Kell Island',
    )
    expect(gist('Officials said the dam collapsed after midnight.')).toBe('the dam collapsed')
    expect(
      gist('A storm that swept through the valley on Friday killed 12 people, officials said.'),
    ).toBeNull()
    expect(gist('Ana Ruiz, a former mayor of Lanza, was elected governor on Sunday.')).toBe(
      'Ana Ruiz was elected governor',
    )
  })

  it('gives up on a sentence without a verb near its start', () => {
    expect(gist('Heavy rain, strong winds and high tides across the northern coast this week.')).toBeNull()
  })
})

describe('eventSubject', () => {
  it('prefers a report sentence to a caption and falls back when no sentence has a head', () => {
    expect(
      eventSubject(
        'when',
        [
          { text: 'Rescuers search the rubble in Lanza on May 3, 2031.', caption: true },
          { text: 'The quake struck Lanza before dawn on Saturday.' },
        ],
        'date of the event',
      ),
    ).toBe('when the quake struck Lanza')
    expect(eventSubject('where', [{ text: 'Heavy rain in the north.' }], 'place of: rain')).toBe(
      'place of: rain',
    )
  })
})

describe('figureSubject', () => {
  it("names what the figures measure, with the unit of a measure, in the sentences' words", () => {
    expect(
      figureSubject([
        figure('The probe settled into an orbit at an altitude of about 620 km.', 'about 620 km', 'km'),
        figure('The probe reached a 260-km polar orbit on Friday.', '260-km', 'km'),
      ]),
    ).toBe('altitude (km)')
    expect(
      figureSubject([
        figure('Ruiz took 51.2% of the vote in the run-off.', '51.2%', 'percent'),
        figure('Ruiz won 55% of the vote.', '55%', 'percent'),
      ]),
    ).toBe('share of the vote (%)')
    expect(
      figureSubject([
        figure('The ministers want to raise bilateral trade to $2 billion.', '$2 billion', 'USD'),
        figure('They aim to lift bilateral trade to $4 billion.', '$4 billion', 'USD'),
      ]),
    ).toBe('bilateral trade (USD)')
  })

  it('names counts by what they count and tolls by their class, with the day both hold for', () => {
    expect(
      figureSubject([
        figure('Port officials counted 212 grain trucks at the border.', '212 grain trucks', 'trucks'),
        figure('More than 200 grain trucks waited at the border.', 'More than 200 grain trucks', 'trucks'),
      ]),
    ).toBe('number of grain trucks')
    const monday = {
      start: 0,
      end: 6,
      text: 'Monday',
      value: '2031-05-05',
      grain: 'day' as const,
      anchor: null,
      rule: 't',
    }
    expect(
      figureSubject([
        { ...figure('The toll stood at 19 on Monday.', '19', null, 'dead'), time: monday },
        { ...figure('By Monday 29 people had died.', '29', null, 'dead'), time: monday },
      ]),
    ).toBe('death toll on Monday')
  })

  it('never repeats a word (the old subjects listed a hyphenated word once per part)', () => {
    const subject = figureSubject([
      figure('The craft entered a low-altitude orbit at an altitude of 700 km.', '700 km', 'km'),
      figure('The craft entered a 500-km low-altitude orbit.', '500-km', 'km'),
    ])
    const ws = subject.split(/\s+/)
    expect(new Set(ws).size).toBe(ws.length)
  })
})
