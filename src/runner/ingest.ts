/**
 * The ingest runner: read inputs, run the per-article pipeline, persist. The
 * one place where document stages meet the filesystem and the store; the CLI
 * and the API both call it.
 */

import { type DocumentOptions, ingestDocuments, processDocument } from '../document/index.js'
import { DEFAULT_MAX_BYTES } from '../document/ingest/index.js'
import type { Message } from '../model/index.js'
import { findRaw, type Store, saveDocument, saveOrphanMessages } from '../store/index.js'
import { expandInputs, readInput } from './inputs.js'

/** Options for {@link ingestPaths}. */
export interface IngestRunOptions extends DocumentOptions {
  /** Called after each input file (for progress bars) (optional). */
  onProgress?: (done: number, total: number) => void
}

/** What happened to one document. */
export interface IngestOutcome {
  input: string
  status: 'ingested' | 'duplicate' | 'rejected' | 'unreadable'
  articleId?: string
  title?: string | null
  source?: string
  /** One line: why it was rejected, or what it duplicates. */
  reason?: string
  rule?: string
  /** Non-fatal messages (warnings and notes). */
  messages: Message[]
}

/**
 * Ingest `paths` (files, directories, `-`) into `store`. Never throws for a
 * bad input: each gets an outcome, and the rest of the batch goes on.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestRunOptions = {},
): Promise<IngestOutcome[]> {
  const refs = await expandInputs(paths)
  const outcomes: IngestOutcome[] = []
  const maxBytes = options.ingest?.maxBytes ?? DEFAULT_MAX_BYTES
  for (const [index, ref] of refs.entries()) {
    if (ref.kind === 'missing') {
      outcomes.push({
        input: ref.path,
        status: 'unreadable',
        reason: ref.reason,
        rule: 'unreadable',
        messages: [],
      })
      options.onProgress?.(index + 1, refs.length)
      continue
    }
    const input = ref.kind === 'file' ? ref.path : '-'
    if (ref.kind === 'file' && ref.size > maxBytes) {
      // Refuse before reading: a huge file must not cost its size in memory.
      const reason = `input is ${(ref.size / 1024 / 1024).toFixed(1)} MiB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MiB limit (raise it with --max-bytes)`
      const msg: Message = { stage: 'ingest', rule: 'too-large', reason, severity: 'fatal' }
      await saveOrphanMessages(store.db, input, [msg])
      outcomes.push({ input, status: 'rejected', reason, rule: 'too-large', messages: [] })
      options.onProgress?.(index + 1, refs.length)
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = await readInput(ref)
    } catch (error) {
      outcomes.push({
        input,
        status: 'unreadable',
        reason: (error as Error).message,
        rule: 'unreadable',
        messages: [],
      })
      options.onProgress?.(index + 1, refs.length)
      continue
    }
    for (const file of ingestDocuments({ input, bytes }, options)) {
      outcomes.push(await persist(store, file, options))
    }
    options.onProgress?.(index + 1, refs.length)
  }
  return outcomes
}

async function persist(
  store: Store,
  file: ReturnType<typeof ingestDocuments>[number],
  options: DocumentOptions,
): Promise<IngestOutcome> {
  const raw = file.data.raw
  if (raw) {
    const known = await findRaw(store.db, raw.hash)
    if (known) {
      const what = known.articleId ? `article ${known.articleId}` : `a rejected input (${known.input})`
      return {
        input: file.input,
        status: 'duplicate',
        reason: `already ingested as ${what}; nothing to do`,
        rule: 'duplicate',
        ...(known.articleId ? { articleId: known.articleId } : {}),
        messages: [],
      }
    }
  }
  processDocument(file, options)
  const fatal = file.messages.find((m) => m.severity === 'fatal')
  const others = file.messages.filter((m) => m.severity !== 'fatal')
  if (!raw) {
    await saveOrphanMessages(store.db, file.input, file.messages)
  } else {
    const record = { raw, messages: file.messages, ...(fatal ? {} : optionalArticle(file)) }
    await saveDocument(store.db, record)
  }
  const article = file.data.article
  if (fatal || !article) {
    return {
      input: file.input,
      status: 'rejected',
      reason: fatal?.reason ?? 'no article',
      rule: fatal?.rule ?? 'no-content',
      messages: others,
    }
  }
  return {
    input: file.input,
    status: 'ingested',
    articleId: article.id,
    title: article.title,
    source: article.source,
    messages: others,
  }
}

function optionalArticle(file: ReturnType<typeof ingestDocuments>[number]) {
  const { article, annotations } = file.data
  return { ...(article ? { article } : {}), ...(article && annotations ? { annotations } : {}) }
}
