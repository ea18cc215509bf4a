/** `parallax analyze <inputs…> [--db FILE]`: ingest reports and compare them, in one go. */
import { defineCommand } from 'citty'
import { ParallaxError } from '../../model/index.js'
import { ingestPaths } from '../../runner/ingest.js'
import { refreshStories } from '../../runner/stories.js'
import { listStories, openStore } from '../../store/index.js'
import { createProgress } from '../progress.js'
import { dbArg, parseBytes } from './_shared.js'
import { exitCode, printOutcomes } from './ingest.js'
import { printStories } from './stories.js'

export default defineCommand({
  meta: { name: 'analyze', description: 'Ingest reports, group them into stories and compare them' },
  args: {
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
  },
  async run({ args }) {
    const paths = args._.filter((p) => p !== '')
    if (paths.length === 0)
      throw new ParallaxError('E_USAGE', 'analyze needs at least one path (or `-` for stdin)')
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
      printOutcomes(outcomes, true)
      const refreshed = await refreshStories(store)
      process.stdout.write(`${refreshed.articles} articles in ${refreshed.stories} stories\n\n`)
      printStories(await listStories(store.db))
      return exitCode(outcomes)
    } finally {
      progress.done()
      await store.close()
    }
  },
})
