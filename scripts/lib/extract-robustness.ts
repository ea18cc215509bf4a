/**
 * Pathological pages for the HTML extractor, generated in memory: a 50 MB
 * page, a page nested 100,000 elements deep, and an article cut by 10,000
 * furniture sections. The extractor's tests check what it returns on them;
 * `bench:extract` measures what they cost (time and peak memory), so no test
 * asserts a time.
 */
import type { Extraction } from '../../src/model/extraction.js'

/** One generated page, with what a correct extraction of it looks like. */
export interface RobustnessPage {
  name: string
  /** What the page is, for the benchmark table. */
  description: string
  /** Build the page (deterministic). */
  make(): string
  /** `null` when the extraction is as expected, else what is wrong. */
  check(result: Extraction): string | null
}

/** Paragraphs of the small article the generated pages are built around. */
export const ROBUST_PARAGRAPHS = [
  'The regional council voted on Monday to fund a new lifeboat station at the northern end of the bay, after two rescues last winter took more than an hour to reach.',
  'The station will cost about 2.4 million pounds and will be staffed by volunteers, as the existing station in the harbour is, with two full-time mechanics.',
  'Fishermen and the coastguard had asked for a second station for years, saying the northern beaches were too far from the harbour for a fast response in bad weather.',
]

/** A page around `body`. */
export function robustPage(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
}

/** The small article, with `extra` after its headline. */
export function robustArticle(extra = ''): string {
  return `<article><h1>Council funds a second lifeboat station</h1>${extra}${ROBUST_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</article>`
}

/** Size of the large page. */
const LARGE_PAGE_BYTES = 50 * 1024 * 1024
/** Nesting depth of the deep page. */
const DEEP_PAGE_DEPTH = 100_000
/** Furniture sections in the sectioned page. */
const FURNITURE_SECTIONS = 10_000

/** A 50 MB article: long paragraphs with a 20-link menu every 50 of them. */
export function largePage(bytes = LARGE_PAGE_BYTES): string {
  const paragraph = `<p>${'The committee met on Tuesday to discuss the budget, and members argued about the figures. '.repeat(5)}</p>\n`
  const menu = `<ul class="menu">${'<li><a href="/section">Section link</a></li>'.repeat(20)}</ul>\n`
  const parts: string[] = [
    '<html><head><title>Budget</title></head><body><nav>',
    menu,
    '</nav><article><h1>Budget</h1>',
  ]
  let size = 0
  let index = 0
  while (size < bytes) {
    const piece = index++ % 50 === 0 ? menu : paragraph
    parts.push(piece)
    size += piece.length
  }
  parts.push('</article></body></html>')
  return parts.join('')
}

/** The small article inside `depth` nested `<div>`s. */
export function deepPage(depth = DEEP_PAGE_DEPTH): string {
  return robustPage(`${'<div>'.repeat(depth)}${robustArticle()}${'</div>'.repeat(depth)}`)
}

/** An article made of `sections` units of "Related articles" heading, paragraph, ad label, share prompt. */
export function sectionedPage(sections = FURNITURE_SECTIONS): string {
  const unit = `<h3>Related articles</h3><p>${ROBUST_PARAGRAPHS[0]}</p><p>Advertisement</p><p>Share this article</p>`
  return robustPage(`<article><h1>Many sections</h1>${unit.repeat(sections)}</article>`)
}

/** The pages `bench:extract` measures, with their checks. */
export const ROBUSTNESS_PAGES: RobustnessPage[] = [
  {
    name: 'large',
    description: 'a generated 50 MB article (long paragraphs, a 20-link menu every 50)',
    make: () => largePage(),
    check: (result) =>
      result.kind !== 'article'
        ? `not an article: ${result.notArticleReason ?? ''}`
        : result.paragraphs.length <= 1000
          ? `only ${result.paragraphs.length} paragraphs`
          : null,
  },
  {
    name: 'deep',
    description: 'an article nested 100,000 `<div>`s deep',
    make: () => deepPage(),
    check: (result) =>
      result.removed.some((entry) => entry.rule === 'truncated' && /maxDepth/.test(entry.reason))
        ? null
        : 'no maxDepth truncation recorded',
  },
  {
    name: 'sections',
    description: 'an article cut by 10,000 "Related articles" sections with ad and share lines',
    make: () => sectionedPage(),
    check: (result) =>
      result.text.includes('Advertisement')
        ? 'an advertisement label was kept'
        : result.paragraphs.length <= 1000
          ? `only ${result.paragraphs.length} paragraphs`
          : null,
  },
]
