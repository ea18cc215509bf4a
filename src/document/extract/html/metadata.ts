/**
 * Page metadata from `<head>` and schema.org: title candidates, site name,
 * language, canonical URL, description, JSON-LD article (with its
 * `articleBody`), raw author strings and raw date signals.
 */
import { MODIFIED_META, PUBLISHED_META, type RawDateSignal } from './dates.js'
import {
  articleNode,
  isArticleNode,
  isListingNode,
  type LdNode,
  ldString,
  readJsonLd,
  typesOf,
} from './json-ld.js'
import type { Page } from './walk.js'

/** What the head and JSON-LD say. */
export interface Metadata {
  /** Headline candidates, most trusted first (JSON-LD, OpenGraph, Twitter, `<title>` and its parts). */
  titles: string[]
  /** `<title>` as written (whitespace collapsed). */
  documentTitle: string | null
  siteName: string | null
  /** ISO 639-1, lowercase. */
  lang: string | null
  canonicalUrl: string | null
  description: string | null
  /** JSON-LD `articleBody`, when the page has one. */
  articleBody: string | null
  /** The JSON-LD says the page is an article. */
  ldArticle: boolean
  /** The JSON-LD says the page is a listing (collection, item list, search results). */
  ldListing: boolean
  /** `og:type`, lowercase. */
  ogType: string | null
  /** Author strings from JSON-LD persons. */
  ldAuthors: string[]
  /** Author strings from `<meta>`. */
  metaAuthors: string[]
  /** Names of the outlet and publisher organisations. */
  organisations: string[]
  dateSignals: RawDateSignal[]
}

