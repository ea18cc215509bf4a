/** `parallax ingest <path|dir|->... [--db FILE] [--source NAME]`: read, clean, annotate and store reports. */
import { type ArgDef, defineCommand } from 'citty'
import { ParallaxError } from '../../model/index.js'
import { type IngestOutcome, ingestPaths } from '../../runner/ingest.js'
import { openStore, type Store } from '../../store/index.js'
import { EXIT } from '../exit.js'
import { createProgress } from '../progress.js'
import { dbArg, parseBytes } from './_shared.js'

/** Arguments shared by `ingest` and `analyze`. */
export const ingestArgs = {
  ...dbArg,
  source: {
    type: 'string',
    description: 'Outlet name for inputs whose records do not name one',
    valueHint: 'NAME',
  },
  'max-bytes': {
    type: 'string',
    description: 'Refuse inputs larger than this (default: 64 MiB)',
    valueHint: 'BYTES',
  },
  quiet: { type: 'boolean', description: 'Print only the summary and problems', default: false },
} as const satisfies Record<string, ArgDef>

/**
 * Ingest the command's paths into its database, print one line per document
 * and a summary, then hand the open store to `after` (e.g. to compare the
 * stories) before closing it.
 *
 * @returns The exit code the outcomes call for.
 */
export async function runIngest(
  command: string,
  args: {
    _: string[]
    db: string
    source?: string | undefined
    'max-bytes'?: string | undefined
    quiet: boolean
  },
  after?: (store: Store) => Promise<void>,
): Promise<number> {
  const paths = args._.filter((p) => p !== '')
  if (paths.length === 0)
    throw new ParallaxError('E_USAGE', `${command} needs at least one path (or \`-\` for stdin)`)
  const maxBytes = parseBytes(args['max-bytes'])
  const store = await openStore({ file: args.db })
  const progress = createProgress('ingest')
  try {
    const outcomes = await ingestPaths(store, paths, {
      ...(args.source ? { extract: { source: args.source } } : {}),
      ...(maxBytes ? { ingest: { maxBytes } } : {}),
      onProgress: (done, total) => progress.update(done, total),
    })
    progress.done()
    printOutcomes(outcomes, args.quiet)
    await after?.(store)
    return exitCode(outcomes)
  } finally {
    progress.done()
    await store.close()
  }
}

export default defineCommand({
  meta: {
    name: 'ingest',
    description: 'Ingest reports (text, HTML, JSON Lines, feeds; files, directories or - for stdin)',
  },
  args: ingestArgs,
  run: ({ args }) => runIngest('ingest', args),
})

/** One line per document (problems only when `quiet`), then a summary. */
export function printOutcomes(outcomes: readonly IngestOutcome[], quiet: boolean): void {
  const out = process.stdout
  const err = process.stderr
  for (const o of outcomes) {
    switch (o.status) {
      case 'ingested':
        if (!quiet) {
          const notes = o.messages.filter((m) => m.severity === 'warning').map((m) => m.rule)
          const title = o.title ? ` "${o.title}"` : ''
          out.write(
            `ingested   ${o.input} → ${o.articleId} [${o.source}]${title}${notes.length ? ` (warnings: ${[...new Set(notes)].join(', ')})` : ''}\n`,
          )
        }
        break
      case 'duplicate':
        if (!quiet) out.write(`duplicate  ${o.input}: ${o.reason}\n`)
        break
      case 'rejected':
        err.write(`rejected   ${o.input}: ${o.reason} [${o.rule}]\n`)
        break
      case 'unreadable':
        err.write(`unreadable ${o.input}: ${o.reason}\n`)
        break
    }
  }
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length
  out.write(
    `${count('ingested')} ingested, ${count('duplicate')} duplicate, ${count('rejected')} rejected, ${count('unreadable')} unreadable\n`,
  )
}

/** Unreadable paths beat rejected documents: both say something went wrong with the inputs. */
export function exitCode(outcomes: readonly IngestOutcome[]): number {
  if (outcomes.some((o) => o.status === 'unreadable')) return EXIT.input
  if (outcomes.some((o) => o.status === 'rejected')) return EXIT.rejected
  return EXIT.ok
}
