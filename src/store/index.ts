/**
 * The store: SQLite through Kysely (WAL, versioned migrations). The dialect is
 * the only place SQLite is named, so PostgreSQL can be swapped in later.
 */
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { ParallaxError } from '../model/index.js'
import { migrationProvider } from './migrations/index.js'
import type { Database } from './schema.js'

export * from './repositories/documents.js'
export * from './repositories/stories.js'
export type { Database } from './schema.js'

/** An open store. */
export interface Store {
  db: Kysely<Database>
  /** Where it lives (a file path, or `:memory:`). */
  location: string
  close(): Promise<void>
}

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** SQLite file (default: `./parallax.db`; `:memory:` for a throwaway store). */
  file?: string
}

/**
 * Open (creating if needed) a store and bring its schema up to date.
 *
 * @throws {ParallaxError} `E_STORE` when the file cannot be opened or migrated.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const file = options.file ?? './parallax.db'
  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('synchronous = NORMAL')
  } catch (error) {
    throw new ParallaxError('E_STORE', `cannot open database \`${file}\`: ${(error as Error).message}`, {
      cause: error,
    })
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    throw new ParallaxError(
      'E_STORE',
      `cannot migrate database \`${file}\`: ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    )
  }
  return {
    db,
    location: file,
    async close() {
      await db.destroy()
    },
  }
}
