/**
 * What ingest produces: one raw input document, bytes kept verbatim so that
 * everything derived from it can be recomputed.
 */

/** Format of a single document, detected from content (never from the extension). */
export type DocumentFormat = 'text' | 'html'

/** Metadata that came with the input rather than from its content. */
export interface SourceHints {
  /** Page URL (optional). */
  url?: string
  /** Outlet name given by the caller (`--source`, JSONL `source`) (optional). */
  source?: string
  /** Publication date as given (ISO 8601 preferred) (optional). */
  published?: string
  /** Headline as given (optional). */
  title?: string
}

/** One raw document. */
export interface RawDocument {
  /** SHA-256 (hex) of `bytes`; the identity used to make re-ingest a no-op. */
  hash: string
  /** Where it came from: a path, `-` for stdin, or `path#L3` for line 3 of a JSON Lines file. */
  input: string
  /** The bytes exactly as read (for JSONL, the record's line). */
  bytes: Uint8Array
  /** Detected format of the document body. */
  format: DocumentFormat
  /** Detected or declared character encoding (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string
  /** Why that encoding was chosen (`bom`, `declared`, `valid-utf8`, `heuristic`). */
  encodingReason: string
  /** Decoded body (text or HTML source). */
  body: string
  hints: SourceHints
}
