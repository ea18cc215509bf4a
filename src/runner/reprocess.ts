/**
 * Re-derive everything from the kept raw bytes: every article, annotation and
 * message is computed again by the current pipeline, then the stories. This is
 * why raw input is always kept — improving a heuristic never means finding
 * the original files again.
 */
import { type DocumentOptions, processDocument } from '../document/index.js'
import { reingest } from '../document/ingest/index.js'
import { listRawDocuments, type Store, saveDocument } from '../store/index.js'
import { refreshStories } from './stories.js'

/** Options for {@link reprocess}. */
export interface ReprocessOptions extends DocumentOptions {
  onProgress?: (done: number, total: number) => void
}

/** What {@link reprocess} did. */
export interface ReprocessResult {
  documents: number
  articles: number
  rejected: number
  stories: number
}

/** Run the per-article pipeline again on every kept raw input, then regroup the stories. */
export async function reprocess(store: Store, options: ReprocessOptions = {}): Promise<ReprocessResult> {
  const kept = await listRawDocuments(store.db)
  let articles = 0
  let rejected = 0
  for (const [index, raw] of kept.entries()) {
    const file = processDocument(reingest(raw, options.ingest), options)
    const fatal = file.messages.some((m) => m.severity === 'fatal')
    const { article, annotations } = file.data
    const record = {
      raw: file.data.raw ?? { ...raw, format: 'text' as const, encodingReason: raw.encodingReason, body: '' },
      messages: file.messages,
      ...(!fatal && article ? { article } : {}),
      ...(!fatal && article && annotations ? { annotations } : {}),
    }
    await saveDocument(store.db, record, new Date(), { replace: true })
    if (!fatal && article) articles++
    else rejected++
    options.onProgress?.(index + 1, kept.length)
  }
  // Same article ids, new contents: the stories must be recomputed even
  // though the set of articles did not change.
  const refreshed = await refreshStories(store, { force: true })
  return { documents: kept.length, articles, rejected, stories: refreshed.stories }
}
