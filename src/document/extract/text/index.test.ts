import { describe, expect, it } from 'vitest'
import { extractText, type TextExtraction } from './index.js'

// An invented report to set the line under test in: a headline and body
// paragraphs that end with a stop, as most reports do.
const TITLE = 'Brenton council approves budget after six-hour debate'
const BODY = [
  'The Brenton city council approved next year’s budget on Tuesday after a debate that lasted more than six hours.',
  'Opposition members said the plan would raise local taxes for most households and cut funding for libraries.',
  'Mayor Ana Lopes said the spending was needed to repair roads and schools across the city before winter.',
  'The budget still needs the approval of the regional government, which is expected to give it next month.',
]

/** The report with `lines` set between its first and second body paragraphs. */
function around(...lines: string[]): TextExtraction {
  return extractText([TITLE, BODY[0], ...lines, ...BODY.slice(1)].join('\n'))
}

/** Rule that removed `line`, or `undefined` when it was kept. */
function removedBy(result: TextExtraction, line: string): string | undefined {
  return result.removed.find((entry) => entry.text === line)?.rule
}

/** Kind of the kept block holding exactly `line`, or `undefined`. */
function keptAs(result: TextExtraction, line: string): string | undefined {
  return result.blocks.find((block) => block.text === line)?.kind
}

