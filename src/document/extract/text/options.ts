/**
 * Options of the plain-text cleaner: every threshold, with its default.
 */
import { DEFAULT_DUPLICATE_MIN_LENGTH } from '../blocks.js'

/** Thresholds of `extractText`. Every one has a default; see the README for the rules. */
export interface ExtractTextOptions {
  /** Longest headline, in characters (default 160). */
  titleMaxLength?: number
  /** Most words in a headline (default 25). */
  titleMaxWords?: number
  /**
   * Fewest words in a headline: a one- or two-word first line ("Claim",
   * "Pittsburgh", "Staff Reports") is a label or a heading far more often
   * than a headline (default 3).
   */
  titleMinWords?: number
  /** How many leading units may hold the kicker, headline, byline and standfirst (default 6). */
  topWindow?: number
  /** Longest section heading, in characters (default 80). */
  headingMaxLength?: number
  /** Most words in a section heading (default 12). */
  headingMaxWords?: number
  /** Longest standfirst, in characters (default 400). */
  standfirstMaxLength?: number
  /** Longest byline line, in characters (default 120). */
  bylineMaxLength?: number
  /** How many lines under the headline may hold a byline without a lead-in ("Jane Doe, Daily News") (default 3). */
  bylineWindow?: number
  /** How many body paragraphs after the headline are searched for a dateline (default 3). */
  datelineWindow?: number
  /** Longest caption, in characters (default 400). */
  captionMaxLength?: number
  /**
   * Vocabulary junk (cross-links, prompts, credits) longer than this many
   * characters is kept: a long line is more likely a real paragraph that
   * happens to use the words (default 250).
   */
  junkMaxLength?: number
  /** Hard wrap: text filled to a column wider than this is not wrapped (default 100). */
  wrapMaxColumn?: number
  /** Hard wrap: a line this share of the column long continues on the next (default 0.75). */
  wrapFillRatio?: number
  /** Hard wrap: fewer filled lines than this and the text is not wrapped (default 3). */
  wrapMinLines?: number
  /**
   * A line without a closing stop counts as cut off only from this many
   * characters: headings and short lines legitimately have none (default 60).
   */
  truncatedMinLength?: number
  /**
   * When more than this share of the body's long lines lack a closing stop
   * (not counting a trailing run of them), the document simply does not
   * punctuate, and "cut off" is no evidence of a teaser (default 0.5).
   */
  unpunctuatedMaxShare?: number
  /** A line sharing less than this share of its content words with the document is off-topic (default 0.3). */
  offTopicMaxOverlap?: number
  /** Lines with fewer content words are never judged off-topic (default 6). */
  offTopicMinWords?: number
  /**
   * Two cut-off lines are a run of teasers when their lengths differ by at
   * most this share: teasers are cut to one character budget, so their
   * lengths match closely, while a list of real items varies (default 0.05).
   */
  teaserRunTolerance?: number
  /** Most words in a linked title under a "Related" header (default 20). */
  teaserListMaxWords?: number
  /**
   * A comments header opens a comment list only from this share of the
   * document on: a comment list closes a page, so higher up the header is
   * more likely a heading of the report's own (default 0.5).
   */
  commentListFrom?: number
  /** Repeated blocks shorter than this (normalised) are kept (default 20). */
  duplicateMinLength?: number
  /**
   * Longest author bio, in characters: a bio is a sentence or two and a
   * contact, and a longer closing paragraph is more likely the report's own
   * (default 300).
   */
  authorBioMaxLength?: number
  /** Most words in the sentence that describes the writer in an author bio (default 30). */
  authorBioMaxWords?: number
  /** Rule ids not to apply (`teaser-off-topic`, `caption-pose`, `kicker`, …). */
  disable?: readonly string[]
}

/** Options with every default filled in. */
export type Settings = Required<Omit<ExtractTextOptions, 'disable'>>

/** Defaults of {@link ExtractTextOptions}. */
export const DEFAULT_TEXT_OPTIONS: Readonly<Settings> = Object.freeze({
  titleMaxLength: 160,
  titleMaxWords: 25,
  titleMinWords: 3,
  topWindow: 6,
  headingMaxLength: 80,
  headingMaxWords: 12,
  standfirstMaxLength: 400,
  bylineMaxLength: 120,
  bylineWindow: 3,
  datelineWindow: 3,
  captionMaxLength: 400,
  junkMaxLength: 250,
  wrapMaxColumn: 100,
  wrapFillRatio: 0.75,
  wrapMinLines: 3,
  truncatedMinLength: 60,
  unpunctuatedMaxShare: 0.5,
  offTopicMaxOverlap: 0.3,
  offTopicMinWords: 6,
  teaserRunTolerance: 0.05,
  teaserListMaxWords: 20,
  commentListFrom: 0.5,
  duplicateMinLength: DEFAULT_DUPLICATE_MIN_LENGTH,
  authorBioMaxLength: 300,
  authorBioMaxWords: 30,
})

/** Options resolved: thresholds with their defaults, and a test for disabled rules. */
export interface Resolved {
  o: Settings
  /** Whether rule `rule` applies (not listed in `disable`). */
  on: (rule: string) => boolean
}

/** Fill in the defaults; values that are not numbers are ignored. */
export function resolveOptions(options: ExtractTextOptions): Resolved {
  const o: Settings = { ...DEFAULT_TEXT_OPTIONS }
  for (const key of Object.keys(DEFAULT_TEXT_OPTIONS) as (keyof Settings)[]) {
    const value = options[key]
    if (typeof value === 'number') o[key] = value
  }
  const disabled = new Set(options.disable ?? [])
  return { o, on: (rule) => !disabled.has(rule) }
}
