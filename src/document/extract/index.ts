/**
 * The extract stage: a raw document → a clean `Article` (main text as kept
 * blocks, metadata, and a record of everything removed). HTML goes through the
 * main-content extractor, plain text through the structural line reader; both
 * end in the same block model, so everything after this stage is
 * format-blind.
 */
import type { Article, DatedValue, DateSignal, Extraction, RawDocument } from '../../model/index.js'
import { fail, message, type NewsFile } from '../envelope.js'
import { detectLanguage, type LanguageOptions } from '../language/index.js'
import { type BlockDraft, dedupeBlocks, joinBlocks } from './blocks.js'
import { type ExtractHtmlOptions, extractHtml } from './html/index.js'
import { datesFromMetaLines } from './meta-dates.js'
import { chooseSource, givenDate, normaliseGivenDate } from './source.js'
import { type ExtractTextOptions, extractText } from './text/index.js'

/** Options for {@link extract}. */
export interface ExtractOptions {
  html?: ExtractHtmlOptions
  text?: ExtractTextOptions
  language?: LanguageOptions
  /** Outlet name given by the caller (`--source`) (optional). */
  source?: string
  /** Reference instant for rejecting future dates (default: now). */
  now?: Date
}

const STAGE = 'extract'
/**
 * Rule ids under which the text cleaner sets aside lines that may carry the
 * publication date: page-meta lines, and bylines ("By X | Friday, 28 March
 * 2025", "11 May 2025 | Outlet | Section").
 */
const DATE_LINE_RULES: ReadonlySet<string> = new Set(['page-meta', 'byline'])

/**
 * Extract one raw document into the extractor's result shape, whatever its
 * format: HTML through the main-content extractor, plain text through the
 * structural line reader (its page-meta lines give the dates).
 *
 * @param raw Ingested document.
 * @param options See {@link ExtractOptions}.
 */
export function extractDocument(raw: RawDocument, options: ExtractOptions = {}): Extraction {
  const now = options.now ?? new Date()
  if (raw.format === 'html') {
    return extractHtml(raw.body, { ...options.html, ...(raw.hints.url ? { url: raw.hints.url } : {}), now })
  }
  const x = extractText(raw.body, options.text)
  const metaLines = x.removed.filter((r) => DATE_LINE_RULES.has(r.rule)).map((r) => r.text)
  const dates = datesFromMetaLines(metaLines, now)
  const bodyBlocks = x.blocks.filter((b) => b.kind !== 'caption' && b.kind !== 'standfirst')
  const signals: DateSignal[] = []
  for (const kind of ['published', 'modified'] as const) {
    const value = dates[kind]
    if (value)
      signals.push({
        signal: value.signal,
        raw: value.raw,
        value: value.value,
        kind,
        confidence: value.confidence,
        chosen: true,
      })
  }
  return {
    kind: 'article',
    title: x.title,
    authors: x.authors,
    published: dates.published && withoutRaw(dates.published),
    modified: dates.modified && withoutRaw(dates.modified),
    dateSignals: signals,
    siteName: null,
    lang: null,
    canonicalUrl: null,
    standfirst: x.blocks.find((b) => b.kind === 'standfirst')?.text ?? null,
    text: bodyBlocks.map((b) => b.text).join('\n\n'),
    paragraphs: x.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    headings: x.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    captions: x.blocks.filter((b) => b.kind === 'caption').map((b) => b.text),
    blocks: x.blocks
      .filter((b) => b.kind !== 'standfirst')
      .map((b) => ({ kind: b.kind as Extraction['blocks'][number]['kind'], text: b.text })),
    removed: x.removed,
  }
}

function withoutRaw(value: DatedValue & { raw: string }): DatedValue {
  return { value: value.value, signal: value.signal, confidence: value.confidence }
}

/** Build `file.data.article` from `file.data.raw`. */
export function extract(file: NewsFile, options: ExtractOptions = {}): void {
  const raw = file.data.raw
  if (!raw) {
    fail(file, 'nothing to extract', { stage: STAGE, rule: 'missing-raw' })
    return
  }
  const now = options.now ?? new Date()
  const x = extractDocument(raw, { ...options, now })
  if (x.kind === 'not-article') {
    fail(file, `not an article: ${x.notArticleReason ?? 'no main content'}`, {
      stage: STAGE,
      rule: 'not-an-article',
    })
    return
  }
  // The standfirst is content (facts are stated there), kept as its own block first.
  const drafts: BlockDraft[] = [
    ...(x.standfirst ? [{ kind: 'standfirst' as const, text: x.standfirst }] : []),
    ...x.blocks.map((b) => ({ kind: b.kind, text: b.text })),
  ]
  const draft = {
    title: x.title,
    authors: x.authors,
    published: x.published,
    modified: x.modified,
    siteName: x.siteName,
    url: raw.hints.url ?? x.canonicalUrl,
    lang: x.lang,
    blocks: drafts,
    removed: x.removed,
  }

  // The text reader already keeps a repeated paragraph once (with its own
  // rule for standfirsts); pages get the same treatment here.
  const deduped = raw.format === 'html' ? dedupeBlocks(draft.blocks) : { blocks: draft.blocks, removed: [] }
  const { text, blocks } = joinBlocks(deduped.blocks)
  const removed = [...draft.removed, ...deduped.removed]
  if (text.trim() === '') {
    fail(file, raw.format === 'html' ? 'no article text found in the page' : 'no text left after cleaning', {
      stage: STAGE,
      rule: 'no-content',
    })
    return
  }

  let published = draft.published
  if (raw.hints.published) {
    const given = normaliseGivenDate(raw.hints.published, now)
    if ('value' in given) published = givenDate(given.value)
    else
      message(file, `ignored the given publication date: ${given.rejected}`, {
        stage: STAGE,
        rule: 'bad-date',
      })
  }
  if (!published) {
    message(file, 'undated: no publication date found (relative dates are resolved later, from the story)', {
      stage: STAGE,
      rule: 'undated',
      severity: 'info',
    })
  }

  const { source, origin } = chooseSource({
    record: raw.hints.source,
    option: options.source,
    siteName: draft.siteName,
    url: draft.url,
    input: raw.input,
  })
  const language = detectLanguage(text, draft.lang, options.language)
  const article: Article = {
    id: raw.hash.slice(0, 16),
    rawHash: raw.hash,
    input: raw.input,
    source,
    sourceOrigin: origin,
    url: draft.url,
    title: raw.hints.title ?? draft.title,
    authors: draft.authors,
    published,
    modified: draft.modified,
    lang: language.lang,
    text,
    blocks,
    removed,
  }
  file.data.article = article
}
