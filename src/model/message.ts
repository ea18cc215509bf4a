/**
 * Diagnostics attached to a document as it travels through the pipeline
 * (vfile-style): problems with the *content* are messages, never exceptions.
 */

/** How bad a message is. A `fatal` message makes later stages skip the document. */
export type Severity = 'info' | 'warning' | 'fatal'

/** A character range `[start, end)` into a text (UTF-16 code units, as JavaScript strings index). */
export interface Span {
  start: number
  end: number
}

/** One diagnostic. */
export interface Message {
  /** Stage that emitted it (`ingest`, `extract`, `segment`, `annotate:actors`, …). */
  stage: string
  /** Stable kebab-case rule id (`empty-input`, `non-english`, …); documented in `docs/messages.md`. */
  rule: string
  /** One human-readable line. */
  reason: string
  severity: Severity
  /** Offsets into the article text (or the raw input for ingest messages) (optional). */
  place?: Span
}
