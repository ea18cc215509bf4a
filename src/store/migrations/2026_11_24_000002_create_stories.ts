/**
 * Stories: the current grouping of articles into stories, each with its
 * report, and the fingerprint of the article set they were computed from.
 */
import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('story')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text')
    .addColumn('date', 'text')
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('origin_count', 'integer', (c) => c.notNull())
    .addColumn('contradiction_count', 'integer', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('story_member')
    .addColumn('story_id', 'text', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_member_pk', ['story_id', 'article_id'])
    .execute()
  await db.schema.createIndex('story_member_article').on('story_member').column('article_id').execute()
  await db.schema
    .createTable('analysis_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('analysis_state').ifExists().execute()
  await db.schema.dropTable('story_member').ifExists().execute()
  await db.schema.dropTable('story').ifExists().execute()
}
