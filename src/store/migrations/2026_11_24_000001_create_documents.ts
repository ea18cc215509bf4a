/** The per-article tables: raw input, articles and their annotations. */
import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('raw_document')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('encoding_reason', 'text', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('hints', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('article')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('raw_hash', 'text', (c) => c.notNull().unique().references('raw_document.hash'))
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_origin', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('authors', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('published_signal', 'text')
    .addColumn('published_confidence', 'real')
    .addColumn('modified', 'text')
    .addColumn('modified_signal', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  const child = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('article_id', 'text', (c) => c.notNull().references('article.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['article_id', 'idx'])

  await child('block')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .execute()
  await child('removed')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await child('sentence')
    .addColumn('block', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('actor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute()

  await child('mention')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actor.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('role_title', 'text')
    .addColumn('role_key', 'text')
    .addColumn('role_of', 'text')
    .addColumn('role_start', 'integer')
    .addColumn('role_end', 'integer')
    .addColumn('role_rule', 'text')
    .execute()
  await db.schema.createIndex('mention_actor').on('mention').column('actor_id').execute()

  await child('quote')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('partial', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('speaker_id', 'text')
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_rule', 'text')
    .addColumn('speaker_start', 'integer')
    .addColumn('speaker_end', 'integer')
    .addColumn('cue_text', 'text')
    .addColumn('cue_start', 'integer')
    .addColumn('cue_end', 'integer')
    .execute()

  await child('time_expression')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('grain', 'text')
    .addColumn('anchor', 'text')
    .addColumn('reason', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()

  await child('quantity')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('hedge', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('message')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('raw_hash', 'text')
    .addColumn('article_id', 'text')
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('start', 'integer')
    .addColumn('end', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute()
  await db.schema.createIndex('message_article').on('message').column('article_id').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'message',
    'quantity',
    'time_expression',
    'quote',
    'mention',
    'actor',
    'sentence',
    'removed',
    'block',
    'article',
    'raw_document',
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
