/**
 * Behaviour of `extractHtml` on the pages we wrote (`fixtures/`) and on pages
 * generated here: dates, authors, the not-an-article verdict, furniture
 * removal, robustness and bounds.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  deepPage,
  largePage,
  ROBUST_PARAGRAPHS,
  robustArticle,
  robustPage,
  sectionedPage,
} from '../../../../scripts/lib/extract-robustness.js'
import { ParallaxError } from '../../../model/errors.js'
import type { Extraction } from '../../../model/extraction.js'
import { type ExtractHtmlOptions, extractHtml } from './index.js'

const NOW = '2024-06-01T00:00:00Z'

function fixture(slug: string, options: ExtractHtmlOptions = {}): Extraction {
  const html = readFileSync(new URL(`./fixtures/${slug}/source.html`, import.meta.url), 'utf8')
  return extractHtml(html, { now: NOW, ...options })
}

const page = robustPage
const PARAGRAPHS = ROBUST_PARAGRAPHS
const article = robustArticle

describe('dates', () => {
  test('JSON-LD wins over meta and <time>; published and modified stay apart; the offset is kept', () => {
    const result = fixture('dates-json-ld')
    expect(result.published).toEqual({
      value: '2023-03-14T09:30:00+01:00',
      signal: 'json-ld:datePublished',
      confidence: expect.any(Number),
    })
    expect(result.modified?.value).toBe('2023-03-15T18:05:00+01:00')
    const chosen = result.dateSignals.filter((signal) => signal.chosen).map((signal) => signal.signal)
    expect(chosen).toEqual(['json-ld:datePublished', 'json-ld:dateModified'])
    // The losing signals are still recorded with what they said.
    expect(result.dateSignals.map((signal) => signal.signal)).toContain('meta:article:published_time')
    expect(result.dateSignals.map((signal) => signal.signal)).toContain('time[datetime]')
  })

  test('meta tags give both dates when there is no JSON-LD', () => {
    const result = fixture('dates-meta-only')
    expect(result.published?.value).toBe('2022-11-02T07:45:00-05:00')
    expect(result.published?.signal).toBe('meta:article:published_time')
    expect(result.modified?.value).toBe('2022-11-02T16:20:00-05:00')
  })

  test('a <time datetime> in the byline dates the article', () => {
    expect(fixture('dates-time-element').published?.value).toBe('2021-06-20T19:10:00+02:00')
  })

  test('the URL path dates an article with nothing else, as a day, with lower confidence', () => {
    const result = fixture('dates-url-only', {
      url: 'https://island-news.example/2021/10/04/ferry-winter-timetable',
    })
    expect(result.published).toEqual({ value: '2021-10-04', signal: 'url', confidence: 0.6 })
  })

  test('a dateline in the text gives published and modified with their zones', () => {
    const result = fixture('dates-text-only')
    expect(result.published?.value).toBe('2021-03-04T09:15:00-05:00')
    expect(result.modified?.value).toBe('2021-03-04T14:40:00-05:00')
    expect(result.published?.signal).toBe('text')
  })

  test('a page without any date is explicitly undated, never dated "now"', () => {
    const result = fixture('undated')
    expect(result.published).toBeNull()
    expect(result.modified).toBeNull()
    expect(result.dateSignals).toEqual([])
  })

  test('future dates and dates before 1990 are rejected with the reason; a valid signal wins', () => {
    const result = fixture('dates-rejected')
    const bySignal = Object.fromEntries(result.dateSignals.map((signal) => [signal.signal, signal]))
    expect(bySignal['json-ld:datePublished']?.rejected).toBe('in the future')
    expect(bySignal['json-ld:datePublished']?.value).toBeNull()
    expect(bySignal['meta:article:published_time']?.rejected).toBe('before 1990')
    expect(result.published?.value).toBe('2024-05-02T08:00:00+01:00')
  })

  test('"future" is relative to the `now` option', () => {
    const html = page(
      article(),
      '<meta property="article:published_time" content="2024-05-20T10:00:00Z"><meta property="og:type" content="article">',
    )
    expect(extractHtml(html, { now: '2024-06-01T00:00:00Z' }).published?.value).toBe('2024-05-20T10:00:00Z')
    const early = extractHtml(html, { now: '2024-05-01T00:00:00Z' })
    expect(early.published).toBeNull()
    expect(early.dateSignals[0]?.rejected).toBe('in the future')
  })
})

describe('authors', () => {
  test('several authors from JSON-LD, the organisation left out', () => {
    expect(fixture('authors-several').authors).toEqual(['Priya Raman', 'Owen McAllister'])
  })

  test('sidebar names are not authors', () => {
    const authors = fixture('authors-several').authors
    expect(authors).not.toContain('Harriet Vance')
    expect(authors).not.toContain('Samuel Okafor')
    const byline = fixture('authors-byline').authors
    expect(byline).not.toContain('Peter Quill')
    expect(byline).not.toContain('Gamora Zen')
  })

  test('"By Abby Goodnough" keeps the whole name', () => {
    expect(fixture('authors-byline').authors).toEqual(['Abby Goodnough'])
  })

  test('"X For Daily Mirror Australia" is cleaned to the person', () => {
    expect(fixture('authors-for-outlet').authors).toEqual(['Levi Parsons'])
  })

  test('the outlet is never an author', () => {
    expect(fixture('authors-organisation').authors).toEqual([])
  })

  test('the byline line is removed from the text with its reason', () => {
    const result = fixture('authors-several')
    expect(result.text).not.toContain('By Priya Raman')
    expect(result.removed).toContainEqual(expect.objectContaining({ rule: 'byline' }))
  })
})

describe('not an article', () => {
  test.each([
    ['not-article-home', 'https://easthaven-gazette.example/', /^home page/],
    ['not-article-tag', 'https://coastal-ledger.example/topics/harbour', /^index page/],
    ['not-article-script', undefined, /^script-only page/],
  ])('%s', (slug, url, reason) => {
    const result = fixture(slug, url === undefined ? {} : { url })
    expect(result.kind).toBe('not-article')
    expect(result.notArticleReason).toMatch(reason)
    expect(result.text).toBe('')
    expect(result.paragraphs).toEqual([])
  })

  test('a short article that says it is one stays an article', () => {
    const html = page(
      `<article><h1>Short</h1><p>${PARAGRAPHS[0]}</p></article>${'<a href="/x">Link</a> '.repeat(40)}`,
      '<meta property="og:type" content="article">',
    )
    expect(extractHtml(html, { now: NOW }).kind).toBe('article')
  })
})

describe('furniture removal', () => {
  const result = fixture('junk-removal')

  test.each([
    ['navigation', 'Politics', 'header'],
    ['cookie banner', 'We use cookies', 'cookie-banner'],
    ['share prompt', 'Share this article', 'share'],
    ['advertisement label', 'Advertisement', 'ads'],
    ['read-more link', 'Read more: Council doubles', 'read-more'],
    ['newsletter prompt', 'Sign up for our free daily newsletter', 'newsletter'],
    ['related teasers', 'Old brewery site sold', 'related'],
    ['comments', 'Who is going to pay for the maintenance', 'comments'],
    ['sidebar', 'Tram strike on Friday', 'aside'],
    ['footer', 'All rights reserved', 'footer'],
  ])('%s is out of the text and recorded with its rule', (_name, snippet, rule) => {
    expect(result.text).not.toContain(snippet)
    const entry = result.removed.find((removed) => removed.text.includes(snippet))
    expect(entry?.rule).toBe(rule)
    expect(entry?.reason).not.toBe('')
  })

  test('every article paragraph is kept, in order, separated by blank lines', () => {
    expect(result.paragraphs).toHaveLength(5)
    expect(result.text.split('\n\n')).toEqual(result.paragraphs)
    expect(result.text.startsWith('The city council has approved')).toBe(true)
  })

  test('captions are kept apart as caption blocks, not in the text; the photo credit is removed', () => {
    expect(result.captions).toEqual(['The old freight line near Hafen station has been closed since 2009.'])
    expect(result.text).not.toContain('Hafen station has been closed')
    expect(result.blocks.filter((block) => block.kind === 'caption').map((block) => block.text)).toEqual(
      result.captions,
    )
    expect(result.removed).toContainEqual(
      expect.objectContaining({ text: 'Photo: Jonas Weber', rule: 'credit' }),
    )
  })

  test('the headline is not in the text', () => {
    expect(result.title).toBe('City to turn disused rail line into a 9-kilometre park')
    expect(result.text).not.toContain('9-kilometre park')
  })

  test('a section heading that repeats only the last words of the headline is kept as a heading', () => {
    const [first, second, third] = PARAGRAPHS
    const html = page(
      `<article><h1>Storm closes the bay road: ferries cancelled, lifeboat station funded</h1><p>${first}</p><h2>Lifeboat station funded</h2><p>${second}</p><p>${third}</p></article>`,
    )
    const result = extractHtml(html, { now: NOW })
    expect(result.headings).toEqual(['Lifeboat station funded'])
    // The headline itself, repeated as a heading in the body, still goes.
    const repeated = extractHtml(
      page(`${article()}<h2>Council funds a second lifeboat station</h2><p>${first} Again.</p>`),
      { now: NOW },
    )
    expect(repeated.headings).toEqual([])
  })

  test('in-article headings, list items and quotes are kept; a trailing teaser list is not', () => {
    const structure = fixture('structure-lists-quotes')
    expect(structure.headings).toEqual(['What goes where', 'Why the council is changing the rules'])
    expect(structure.text).toContain('Glass bottles and jars go in the green box')
    expect(structure.text).toContain('Separating glass at the kerb')
    expect(structure.blocks.map((block) => block.kind)).toContain('list-item')
    expect(structure.blocks.map((block) => block.kind)).toContain('blockquote')
    expect(structure.text).not.toContain('Parking permits go digital')
    expect(structure.text).not.toContain('More from the Borough Bulletin')
  })

  test('a call for news tips inside the article body is dropped; the paragraphs around it stay', () => {
    const tips = 'Got a story from the bay? WhatsApp the Harbour Gazette on 0800 555 0199.'
    const result = extractHtml(
      page(
        `<article><h1>Council funds a second lifeboat station</h1><p>${PARAGRAPHS[0]}</p><p><em>${tips}</em></p>${PARAGRAPHS.slice(
          1,
        )
          .map((text) => `<p>${text}</p>`)
          .join('')}</article>`,
      ),
      { now: NOW },
    )
    expect(result.paragraphs).toEqual(PARAGRAPHS)
    expect(result.removed).toContainEqual(expect.objectContaining({ text: tips, rule: 'tips-prompt' }))
  })

  test('boilerplate in other languages', () => {
    const portuguese = fixture('multilingual-boilerplate')
    for (const line of ['Leia também', 'Publicidade', 'Compartilhe', 'Veja também', 'Por Beatriz Moura']) {
      expect(portuguese.text).not.toContain(line)
    }
    expect(portuguese.lang).toBe('pt')
    expect(portuguese.paragraphs).toHaveLength(3)
  })
})

describe('captions', () => {
  const captionBlocks = (result: Extraction): string[] =>
    result.blocks.filter((block) => block.kind === 'caption').map((block) => block.text)

  test('the lead figure between the headline and the body is kept, first, out of the text', () => {
    const result = fixture('caption-lead-figure')
    const caption =
      'The ferry Svala leaves the Ostvik pier on its first crossing since December, on Monday morning.'
    expect(result.captions).toEqual([caption])
    expect(result.blocks[0]).toEqual({ kind: 'caption', text: caption })
    expect(result.text).not.toContain('Ostvik pier')
    // The teaser strip above the headline, in the same <main>, is not the article's.
    expect(captionBlocks(result).join(' ')).not.toContain('Harbour market')
  })

  test('a figure in the <header> of the <article> is kept, its credit element split off', () => {
    const result = fixture('caption-in-header')
    expect(captionBlocks(result)).toEqual([
      'Chief Pilot Helena Moraes boards a container ship in the outer harbour on February 14, 2024.',
    ])
    expect(result.blocks[0]?.kind).toBe('caption')
    expect(result.removed).toContainEqual(
      expect.objectContaining({ text: 'Ana Ribeiro/Quayside Times', rule: 'credit' }),
    )
    expect(result.paragraphs[0]).toMatch(/^The port authority has appointed/)
  })

  test('captions of related thumbnails are not kept; the lead caption beside them is', () => {
    const result = fixture('caption-related-thumbnails')
    expect(result.captions).toEqual([
      'Sprinklers coat apple blossom in ice to shield it from the frost near Oberau on Monday night.',
    ])
    for (const teaser of [
      'Early bloom puts orchards at risk',
      'Cider makers expect a short season',
      'Weather service issues frost warning',
      'Few growers insured against spring frost',
      'Visit the spring garden fair',
    ]) {
      expect(
        result.removed.some((entry) => entry.text.includes(teaser)),
        teaser,
      ).toBe(true)
      expect(result.text).not.toContain(teaser)
    }
  })

  test('captions inside the body stay in reading order between the paragraphs', () => {
    const result = fixture('caption-credit-forms')
    const kinds = result.blocks.map((block) => block.kind)
    expect(kinds.slice(0, 4)).toEqual(['paragraph', 'caption', 'paragraph', 'caption'])
    expect(captionBlocks(result)).toEqual(result.captions)
    expect(result.text.split('\n\n')).toEqual(result.paragraphs)
  })

  test.each([
    [
      'Protesters march in Lisbon on Monday. REUTERS/Paulo Mendes',
      'Protesters march in Lisbon on Monday.',
      'REUTERS/Paulo Mendes',
    ],
    [
      'Protesters march in Lisbon on Monday (AFP/Getty Images)',
      'Protesters march in Lisbon on Monday',
      '(AFP/Getty Images)',
    ],
    [
      'Protesters march in Lisbon. Photo: Ana Costa | The Herald',
      'Protesters march in Lisbon.',
      'Photo: Ana Costa | The Herald',
    ],
    [
      'Protesters march in Lisbon | Photo Credit: Ana Costa',
      'Protesters march in Lisbon',
      'Photo Credit: Ana Costa',
    ],
    ['Protesters march in Lisbon. Photo by Ana Costa', 'Protesters march in Lisbon.', 'Photo by Ana Costa'],
    ['Protesters march in Lisbon. Picture: supplied', 'Protesters march in Lisbon.', 'Picture: supplied'],
    ['Protesters march in Lisbon. © Ana Costa', 'Protesters march in Lisbon.', '© Ana Costa'],
    [
      'Protesters march in Lisbon. AFP via Getty Images',
      'Protesters march in Lisbon.',
      'AFP via Getty Images',
    ],
    ['Minister Ana Costa (L) and her deputy leave the meeting in Lisbon', null, null],
    ['Photo: firefighters at the scene of the blaze in Lisbon', null, null],
    ['The minister, who spoke to Reuters, leaves the meeting.', null, null],
    ['The delegations meet in Lisbon. Talks resume on Friday', null, null],
  ])('caption %j: credit split off', (printed, caption, credit) => {
    const html = page(
      `<article><h1>Council funds a second lifeboat station</h1><figure><img src="a.jpg"><figcaption>${printed}</figcaption></figure><div class="body">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div></article>`,
    )
    const result = extractHtml(html, { now: NOW })
    expect(result.captions).toEqual([caption ?? printed])
    const credits = result.removed.filter((entry) => entry.rule === 'credit').map((entry) => entry.text)
    expect(credits).toEqual(credit === null ? [] : [credit])
    expect(result.paragraphs).toEqual(PARAGRAPHS)
  })

  test('a caption made only of a credit is removed, not kept', () => {
    const html = page(
      `<article><h1>Council funds a second lifeboat station</h1><figure><img src="a.jpg"><figcaption>Getty Images</figcaption></figure><div class="body">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div></article>`,
    )
    const result = extractHtml(html, { now: NOW })
    expect(result.captions).toEqual([])
    expect(result.removed).toContainEqual(expect.objectContaining({ text: 'Getty Images', rule: 'credit' }))
  })

  test('maxLeadCaptions bounds the captions taken from the header; leadCaptionReach the blocks searched', () => {
    const figures = ['First picture of the harbour.', 'Second picture of the harbour.']
      .map((text) => `<figure><img src="a.jpg"><figcaption>${text}</figcaption></figure>`)
      .join('')
    const html = page(
      `<article><h1>Council funds a second lifeboat station</h1>${figures}<div class="body">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div></article>`,
    )
    expect(extractHtml(html, { now: NOW }).captions).toHaveLength(2)
    expect(extractHtml(html, { now: NOW, maxLeadCaptions: 1 }).captions).toEqual([
      'First picture of the harbour.',
    ])
    expect(extractHtml(html, { now: NOW, leadCaptionReach: 1 }).captions).toEqual([
      'Second picture of the harbour.',
    ])
  })

  test('without an <article> or <main>, only a caption after the headline is the lead caption', () => {
    const body = `<div class="body">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</div>`
    const figure =
      '<figure><img src="a.jpg"><figcaption>Volunteers launch the lifeboat on Sunday.</figcaption></figure>'
    const after = extractHtml(page(`<h1>Council funds a second lifeboat station</h1>${figure}${body}`), {
      now: NOW,
    })
    expect(after.captions).toEqual(['Volunteers launch the lifeboat on Sunday.'])
    const before = extractHtml(page(`${figure}<h1>Council funds a second lifeboat station</h1>${body}`), {
      now: NOW,
    })
    expect(before.captions).toEqual([])
  })
})

describe('robustness', () => {
  test('malformed and truncated HTML still gives its paragraphs', () => {
    const result = fixture('malformed-truncated')
    expect(result.kind).toBe('article')
    expect(result.paragraphs).toHaveLength(5)
    expect(result.title).toBe('Flooded school reopens after summer of repairs')
  })

  test('AMP markup and <noscript> fallbacks', () => {
    const result = fixture('amp-noscript')
    expect(result.paragraphs).toHaveLength(3)
    expect(result.canonicalUrl).toBe('https://farm-weekly.example/news/apple-harvest')
    expect(result.text).not.toContain('amp-boilerplate')
  })

  test('an article served only inside <noscript> is read; a <noscript> notice elsewhere is not', () => {
    const html = page(
      `<div id="app">Loading…</div><noscript>${article()}</noscript><noscript>Please enable JavaScript.</noscript><script>boot()</script>`,
    )
    const result = extractHtml(html, { now: NOW })
    expect(result.paragraphs).toEqual(PARAGRAPHS)
    expect(result.text).not.toContain('enable JavaScript')
  })

  test('an old table layout with <br><br> paragraphs', () => {
    const html = page(
      `<table><tr><td class="nav"><a href="/">Home</a><br><a href="/n">News</a></td><td><font size=2><b>Lifeboat station approved</b><br><br>${PARAGRAPHS.join('<br>\n<br>\n')}<br><br><i>Copyright 2003 Bay News</i></font></td></tr></table>`,
      '<title>Lifeboat station approved</title>',
    )
    const result = extractHtml(html, { now: NOW })
    expect(result.paragraphs).toEqual(PARAGRAPHS)
    expect(result.removed.map((entry) => entry.rule)).toEqual(
      expect.arrayContaining(['headline', 'copyright']),
    )
  })

  test('a page nested 1,500 deep is read', () => {
    const depth = 1500
    const html = page(`${'<div>'.repeat(depth)}${article()}${'</div>'.repeat(depth)}`)
    expect(extractHtml(html, { now: NOW }).paragraphs).toEqual(PARAGRAPHS)
  })

  // The generated pages below are the ones bench:extract times and measures
  // (scripts/lib/extract-robustness.ts); tests never assert a time, and the
  // test timeout only guards against a hang.
  test('a page nested 100,000 deep gives a result and says where it stopped', () => {
    const result = extractHtml(deepPage(), { now: NOW })
    expect(result.removed.some((entry) => entry.rule === 'truncated' && /maxDepth/.test(entry.reason))).toBe(
      true,
    )
  })

  test('maxElements cuts a page short and records it', () => {
    const html = page(`${article()}${'<div><span>x</span></div>'.repeat(5000)}`)
    const result = extractHtml(html, { now: NOW, maxElements: 1000 })
    expect(result.paragraphs).toEqual(PARAGRAPHS)
    expect(result.removed[0]?.rule).toBe('truncated')
    expect(result.removed[0]?.reason).toMatch(/maxElements/)
  })

  test('thousands of furniture lines and section headings are all handled', () => {
    const result = extractHtml(sectionedPage(), { now: NOW })
    expect(result.text).not.toContain('Advertisement')
    expect(result.paragraphs.length).toBeGreaterThan(1000)
  })

  test('a page over maxBytes is refused with E_INPUT', () => {
    const html = page(article())
    let error: unknown
    try {
      extractHtml(html, { maxBytes: 100 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ParallaxError)
    expect((error as ParallaxError).code).toBe('E_INPUT')
    expect((error as ParallaxError).message).toMatch(/over the 100 B limit/)
  })

  test('empty and text-only input give a result, not an exception', () => {
    expect(extractHtml('', { now: NOW }).kind).toBe('not-article')
    expect(extractHtml('just some words', { now: NOW }).kind).toBe('not-article')
    expect(extractHtml(PARAGRAPHS.join('\n\n'), { now: NOW }).text).toContain('lifeboat station')
  })

  test('a bad option is a TypeError naming it', () => {
    expect(() => extractHtml('', { charThreshold: -1 })).toThrow(/charThreshold/)
    expect(() => extractHtml('', { now: 'not a date' })).toThrow(/now/)
  })

  test('a generated 50 MB page is handled within bounded memory', () => {
    const html = largePage()
    const before = process.memoryUsage().rss
    const result = extractHtml(html, { now: NOW })
    const grownMb = (process.memoryUsage().rss - before) / 2 ** 20
    expect(result.kind).toBe('article')
    expect(result.paragraphs.length).toBeGreaterThan(1000)
    expect(grownMb).toBeLessThan(2048)
  })
})

describe('standfirst', () => {
  test('a summary in its own element under the headline is the standfirst, out of the text', () => {
    const result = fixture('standfirst-separate')
    expect(result.standfirst).toBe(
      'Sleeper services will run three nights a week from March, the first since 2003.',
    )
    expect(result.text).not.toContain('Sleeper services will run')
    expect(result.paragraphs).toHaveLength(3)
  })

  test('a first paragraph that the description quotes stays in the text', () => {
    const result = fixture('standfirst-first-paragraph')
    expect(result.standfirst).toBeNull()
    expect(result.paragraphs[0]).toMatch(/^Beekeepers in the valley say/)
  })
})
