/** A mention keeps a second role stated at it (`Mention.alsoRole`), beside `role_*`. */
import type { Kysely } from 'kysely'

const COLUMNS = [
  ['also_role_title', 'text'],
  ['also_role_key', 'text'],
  ['also_role_of', 'text'],
  ['also_role_start', 'integer'],
  ['also_role_end', 'integer'],
  ['also_role_rule', 'text'],
] as const

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of COLUMNS) await db.schema.alterTable('mention').addColumn(name, type).execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...COLUMNS].reverse())
    await db.schema.alterTable('mention').dropColumn(name).execute()
}
