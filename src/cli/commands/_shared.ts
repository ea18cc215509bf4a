/** Arguments shared by several commands. */
import type { ArgDef } from 'citty'

export const dbArg = {
  db: { type: 'string', description: 'SQLite database file', default: './parallax.db', valueHint: 'FILE' },
} as const satisfies Record<string, ArgDef>

export const formatArg = {
  format: {
    type: 'string',
    description: 'Output format: json or table',
    default: 'table',
    valueHint: 'json|table',
  },
} as const satisfies Record<string, ArgDef>