describe('page junk', () => {
  const junk: [string, string][] = [
    ['Read more: Council delays vote on parking fees', 'cross-link'],
    ['READ MORE Council delays vote on parking fees', 'cross-link'],
    ['Read more Council delays vote on parking fees', 'cross-link'],
    ['See also: How the budget is spent', 'cross-link'],
    ['ALSO READ: Libraries face cuts', 'cross-link'],
    ['RELATED: Libraries face cuts', 'cross-link'],
    ['Lire aussi : Le conseil reporte le vote', 'cross-link'],
    ['Lesen Sie auch: Der Stadtrat vertagt die Abstimmung', 'cross-link'],
    ['Lee también: El ayuntamiento aplaza la votación', 'cross-link'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share this article', 'share-prompt'],
    ['Facebook Twitter LinkedIn Email', 'share-prompt'],
    ['Share on Facebook', 'share-prompt'],
    ['Subscribe to our newsletter for the latest updates', 'subscribe-prompt'],
    ['Get the morning briefing delivered to your inbox.', 'subscribe-prompt'],
    ['Follow us on Instagram', 'follow-prompt'],
    ['Follow the Daily Post on X for more', 'follow-prompt'],
    ['Click here to see the full results', 'click-here'],
    ['This website uses cookies to improve your experience.', 'cookie-notice'],
    ['Reporting by Ana Costa; Editing by Mark Hale', 'credit'],
    ['(Additional reporting by Joel Frey in Lisbon)', 'credit'],
    ['Write to Jane Doe at jane.doe@example.com', 'credit'],
    ['© 2025 Daily Post', 'copyright'],
    ['All rights reserved.', 'copyright'],
    ['Photo: Jane Doe', 'photo-credit'],
    ['5 min read', 'page-meta'],
    ['Last updated: Nov 2, 2024 10:15 a.m. EST', 'page-meta'],
    ['Tuesday, 4 March 2025', 'page-meta'],
    ['Tags: budget, council, Brenton', 'tags'],
    ['Leave a comment', 'comments-prompt'],
    ['Listen to this article', 'media-prompt'],
    ['ENDS', 'end-mark'],
    ['Print this article | Email to a friend | Back to Business', 'share-prompt'],
    ['Subscribe to Brenton Markets Daily for alerts on every council vote.', 'subscribe-prompt'],
    ['Get the Brenton Brief in your inbox every morning. Subscribe for free.', 'subscribe-prompt'],
    ['Don’t miss out! Follow the Brenton Post on Facebook and YouTube.', 'follow-prompt'],
    ['Reporter: Ana Costa | Editor: Mark Hale', 'credit'],
    [
      'This story was first published by the Valley Courier and is republished here with permission.',
      'credit',
    ],
    ['Got a story? Email news@brentonpost.example or WhatsApp us', 'tips-prompt'],
    ['Have a news tip from your street? Call the Brenton Post newsroom on 0800 555 0199.', 'tips-prompt'],
    ['Know of a story in your village? Text the desk on +44 7700 900123', 'tips-prompt'],
    ['Send us your story ideas at tips@brentonpost.example', 'tips-prompt'],
    ['Seen something newsworthy? DM us @brentonpost', 'tips-prompt'],
    ['Haben Sie einen Hinweis? Schreiben Sie uns an hinweise@brentonpost.example', 'tips-prompt'],
    ['¿Tienes una denuncia? Escríbenos al 55 1234 5678', 'tips-prompt'],
    ['Lena Okafor and Teo Balan contributed reporting from Frankfurt am Main.', 'credit'],
    ['(Reporting by Ana Costa in Kingston upon Hull; Editing by Mark Hale)', 'credit'],
    ['More from the Brenton Post: Bus fares to rise in January', 'cross-link'],
    ['Our Standards: The Brenton Post Trust Principles.', 'boilerplate'],
    ['* * *', 'separator'],
    [
      'Sign up to the Brenton Post’s morning briefing and get the day’s news before breakfast.',
      'subscribe-prompt',
    ],
    ['Sign up for our weekly council digest', 'subscribe-prompt'],
    ['Join our Telegram channel @brentonpost so you never miss the news', 'follow-prompt'],
    ['Get the day’s headlines on our WhatsApp channel', 'follow-prompt'],
    ['Follow us on Viber: @brentonpost', 'follow-prompt'],
    ['Do you have photos or video of the flooding? Send them to pictures@brentonpost.example', 'tips-prompt'],
    ['Send us your pictures of the parade: WhatsApp 0800 555 0199', 'tips-prompt'],
    ['This article is published under licence from Tidewire.', 'credit'],
    ['Published under licence from the Valley Courier.', 'credit'],
    ['Views: 1,204', 'page-meta'],
    ['3.4k views', 'page-meta'],
    ['Get the Brenton Post app for breaking news alerts on your phone', 'subscribe-prompt'],
    [
      'Download the Metro24 app and turn on notifications for traffic alerts in your area',
      'subscribe-prompt',
    ],
    ['Install our free app for the latest headlines', 'subscribe-prompt'],
    ['Distributed by Tidewire Press. Republished under licence.', 'credit'],
    ['Syndicated by Valley Features.', 'credit'],
    ['Republished under licence. Supplied by The Wire Service', 'credit'],
    ['Back to top', 'share-prompt'],
    ['Share | Print | Back to homepage', 'share-prompt'],
    ['Get the Brenton Post evening digest - free every weekday', 'subscribe-prompt'],
    ['Receive our weekly council bulletin in your inbox', 'subscribe-prompt'],
    ['Second-hand fishing boat for sale - 12 m, new engine - call +44 7700 900456', 'advertisement'],
    ['Flat to let in the old town, two rooms. Tel. 0161 496 0712', 'advertisement'],
  ]
  for (const [line, rule] of junk) {
    it(`removes "${line}" (${rule})`, () => {
      const result = around(line)
      expect(removedBy(result, line)).toBe(rule)
      expect(result.removed.find((entry) => entry.text === line)?.reason).toMatch(/\S/)
    })
  }

  // Real paragraphs that open with, or contain, junk words: a dropped
  // paragraph costs more than a leaked junk line, so these must stay.
  const prose = [
    'Reporting by the agency showed that the council had overspent by 3 million euros last year.',
    'Also on Friday, the council voted to extend the opening hours of public libraries.',
    'More than 100 residents attended the meeting, which ran until after midnight.',
    'MORE than 100 residents attended the meeting, which ran until after midnight.',
    'Related to the budget, the council also approved new parking fees in the centre.',
    'Follow-up talks on the budget will take place on Monday, the mayor said.',
    'Copyright lawyers said the ruling could affect thousands of cases across the country.',
    'Updated figures released on Friday show the deficit grew by 12 percent.',
    'Subscribers to the city bus service will pay 5 percent more from January.',
    'The council’s staff newsletter said workers would get a bonus this year.',
    'Watch out for changes to bin collections over the holidays, officials said.',
    'Research by the university found that the scheme had cut traffic by a fifth.',
    'Sign language interpreters will attend all public meetings, the council said.',
    'Mit Material aus dem Archiv der Stadt hat der Rat die Geschichte des Hauses rekonstruiert.',
    'The report, first published by the university, said the scheme had cut traffic by a fifth.',
    'Reporters from three newspapers asked the mayor about the library cuts on Tuesday.',
    'Our standards of road repair have slipped, the mayor admitted at the meeting.',
    // A police appeal is news, not a call for tips: the invitation does not open a sentence.
    'Anyone with information was asked to contact us on 0800 555 0101, a police spokesman said.',
    '“Call us on 0800 555 0101 if you see the missing dog,” the shelter manager said.',
    'The council’s tip line received 400 calls in its first week, officials said.',
    'Reporting by the agency in an hour showed the council had overspent by 3 million euros.',
    'Ana Costa contributed to the debate with a speech on library funding that lasted an hour.',
    // Reports about a newsletter, a messaging channel, a licence or readers' pictures.
    'Residents can sign up for a briefing on the flood plan at the town hall on Monday.',
    'Sign up to the scheme was slow at first, but 4,000 households had joined by May, the mayor said.',
    'The group urged followers on its Telegram channel to join the protest on Saturday.',
    'Join the Telegram channel of the city council for updates, the mayor told residents on Tuesday.',
    'He told supporters to join a WhatsApp group run by the campaign, which has 4,000 members.',
    'The maps were published under licence from the national survey, the council said.',
    'Police asked anyone with photos or video of the crash to send them to appeals@police.example.',
    'Views of the river from the new bridge drew 2,000 visitors on its first weekend.',
    // Reports about an app or a distributor.
    'Residents can download the utility’s app to report outages in their area and get alerts.',
    'Download the app to get outage alerts on your phone, the utility urged residents on Tuesday.',
    'Get the most out of the new market, traders told visitors, and bring cash.',
    'The company distributed 4,000 food parcels to families in the flooded villages.',
    'Distributed by the Red Cross, the parcels reached 400 families on Monday.',
    'Distributed by hand to every household.',
    // A section heading opening with "Back to" is not navigation; an offer or a sale reported stays.
    'Back to paper, the clerks worked through the night to process the ballots.',
    'Get the council to act on the digest of complaints, residents said.',
    'The old ferry was put up for sale last year, the council said; call centres were closed.',
    'Boats for sale at the harbour fetched 12 percent more than last year.',
  ]
  for (const line of prose) {
    it(`keeps the paragraph "${line.slice(0, 40)}…"`, () => {
      const result = around(line)
      expect(removedBy(result, line)).toBeUndefined()
      expect(keptAs(result, line)).toBe('paragraph')
    })
  }

  it('keeps a junk-worded line longer than junkMaxLength', () => {
    const line = `Read more: ${BODY[1]} ${BODY[2]} ${BODY[3]}`
    expect(keptAs(around(line), line)).toBe('paragraph')
    expect(removedBy(extractText([TITLE, BODY[0], line].join('\n'), { junkMaxLength: 1000 }), line)).toBe(
      'cross-link',
    )
  })

  it('removes the linked titles listed under a "Related" header, not the report after them', () => {
    const result = extractText(
      [TITLE, ...BODY, 'Related stories', 'Libraries face cuts', 'Bus fares to rise in January'].join('\n'),
    )
    expect(result.removed.map((entry) => entry.rule)).toEqual(['cross-link', 'teaser-list', 'teaser-list'])
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
  })

  it('removes a comment list under a counted comments header near the end', () => {
    const comments = ['Great news for the city.', 'Does anyone know when the roadworks start?']
    const result = extractText([TITLE, ...BODY, 'Comments (2)', ...comments].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['comments-prompt', 'comment', 'comment'])
  })

  it('keeps paragraphs under a bare "Comments" heading', () => {
    const result = extractText([TITLE, BODY[0], BODY[1], 'Comments', BODY[2], BODY[3]].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
  })

  it('applies no rule listed in `disable`', () => {
    const line = 'Read more: Council delays vote on parking fees'
    const result = around(line)
    expect(removedBy(result, line)).toBe('cross-link')
    const kept = extractText([TITLE, BODY[0], line, BODY[1]].join('\n'), { disable: ['cross-link'] })
    expect(removedBy(kept, line)).toBeUndefined()
    expect(keptAs(kept, line)).toBeDefined()
  })

  it('records removals in document order', () => {
    const result = extractText(
      ['Advertisement', TITLE, BODY[0], 'Share this article', BODY[1], '© 2025 Post'].join('\n'),
    )
    expect(result.removed.map((entry) => entry.text)).toEqual([
      'Advertisement',
      'Share this article',
      '© 2025 Post',
    ])
  })
})

describe('headline', () => {
  it('reads a short first line without a stop as the headline', () => {
    const result = extractText([TITLE, ...BODY].join('\n'))
    expect(result.title).toBe(TITLE)
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
  })

  it('does not invent one when the first line is a paragraph', () => {
    const result = extractText(BODY.join('\n'))
    expect(result.title).toBeNull()
    expect(result.blocks).toHaveLength(BODY.length)
  })

  it('does not take a lone line for a headline', () => {
    const result = extractText(TITLE)
    expect(result.title).toBeNull()
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: TITLE, rule: 'paragraph' }])
  })

  it('looks past a caption on the first line', () => {
    const caption = 'Mayor Ana Lopes (C) speaks to reporters after the vote in Brenton on March 4, 2025.'
    const result = extractText([caption, TITLE, ...BODY].join('\n'))
    expect(result.title).toBe(TITLE)
    expect(result.blocks[0]).toEqual({ kind: 'caption', text: caption, rule: 'caption-position' })
  })

  it('drops a section label and a breadcrumb above it', () => {
    const result = extractText(['News › Local › Politics', 'POLITICS', TITLE, ...BODY].join('\n'))
    expect(result.title).toBe(TITLE)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['breadcrumb', 'kicker'])
  })

  it('drops a short all-capital section label above the headline, and the staff byline under it', () => {
    const lines = [
      'REGION',
      TITLE,
      'Thursday, 6 March 2025',
      'Brenton Daily Correspondent, Hillside',
      ...BODY,
    ]
    const result = extractText(lines.join('\n'))
    expect(result.title).toBe(TITLE)
    expect(result.removed.map((entry) => [entry.text, entry.rule])).toEqual([
      ['REGION', 'kicker'],
      ['Thursday, 6 March 2025', 'page-meta'],
      ['Brenton Daily Correspondent, Hillside', 'byline'],
    ])
    expect(result.blocks.map((b) => b.text)).toEqual(BODY)
    expect(extractText(['LOCAL NEWS', TITLE, ...BODY].join('\n')).title).toBe(TITLE)
  })

  it('drops a masthead in capitals above the date line, and a bare desk credit above the headline', () => {
    const masthead = extractText(
      ['THE BRENTON CLARION', '', 'Monday 3 March 2025', '', TITLE, ...BODY].join('\n'),
    )
    expect(masthead.title).toBe(TITLE)
    expect(masthead.removed.map((entry) => [entry.text, entry.rule])).toEqual([
      ['THE BRENTON CLARION', 'masthead'],
      ['Monday 3 March 2025', 'page-meta'],
    ])
    const desk = extractText(
      ['Brenton Herald » News » Local', 'Monday 3 March 2025', 'Newsdesk', TITLE, ...BODY].join('\n'),
    )
    expect(desk.title).toBe(TITLE)
    expect(removedBy(desk, 'Newsdesk')).toBe('byline')
    expect(desk.blocks.map((b) => b.text)).toEqual(BODY)
    // A headline in capitals with no date line under it stays the headline.
    expect(extractText(['COUNCIL APPROVES BUDGET', TITLE, ...BODY].join('\n')).title).toBe(
      'COUNCIL APPROVES BUDGET',
    )
  })

  it('keeps a capitalised first line that is not above a headline', () => {
    // Above a body paragraph, not a headline: no kicker, and no headline either.
    const result = extractText(['NOTICE', ...BODY].join('\n'))
    expect(result.title).toBeNull()
    expect(result.removed).toEqual([])
    // Three words in capitals may be a headline.
    expect(extractText(['COUNCIL APPROVES BUDGET', ...BODY].join('\n')).title).toBe('COUNCIL APPROVES BUDGET')
  })

  it('drops the headline repeated in the body', () => {
    const result = extractText([TITLE, BODY[0], TITLE, BODY[1]].join('\n'))
    expect(result.removed).toEqual([{ text: TITLE, reason: 'headline repeated', rule: 'duplicate-title' }])
  })

  it('honours titleMaxLength', () => {
    expect(extractText([TITLE, ...BODY].join('\n'), { titleMaxLength: 20 }).title).toBeNull()
  })
})

