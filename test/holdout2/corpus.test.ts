/**
 * The second unseen validation corpus (`test/holdout2/`, see its README): the
 * corpus itself and nothing else (`test/lib/unseen-corpus.ts`): no scorer, no
 * pipeline function. Its scores are guarded by `test/holdout2.test.ts`.
 */
import { checkUnseenCorpus } from '../lib/unseen-corpus.js'

checkUnseenCorpus('second unseen validation corpus', 'test/holdout2', [
  'test/golden/events',
  'test/holdout/truth',
])
