import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotations, Article, RawDocument } from '../model/index.js'
import { findRaw, listArticles, openStore, type Store, saveDocument } from './index.js'

const text = 'Ana Ruiz, the port director, said "we are ready." The strike ended on Friday.'

function raw(hash: string): RawDocument {
  return {
    hash,
    input: `${hash}.txt`,
    bytes: new TextEncoder().encode(text),
    format: 'text',
    encoding: 'utf-8',
    encodingReason: 'valid-utf8',
    body: text,
    hints: { source: 'Harbour Post' },
  }
}

function article(hash: string): Article {
  return {
    id: hash.slice(0, 16),
    rawHash: hash,
    input: `${hash}.txt`,
    source: 'Harbour Post',
    sourceOrigin: 'option',
    url: null,
    title: 'Strike ends',
    authors: ['Li Wei'],
    published: { value: '2025-03-08', signal: 'input', confidence: 1 },
    modified: null,
    lang: 'en',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    removed: [{ text: 'Read more: other things', reason: 'cross-link', rule: 'read-more' }],
  }
}

const annotations: Annotations = {
  sentences: [
    { block: 0, start: 0, end: 49 },
    { block: 0, start: 50, end: text.length },
  ],
  actors: [{ id: 'person:ana-ruiz', name: 'Ana Ruiz', kind: 'person' }],
  mentions: [
    {
      start: 0,
      end: 8,
      text: 'Ana Ruiz',
      actor: { id: 'person:ana-ruiz', name: 'Ana Ruiz', kind: 'person' },
      role: { title: 'port director', key: 'port director', start: 14, end: 27, rule: 'apposition' },
      rule: 'proper-noun-run',
    },
  ],
  quotes: [
    {
      start: 35,
      end: 47,
      text: 'we are ready.',
      partial: false,
      rule: 'cue-before',
      speaker: { id: 'person:ana-ruiz', name: 'Ana Ruiz', mention: { start: 0, end: 8 }, rule: 'cue-before' },
      cue: { text: 'said', start: 29, end: 33 },
    },
  ],
  times: [
    {
      start: 67,
      end: 76,
      text: 'on Friday',
      value: null,
      grain: null,
      anchor: null,
      reason: 'undated',
      rule: 'chrono',
    },
  ],
  quantities: [
    {
      start: 0,
      end: 3,
      text: 'Ana',
      value: 2.5,
      unit: 't',
      hedge: 'nearly',
      rule: 'test',
      normalized: { value: 2500, unit: 'kg' },
    },
  ],
}

describe('store (sqlite)', () => {
  let store: Store
  beforeEach(async () => {
    store = await openStore({ file: ':memory:' })
  })
  afterEach(async () => {
    await store.close()
  })

  it('round-trips an article with its annotations', async () => {
    const hash = 'a'.repeat(64)
    await saveDocument(store.db, { raw: raw(hash), article: article(hash), annotations, messages: [] })
    const [stored] = await listArticles(store.db)
    expect(stored?.article).toEqual(article(hash))
    expect(stored?.annotations).toEqual(annotations)
    expect(await findRaw(store.db, hash)).toMatchObject({ status: 'ok', articleId: hash.slice(0, 16) })
  })

  it('keeps rejected inputs and their messages, without an article', async () => {
    const hash = 'b'.repeat(64)
    await saveDocument(store.db, {
      raw: raw(hash),
      messages: [{ stage: 'ingest', rule: 'binary-input', reason: 'binary', severity: 'fatal' }],
    })
    expect(await findRaw(store.db, hash)).toMatchObject({ status: 'rejected', articleId: null })
    expect(await listArticles(store.db)).toEqual([])
    const messages = await store.db.selectFrom('message').selectAll().execute()
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ raw_hash: hash, rule: 'binary-input' })
  })

  it('writes nothing when a document fails half-way', async () => {
    const hash = 'c'.repeat(64)
    const broken = { ...annotations, mentions: [{ ...annotations.mentions[0]!, start: Number.NaN }] }
    // A NOT NULL violation in the mention insert must roll back the raw input and article too.
    broken.mentions[0] = { ...broken.mentions[0]!, text: null as unknown as string }
    await expect(
      saveDocument(store.db, { raw: raw(hash), article: article(hash), annotations: broken, messages: [] }),
    ).rejects.toThrow()
    expect(await findRaw(store.db, hash)).toBeUndefined()
    expect(await store.db.selectFrom('article').selectAll().execute()).toEqual([])
  })
})