describe('bylines', () => {
  it('reads several authors and removes the line with a reason', () => {
    const line = 'By Jane Doe and Ali Khan'
    const result = extractText([TITLE, line, ...BODY].join('\n'))
    expect(result.authors).toEqual(['Jane Doe', 'Ali Khan'])
    expect(result.removed).toEqual([{ text: line, reason: 'byline: Jane Doe, Ali Khan', rule: 'byline' }])
  })

  it('puts capitalised names in title case and ignores the date', () => {
    const result = extractText([TITLE, 'BY JANE O’NEIL | 4 March 2025', ...BODY].join('\n'))
    expect(result.removed.map((entry) => entry.rule)).toEqual(['byline'])
    expect(result.authors).toEqual(['Jane O’Neil'])
  })

  it('reads "Name, Outlet" right under the headline', () => {
    const result = extractText([TITLE, 'Jane Doe, Brenton Daily News', ...BODY].join('\n'))
    expect(result.authors).toEqual(['Jane Doe'])
  })

  it('reads a nameless staff credit right under the headline, but not a heading about staff', () => {
    const staff = extractText([TITLE, 'Staff Correspondent, Brenton', ...BODY].join('\n'))
    expect(staff.removed.map((entry) => entry.rule)).toEqual(['byline'])
    expect(staff.authors).toEqual([])
    const heading = extractText([TITLE, 'Staff shortages', ...BODY].join('\n'))
    expect(heading.removed).toEqual([])
  })

  it('does not read a sentence opening with "By" as a byline', () => {
    const line = 'By the end of the year, the council hopes to have finished the work.'
    const result = around(line)
    expect(result.authors).toEqual([])
    expect(keptAs(result, line)).toBe('paragraph')
  })

  it('does not read a name and an outlet far from the headline as a byline', () => {
    const result = around('Jane Doe, Brenton Daily News')
    expect(result.authors).toEqual([])
  })

  it('reads a surname that is also a common word after "By"', () => {
    for (const [line, name] of [
      ['By Rosa Will', 'Rosa Will'],
      ['By Tomas Said', 'Tomas Said'],
    ]) {
      const result = extractText([TITLE, line, ...BODY].join('\n'))
      expect(result.authors).toEqual([name])
      expect(removedBy(result, line!)).toBe('byline')
    }
  })

  it('reads a byline after a date stamp, a desk named with digits, and "Written by" with a relative stamp', () => {
    for (const line of [
      '22/06/2025 - 07:45 | By Brenton24 Editorial',
      '22/06/2025 - 07:45 | By Jane Doe',
      'Friday, 20 June 2025 · By Jane Doe',
      'Written by Newsdesk | Updated 2 hours ago',
      'Written by Jane Doe | Posted 35 min ago',
      'Written by Newsdesk | 4 min read',
      'By Jane Doe | Reading time: 6 minutes',
      'By our Brenton staff',
      'By our own correspondent',
    ]) {
      const result = extractText([TITLE, line, ...BODY].join('\n'))
      expect(removedBy(result, line)).toBe('byline')
      expect(result.blocks.map((b) => b.text)).toEqual(BODY)
    }
    expect(extractText([TITLE, '22/06/2025 - 07:45 | By Jane Doe', ...BODY].join('\n')).authors).toEqual([
      'Jane Doe',
    ])
  })

  it('keeps a sentence after a date and "by", and a line with a number that is no outlet', () => {
    for (const line of [
      'On 22/06/2025 - by the council’s count - 40 roads were closed.',
      'Written by hand, the letter was delivered to the mayor on Friday.',
      'By 2030 Editorial staff will have doubled, the paper said.',
    ]) {
      const result = around(line)
      expect(keptAs(result, line)).toBe('paragraph')
    }
  })

  it('keeps a section heading opening with "Back to", and a line after "By our" with no desk word', () => {
    const result = extractText([TITLE, BODY[0], BODY[1], 'Back to paper', BODY[2], BODY[3]].join('\n'))
    expect(keptAs(result, 'Back to paper')).toBe('heading')
    expect(
      extractText([TITLE, ...BODY.slice(0, 2), 'By our count', ...BODY.slice(2)].join('\n')).removed,
    ).toEqual([])
  })

  it('does not read a phrase after "By" as a name', () => {
    const result = extractText([TITLE, ...BODY.slice(0, 2), 'By The Way', ...BODY.slice(2)].join('\n'))
    expect(result.authors).toEqual([])
  })
})

