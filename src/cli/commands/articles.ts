/** `parallax articles [--db FILE] [--format json|table] [--id ID]`: list stored articles. */
import { defineCommand } from 'citty'
import { articleView } from '../../api/views/article.js'
import { ParallaxError } from '../../model/index.js'
import { listArticles, openStore, type StoredArticle } from '../../store/index.js'
import { EXIT } from '../exit.js'
import { printTable } from '../table.js'
import { dbArg, formatArg } from './_shared.js'

export default defineCommand({
  meta: { name: 'articles', description: 'List stored articles with their annotations' },
  args: {
    ...dbArg,
    ...formatArg,
    id: { type: 'string', description: 'Only this article (repeatable as a comma list)', valueHint: 'ID' },
  },
  async run({ args }) {
    if (args.format !== 'json' && args.format !== 'table') {
      throw new ParallaxError('E_USAGE', `--format must be json or table, not \`${args.format}\``)
    }
    const store = await openStore({ file: args.db })
    try {
      const ids = args.id ? args.id.split(',').map((s) => s.trim()) : undefined
      const stored = await listArticles(store.db, ids ? { ids } : {})
      if (ids && stored.length === 0)
        throw new ParallaxError('E_NOT_FOUND', `no article with id ${ids.join(', ')}`)
      if (args.format === 'json') {
        const views = stored.map((s) => articleView(s.article, s.annotations, s.messages))
        process.stdout.write(`${JSON.stringify(views, null, 2)}\n`)
      } else {
        printArticles(stored)
      }
      return EXIT.ok
    } finally {
      await store.close()
    }
  },
})

function printArticles(rows: readonly StoredArticle[]): void {
  if (rows.length === 0) {
    process.stdout.write('(no articles; run `parallax ingest <path>` first)\n')
    return
  }
  printTable(
    ['id', 'source', 'published', 'lang', 'actors', 'quotes', 'title'],
    rows.map(({ article: a, annotations: n }) => [
      a.id,
      a.source,
      a.published?.value.slice(0, 10) ?? 'undated',
      a.lang,
      String(n.actors.length),
      String(n.quotes.length),
      a.title ?? '(no headline)',
    ]),
    { maxWidths: [16, 30, 10, 4, 6, 6, 70] },
  )
}
