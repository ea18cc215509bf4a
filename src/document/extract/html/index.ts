/**
 * HTML main-content extraction: one page in, the article's text and metadata
 * out, with everything dropped recorded with a reason. Pure and synchronous.
 *
 * The stages, each in its own module:
 * parse (bounded) → walk (one pass: blocks, boxes, metadata elements) →
 * metadata (head, JSON-LD) → score (find the container) → clean (drop
 * furniture inside it) → authors, dates → is-article (the page verdict).
 */
import type { Extraction } from '../../../model/extraction.js'
import { cleanAuthors } from './authors.js'
import { cleanBlocks, type Kept } from './clean.js'
import { chooseDates, type RawDateSignal, urlSignal } from './dates.js'
import { notArticleReason } from './is-article.js'
import { readMetadata } from './metadata.js'
import { type ExtractHtmlOptions, type ResolvedOptions, resolveOptions } from './options.js'
import { parseHtml } from './parse.js'
import { type Selection, select } from './score.js'
import { articleBodyBonus } from './structured-body.js'
import { type Marked, type Page, textOf, walk } from './walk.js'

export type { ExtractHtmlOptions } from './options.js'

/**
 * Extract the article of one HTML page.
 *
 * @param html The page, already decoded to a string.
 * @param options Thresholds and context (optional); see {@link ExtractHtmlOptions}.
 * @returns The extraction; `kind: 'not-article'` with a reason and empty text
 *   for home pages, index pages and script-only pages.
 * @throws `ParallaxError('E_INPUT')` when the page is over `maxBytes`;
 *   `TypeError` on a bad option.
 */
export function extractHtml(html: string, options?: ExtractHtmlOptions): Extraction {
  const settings = resolveOptions(options)
  const parsed = parseHtml(html, settings)
  const page = walk(parsed.document, settings)
  const metadata = readMetadata(page, settings.url)

  const bonus =
    metadata.articleBody !== null && metadata.articleBody.length >= settings.articleBodyMinChars
      ? articleBodyBonus(page, metadata.articleBody, settings.articleBodyBonus)
      : null
  const selection = select(page, settings, bonus)

  // Authors known before cleaning help recognise bylines in the text.
  const organisations = metadata.organisations
  let authors = cleanAuthors(metadata.ldAuthors, { organisations, source: 'metadata' })
  if (authors.length === 0)
    authors = cleanAuthors(metadata.metaAuthors, { organisations, source: 'metadata' })
  // Elements marked as the author hold the name alone, like metadata fields.
  if (authors.length === 0)
    authors = cleanAuthors(domAuthors(page, selection), { organisations, source: 'metadata' })

  const cleaned = cleanBlocks(
    page,
    selection,
    { titles: metadata.titles, authors, description: metadata.description },
    settings,
  )
  if (authors.length === 0) {
    const bylines = cleaned.removed.filter((entry) => entry.rule === 'byline').map((entry) => entry.text)
    authors = cleanAuthors(bylines, { organisations })
  }

  const paragraphs: string[] = []
  const headings: string[] = []
  let proseChars = 0
  let keptChars = 0
  for (const kept of cleaned.kept) {
    keptChars += kept.text.length
    if (kept.kind === 'heading') headings.push(kept.text)
    else {
      paragraphs.push(kept.text)
      if (kept.text.length >= settings.proseChars) proseChars += kept.text.length
    }
  }

  const title = cleaned.headline?.text ?? metadata.titles[0] ?? null
  let reason = notArticleReason(
    page,
    metadata,
    { proseChars, keptChars, keptBlocks: cleaned.kept.length },
    settings,
  )
  if (reason !== null && parsed.truncated !== null) reason += ` (the page was cut at ${parsed.truncated})`

  // Dates printed in the text of a listing belong to its teasers, not to the page.
  const dates = chooseDates(
    [
      ...metadata.dateSignals,
      ...domDateSignals(page, selection.junkOf),
      ...urlSignal(settings.url ?? metadata.canonicalUrl),
      ...(reason === null ? textDateSignals(cleaned.datelines) : []),
    ],
    settings,
  )
  const removed = cleaned.removed
  if (parsed.truncated !== null) {
    if (removed.length >= settings.maxRemoved) removed.pop()
    // First, so a capped list still says the page was not read to the end.
    removed.unshift({
      text: '',
      reason:
        parsed.truncated === 'maxElements'
          ? `the rest of the page was not read: over ${settings.maxElements} elements (maxElements)`
          : `the rest of the page was not read: nested over ${settings.maxDepth} elements deep (maxDepth)`,
      rule: 'truncated',
    })
  }
  const base = {
    title,
    authors,
    published: dates.published,
    modified: dates.modified,
    dateSignals: dates.signals,
    siteName: metadata.siteName,
    lang: metadata.lang,
    canonicalUrl: metadata.canonicalUrl,
    standfirst: reason === null ? cleaned.standfirst : null,
  }
  if (reason !== null) {
    return {
      kind: 'not-article',
      notArticleReason: reason,
      ...base,
      text: '',
      paragraphs: [],
      headings: [],
      captions: [],
      blocks: [],
      removed: [
        ...cleaned.kept
          .slice(0, settings.maxRemoved)
          .map((kept) => ({ text: kept.text, reason: `not an article: ${reason}`, rule: 'not-article' })),
        ...removed,
      ].slice(0, settings.maxRemoved),
    }
  }
  return {
    kind: 'article',
    ...base,
    text: cleaned.kept.map((kept) => kept.text).join('\n\n'),
    paragraphs,
    headings,
    captions: cleaned.captions.map((caption) => caption.text),
    blocks: inReadingOrder(cleaned.kept, cleaned.captions).map((kept) => ({
      kind: kept.kind === 'pre' || kept.kind === 'cell' ? 'paragraph' : kept.kind,
      text: kept.text,
    })),
    removed,
  }
}