describe('author bios and sign-offs', () => {
  const report = (...lines: string[]) => extractText([TITLE, ...BODY, ...lines].join('\n'))

  it('removes a bio describing the writer at the end of the report', () => {
    for (const bio of [
      'Lena Okafor is the Brenton Post’s transport correspondent.',
      'Lena Okafor is a reporter for the Brenton Post. Follow her on X at @lenaokafor',
      'The author is a freelance journalist based in Valdora.',
      'Lena Okafor covers city hall for the Brenton Post.',
      'Lena Okafor ist Korrespondentin der Brenton Post in Valdora.',
      'Mateo Ruiz was a senior editor at the Valley Courier. Write to him at mateo@valleycourier.example',
    ]) {
      const result = report(bio)
      expect(removedBy(result, bio), bio).toBe('author-bio')
      expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    }
  })

  it('removes a bio followed only by page junk', () => {
    const bio = 'Lena Okafor is the Brenton Post’s transport correspondent.'
    const result = report(bio, 'Share this article', 'Advertisement')
    expect(removedBy(result, bio)).toBe('author-bio')
  })

  it('removes a bio that carries a call for tips, wherever it stands', () => {
    const bio =
      'Lena Okafor is the Post’s transport correspondent. Send story tips to lena@brentonpost.example'
    expect(removedBy(around(bio), bio)).toBe('author-bio')
  })

  it('keeps a description of a journalist that is part of the report', () => {
    const cases = [
      // In the middle of the report, a description is the report's own.
      () => around('Lena Okafor is the Brenton Post’s transport correspondent.'),
      // At the end, a past-tense description with no contact closes an obituary.
      () => report('Mateo Ruiz was a reporter at the Valley Courier for thirty years.'),
      // A clause makes it news about the journalist.
      () =>
        report('Lena Okafor is a reporter for the Valley Courier who was fined by the council last year.'),
      // A long closing paragraph is prose.
      () =>
        report(
          `Lena Okafor is a reporter for the Valley Courier. ${BODY[1]} ${BODY[2]} ${BODY[3]}`.slice(0, 320),
        ),
    ]
    for (const run of cases) {
      const result = run()
      expect(result.removed.filter((entry) => entry.rule === 'author-bio')).toEqual([])
    }
  })

  it('removes a bio under the headline only for a bylined writer or with a contact', () => {
    const bio = 'Lena Okafor is the Brenton Post’s transport correspondent.'
    const bylined = extractText([TITLE, 'By Lena Okafor', bio, ...BODY].join('\n'))
    expect(removedBy(bylined, bio)).toBe('author-bio')
    // A lede about a journalist, no byline: the report.
    const lede = 'Mateo Ruiz is the new editor of the Valley Courier, the paper said on Monday.'
    const result = extractText([TITLE, lede, ...BODY].join('\n'))
    expect(keptAs(result, lede)).toBe('paragraph')
  })

  it('removes a sign-off after the last paragraph, but not the last item of a list', () => {
    const result = report('— Brenton Post')
    expect(removedBy(result, '— Brenton Post')).toBe('credit')
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    const list = report('The new councillors are:', '– Ana Lopes', '– Teo Balan')
    expect(list.removed).toEqual([])
  })

  it('can be switched off', () => {
    const bio = 'Lena Okafor is the Brenton Post’s transport correspondent.'
    expect(removedBy(extractText([TITLE, ...BODY, bio].join('\n'), { disable: ['author-bio'] }), bio)).toBe(
      undefined,
    )
  })
})

