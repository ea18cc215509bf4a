import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotations, Article, RawDocument } from '../model/index.js'
import { findRaw, listArticles, openStore, type Store, saveDocument } from './index.js'
import { migrationProvider } from './migrations/index.js'

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

  it('round-trips a second role stated at one mention (`alsoRole`), with its owner', async () => {
    const hash = 'd'.repeat(64)
    const both: Annotations = {
      ...annotations,
      mentions: [
        {
          ...annotations.mentions[0]!,
          role: { title: 'Captain', key: 'captain', start: 10, end: 17, rule: 'premodifier' },
          alsoRole: {
            title: 'port director',
            key: 'port director',
            of: 'org:harbour-board',
            start: 14,
            end: 27,
            rule: 'apposition',
          },
        },
        // A mention with one role keeps no second one.
        { ...annotations.mentions[0]!, start: 50, end: 58 },
      ],
    }
    await saveDocument(store.db, { raw: raw(hash), article: article(hash), annotations: both, messages: [] })
    const [stored] = await listArticles(store.db)
    expect(stored?.annotations.mentions).toEqual(both.mentions)
    expect(stored?.annotations.mentions[1]).not.toHaveProperty('alsoRole')
    const [row] = await store.db.selectFrom('mention').selectAll().where('idx', '=', 0).execute()
    expect(row).toMatchObject({ also_role_title: 'port director', also_role_of: 'org:harbour-board' })
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

describe('store migrations', () => {
  it('adds `also_role_*` to the mention table and takes them away again; older rows read back with no second role', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'))
    try {
      const file = join(dir, 'store.db')
      const hash = 'e'.repeat(64)
      const mention = annotations.mentions[0]!
      const also = { title: 'Captain', key: 'captain', start: 10, end: 17, rule: 'premodifier' }
      const both: Annotations = { ...annotations, mentions: [{ ...mention, alsoRole: also }] }
      let store = await openStore({ file })
      await saveDocument(store.db, {
        raw: raw(hash),
        article: article(hash),
        annotations: both,
        messages: [],
      })
      await store.close()
      // Back to the third migration: the columns go, the first role stays.
      // biome-ignore lint/suspicious/noExplicitAny: the schema of an older version.
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
      const down = await new Migrator({ db, provider: migrationProvider }).migrateTo(
        '2026_11_24_000003_quantity_normalized',
      )
      expect(down.error).toBeUndefined()
      const columns = (await db.introspection.getTables()).find((t) => t.name === 'mention')?.columns ?? []
      expect(columns.map((c) => c.name)).toContain('role_title')
      expect(columns.map((c) => c.name)).not.toContain('also_role_title')
      await db.destroy()
      // Up again: the row written before has no second role.
      store = await openStore({ file })
      const [stored] = await listArticles(store.db)
      expect(stored?.annotations).toEqual(annotations)
      expect(stored?.annotations.mentions[0]).not.toHaveProperty('alsoRole')
      await store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
