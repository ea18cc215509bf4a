/**
 * The fifth unseen validation corpus (`test/holdout5/`, see its README): the
 * corpus itself and nothing else (`test/lib/unseen-corpus.ts`): no scorer, no
 * pipeline function. The lead measures it once.
 */
import { checkUnseenCorpus } from '../lib/unseen-corpus.js'

checkUnseenCorpus('fifth unseen validation corpus', 'test/holdout5', [
  'test/golden/events',
  'test/holdout/truth',
  'test/holdout2/truth',
  'test/holdout3/truth',
  'test/holdout4/truth',
])
