/**
 * Builders for invented mini-stories: an `AnalyzedArticle` from a few
 * paragraphs and the facts the annotators would find in them, each located
 * in the text by its wording (the first occurrence after the previous one of
 * the same kind), so tests state facts in words and never count offsets.
 */

import { analyzeStory, type StoryAnalysis } from '../../src/corpus/index.js'
import type {
  Actor,
  ActorKind,
  AnalyzedArticle,
  Article,
  Block,
  BlockKind,
  Hedge,
  Mention,
  Quantity,
  Quote,
  Role,
  Sentence,
  TimeExpression,
  TimeGrain,
} from '../../src/model/index.js'

/** One block of an invented article. */
export type MiniBlock = string | { kind: BlockKind; text: string }

/** What an invented article says and what the annotators found in it. */
export interface MiniArticle {
  id: string
  source?: string
  title?: string | null
  /** Publication day (ISO) or `null` for an undated article. */
  published?: string | null
  blocks: MiniBlock[]
  /** Actor mentions: `text` as written; an optional role written right before it (`title`). */
  mentions?: { text: string; id: string; name?: string; kind?: ActorKind; title?: string; of?: string }[]
  quotes?: { text: string; speaker?: string | null; speakerName?: string; speakerRule?: string }[]
  times?: { text: string; value: string | null; grain?: TimeGrain; anchor?: TimeExpression['anchor'] }[]
  quantities?: { text: string; value: number; unit?: string | null; hedge?: Hedge | null }[]
}

/** Find `needle` in `text` from `from`; throws when absent so a typo fails the test loudly. */
function locate(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from)
  if (at < 0) throw new Error(`"${needle}" is not in the mini-article text`)
  return at
}

/** Sentences: split at . ! ? (after optional closing quotes) followed by a space, within each block. */
function sentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = []
  blocks.forEach((b, i) => {
    const slice = text.slice(b.start, b.end)
    let start = 0
    for (const m of slice.matchAll(/[.!?]["”’]?(?=\s+["“‘]?[A-Z0-9])/g)) {
      const end = (m.index ?? 0) + m[0].length
      out.push({ start: b.start + start, end: b.start + end, block: i })
      start = end + 1
      while (slice[start] === ' ') start++
    }
    if (start < slice.length) out.push({ start: b.start + start, end: b.end, block: i })
  })
  return out
}

/** Build an analysed article from its blocks and facts. */
export function mini(spec: MiniArticle): AnalyzedArticle {
  const parts = spec.blocks.map((b) =>
    typeof b === 'string' ? { kind: 'paragraph' as BlockKind, text: b } : b,
  )
  let text = ''
  const blocks: Block[] = []
  for (const p of parts) {
    if (text) text += '\n\n'
    blocks.push({ kind: p.kind, start: text.length, end: text.length + p.text.length })
    text += p.text
  }
  const published = spec.published ?? null
  const article: Article = {
    id: spec.id,
    rawHash: `hash-${spec.id}`,
    input: `${spec.id}.txt`,
    source: spec.source ?? spec.id,
    sourceOrigin: 'option',
    url: null,
    title: spec.title ?? null,
    authors: [],
    published: published ? { value: published, signal: 'input', confidence: 1 } : null,
    modified: null,
    lang: 'en',
    text,
    blocks,
    removed: [],
  }
  const actors = new Map<string, Actor>()
  const mentions: Mention[] = []
  let cursor = 0
  for (const m of spec.mentions ?? []) {
    const start = locate(text, m.text, cursor)
    cursor = start + m.text.length
    const actor: Actor = { id: m.id, name: m.name ?? m.text, kind: m.kind ?? 'person' }
    actors.set(actor.id, actor)
    const mention: Mention = { start, end: start + m.text.length, text: m.text, actor, rule: 'test' }
    if (m.title) {
      const at = text.lastIndexOf(m.title, start)
      if (at < 0) throw new Error(`title "${m.title}" is not before "${m.text}"`)
      mention.role = {
        start: at,
        end: at + m.title.length,
        title: m.title,
        key: m.title.toLowerCase(),
        rule: 'test',
      }
      if (m.of) mention.role.of = m.of
    }
    mentions.push(mention)
  }
  const quotes: Quote[] = []
  cursor = 0
  for (const q of spec.quotes ?? []) {
    const start = locate(text, q.text, cursor)
    cursor = start + q.text.length
    quotes.push({
      start,
      end: start + q.text.length,
      text: q.text,
      speaker: q.speaker
        ? {
            id: q.speaker,
            name: q.speakerName ?? actors.get(q.speaker)?.name ?? q.speaker,
            rule: q.speakerRule ?? 'test',
          }
        : null,
      cue: null,
      partial: false,
      rule: 'test',
    })
  }
  const times: TimeExpression[] = []
  cursor = 0
  for (const t of spec.times ?? []) {
    const start = locate(text, t.text, cursor)
    cursor = start + t.text.length
    times.push({
      start,
      end: start + t.text.length,
      text: t.text,
      value: t.value,
      grain:
        t.grain ??
        (t.value && t.value.length === 10 ? 'day' : t.value && t.value.length === 4 ? 'year' : null),
      anchor: t.anchor ?? (t.value ? 'absolute' : null),
      rule: 'test',
    })
  }
  const quantities: Quantity[] = []
  cursor = 0
  for (const q of spec.quantities ?? []) {
    const start = locate(text, q.text, cursor)
    cursor = start + q.text.length
    quantities.push({
      start,
      end: start + q.text.length,
      text: q.text,
      value: q.value,
      unit: q.unit ?? null,
      hedge: q.hedge ?? null,
      rule: 'test',
    })
  }
  return {
    article,
    annotations: {
      sentences: sentences(text, blocks),
      actors: [...actors.values()],
      mentions,
      quotes,
      times,
      quantities,
    },
  }
}

/** Analyse invented articles as one story, every article a linked member. */
export function analyzeAsStory(docs: AnalyzedArticle[]): StoryAnalysis {
  const story = {
    id: 'story:test',
    articles: docs.map((d) => d.article.id),
    members: docs.map((d) => ({
      article: d.article.id,
      story: 'story:test',
      score: 1,
      why: {
        rule: 'linked' as const,
        nearest: null,
        sharedTerms: [],
        sharedActors: [],
        dayGap: null,
        text: '',
      },
    })),
  }
  return analyzeStory(story, docs)
}

/** A role written as `title` in the article's text (its first occurrence). */
export function roleAt(doc: AnalyzedArticle, title: string): Role {
  const start = doc.article.text.indexOf(title)
  if (start < 0) throw new Error(`"${title}" is not in the text`)
  return { start, end: start + title.length, title, key: title.toLowerCase(), rule: 'test' }
}
