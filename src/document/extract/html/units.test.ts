/**
 * Unit tests of the extractor's small parts: date parsing, author cleaning,
 * the boilerplate vocabulary, bylines and datelines, class-name hints.
 */
import { describe, expect, test } from 'vitest'
import { cleanAuthors, splitNames } from './authors.js'
import { judgeLine, opensFurnitureSection } from './boilerplate-words.js'
import { isByline, isDateline } from './byline.js'
import { parseHumanDate, parseMachineDate, parseUrlDate } from './date-parse.js'
import { chooseDates } from './dates.js'
import { attributeHint, classWords } from './hints.js'
import { decodeEntities } from './metadata.js'

describe('date parsing', () => {
  test.each([
    ['2019-11-19T10:00:00-0500', '2019-11-19T10:00:00-05:00'],
    ['2019-11-19T15:00:00.000Z', '2019-11-19T15:00:00Z'],
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19 10:30:00', '2019-11-19T10:30:00'],
    ['20191119', '2019-11-19'],
    ['Tue, 19 Nov 2019 10:00:00 GMT', '2019-11-19T10:00:00+00:00'],
    ['1574168580', '2019-11-19T13:03:00Z'],
  ])('machine value %s', (raw, value) => {
    expect(parseMachineDate(raw)?.value).toBe(value)
  })

  test.each([
    ['Published 11:34 PM EST Nov 19, 2019', '2019-11-19T23:34:00-05:00'],
    ['Updated 3:27 am PST, Wednesday, November 20, 2019', '2019-11-20T03:27:00-08:00'],
    ['18 NOV 2019', '2019-11-18'],
    ['19.11.2019, 08:57', '2019-11-19T08:57:00'],
    ['Posted on Maret 30, 2015 by Admin', '2015-03-30'],
    ['19 de novembro de 2019', '2019-11-19'],
    ['2019年11月19日', '2019-11-19'],
    ['2019년 11월 19일', '2019-11-19'],
    ['19 ноября 2019', '2019-11-19'],
    ['Nov. 18th 2019 8:54 am PT', '2019-11-18T08:54:00-08:00'],
    ['31/12/2018', '2018-12-31'],
    ['Chapter 12, 2019 and then November 3, 2018', '2018-11-03'],
  ])('human text %s', (raw, value) => {
    expect(parseHumanDate(raw)?.value).toBe(value)
  })

  test('impossible days and words without dates are not dates', () => {
    expect(parseMachineDate('2019-02-30')).toBeNull()
    expect(parseMachineDate('2019-13-01')).toBeNull()
    expect(parseHumanDate('The committee met on Tuesday')).toBeNull()
    expect(parseHumanDate('')).toBeNull()
  })

  test('dates in URL paths', () => {
    expect(parseUrlDate('https://example.com/2019/11/19/story.html')?.value).toBe('2019-11-19')
    expect(parseUrlDate('https://example.com/news/20191119-story')?.value).toBe('2019-11-19')
    expect(parseUrlDate('https://example.com/2019/11/story')).toBeNull()
    expect(parseUrlDate('https://example.com/story-12345678')).toBeNull()
  })
})

describe('choosing dates', () => {
  const now = new Date('2024-06-01T00:00:00Z')
  test('the most trusted valid signal wins; agreement raises confidence', () => {
    const chosen = chooseDates(
      [
        { signal: 'time[datetime]', raw: '2024-01-02', kind: 'published', confidence: 0.7 },
        {
          signal: 'json-ld:datePublished',
          raw: '2024-01-02T10:00:00+09:00',
          kind: 'published',
          confidence: 0.95,
        },
      ],
      { now, minYear: 1990 },
    )
    expect(chosen.published?.value).toBe('2024-01-02T10:00:00+09:00')
    expect(chosen.published!.confidence).toBeGreaterThan(0.95)
    expect(chosen.modified).toBeNull()
  })

  test('a day later than today everywhere on Earth is in the future; today is not', () => {
    const chosen = chooseDates(
      [
        { signal: 'a', raw: '2024-06-01', kind: 'published', confidence: 0.9 },
        { signal: 'b', raw: '2024-06-03', kind: 'modified', confidence: 0.9 },
      ],
      { now, minYear: 1990 },
    )
    expect(chosen.published?.value).toBe('2024-06-01')
    expect(chosen.modified).toBeNull()
    expect(chosen.signals[1]?.rejected).toBe('in the future')
  })
})

