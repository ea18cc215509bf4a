/**
 * Documents: raw inputs, articles and their annotations. Plain functions over
 * a Kysely handle. A document is written in one transaction, so nothing is
 * ever half-written.
 */
import type { InsertObject, Kysely } from 'kysely'
import type {
  Actor,
  Annotations,
  Article,
  BlockKind,
  Hedge,
  Mention,
  Message,
  Quantity,
  Quote,
  RawDocument,
  Role,
  Severity,
  SourceHints,
  SourceOrigin,
  TimeExpression,
  TimeGrain,
} from '../../model/index.js'
import type { Database } from '../schema.js'

/** What the pipeline hands the store for one document. */
export interface DocumentRecord {
  raw: RawDocument
  /** Absent when the document was rejected. */
  article?: Article
  annotations?: Annotations
  messages: Message[]
}

/** What the store knows about a raw input. */
export interface RawStatus {
  hash: string
  input: string
  status: 'ok' | 'rejected'
  articleId: string | null
}

/** An article read back with its annotations. */
export interface StoredArticle {
  article: Article
  annotations: Annotations
  messages: Message[]
}

/** Look up a raw input by content hash. */
export async function findRaw(db: Kysely<Database>, hash: string): Promise<RawStatus | undefined> {
  const row = await db
    .selectFrom('raw_document')
    .leftJoin('article', 'article.raw_hash', 'raw_document.hash')
    .select(['raw_document.hash', 'raw_document.input', 'raw_document.status', 'article.id as article_id'])
    .where('raw_document.hash', '=', hash)
    .executeTakeFirst()
  if (!row) return undefined
  return { hash: row.hash, input: row.input, status: row.status, articleId: row.article_id }
}

/**
 * Save one document (raw input, article, annotations, messages) in a single
 * transaction. With `replace`, what was derived from the same raw input
 * before is deleted first (re-processing), in that same transaction.
 */
