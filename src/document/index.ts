/**
 * The per-article pipeline, in order: ingest → extract → segment → annotate.
 * This file is the one place that order is written down. Every stage is a
 * pure function; a fatal message on the envelope makes the later stages skip
 * the document, so one bad document never sinks a batch.
 */
import type { Annotations, Article } from '../model/index.js'
import { type AnnotateOptions, annotate } from './annotate/index.js'
import { createFile, isFatal, type NewsFile } from './envelope.js'
import { type ExtractOptions, extract } from './extract/index.js'
import { type IngestInput, type IngestOptions, ingest } from './ingest/index.js'

export type { NewsFile } from './envelope.js'

/** Options for every per-article stage. */
export interface DocumentOptions {
  ingest?: IngestOptions
  extract?: ExtractOptions
  annotate?: AnnotateOptions
}

/**
 * Run ingest only: bytes → one envelope per document held by the input (a
 * JSON Lines file holds many). Lets a caller skip known documents (by
 * `data.raw.hash`) before paying for the rest.
 */
export function ingestDocuments(input: IngestInput, options: DocumentOptions = {}): NewsFile[] {
  return ingest(input, options.ingest)
}

/** Run extract → segment → annotate on an ingested envelope, in place. */
export function processDocument(file: NewsFile, options: DocumentOptions = {}): NewsFile {
  if (isFatal(file)) return file
  extract(file, options.extract)
  if (isFatal(file)) return file
  annotate(file, options.annotate)
  return file
}

/** Run the whole per-article pipeline on one input. */
export function runDocuments(input: IngestInput, options: DocumentOptions = {}): NewsFile[] {
  return ingestDocuments(input, options).map((file) => processDocument(file, options))
}

/** Convenience: run the pipeline on a string (tests, API). */
export function readArticle(
  body: string,
  options: DocumentOptions & { input?: string; hints?: IngestInput['hints'] } = {},
): { article?: Article; annotations?: Annotations; file: NewsFile } {
  const input: IngestInput = { input: options.input ?? 'inline', bytes: new TextEncoder().encode(body) }
  if (options.hints) input.hints = options.hints
  const [file = createFile(input.input)] = runDocuments(input, options)
  const result: { article?: Article; annotations?: Annotations; file: NewsFile } = { file }
  if (file.data.article) result.article = file.data.article
  if (file.data.annotations) result.annotations = file.data.annotations
  return result
}