/** Read the metadata of `page`. `url` is the page's address when known. */
export function readMetadata(page: Page, url: string | null): Metadata {
  const meta = new Map<string, string>()
  const metaAll: { key: string; content: string }[] = []
  for (const { key, content } of page.metas) {
    const value = content.trim()
    if (value === '') continue
    if (!meta.has(key)) meta.set(key, value)
    metaAll.push({ key, content: value })
  }
  const nodes = readJsonLd(page.jsonLd)
  const article = articleNode(nodes)
  const documentTitle = page.title === null ? null : collapse(page.title)

  const titles: string[] = []
  const addTitle = (value: string | null | undefined): void => {
    if (value === null || value === undefined) return
    const text = collapse(value)
    if (text !== '' && !titles.includes(text)) titles.push(text)
  }
  addTitle(ldString(article, 'headline'))
  addTitle(meta.get('og:title'))
  addTitle(meta.get('twitter:title'))
  addTitle(meta.get('sailthru.title'))
  addTitle(meta.get('parsely-title'))
  addTitle(documentTitle)
  if (documentTitle !== null) {
    // "Headline | Site", "Site - Headline": each side of a separator is a candidate.
    for (const part of documentTitle.split(/\s+[|\-–—:·»]\s+/))
      if (part.split(' ').length >= 3) addTitle(part)
  }

  const organisations: string[] = []
  const addOrganisation = (value: string | null | undefined): void => {
    if (value !== null && value !== undefined && value.trim() !== '') organisations.push(collapse(value))
  }
  addOrganisation(meta.get('og:site_name'))
  addOrganisation(meta.get('application-name'))
  addOrganisation(meta.get('twitter:site')?.replace(/^@/, ''))
  for (const node of nodes) {
    const types = typesOf(node)
    if (types.some((type) => /Organization|WebSite|NewsMediaOrganization|Corporation/.test(type))) {
      addOrganisation(ldString(node, 'name'))
    }
  }
  const publisher = article?.publisher
  if (publisher !== null && typeof publisher === 'object')
    addOrganisation(ldString(publisher as LdNode, 'name'))
  const host = hostOf(url)
  if (host !== null) addOrganisation(host)

  const ldAuthors: string[] = []
  for (const key of ['author', 'creator']) {
    const value = article?.[key]
    for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (typeof entry === 'string') ldAuthors.push(decodeEntities(entry))
      else if (entry !== null && typeof entry === 'object') {
        const node = entry as LdNode
        const types = typesOf(node)
        const name = ldString(node, 'name')
        if (name === null) continue
        if (types.some((type) => /Organization|Corporation|NewsMedia/.test(type))) addOrganisation(name)
        else ldAuthors.push(decodeEntities(name))
      }
    }
    if (ldAuthors.length > 0) break
  }

  const metaAuthors: string[] = []
  for (const { key, content } of metaAll) {
    if (
      key === 'author' ||
      key === 'article:author' ||
      key === 'parsely-author' ||
      key === 'sailthru.author' ||
      key === 'dc.creator' ||
      key === 'dcterms.creator' ||
      key === 'byl' ||
      key === 'citation_author' ||
      key === 'cxenseparse:author'
    ) {
      if (/^https?:|^www\.|\.com\b/i.test(content)) continue
      metaAuthors.push(decodeEntities(content))
    }
  }

  const dateSignals: RawDateSignal[] = []
  const ldDate = (key: string, kind: 'published' | 'modified', confidence: number): void => {
    for (const node of article === null
      ? nodes.filter(isDated)
      : [article, ...nodes.filter((node) => node !== article && isDated(node))]) {
      const value = ldString(node, key)
      if (value !== null) {
        dateSignals.push({
          signal: `json-ld:${key}`,
          raw: value,
          kind,
          confidence: node === article ? confidence : confidence - 0.15,
        })
        return
      }
    }
  }
  ldDate('datePublished', 'published', 0.95)
  ldDate('dateCreated', 'published', 0.8)
  ldDate('uploadDate', 'published', 0.75)
  ldDate('dateModified', 'modified', 0.95)
  for (const { key, content } of metaAll) {
    const published = PUBLISHED_META[key]
    if (published !== undefined)
      dateSignals.push({ signal: `meta:${key}`, raw: content, kind: 'published', confidence: published })
    const modified = MODIFIED_META[key]
    if (modified !== undefined)
      dateSignals.push({ signal: `meta:${key}`, raw: content, kind: 'modified', confidence: modified })
  }

  let canonicalUrl: string | null = null
  for (const link of page.links) {
    if (link.rel.split(/\s+/).includes('canonical')) {
      canonicalUrl = absolute(link.href, url)
      break
    }
  }
  canonicalUrl ??= meta.has('og:url') ? absolute(meta.get('og:url')!, url) : url

  const body = ldString(article, 'articleBody')
  return {
    titles,
    documentTitle,
    siteName:
      collapseOrNull(
        meta.get('og:site_name') ?? ldPublisherName(article) ?? meta.get('application-name') ?? null,
      ) ?? host,
    lang: language(
      page.htmlLang ??
        meta.get('og:locale') ??
        meta.get('content-language') ??
        meta.get('language') ??
        ldString(article, 'inLanguage'),
    ),
    canonicalUrl,
    description: collapseOrNull(
      meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? null,
    ),
    articleBody: body,
    ldArticle: article !== null || nodes.some(isArticleNode),
    ldListing: nodes.some(isListingNode),
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    ldAuthors,
    metaAuthors,
    organisations,
    dateSignals,
  }
}

function isDated(node: LdNode): boolean {
  return typeof node.datePublished === 'string' || typeof node.dateModified === 'string'
}

function ldPublisherName(article: LdNode | null): string | null {
  const publisher = article?.publisher
  if (publisher === null || typeof publisher !== 'object') return null
  return ldString(publisher as LdNode, 'name')
}

/** ISO 639-1 code from `en-US`, `pt_BR`, `de`; `null` otherwise. */
function language(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const match = /^([a-z]{2})(?:[-_]|$)/i.exec(value.trim())
  return match === null ? null : match[1]!.toLowerCase()
}

function hostOf(url: string | null): string | null {
  if (url === null) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}

function absolute(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href
  } catch {
    return href
  }
}

/** Entities left in metadata values (often encoded twice by the page's CMS). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
}

/** Decode the character references a metadata value still carries (`&#8217;`, `&amp;`). */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (whole, decimal, hex, name) => {
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : -1
    if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? whole
  })
}

function collapse(text: string): string {
  return decodeEntities(text).replace(/\s+/g, ' ').trim()
}

function collapseOrNull(text: string | null): string | null {
  if (text === null) return null
  const value = collapse(text)
  return value === '' ? null : value
}