describe('datelines', () => {
  it('reports a wire dateline and keeps it in the paragraph', () => {
    const first =
      'NEW YORK, Nov 1 (Tidewire) - Shares rose sharply on Friday after the figures were published.'
    const result = extractText([TITLE, first, ...BODY].join('\n'))
    expect(result.dateline).toEqual({ text: 'NEW YORK, Nov 1 (Tidewire) -', place: 'New York' })
    expect(result.blocks[0]?.text).toBe(first)
  })

  it('reads a place in mixed case when an agency follows it', () => {
    const result = extractText(
      `Berlin (Nordpress) – Der Stadtrat hat am Dienstag den Haushalt beschlossen.\n${BODY[1]}`,
    )
    expect(result.dateline).toEqual({ text: 'Berlin (Nordpress) –', place: 'Berlin' })
  })

  it('does not take a wire slug for a place, or report a dateline that is not there', () => {
    expect(extractText([TITLE, `UPDATE 2 - ${BODY[0]}`, BODY[1]].join('\n')).dateline).toBeUndefined()
    expect(extractText([TITLE, ...BODY].join('\n')).dateline).toBeUndefined()
  })
})

describe('date lines with page meta', () => {
  it('removes a date line carrying a section and a view counter near the top, with the reason', () => {
    const meta = '17.03.2025, 09:40 | Politics | Views: 1,204'
    const result = extractText([TITLE, meta, ...BODY].join('\n'))
    expect(result.removed).toEqual([
      { text: meta, reason: 'date stamp with a section label and a view counter', rule: 'page-meta' },
    ])
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
  })

  it('reads other separators, counters and labels', () => {
    for (const meta of [
      'Tuesday, 4 March 2025 · Business & Finance',
      '4.3.2025 • 2,180 views',
      '04.03.2025 | 18:05',
    ]) {
      expect(removedBy(extractText([TITLE, meta, ...BODY].join('\n')), meta)).toBe('page-meta')
    }
  })

  it('needs a date and only meta beside it', () => {
    for (const line of ['Politics | Views: 1,204', '17.03.2025 | The council voted on the budget again']) {
      expect(removedBy(extractText([TITLE, line, ...BODY].join('\n')), line)).not.toBe('page-meta')
    }
  })
})

