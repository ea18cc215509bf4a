/**
 * The story runner: group the stored articles into stories and store each
 * story's report. Recomputed only when the article set changed since the
 * last run, so `stories` and `report` are cheap and always current.
 */
import {
  analyzeStory,
  buildStoryReport,
  type CorpusOptions,
  groupStories,
  toStoryDoc,
} from '../corpus/index.js'
import type { AnalyzedArticle } from '../model/index.js'
import {
  articleSetFingerprint,
  listArticleIds,
  listArticles,
  replaceStories,
  type Store,
  storiesFingerprint,
} from '../store/index.js'

/** Options for {@link refreshStories}. */
export interface RefreshOptions {
  corpus?: CorpusOptions
  /** Recompute even when the article set did not change (default: `false`). */
  force?: boolean
}

/** What {@link refreshStories} did. */
export interface RefreshResult {
  recomputed: boolean
  articles: number
  stories: number
}

/**
 * Bring the stored stories up to date with the stored articles. The grouping
 * is a pure function of the article set, so it does not depend on the order
 * in which articles arrived.
 */
export async function refreshStories(store: Store, options: RefreshOptions = {}): Promise<RefreshResult> {
  const ids = await listArticleIds(store.db)
  const fingerprint = articleSetFingerprint(ids)
  if (!options.force && (await storiesFingerprint(store.db)) === fingerprint) {
    const count = await store.db
      .selectFrom('story')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return { recomputed: false, articles: ids.length, stories: Number(count?.n ?? 0) }
  }
  const stored = await listArticles(store.db)
  const articles: AnalyzedArticle[] = stored.map(({ article, annotations }) => ({ article, annotations }))
  const corpus = options.corpus ?? {}
  const stories = groupStories(articles.map(toStoryDoc), corpus.cluster)
  const reports = stories.map((story) =>
    buildStoryReport(analyzeStory(story, articles, corpus), corpus.report),
  )
  await replaceStories(store.db, stories, reports, fingerprint)
  return { recomputed: true, articles: articles.length, stories: stories.length }
}
