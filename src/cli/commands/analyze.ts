/** `parallax analyze <inputs…> [--db FILE]`: ingest reports and compare them, in one go. */
import { defineCommand } from 'citty'
import { refreshStories } from '../../runner/stories.js'
import { listStories } from '../../store/index.js'
import { ingestArgs, runIngest } from './ingest.js'
import { printStories } from './stories.js'

export default defineCommand({
  meta: { name: 'analyze', description: 'Ingest reports, group them into stories and compare them' },
  args: ingestArgs,
  run: ({ args }) =>
    runIngest('analyze', { ...args, quiet: true }, async (store) => {
      const refreshed = await refreshStories(store)
      process.stdout.write(`${refreshed.articles} articles in ${refreshed.stories} stories\n\n`)
      printStories(await listStories(store.db))
    }),
})
