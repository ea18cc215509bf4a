/** Quantities keep their value in the base unit of their kind (`Quantity.normalized`). */
import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quantity').addColumn('normalized_value', 'real').execute()
  await db.schema.alterTable('quantity').addColumn('normalized_unit', 'text').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quantity').dropColumn('normalized_unit').execute()
  await db.schema.alterTable('quantity').dropColumn('normalized_value').execute()
}