/** Text blocks and captions merged by their place on the page (both lists are in page order). */
function inReadingOrder(kept: readonly Kept[], captions: readonly Kept[]): Kept[] {
  const out: Kept[] = []
  let next = 0
  for (const caption of captions) {
    while (next < kept.length && kept[next]!.block.index < caption.block.index) out.push(kept[next++]!)
    out.push(caption)
  }
  while (next < kept.length) out.push(kept[next++]!)
  return out
}

/**
 * Author strings from `itemprop="author"`, `rel="author"` and byline elements
 * outside furniture, and near the top of the article: an "author" class after
 * the text is a bio box or a teaser ("the author's favourite gear").
 */
function domAuthors(page: Page, selection: Selection): string[] {
  const out: string[] = []
  const start = selection.inArticle.indexOf(1)
  const near = (at: number): boolean =>
    start === -1 || (at >= start - BYLINE_REACH && at <= start + BYLINE_REACH)
  const inJunk = (marked: Marked): boolean =>
    marked.junk || (selection.junkOf[marked.at] ?? null) !== null || !near(marked.at)
  for (const marked of page.itemprops) {
    if (inJunk(marked)) continue
    const prop = marked.el.attribs.itemprop ?? ''
    if (!/\b(?:author|creator)\b/.test(prop)) continue
    const content = marked.el.attribs.content
    out.push(content ?? nameInside(marked))
  }
  for (const marked of page.bylines) {
    if (inJunk(marked)) continue
    if (marked.el.attribs.rel === 'author' || marked.el.name === 'a') out.push(textOf(marked.el))
  }
  return out
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '' && text.length < 200)
}

function nameInside(marked: Marked): string {
  // `<span itemprop="author"><span itemprop="name">Jane Doe</span></span>`.
  const stack = [...marked.el.children]
  let guard = 0
  while (stack.length > 0 && guard++ < 200) {
    const node = stack.pop()!
    if (node.type === 'tag' && (node as { attribs: Record<string, string> }).attribs.itemprop === 'name') {
      return textOf(node as Parameters<typeof textOf>[0])
    }
    if ('children' in node) stack.push(...(node as { children: typeof stack }).children)
  }
  return textOf(marked.el)
}

/** Blocks before or after the article's first block within which a byline element counts. */
const BYLINE_REACH = 20

/** Date signals from `itemprop` and `<time>` elements outside furniture. */
function domDateSignals(page: Page, junkOf: readonly (unknown | null)[]): RawDateSignal[] {
  const out: RawDateSignal[] = []
  for (const marked of page.itemprops) {
    const prop = marked.el.attribs.itemprop ?? ''
    const kind = /datePublished|dateCreated/i.test(prop)
      ? 'published'
      : /dateModified/i.test(prop)
        ? 'modified'
        : null
    if (kind === null) continue
    const raw = marked.el.attribs.content ?? marked.el.attribs.datetime ?? textOf(marked.el)
    const junk = marked.junk || (junkOf[marked.at] ?? null) !== null
    out.push({ signal: `itemprop:${prop}`, raw: raw.trim(), kind, confidence: junk ? 0.5 : 0.85 })
  }
  let taken = 0
  for (const marked of page.times) {
    if (taken >= 3) break
    if (marked.junk || (junkOf[marked.at] ?? null) !== null) continue
    const attribs = marked.el.attribs
    if (attribs.itemprop !== undefined) continue
    const hints = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase()
    const kind = /updat|modif/.test(hints) ? 'modified' : 'published'
    const pubdate = attribs.pubdate !== undefined
    if (attribs.datetime !== undefined && attribs.datetime.trim() !== '') {
      out.push({
        signal: 'time[datetime]',
        raw: attribs.datetime.trim(),
        kind,
        confidence: pubdate ? 0.85 : 0.7,
      })
    } else {
      const text = textOf(marked.el).replace(/\s+/g, ' ').trim()
      if (text === '') continue
      out.push({ signal: 'time', raw: text, kind, confidence: 0.6, format: 'human' })
    }
    taken++
  }
  return out
}

/** Date signals from datelines the cleaner removed near the headline. */
function textDateSignals(lines: readonly string[]): RawDateSignal[] {
  const out: RawDateSignal[] = []
  for (const line of lines) {
    // "Published … | Updated …": each part speaks for itself.
    for (const part of line.split(/\s*[|/]\s*|(?=\bupdated\b)/i)) {
      // A byline without digits names people, not a date.
      if (!/\d/.test(part)) continue
      const kind =
        /\b(?:updated|modified|aktualisiert|atualizado|aggiornato|mis à jour|diperbarui|обновлено|수정)\b/i.test(
          part,
        )
          ? 'modified'
          : 'published'
      out.push({ signal: 'text', raw: part.trim(), kind, confidence: 0.5, format: 'human' })
    }
    if (out.length >= 6) break
  }
  return out
}

/** Options with defaults resolved (exported for tests and tools). */
export function resolveExtractOptions(options?: ExtractHtmlOptions): ResolvedOptions {
  return resolveOptions(options)
}
