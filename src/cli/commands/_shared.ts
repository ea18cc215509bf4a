/** Arguments shared by several commands. */
import type { ArgDef } from 'citty'
import { ParallaxError } from '../../model/index.js'

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

/** Read a byte size (`1000000`, `512k`, `64M`, `1g`). */
export function parseBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?)?$/i.exec(value.trim())
  if (!match)
    throw new ParallaxError('E_USAGE', `--max-bytes: cannot read \`${value}\` (try 1000000, 512k or 64M)`)
  const unit = (match[2] ?? '').toLowerCase()[0]
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.floor(Number(match[1]) * factor)
}
