/**
 * The public JSON shape of an article (`parallax articles --format json`,
 * `GET /articles`), described by `schemas/article.v1.schema.json`.
 */
import type { Annotations, Article, Message } from '../../model/index.js'

/** Version of the article JSON shape; bumped on any breaking change. */
export const ARTICLE_SCHEMA_VERSION = 1

/** Build the public view of one stored article. */
export function articleView(article: Article, annotations: Annotations, messages: readonly Message[] = []) {
  const slice = (start: number, end: number) => article.text.slice(start, end)
  const blocksOf = (kind: string) =>
    article.blocks
      .filter((b) => b.kind === kind)
      .map((b) => ({ text: slice(b.start, b.end), start: b.start, end: b.end }))
  return {
    id: article.id,
    source: article.source,
    sourceOrigin: article.sourceOrigin,
    input: article.input,
    url: article.url,
    title: article.title,
    authors: article.authors,
    published: article.published?.value ?? null,
    publishedSignal: article.published
      ? { signal: article.published.signal, confidence: article.published.confidence }
      : null,
    modified: article.modified?.value ?? null,
    lang: article.lang,
    text: article.text,
    blocks: article.blocks,
    removed: article.removed,
    captions: blocksOf('caption').map((b) => b.text),
    headings: blocksOf('heading').map((b) => b.text),
    sentences: annotations.sentences.map(({ start, end }) => ({ start, end })),
    actors: annotations.actors,
    mentions: annotations.mentions.map((m) => ({
      text: m.text,
      start: m.start,
      end: m.end,
      actor: m.actor,
      rule: m.rule,
      ...(m.role ? { role: m.role } : {}),
      ...(m.alsoRole ? { alsoRole: m.alsoRole } : {}),
    })),
    quotes: annotations.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      partial: q.partial,
      speaker: q.speaker,
      cue: q.cue,
      rule: q.rule,
    })),
    times: annotations.times,
    quantities: annotations.quantities,
    messages,
  }
}

/** The public article JSON type. */
export type ArticleView = ReturnType<typeof articleView>
