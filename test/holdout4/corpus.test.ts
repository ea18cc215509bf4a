/**
 * The fourth unseen validation corpus (`test/holdout4/`, see its README): the
 * corpus itself and nothing else (`test/lib/unseen-corpus.ts`): no scorer, no
 * pipeline function. The lead measures it once.
 */
import { checkUnseenCorpus } from '../lib/unseen-corpus.js'

checkUnseenCorpus('fourth unseen validation corpus', 'test/holdout4', [
  'test/golden/events',
  'test/holdout/truth',
  'test/holdout2/truth',
  'test/holdout3/truth',
])