describe('authors', () => {
  test.each([
    ['By Abby Goodnough', ['Abby Goodnough']],
    ['Byrne Smith', ['Byrne Smith']],
    ['Levi Parsons For Daily Mail Australia', ['Levi Parsons']],
    [
      'By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER',
      ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker'],
    ],
    ['Greg Beacham, AP Sports Writer', ['Greg Beacham']],
    ['Tom Davies Associated Press', ['Tom Davies']],
    ['Kevin Johnson and Kevin McCoy USA TODAY', ['Kevin Johnson', 'Kevin McCoy']],
    ['Jane Doe | Updated 10:30 AM, Nov 3, 2020', ['Jane Doe']],
    ['di Mario Rossi', ['Mario Rossi']],
    ['Luigi Di Maio', ['Luigi Di Maio']],
    ['Staff Reporter', []],
    ['admin', []],
  ])('%s', (raw, names) => {
    expect(splitNames(raw)).toEqual(names)
  })
})

describe('authors by source', () => {
  test('a metadata field with an outlet word is an organisation; a byline line is cut before it', () => {
    expect(cleanAuthors(['European Space Agency'], { organisations: [], source: 'metadata' })).toEqual([])
    expect(cleanAuthors(['Tom Davies Associated Press'], { organisations: [] })).toEqual(['Tom Davies'])
  })

  test('the outlet, in either direction of containment, and names with an article are not authors', () => {
    expect(cleanAuthors(['Practical Horseman'], { organisations: ['Practical Horseman Magazine'] })).toEqual(
      [],
    )
    expect(cleanAuthors(['The Water Coolest'], { organisations: [] })).toEqual([])
    expect(cleanAuthors(['CNN Editor-at-large'], { organisations: [] })).toEqual([])
    expect(cleanAuthors(['Provided by European Space Agency'], { organisations: [] })).toEqual([])
  })
})

describe('entities left in metadata', () => {
  test('numeric and named references are decoded; unknown ones are left', () => {
    expect(decodeEntities('&#8216;Quoted&#8217; &amp; more &#x2014; &bogus;')).toBe(
      '‘Quoted’ & more — &bogus;',
    )
  })
})

