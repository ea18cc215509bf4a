/** `parallax stories [--db FILE] [--format json|table]`: the stories found among the stored articles. */
import { defineCommand } from 'citty'
import { ParallaxError } from '../../model/index.js'
import { refreshStories } from '../../runner/stories.js'
import { listStories, openStore, type StorySummary } from '../../store/index.js'
import { EXIT } from '../exit.js'
import { printTable } from '../table.js'
import { dbArg, formatArg } from './_shared.js'

export default defineCommand({
  meta: {
    name: 'stories',
    description: 'List stories: date, headline, articles, outlets, independent origins, contradictions',
  },
  args: { ...dbArg, ...formatArg },
  async run({ args }) {
    if (args.format !== 'json' && args.format !== 'table') {
      throw new ParallaxError('E_USAGE', `--format must be json or table, not \`${args.format}\``)
    }
    const store = await openStore({ file: args.db })
    try {
      await refreshStories(store)
      const stories = await listStories(store.db)
      if (args.format === 'json') process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`)
      else printStories(stories)
      return EXIT.ok
    } finally {
      await store.close()
    }
  },
})

/** The stories table. */
export function printStories(stories: readonly StorySummary[]): void {
  if (stories.length === 0) {
    process.stdout.write('(no stories; run `parallax analyze <path>` first)\n')
    return
  }
  printTable(
    ['id', 'date', 'articles', 'origins', 'contradictions', 'outlets', 'headline'],
    stories.map((s) => [
      s.id,
      s.date ?? 'undated',
      String(s.articles),
      String(s.origins),
      String(s.contradictions),
      s.outlets.join(', '),
      s.title ?? '(no headline)',
    ]),
    { maxWidths: [28, 10, 8, 7, 14, 40, 60] },
  )
}
