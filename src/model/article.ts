/**
 * A cleaned article: the main text without page junk, with metadata, and a
 * record of everything that was removed (never silently lost).
 */
import type { Span } from './message.js'

/** Kind of a kept block of text. */
export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'standfirst' | 'list-item' | 'blockquote'

/** One kept block; offsets into `Article.text`. */
export interface Block extends Span {
  kind: BlockKind
}

/** Text dropped by the cleaner, with the reason. */
export interface Removed {
  text: string
  /** Human-readable reason (`cross-link "Read more:"`, `teaser cut off mid-word`, …). */
  reason: string
  /** Stable rule id (`read-more`, `teaser-truncated`, `duplicate-paragraph`, …). */
  rule: string
}

/**
 * A date with its provenance. `value` is ISO 8601: a day (`2024-11-01`) or an
 * instant with its original offset (`2024-11-01T09:30:00+09:00`).
 */
export interface DatedValue {
  value: string
  /** Which signal won (`json-ld`, `meta:article:published_time`, `time`, `url`, `text`, `input`). */
  signal: string
  /** 0–1. */
  confidence: number
}

/** How the outlet name was found. */
export type SourceOrigin = 'metadata' | 'url' | 'option' | 'filename'

/** A cleaned article. */
export interface Article {
  /** Stable id: derived from the raw document's hash. */
  id: string
  /** Raw document hash (see `RawDocument.hash`). */
  rawHash: string
  /** Where it came from (path, `-`, `path#L3`). */
  input: string
  /** Outlet name (`Reuters`, `nytimes.com`, or the file name when nothing better is known). */
  source: string
  sourceOrigin: SourceOrigin
  url: string | null
  title: string | null
  authors: string[]
  /** Publication date, or `null` when undated (never the ingest time). */
  published: DatedValue | null
  modified: DatedValue | null
  /** ISO 639-1 code (`en`, `de`, …) or `und`. */
  lang: string
  /**
   * Clean text: kept blocks (paragraphs, headings, captions, …) in reading
   * order, separated by a blank line. Every annotation offset indexes this string.
   */
  text: string
  blocks: Block[]
  removed: Removed[]
}
