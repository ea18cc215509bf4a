/**
 * Behaviour of `extractHtml` on the pages we wrote (`fixtures/`) and on pages
 * generated here: dates, authors, the not-an-article verdict, furniture
 * removal, robustness and bounds.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ParallaxError } from '../../../model/errors.js'
import type { Extraction } from '../../../model/extraction.js'
import { type ExtractHtmlOptions, extractHtml } from './index.js'

const NOW = '2024-06-01T00:00:00Z'

function fixture(slug: string, options: ExtractHtmlOptions = {}): Extraction {
  const html = readFileSync(new URL(`./fixtures/${slug}/source.html`, import.meta.url), 'utf8')
  return extractHtml(html, { now: NOW, ...options })
}

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
}

const PARAGRAPHS = [
  'The regional council voted on Monday to fund a new lifeboat station at the northern end of the bay, after two rescues last winter took more than an hour to reach.',
  'The station will cost about 2.4 million pounds and will be staffed by volunteers, as the existing station in the harbour is, with two full-time mechanics.',
  'Fishermen and the coastguard had asked for a second station for years, saying the northern beaches were too far from the harbour for a fast response in bad weather.',
]

function article(extra = ''): string {
  return `<article><h1>Council funds a second lifeboat station</h1>${extra}${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</article>`
}

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

  test('captions are kept apart, not in the text', () => {
    expect(result.captions).toEqual([
      'The old freight line near Hafen station has been closed since 2009. Photo: Jonas Weber',
    ])
    expect(result.text).not.toContain('Hafen station has been closed')
    expect(result.blocks.some((block) => block.kind === 'caption')).toBe(false)
  })

  test('the headline is not in the text', () => {
    expect(result.title).toBe('City to turn disused rail line into a 9-kilometre park')
    expect(result.text).not.toContain('9-kilometre park')
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

  test('boilerplate in other languages', () => {
    const portuguese = fixture('multilingual-boilerplate')
    for (const line of ['Leia também', 'Publicidade', 'Compartilhe', 'Veja também', 'Por Beatriz Moura']) {
      expect(portuguese.text).not.toContain(line)
    }
    expect(portuguese.lang).toBe('pt')
    expect(portuguese.paragraphs).toHaveLength(3)
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

  // Time is measured by bench:extract, never asserted in tests; the test
  // timeout only guards against a hang.
  test('a page nested 100,000 deep gives a result and says where it stopped', () => {
    const depth = 100_000
    const html = page(`${'<div>'.repeat(depth)}${article()}${'</div>'.repeat(depth)}`)
    const result = extractHtml(html, { now: NOW })
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
    const unit = `<h3>Related articles</h3><p>${PARAGRAPHS[0]}</p><p>Advertisement</p><p>Share this article</p>`
    const html = page(`<article><h1>Many sections</h1>${unit.repeat(10_000)}</article>`)
    const result = extractHtml(html, { now: NOW })
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
    const paragraph = `<p>${'The committee met on Tuesday to discuss the budget, and members argued about the figures. '.repeat(5)}</p>\n`
    const menu = `<ul class="menu">${'<li><a href="/section">Section link</a></li>'.repeat(20)}</ul>\n`
    const parts: string[] = [
      '<html><head><title>Budget</title></head><body><nav>',
      menu,
      '</nav><article><h1>Budget</h1>',
    ]
    let size = 0
    let index = 0
    while (size < 50 * 1024 * 1024) {
      const piece = index++ % 50 === 0 ? menu : paragraph
      parts.push(piece)
      size += piece.length
    }
    parts.push('</article></body></html>')
    const html = parts.join('')
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
