/**
 * The third unseen validation corpus (`test/holdout3/`, see its README): the
 * corpus itself and nothing else (`test/lib/unseen-corpus.ts`): no scorer, no
 * pipeline function. The lead measures it once with `npm run bench:holdout`.
 */
import { checkUnseenCorpus } from '../lib/unseen-corpus.js'

checkUnseenCorpus('third unseen validation corpus', 'test/holdout3', [
  'test/golden/events',
  'test/holdout/truth',
  'test/holdout2/truth',
])