describe('boilerplate lines', () => {
  test.each([
    ['Advertisement', 'advertisement'],
    ['Share this article', 'share'],
    ['Leia também: Nova linha de ônibus', 'read-more'],
    ['Baca juga: Harga beras naik', 'read-more'],
    ['Читайте также', 'read-more'],
    ['関連記事', 'read-more'],
    ['Sign up for our free daily newsletter, delivered to your inbox.', 'subscribe'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit'],
    ['Additional reporting by Jane Doe in Paris.', 'credit'],
    ['Jane Doe contributed reporting from Hong Kong.', 'credit'],
    ['© 2024 Example Media. All rights reserved.', 'copyright'],
    ['1 of 6', 'photo-ui'],
    ['Sakib Ali/Hindustan Times/Getty Images', 'credit'],
    ['Got a story from your street? Text the Harbour Gazette on 0800 555 0199.', 'tips-prompt'],
    ['Have a news tip? Email newsdesk@harbourgazette.example or call us.', 'tips-prompt'],
    ['Vous avez une information ? Écrivez-nous à redaction@exemple.example', 'tips-prompt'],
    ['Do you have photos or video of the storm? Send them to desk@harbourgazette.example', 'tips-prompt'],
    ['Send us your pictures of the regatta: WhatsApp 0800 555 0199', 'tips-prompt'],
    ['This article is published under licence from Tidewire.', 'credit'],
    ['Published under licence from the Valley Courier.', 'credit'],
    ['Sign up to the Harbour Gazette’s evening briefing and get the day’s news before dinner.', 'subscribe'],
    ['Join our Telegram channel @harbourgazette so you never miss the news', 'share'],
    ['Get the day’s headlines on our WhatsApp channel', 'share'],
    ['Distributed by Tidewire Press. Republished under licence.', 'credit'],
    ['Syndicated by Valley Features.', 'credit'],
    ['Download the Harbour24 app and turn on notifications for storm alerts in your area', 'subscribe'],
    ['Get the Harbour Gazette app for breaking news alerts on your phone', 'subscribe'],
    ['Get the Harbour Gazette evening digest - free every weekday', 'subscribe'],
    ['Second-hand fishing boat for sale - 12 m, new engine - call +44 7700 900456', 'ads'],
  ])('%s', (line, rule) => {
    expect(judgeLine(line, 160)?.rule).toBe(rule)
  })

  test('sentences that merely mention a word of the vocabulary are text', () => {
    expect(judgeLine('Shares in the company rose 4 percent after the announcement.', 160)).toBeNull()
    expect(judgeLine('Read more carefully, the report says something else.', 160)).toBeNull()
    expect(judgeLine('The advertisement ran for three weeks on national television.', 160)).toBeNull()
    // A police appeal is the report's own: no invitation to send the newsroom a story.
    expect(judgeLine('Police asked anyone with information to call 0800 555 0101.', 160)).toBeNull()
    expect(judgeLine('The paper’s tip line took 300 calls on Monday, its editor said.', 160)).toBeNull()
    // A report about readers' pictures, a licence, a briefing or a messaging channel is the report's own.
    expect(
      judgeLine(
        'Police asked anyone with photos or video of the crash to email appeals@police.example.',
        160,
      ),
    ).toBeNull()
    expect(
      judgeLine(
        'The harbour maps were published under licence from the national survey, the council said.',
        160,
      ),
    ).toBeNull()
    expect(
      judgeLine('Residents can sign up for a briefing on the flood plan at the town hall.', 160),
    ).toBeNull()
    expect(
      judgeLine(
        'Join the Telegram channel of the port authority for updates, the mayor told residents.',
        160,
      ),
    ).toBeNull()
    expect(
      judgeLine('The group urged followers on its Telegram channel to join the protest on Saturday.', 160),
    ).toBeNull()
    // A report about a distributor or an app is the report's own.
    expect(
      judgeLine('The company distributed 4,000 food parcels to families in the flooded villages.', 160),
    ).toBeNull()
    expect(
      judgeLine('Distributed by the Red Cross, the parcels reached 400 families on Monday.', 160),
    ).toBeNull()
    expect(
      judgeLine('Residents can download the port authority’s app to report outages and get alerts.', 160),
    ).toBeNull()
    expect(
      judgeLine(
        'Get the port authority’s app for storm alerts on your phone, the harbour master urged residents.',
        160,
      ),
    ).toBeNull()
  })

  test('a reported sale or digest is text', () => {
    expect(judgeLine('Boats for sale at the harbour fetched 12 percent more than last year.', 160)).toBeNull()
    expect(judgeLine('Get the council to act on the digest of complaints, residents said.', 160)).toBeNull()
  })

  test('section openers', () => {
    expect(opensFurnitureSection('You may also like')?.rule).toBe('read-more')
    expect(opensFurnitureSection('About the author')?.rule).toBe('author-bio')
    expect(opensFurnitureSection('What goes where')).toBeNull()
  })
})

describe('bylines and datelines', () => {
  test('datelines', () => {
    expect(isDateline('Published 10:02 AM EST Nov 19, 2019')).toBe(true)
    expect(isDateline('Updated: Nov. 20, 2019 1:35 a.m.')).toBe(true)
    expect(isDateline('13 Aug')).toBe(true)
    expect(isDateline('The vote on November 19, 2019 was delayed by a power cut in the chamber.')).toBe(false)
  })

  test('bylines', () => {
    expect(isByline('By Jane Doe', [])).toBe(true)
    expect(isByline('Por Beatriz Moura', [])).toBe(true)
    expect(isByline('Por eso, la ciudad decidió cerrar el puente.', [])).toBe(false)
    expect(isByline('Jane Doe, Staff Writer', ['Jane Doe'])).toBe(true)
    expect(
      isByline('Jane Doe said the council would vote again next week on the whole plan.', ['Jane Doe']),
    ).toBe(false)
  })
})

describe('class-name hints', () => {
  test('class names split into words and joined pairs', () => {
    expect(classWords('relatedLinks share-bar')).toEqual([
      'related',
      'relatedlinks',
      'related-links',
      'links',
      'share',
      'sharebar',
      'share-bar',
      'bar',
    ])
  })

  test('furniture words, and the words that overrule them', () => {
    expect(attributeHint('comments-section', '').junk).toBe('comments')
    expect(attributeHint('header', '').junk).toBeNull()
    expect(attributeHint('shadow-box', '').junk).toBeNull()
    expect(attributeHint('content-sidebar-wrap', '').junk).toBeNull()
    expect(attributeHint('article-body', '').weight).toBeGreaterThan(0)
  })
})
