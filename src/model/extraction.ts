/**
 * Output of the HTML main-content extractor (`parallax extract`).
 */
import type { DatedValue, Removed } from './article.js'

/** A date signal seen on the page, kept so the choice can be explained. */
export interface DateSignal {
  /** `json-ld:datePublished`, `meta:article:published_time`, `time[datetime]`, `url`, `text`, … */
  signal: string
  /** What the page said. */
  raw: string
  /** Normalised ISO 8601 value, or `null` if rejected. */
  value: string | null
  kind: 'published' | 'modified'
  /** Trust in this kind of signal, 0–1 (JSON-LD 0.95 … text 0.5). */
  confidence: number
  /** Whether this signal gave the chosen `published` or `modified` date. */
  chosen: boolean
  /** Why it was rejected (future, before 1990, unparseable) (optional). */
  rejected?: string
}

/** Page-level verdict. */
export type PageKind = 'article' | 'not-article'

/** Result of extracting one HTML page. */
export interface Extraction {
  kind: PageKind
  /** Why the page is not an article (home page, index, tag page, script-only, …) (optional). */
  notArticleReason?: string
  title: string | null
  authors: string[]
  /** Publication date, or `null`: an explicit "undated" state. */
  published: DatedValue | null
  modified: DatedValue | null
  dateSignals: DateSignal[]
  siteName: string | null
  /** ISO 639-1 from markup (`<html lang>`, `og:locale`), or `null`. */
  lang: string | null
  canonicalUrl: string | null
  /** The standfirst (the summary set under the headline), kept out of `text`, or `null`. */
  standfirst: string | null
  /** Body text: paragraphs and headings separated by a blank line (no headline, bylines, captions, junk). */
  text: string
  paragraphs: string[]
  headings: string[]
  captions: string[]
  /**
   * The kept blocks in reading order, including captions, with their kind,
   * so the document pipeline can build `Article.text` without re-parsing.
   */
  blocks: { kind: 'paragraph' | 'heading' | 'caption' | 'list-item' | 'blockquote'; text: string }[]
  removed: Removed[]
}
