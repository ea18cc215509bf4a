/**
 * The annotate stage: sentences, actors (with roles), quotes (with speakers),
 * time expressions and quantities, in that order — quotes need the actors to
 * find speakers. The English-only annotators skip other languages with a
 * message rather than produce garbage.
 */
import type { Annotations, TimeExpression } from '../../model/index.js'
import { message, type NewsFile } from '../envelope.js'
import { segment } from '../segment/index.js'
import { type ActorOptions, recognizeActors } from './actors/index.js'
import { findQuantities, type QuantityOptions } from './quantities/index.js'
import { findQuotes, type QuoteOptions } from './quotes/index.js'
import { resolveTimes, type TimeOptions } from './times/index.js'

/** Options for {@link annotate}. */
export interface AnnotateOptions {
  actors?: ActorOptions
  quotes?: QuoteOptions
  times?: TimeOptions
  quantities?: QuantityOptions
  /** Languages the English-only annotators accept (default: `['en']`). */
  languages?: readonly string[]
}

const STAGE = 'annotate'

/** Annotate `file.data.article` into `file.data.annotations`. */
export function annotate(file: NewsFile, options: AnnotateOptions = {}): void {
  const article = file.data.article
  if (!article) return
  const segmentation = segment(article.text, article.blocks)
  const annotations: Annotations = {
    sentences: segmentation.sentences.map(({ start, end, block }) => ({ start, end, block })),
    actors: [],
    mentions: [],
    quotes: [],
    times: [],
    quantities: [],
  }
  file.data.annotations = annotations
  const languages = options.languages ?? ['en']
  if (!languages.includes(article.lang)) {
    message(
      file,
      `language \`${article.lang}\` is not supported by the actor, quote, time and number annotators; they were skipped`,
      { stage: STAGE, rule: article.lang === 'und' ? 'unknown-language' : 'non-english' },
    )
    return
  }
  const { text } = article
  const { actors, mentions } = recognizeActors(text, segmentation, options.actors)
  annotations.actors = actors
  annotations.mentions = mentions
  annotations.quotes = findQuotes(text, segmentation, mentions, options.quotes)
  annotations.times = resolveArticleTimes(file, segmentation, options.times)
  annotations.quantities = findQuantities(text, segmentation, options.quantities)
  const unattributed = annotations.quotes.filter((q) => !q.speaker)
  for (const quote of unattributed) {
    message(file, 'quote without an attributable speaker', {
      stage: `${STAGE}:quotes`,
      rule: 'quote-without-speaker',
      severity: 'info',
      place: { start: quote.start, end: quote.end },
    })
  }
}

/**
 * Resolve times against the publication date. An undated article whose text
 * states full dates ("on Nov. 1, 2024") is resolved against the latest such
 * date, and the relative values say so (`anchor: 'document'`); otherwise they
 * stay unresolved for the story stage.
 */
function resolveArticleTimes(
  file: NewsFile,
  segmentation: ReturnType<typeof segment>,
  options: TimeOptions | undefined,
): TimeExpression[] {
  const article = file.data.article
  if (!article) return []
  const published = article.published?.value
  if (published) return resolveTimes(article.text, segmentation, { date: published }, options)
  const first = resolveTimes(article.text, segmentation, null, options)
  const stated = first
    .filter((t) => t.anchor === 'absolute' && t.grain === 'day' && t.value)
    .map((t) => t.value as string)
    .sort()
  const latest = stated[stated.length - 1]
  if (!latest) return first
  const second = resolveTimes(article.text, segmentation, { date: latest }, options)
  return second.map((t) =>
    t.anchor === 'published' ? { ...t, anchor: 'document' as const, rule: `${t.rule}+document-date` } : t,
  )
}
