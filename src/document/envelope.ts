/**
 * The per-document envelope (vfile-style): data plus messages. Stages add to
 * `data`; a fatal message makes every later stage skip the document, and one
 * bad document never sinks a batch.
 */
import type { Annotations, Article, Message, RawDocument, Severity, Span } from '../model/index.js'

/** What the document stages add, stage by stage. */
export interface DocumentData {
  raw?: RawDocument
  article?: Article
  annotations?: Annotations
}

/** One document travelling through the pipeline. */
export interface NewsFile {
  /** Where it came from (path, `-`, `path#L3`). */
  input: string
  data: DocumentData
  messages: Message[]
}

/** Create an empty envelope for `input`. */
export function createFile(input: string): NewsFile {
  return { input, data: {}, messages: [] }
}

/** Options for {@link message}. */
export interface MessageOptions {
  stage: string
  rule: string
  severity?: Severity
  place?: Span
}

/**
 * Record a message on `file` and return it.
 *
 * @param file Envelope.
 * @param reason One human-readable line.
 * @param options Stage, rule, severity (default: `warning`), place (optional).
 */
export function message(file: NewsFile, reason: string, options: MessageOptions): Message {
  const entry: Message = {
    stage: options.stage,
    rule: options.rule,
    reason,
    severity: options.severity ?? 'warning',
  }
  if (options.place) entry.place = options.place
  file.messages.push(entry)
  return entry
}

/** Record a fatal message: later stages skip `file`. */
export function fail(file: NewsFile, reason: string, options: Omit<MessageOptions, 'severity'>): Message {
  return message(file, reason, { ...options, severity: 'fatal' })
}

/** Whether `file` carries a fatal message. */
export function isFatal(file: NewsFile): boolean {
  return file.messages.some((m) => m.severity === 'fatal')
}