export async function saveDocument(
  db: Kysely<Database>,
  record: DocumentRecord,
  now = new Date(),
  options: { replace?: boolean } = {},
): Promise<void> {
  const { raw, article, annotations } = record
  const at = now.toISOString()
  await db.transaction().execute(async (trx) => {
    if (options.replace) {
      // Re-deriving: everything made from these bytes goes, in the same
      // transaction as its replacement (children cascade from the article).
      await trx.deleteFrom('message').where('raw_hash', '=', raw.hash).execute()
      await trx.deleteFrom('article').where('raw_hash', '=', raw.hash).execute()
      await trx
        .updateTable('raw_document')
        .set({ status: article ? 'ok' : 'rejected', format: raw.format })
        .where('hash', '=', raw.hash)
        .execute()
    }
    await trx
      .insertInto('raw_document')
      .values({
        hash: raw.hash,
        input: raw.input,
        format: raw.format,
        encoding: raw.encoding,
        encoding_reason: raw.encodingReason,
        bytes: raw.bytes,
        size: raw.bytes.length,
        hints: JSON.stringify(raw.hints),
        status: article ? 'ok' : 'rejected',
        received_at: at,
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute()
    if (article) {
      await trx
        .insertInto('article')
        .values({
          id: article.id,
          raw_hash: raw.hash,
          input: article.input,
          source: article.source,
          source_origin: article.sourceOrigin,
          url: article.url,
          title: article.title,
          authors: JSON.stringify(article.authors),
          published: article.published?.value ?? null,
          published_signal: article.published?.signal ?? null,
          published_confidence: article.published?.confidence ?? null,
          modified: article.modified?.value ?? null,
          modified_signal: article.modified?.signal ?? null,
          lang: article.lang,
          text: article.text,
          created_at: at,
        })
        .execute()
      const id = article.id
      await insertMany(
        trx,
        'block',
        article.blocks.map((b, idx) => ({ article_id: id, idx, ...b })),
      )
      await insertMany(
        trx,
        'removed',
        article.removed.map((r, idx) => ({ article_id: id, idx, ...r })),
      )
      if (annotations) await saveAnnotations(trx, id, annotations)
    }
    await insertMany(
      trx,
      'message',
      messageRows(record.messages, raw.input, at, raw.hash, article?.id ?? null),
    )
  })
}

/** Record messages about an input that produced no raw document at all (e.g. refused for size). */
export async function saveOrphanMessages(
  db: Kysely<Database>,
  input: string,
  messages: Message[],
): Promise<void> {
  await insertMany(db, 'message', messageRows(messages, input, new Date().toISOString(), null, null))
}

function messageRows(
  messages: readonly Message[],
  input: string,
  at: string,
  rawHash: string | null,
  articleId: string | null,
): InsertObject<Database, 'message'>[] {
  return messages.map((m) => ({
    raw_hash: rawHash,
    article_id: articleId,
    input,
    stage: m.stage,
    rule: m.rule,
    reason: m.reason,
    severity: m.severity,
    start: m.place?.start ?? null,
    end: m.place?.end ?? null,
    created_at: at,
  }))
}

async function saveAnnotations(trx: Kysely<Database>, id: string, a: Annotations): Promise<void> {
  await insertMany(
    trx,
    'sentence',
    a.sentences.map((s, idx) => ({ article_id: id, idx, block: s.block, start: s.start, end: s.end })),
  )
  const actors = new Map<string, Actor>()
  for (const actor of a.actors) actors.set(actor.id, actor)
  for (const m of a.mentions) if (!actors.has(m.actor.id)) actors.set(m.actor.id, m.actor)
  for (const actor of actors.values()) {
    await trx
      .insertInto('actor')
      .values({ id: actor.id, name: actor.name, kind: actor.kind })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
  await insertMany(
    trx,
    'mention',
    a.mentions.map((m, idx) => ({
      article_id: id,
      idx,
      actor_id: m.actor.id,
      start: m.start,
      end: m.end,
      text: m.text,
      rule: m.rule,
      role_title: m.role?.title ?? null,
      role_key: m.role?.key ?? null,
      role_of: m.role?.of ?? null,
      role_start: m.role?.start ?? null,
      role_end: m.role?.end ?? null,
      role_rule: m.role?.rule ?? null,
      also_role_title: m.alsoRole?.title ?? null,
      also_role_key: m.alsoRole?.key ?? null,
      also_role_of: m.alsoRole?.of ?? null,
      also_role_start: m.alsoRole?.start ?? null,
      also_role_end: m.alsoRole?.end ?? null,
      also_role_rule: m.alsoRole?.rule ?? null,
    })),
  )
  await insertMany(
    trx,
    'quote',
    a.quotes.map((q, idx) => ({
      article_id: id,
      idx,
      start: q.start,
      end: q.end,
      text: q.text,
      partial: q.partial ? 1 : 0,
      rule: q.rule,
      speaker_id: q.speaker?.id ?? null,
      speaker_name: q.speaker?.name ?? null,
      speaker_rule: q.speaker?.rule ?? null,
      speaker_start: q.speaker?.mention?.start ?? null,
      speaker_end: q.speaker?.mention?.end ?? null,
      cue_text: q.cue?.text ?? null,
      cue_start: q.cue?.start ?? null,
      cue_end: q.cue?.end ?? null,
    })),
  )
  await insertMany(
    trx,
    'time_expression',
    a.times.map((t, idx) => ({
      article_id: id,
      idx,
      start: t.start,
      end: t.end,
      text: t.text,
      value: t.value,
      grain: t.grain,
      anchor: t.anchor,
      reason: t.reason ?? null,
      rule: t.rule,
    })),
  )
  await insertMany(
    trx,
    'quantity',
    a.quantities.map((q, idx) => ({
      article_id: id,
      idx,
      start: q.start,
      end: q.end,
      text: q.text,
      value: q.value,
      unit: q.unit,
      hedge: q.hedge,
      rule: q.rule,
      normalized_value: q.normalized?.value ?? null,
      normalized_unit: q.normalized?.unit ?? null,
    })),
  )
}

/** SQLite limits bound parameters per statement; insert in slices. */
const ROWS_PER_INSERT = 200

async function insertMany<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly InsertObject<Database, T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute()
  }
}

/** Options for {@link listArticles}. */
export interface ListArticlesOptions {
  /** Only these article ids (optional). */
  ids?: readonly string[]
}

/** Read articles back with their annotations, oldest first. */
export async function listArticles(
  db: Kysely<Database>,
  options: ListArticlesOptions = {},
): Promise<StoredArticle[]> {
  let query = db.selectFrom('article').selectAll().orderBy('created_at').orderBy('id')
  if (options.ids) {
    if (options.ids.length === 0) return []
    query = query.where('id', 'in', options.ids)
  }
  const rows = await query.execute()
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const byArticle = <R extends { article_id: string }>(list: R[]) => {
    const map = new Map<string, R[]>()
    for (const row of list) {
      const bucket = map.get(row.article_id)
      if (bucket) bucket.push(row)
      else map.set(row.article_id, [row])
    }
    return map
  }
  const [blocks, removed, sentences, quotes, times, quantities, mentions, messages] = await Promise.all([
    db.selectFrom('block').selectAll().where('article_id', 'in', ids).orderBy('idx').execute(),
    db.selectFrom('removed').selectAll().where('article_id', 'in', ids).orderBy('idx').execute(),
    db.selectFrom('sentence').selectAll().where('article_id', 'in', ids).orderBy('idx').execute(),
    db.selectFrom('quote').selectAll().where('article_id', 'in', ids).orderBy('idx').execute(),
    db.selectFrom('time_expression').selectAll().where('article_id', 'in', ids).orderBy('idx').execute(),
    db.selectFrom('quantity').selectAll().where('article_id', 'in', ids).orderBy('idx').execute(),
    db
      .selectFrom('mention')
      .innerJoin('actor', 'actor.id', 'mention.actor_id')
      .selectAll('mention')
      .select(['actor.name as actor_name', 'actor.kind as actor_kind'])
      .where('mention.article_id', 'in', ids)
      .orderBy('mention.idx')
      .execute(),
    db.selectFrom('message').selectAll().where('article_id', 'in', ids).orderBy('id').execute(),
  ])
  const b = byArticle(blocks)
  const r = byArticle(removed)
  const s = byArticle(sentences)
  const q = byArticle(quotes)
  const t = byArticle(times)
  const n = byArticle(quantities)
  const m = byArticle(mentions)
  const g = byArticle(messages.map((x) => ({ ...x, article_id: x.article_id ?? '' })))
  return rows.map((row) => {
    const article: Article = {
      id: row.id,
      rawHash: row.raw_hash,
      input: row.input,
      source: row.source,
      sourceOrigin: row.source_origin as SourceOrigin,
      url: row.url,
      title: row.title,
      authors: JSON.parse(row.authors) as string[],
      published: row.published
        ? {
            value: row.published,
            signal: row.published_signal ?? 'unknown',
            confidence: row.published_confidence ?? 0,
          }
        : null,
      modified: row.modified
        ? { value: row.modified, signal: row.modified_signal ?? 'unknown', confidence: 0 }
        : null,
      lang: row.lang,
      text: row.text,
      blocks: (b.get(row.id) ?? []).map((x) => ({ kind: x.kind as BlockKind, start: x.start, end: x.end })),
      removed: (r.get(row.id) ?? []).map((x) => ({ text: x.text, reason: x.reason, rule: x.rule })),
    }
    const mentionList: Mention[] = (m.get(row.id) ?? []).map((x) => {
      const mention: Mention = {
        start: x.start,
        end: x.end,
        text: x.text,
        actor: { id: x.actor_id, name: x.actor_name, kind: x.actor_kind as Actor['kind'] },
        rule: x.rule,
      }
      const role = storedRole(x, {
        title: x.role_title,
        key: x.role_key,
        of: x.role_of,
        start: x.role_start,
        end: x.role_end,
        rule: x.role_rule,
      })
      if (role) mention.role = role
      const also = storedRole(x, {
        title: x.also_role_title,
        key: x.also_role_key,
        of: x.also_role_of,
        start: x.also_role_start,
        end: x.also_role_end,
        rule: x.also_role_rule,
      })
      if (also) mention.alsoRole = also
      return mention
    })
    const actors = new Map<string, Actor>()
    for (const mention of mentionList)
      if (!actors.has(mention.actor.id)) actors.set(mention.actor.id, mention.actor)
    const annotations: Annotations = {
      sentences: (s.get(row.id) ?? []).map((x) => ({ block: x.block, start: x.start, end: x.end })),
      actors: [...actors.values()],
      mentions: mentionList,
      quotes: (q.get(row.id) ?? []).map((x) => {
        const quote: Quote = {
          start: x.start,
          end: x.end,
          text: x.text,
          partial: x.partial === 1,
          rule: x.rule,
          speaker: null,
          cue:
            x.cue_text === null ? null : { text: x.cue_text, start: x.cue_start ?? 0, end: x.cue_end ?? 0 },
        }
        if (x.speaker_id !== null) {
          quote.speaker = {
            id: x.speaker_id,
            name: x.speaker_name ?? x.speaker_id,
            rule: x.speaker_rule ?? 'unknown',
          }
          if (x.speaker_start !== null && x.speaker_end !== null) {
            quote.speaker.mention = { start: x.speaker_start, end: x.speaker_end }
          }
        }
        return quote
      }),
      times: (t.get(row.id) ?? []).map((x) => {
        const time = {
          start: x.start,
          end: x.end,
          text: x.text,
          value: x.value,
          grain: x.grain as TimeGrain | null,
          anchor: x.anchor as TimeExpression['anchor'],
          rule: x.rule,
        }
        return x.reason === null ? time : { ...time, reason: x.reason }
      }),
      quantities: (n.get(row.id) ?? []).map((x) => {
        const quantity: Quantity = {
          start: x.start,
          end: x.end,
          text: x.text,
          value: x.value,
          unit: x.unit,
          hedge: x.hedge as Hedge | null,
          rule: x.rule,
        }
        if (x.normalized_value !== null && x.normalized_unit !== null) {
          quantity.normalized = { value: x.normalized_value, unit: x.normalized_unit }
        }
        return quantity
      }),
    }
    const messageList: Message[] = (g.get(row.id) ?? []).map((x) => {
      const msg: Message = {
        stage: x.stage,
        rule: x.rule,
        reason: x.reason,
        severity: x.severity as Severity,
      }
      if (x.start !== null && x.end !== null) msg.place = { start: x.start, end: x.end }
      return msg
    })
    return { article, annotations, messages: messageList }
  })
}

/** A stored raw input, as needed to derive its article again. */
export interface StoredRaw {
  hash: string
  input: string
  format: string
  encoding: string
  encodingReason: string
  bytes: Uint8Array
  hints: SourceHints
}

/** Every stored raw input (articles and rejected ones), oldest first. */
export async function listRawDocuments(db: Kysely<Database>): Promise<StoredRaw[]> {
  const rows = await db
    .selectFrom('raw_document')
    .selectAll()
    .orderBy('received_at')
    .orderBy('hash')
    .execute()
  return rows.map((r) => ({
    hash: r.hash,
    input: r.input,
    format: r.format,
    encoding: r.encoding,
    encodingReason: r.encoding_reason,
    bytes: r.bytes,
    hints: JSON.parse(r.hints) as SourceHints,
  }))
}

/** A role read back from its stored columns (`role_*` or `also_role_*`), or undefined when none was stored. */
function storedRole(
  mention: { start: number; end: number },
  c: {
    title: string | null
    key: string | null
    of: string | null
    start: number | null
    end: number | null
    rule: string | null
  },
): Role | undefined {
  if (c.title === null) return undefined
  const role: Role = {
    title: c.title,
    key: c.key ?? c.title.toLowerCase(),
    start: c.start ?? mention.start,
    end: c.end ?? mention.end,
    rule: c.rule ?? 'unknown',
  }
  if (c.of !== null) role.of = c.of
  return role
}
