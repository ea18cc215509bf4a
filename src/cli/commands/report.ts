/** `parallax report [--story ID] --format json|md|html [--out FILE]`: the verified account of each story. */
import { writeFile } from 'node:fs/promises'
import { defineCommand } from 'citty'
import { toCorpusReport } from '../../corpus/index.js'
import { ParallaxError } from '../../model/index.js'
import { refreshStories } from '../../runner/stories.js'
import { getStoryReports, openStore } from '../../store/index.js'
import { type ReportFormat, render } from '../../web/report/index.js'
import { EXIT } from '../exit.js'
import { dbArg } from './_shared.js'

const FORMATS: readonly ReportFormat[] = ['json', 'md', 'html']

export default defineCommand({
  meta: {
    name: 'report',
    description: 'Print the verified account of each story (or one) as JSON, Markdown or HTML',
  },
  args: {
    ...dbArg,
    story: { type: 'string', description: 'Only this story (comma list allowed)', valueHint: 'ID' },
    format: { type: 'string', description: 'json, md or html', default: 'md', valueHint: 'json|md|html' },
    out: { type: 'string', description: 'Write to this file instead of stdout', valueHint: 'FILE' },
  },
  async run({ args }) {
    const format = args.format as ReportFormat
    if (!FORMATS.includes(format)) {
      throw new ParallaxError('E_USAGE', `--format must be json, md or html, not \`${args.format}\``)
    }
    const store = await openStore({ file: args.db })
    try {
      await refreshStories(store)
      const ids = args.story ? args.story.split(',').map((s) => s.trim()) : undefined
      const reports = await getStoryReports(store.db, ids)
      if (ids && reports.length < ids.length) {
        const found = new Set(reports.map((r) => r.id))
        throw new ParallaxError(
          'E_NOT_FOUND',
          `no story with id ${ids.filter((id) => !found.has(id)).join(', ')}`,
        )
      }
      const output = render(toCorpusReport(reports), format)
      if (args.out) {
        await writeFile(args.out, output)
        process.stderr.write(
          `wrote ${args.out} (${reports.length} ${reports.length === 1 ? 'story' : 'stories'})\n`,
        )
      } else process.stdout.write(output.endsWith('\n') ? output : `${output}\n`)
      return EXIT.ok
    } finally {
      await store.close()
    }
  },
})
