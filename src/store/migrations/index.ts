/** Versioned migrations, in order. Add a new dated file; never edit a shipped one. */
import type { Migration, MigrationProvider } from 'kysely'
import * as createDocuments from './2026_11_24_000001_create_documents.js'
import * as createStories from './2026_11_24_000002_create_stories.js'
import * as quantityNormalized from './2026_11_24_000003_quantity_normalized.js'
import * as mentionAlsoRole from './2026_11_24_000004_mention_also_role.js'

const MIGRATIONS: Record<string, Migration> = {
  '2026_11_24_000001_create_documents': createDocuments,
  '2026_11_24_000002_create_stories': createStories,
  '2026_11_24_000003_quantity_normalized': quantityNormalized,
  '2026_11_24_000004_mention_also_role': mentionAlsoRole,
}

/** Kysely migration provider over the bundled migrations (no filesystem scan, so it works from `dist/`). */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS
  },
}
