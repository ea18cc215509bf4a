/** `parallax reprocess [--db FILE]`: derive every article and story again from the kept raw input. */
import { defineCommand } from 'citty'
import { reprocess } from '../../runner/reprocess.js'
import { openStore } from '../../store/index.js'
import { EXIT } from '../exit.js'
import { createProgress } from '../progress.js'
import { dbArg } from './_shared.js'

export default defineCommand({
  meta: {
    name: 'reprocess',
    description:
      'Run the current pipeline again on every stored raw input (after an upgrade), then regroup the stories',
  },
  args: { ...dbArg },
  async run({ args }) {
    const store = await openStore({ file: args.db })
    const progress = createProgress('reprocess')
    try {
      const result = await reprocess(store, { onProgress: (done, total) => progress.update(done, total) })
      progress.done()
      process.stdout.write(
        `${result.documents} raw inputs re-derived: ${result.articles} articles, ${result.rejected} rejected; ${result.stories} stories\n`,
      )
      return EXIT.ok
    } finally {
      progress.done()
      await store.close()
    }
  },
})