describe('standfirst', () => {
  const dek =
    'Critics say the plan raises taxes for most households while cutting library funding across the city'

  it('takes an unpunctuated long line under the headline as the standfirst', () => {
    const result = extractText([TITLE, dek, ...BODY].join('\n'))
    expect(result.blocks[0]).toEqual({ kind: 'standfirst', text: dek, rule: 'standfirst-unpunctuated' })
  })

  it('takes the line between the headline and a byline as the standfirst', () => {
    const result = extractText([TITLE, BODY[3], 'By Jane Doe', ...BODY.slice(0, 3)].join('\n'))
    expect(result.blocks[0]).toMatchObject({ kind: 'standfirst', rule: 'standfirst-before-byline' })
  })

  it('drops a standfirst repeated in the body and keeps the body copy in place', () => {
    const result = extractText([TITLE, BODY[2], BODY[0], BODY[1], BODY[2], BODY[3]].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    expect(result.removed).toEqual([
      {
        text: BODY[2],
        reason: 'standfirst repeated later in the body; the body copy is kept',
        rule: 'duplicate-paragraph',
      },
    ])
  })

  it('leaves an ordinary first paragraph alone', () => {
    expect(extractText([TITLE, ...BODY].join('\n')).blocks.every((block) => block.kind === 'paragraph')).toBe(
      true,
    )
  })
})

describe('captions', () => {
  const captions: [string, string][] = [
    [
      'Mayor Ana Lopes (R) greets residents at the town hall in Brenton on March 3, 2025.',
      'caption-position',
    ],
    ['From left, Ana Lopes, Joel Frey and Mark Hale at the town hall.', 'caption-position'],
    ['Council members pose for a photo after the vote.', 'caption-pose'],
    ['The new tram depot on the edge of the city. (Jane Doe/City Photos)', 'caption-credit'],
    ['Voters queue outside a polling station. TIDEWIRE/Jane Doe', 'caption-credit'],
    ['FILE PHOTO: The town hall in Brenton.', 'caption-prefix'],
    ['Protesters gather outside the town hall in Brenton on March 3, 2025.', 'caption-date-place'],
  ]
  for (const [line, rule] of captions) {
    it(`keeps "${line.slice(0, 40)}…" apart as a caption (${rule})`, () => {
      const result = around(line)
      const caption = result.blocks.find((block) => block.kind === 'caption')
      expect(caption?.rule).toBe(rule)
      // The whole line, or its description when a closing photo credit is set apart.
      expect(caption && line.startsWith(caption.text) && caption.text.length > line.length / 2).toBe(true)
    })
  }

  it('sets a closing photo credit apart from the description', () => {
    const description = 'Residents inspect a collapsed house in Brenton on March 3, 2025.'
    for (const credit of [
      'Picture: Supplied',
      '(Jane Doe/City Photos)',
      'TIDEWIRE/Jane Doe',
      '(Getty Images)',
    ]) {
      const result = around(`${description} ${credit}`)
      expect(result.blocks.find((block) => block.kind === 'caption')?.text, credit).toBe(description)
      expect(result.removed, credit).toEqual([
        { text: credit, reason: 'photo credit of a caption', rule: 'photo-credit' },
      ])
    }
  })

  const prose = [
    'The new rules pose a threat to small firms during the transition, critics said.',
    'The options are (a) raise taxes, (b) cut services or (c) borrow more, the report said.',
    'Criticism came from left-wing parties and from business groups alike.',
    'The treaty was signed in Rome on March 25, 1957.',
    'The deal looks on track to pass, officials said.',
  ]
  for (const line of prose) {
    it(`does not take "${line.slice(0, 40)}…" for a caption`, () => {
      expect(keptAs(around(line), line)).toBe('paragraph')
    })
  }
})

describe('headings, lists and quotes', () => {
  it('takes a short line between paragraphs as a heading', () => {
    expect(keptAs(around('What happens next'), 'What happens next')).toBe('heading')
  })

  it('does not take a short line with nothing after it, or ending in a colon, for a heading', () => {
    const result = extractText([TITLE, ...BODY, 'Ana Lopes is the mayor of Brenton'].join('\n'))
    expect(keptAs(result, 'Ana Lopes is the mayor of Brenton')).toBe('paragraph')
    expect(keptAs(around('The council listed three options:'), 'The council listed three options:')).toBe(
      'paragraph',
    )
  })

  it('reads bullets, numbered items and quoted lines', () => {
    const result = around(
      '• Roads: 12 million euros',
      '2. Schools: 9 million euros',
      '> We were not consulted.',
    )
    expect(result.blocks.slice(1, 4)).toEqual([
      { kind: 'list-item', text: 'Roads: 12 million euros', rule: 'list-bullet' },
      { kind: 'list-item', text: '2. Schools: 9 million euros', rule: 'list-numbered' },
      { kind: 'blockquote', text: 'We were not consulted.', rule: 'blockquote-marker' },
    ])
  })
})

describe('repeated paragraphs', () => {
  it('drops a later paragraph that repeats only the opening sentences of an earlier one', () => {
    const long = `${BODY[1]} ${BODY[2]}`
    const result = extractText([TITLE, BODY[0], long, BODY[3], BODY[1]].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual([BODY[0], long, BODY[3]])
    expect(result.removed).toEqual([expect.objectContaining({ text: BODY[1], rule: 'duplicate-paragraph' })])
    // A short line, or one cut mid-sentence, is not a repeat of an opening.
    const cut = (BODY[1] ?? '').slice(0, 40)
    expect(extractText([TITLE, BODY[0], long, BODY[3], cut].join('\n')).blocks.map((b) => b.text)).toContain(
      cut,
    )
  })

  it('keeps the first copy of a paragraph repeated in the body', () => {
    const result = extractText([TITLE, BODY[0], BODY[1], BODY[2], BODY[1], BODY[3]].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['duplicate-paragraph'])
  })

  it('keeps short repeated lines', () => {
    const result = extractText([TITLE, BODY[0], 'Reaction', BODY[1], 'Reaction', BODY[2]].join('\n'))
    expect(result.blocks.filter((block) => block.text === 'Reaction')).toHaveLength(2)
  })
})

describe('related-article teasers', () => {
  // A related-articles widget cuts each teaser (title and description run
  // together) to one character budget, mid-word.
  const teasers = [
    'Ten celebrities who swapped the spotlight for a quiet life on remote farms and what they d',
    'The best budget airlines of the year, ranked by punctuality.Travellers who want to save mo',
    'Scientists find a new species of deep-sea octopus near a remote volcanic island in the sou',
  ]

  it('removes a trailing run of cut-off, off-topic lines with their reasons', () => {
    const result = extractText([TITLE, ...BODY, ...teasers].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    expect(result.removed.map((entry) => entry.text)).toEqual(teasers)
    for (const entry of result.removed) {
      expect(entry.rule).toBe('teaser-truncated')
      expect(entry.reason).toMatch(/cut off mid-word/)
    }
    expect(result.removed[1]?.reason).toMatch(/title and description run together/)
  })

  it('removes an elided teaser only with a strong sign', () => {
    const elided = teasers.map((teaser) => `${teaser.slice(0, 75).trimEnd()}…`)
    // A run of previews elided after whole words may be the report's own list.
    expect(extractText([TITLE, ...BODY, elided[0], elided[2]].join('\n')).removed).toEqual([])
    // Glued title and description, then elided: a teaser.
    const result = extractText([TITLE, ...BODY, elided[1]].join('\n'))
    expect(result.removed.map((entry) => entry.rule)).toEqual(['teaser-truncated'])
    expect(result.removed[0]?.reason).toMatch(/ends in an ellipsis; title and description run together/)
  })

  it('keeps a lone last paragraph that ends in an ellipsis (a paywall preview ends so too)', () => {
    const last = 'Ten celebrities who swapped the spotlight for a quiet life on remote farms…'
    expect(extractText([TITLE, ...BODY, last].join('\n')).removed).toEqual([])
  })

  it('keeps a lone cut-off last line, even off-topic, without a second strong sign', () => {
    expect(extractText([TITLE, ...BODY, teasers[0]].join('\n')).removed).toEqual([])
  })

  it('removes a cut-off run inside the body only when it is also off-topic', () => {
    const result = extractText([TITLE, BODY[0], ...teasers, ...BODY.slice(1)].join('\n'))
    expect(result.removed.map((entry) => entry.text)).toEqual(teasers)
    // Cut off to the same length too, but in the report's own words.
    const onTopic = [`${BODY[0]} ${BODY[2]}`, `${BODY[2]} ${BODY[0]}`].map((line) =>
      line.slice(0, 118).trimEnd(),
    )
    const kept = extractText([TITLE, BODY[0], BODY[2], ...onTopic, BODY[3]].join('\n'))
    expect(kept.removed).toEqual([])
    expect(kept.blocks.map((block) => block.text)).toContain(onTopic[0])
  })

  it('keeps an on-topic last paragraph that lost its stop', () => {
    const last = 'The regional government is expected to approve the council budget next month'
    const result = extractText(
      [TITLE, ...BODY, `${last} after a review of the tax plan and the library cuts`].join('\n'),
    )
    expect(result.removed).toEqual([])
  })

  it('keeps an off-topic last paragraph that ends with a stop', () => {
    const last = 'Elsewhere, heavy snow closed mountain passes and delayed trains for a second day.'
    expect(extractText([TITLE, ...BODY, last].join('\n')).removed).toEqual([])
  })

  it('keeps a missing space after a stop inside the body ("said.The")', () => {
    const typo =
      'The mayor said the roads came first.The opposition disagreed, saying schools were in worse repair.'
    const result = around(typo)
    expect(keptAs(result, typo)).toBe('paragraph')
  })

  it('treats nothing as cut off in a document that never closes its paragraphs', () => {
    const unpunctuated = [...BODY, ...teasers].map((line) => line.replace(/[.]$/, ''))
    const result = extractText([TITLE, ...unpunctuated].join('\n'))
    expect(result.removed.filter((entry) => entry.rule.startsWith('teaser-')).length).toBeLessThan(
      teasers.length,
    )
    for (const line of BODY) expect(keptAs(result, line.replace(/[.]$/, ''))).toBe('paragraph')
  })

  // Title glued to a description cut at a word boundary, so no piece of a word shows.
  const glued = [
    'Harbour crane collapse injures two dock workersTwo men were taken to hospital after a crane fell across the quay on',
    'Wildfire season starts early in the southern hillsFirefighters have been put on alert as dry winds are forecast for the',
  ]

  it('removes glued lines without a closing stop at the end, as a run', () => {
    const result = extractText([TITLE, ...BODY, ...glued].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    expect(result.removed.map((entry) => entry.text)).toEqual(glued)
    expect(result.removed[1]?.rule).toBe('teaser-concatenated')
    expect(result.removed[1]?.reason).toMatch(/no closing stop .*run of glued, unclosed lines/)
  })

  it('removes a lone glued, unclosed last line when it is off-topic', () => {
    const result = extractText([TITLE, ...BODY, glued[1]].join('\n'))
    expect(result.removed.map((entry) => [entry.text, entry.rule])).toEqual([
      [glued[1], 'teaser-concatenated'],
    ])
    expect(result.removed[0]?.reason).toMatch(/off-topic/)
  })

  it('keeps a lone glued, unclosed last line in the report’s own words', () => {
    const last =
      'Mayor Ana Lopes said the council budget would pay for roads and schoolsThe opposition said the library cuts and local taxes were'
    const result = extractText([TITLE, ...BODY, last].join('\n'))
    expect(result.removed).toEqual([])
  })

  it('keeps glued, unclosed lines inside the body that are on-topic', () => {
    const onTopic =
      'The council said the budget for roads and schoolsOpposition members said local taxes would rise for most households and'
    const result = extractText([TITLE, BODY[0], onTopic, ...BODY.slice(1)].join('\n'))
    expect(keptAs(result, onTopic)).toBe('paragraph')
  })

  // The title ends in a capitalised word or a number, so the glue is "CapitalThe", "2026The".
  const gluedAfterCapital = [
    'Ferry timetable for the Easter holidays set by the Port AuthorityThe new timetable adds two sailings a day and cuts the crossing by up to',
    'Brenton marathon route moves to the riverside for 2026The organisers say the course is flatter and should draw more runners from the',
  ]

  it('removes glued lines whose title ends in a capitalised word or a number', () => {
    const result = extractText([TITLE, ...BODY, ...gluedAfterCapital].join('\n'))
    expect(result.blocks.map((block) => block.text)).toEqual(BODY)
    expect(result.removed.map((entry) => [entry.text, entry.rule])).toEqual(
      gluedAfterCapital.map((line) => [line, 'teaser-concatenated']),
    )
  })

  it('does not take a brand written in two capitalised parts for glue', () => {
    const brands =
      'Applicants found the vacancies on LinkedIn and the council’s own website, where most of them'
    const result = extractText([TITLE, ...BODY, brands].join('\n'))
    expect(keptAs(result, brands)).toBe('paragraph')
  })

  it('can be switched off', () => {
    const result = extractText([TITLE, ...BODY, ...teasers].join('\n'), {
      disable: ['teaser-truncated', 'teaser-concatenated'],
    })
    expect(result.blocks).toHaveLength(BODY.length + teasers.length)
  })
})

describe('line reading', () => {
  it('joins a hard-wrapped paragraph back into one block', () => {
    const wrapped = [
      TITLE,
      '',
      'The Brenton city council approved next year’s budget on Tuesday after a',
      'debate that lasted more than six hours, the longest sitting in a decade,',
      'with members from every party taking the floor at least once.',
      '',
      'Opposition members said the plan would raise local taxes for most',
      'households and cut the funding of public libraries across the city.',
    ].join('\n')
    const result = extractText(wrapped)
    expect(result.title).toBe(TITLE)
    expect(result.blocks.map((block) => block.text)).toEqual([
      'The Brenton city council approved next year’s budget on Tuesday after a debate that lasted more than six hours, the longest sitting in a decade, with members from every party taking the floor at least once.',
      'Opposition members said the plan would raise local taxes for most households and cut the funding of public libraries across the city.',
    ])
  })

  it('does not join a headline to the wrapped body right under it', () => {
    const wrapped = [
      'Brenton council approves budget after a long and bitter debate',
      'BRENTON (Tidewire) - The Brenton city council approved next year’s',
      'budget on Tuesday after a debate that lasted more than six hours, the',
      'longest sitting in a decade, with every party taking the floor.',
      '',
      'Opposition members said the plan would raise local taxes for most',
      'households and cut the funding of public libraries across the city.',
    ].join('\n')
    const result = extractText(wrapped)
    expect(result.title).toBe('Brenton council approves budget after a long and bitter debate')
    expect(result.dateline?.place).toBe('Brenton')
    expect(result.blocks).toHaveLength(2)
  })

  it('keeps one paragraph per line when lines are long', () => {
    expect(extractText(BODY.join('\n')).blocks).toHaveLength(BODY.length)
  })

  it('reads CRLF, blank lines and odd whitespace', () => {
    const result = extractText(`\uFEFF${TITLE}\r\n\r\n  ${BODY[0]}\t \r\n${BODY[1]}  `)
    expect(result.title).toBe(TITLE)
    expect(result.blocks.map((block) => block.text)).toEqual([BODY[0], BODY[1]])
  })

  it('returns nothing for an empty body', () => {
    expect(extractText('  \n\n ')).toEqual({ title: null, authors: [], blocks: [], removed: [] })
  })
})

describe('speed', () => {
  // Speed is measured by the benchmarks, never asserted here; these pages
  // check that pathological input still gives the right result.
  it('handles pathological pages: junk lines, list headers, comment headers by the thousand', () => {
    const pages = [
      (n: number) => Array.from({ length: n }, () => 'Advertisement'),
      (n: number) => Array.from({ length: n }, () => 'Related stories'),
      (n: number) => Array.from({ length: n }, (_, i) => `Comments (${i})`),
    ]
    for (const page of pages) {
      const result = extractText([TITLE, ...BODY, ...page(8_000)].join('\n'))
      expect(result.blocks.map((b) => b.text)).toEqual(BODY)
      expect(result.removed.length).toBeGreaterThan(0)
    }
    const huge = [TITLE, `${BODY[0]} `.repeat(8_000), BODY[1]].join('\n')
    expect(extractText(huge).blocks).toHaveLength(2)
  })

  it('reads a 400 KB document whole', () => {
    const paragraphs: string[] = []
    for (let i = 0; i < 4000; i++) paragraphs.push(`${BODY[i % BODY.length]} Item ${i}.`)
    const result = extractText([TITLE, ...paragraphs].join('\n'))
    expect(result.blocks).toHaveLength(paragraphs.length)
  })
})
