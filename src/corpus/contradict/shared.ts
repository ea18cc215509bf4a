/** Types and helpers shared by the contradiction detectors. */
import type {
  AnalyzedArticle,
  Claim,
  ClaimLink,
  Contradiction,
  ContradictionKind,
  ContradictionValue,
  Dismissal,
  Evidence,
  Span,
  StoryDate,
  Subject,
} from '../../model/index.js'
import type { Alignment } from '../align/index.js'
import { meaning } from '../align/synonyms.js'
import { isNumeric, normalizeWord, STOP_WORDS, words } from '../text/words.js'
import type { NumberOptions } from './numbers.js'

/** Options of {@link findContradictions}. */
export interface ContradictOptions extends NumberOptions {
  /**
   * Fewest alignment score for two claims to be read as the same event when
   * comparing dates and places (default 0.3, a little stricter than an alignment link).
   */
  eventThreshold?: number
  /** Fewest alignment score for two claims' numbers to be compared (default 0.25). */
  numberThreshold?: number
  /** Words on each side of a number read as its context (default 5). */
  numberWindow?: number
  /** Fewest words of the shorter quote for two quotes to be compared (default 4). */
  minQuoteWords?: number
  /**
   * Share of the shorter quote's words that must recur, in order, in the
   * other for the two to be one quote (default 0.8).
   */
  sameQuoteRatio?: number
  /** Words before a number searched for a growth cue ("rose to") (default 4). */
  cueWindow?: number
  /** Characters around a number within which a time expression dates it (default 60). */
  timeReach?: number
  /**
   * Fewest alignment score for two lead claims (see {@link ContradictOptions.leadClaims})
   * to be read as the same event (default 0.15): leads report the main event,
   * so a looser match suffices.
   */
  leadThreshold?: number
  /** Claims at the head of each article's body counted as its lead (default 2; captions excluded). */
  leadClaims?: number
  /**
   * Share of a claim's longer words capitalised from which it is title-cased
   * (default 0.6): a headline's capitals mark no names, so a capitalised word
   * after "in" or "at" there is not read as a place no annotator recognised.
   */
  titleCaseShare?: number
}

/** Defaults of {@link ContradictOptions} (number options: see `NUMBER_DEFAULTS`). */
export const CONTRADICT_DEFAULTS = {
  eventThreshold: 0.3,
  numberThreshold: 0.25,
  numberWindow: 5,
  minQuoteWords: 4,
  sameQuoteRatio: 0.8,
  cueWindow: 4,
  timeReach: 60,
  leadThreshold: 0.15,
  leadClaims: 2,
  titleCaseShare: 0.6,
}

export type Options = typeof CONTRADICT_DEFAULTS & NumberOptions

/** Everything a detector may read. */
export interface StoryMaterial {
  docs: readonly AnalyzedArticle[]
  claims: readonly Claim[]
  alignment: Alignment
  /** The story's date with each article's vote (optional: enables the lead-date check). */
  date?: StoryDate
}

/** Result of {@link findContradictions}. */
export interface ContradictionResult {
  contradictions: Contradiction[]
  dismissals: Dismissal[]
}

export interface Finding {
  kind: ContradictionKind
  /** Merge key: findings with the same key become one contradiction. */
  key: string
  subject: Subject
  values: ContradictionValue[]
  rule: string
  why: string
}

/** The sentence(s) of `doc` covering `span`, as evidence. */
export function evidenceFor(doc: AnalyzedArticle, span: Span): Evidence {
  const sentences = doc.annotations.sentences
  let start = span.start
  let end = span.end
  for (const s of sentences) {
    if (s.start <= span.start && s.end > span.start) start = Math.min(start, s.start)
    if (s.start < span.end && s.end >= span.end) end = Math.max(end, s.end)
  }
  return { article: doc.article.id, start, end, text: doc.article.text.slice(start, end) }
}

export function claimEvidence(claim: Claim): Evidence {
  return { article: claim.article, start: claim.start, end: claim.end, text: claim.text }
}

/** Content-word meanings within `window` words of a span of a claim (the span's own words excluded). */
export function contextOf(claim: Claim, span: Span, window: number): Set<string> {
  const ws = words(claim.text, claim.start)
  const before = ws.filter((w) => w.end <= span.start).slice(-window)
  const after = ws.filter((w) => w.start >= span.end).slice(0, window)
  const out = new Set<string>()
  for (const w of [...before, ...after]) {
    const lower = w.lower.replace(/'s$/, '')
    if (lower.length < 2 || STOP_WORDS.has(lower) || isNumeric(lower)) continue
    out.add(meaning(normalizeWord(lower)))
  }
  return out
}

/** The shared words of a link, as a short subject phrase. */
export function phrase(link: ClaimLink): string {
  return link.sharedTerms.slice(0, 4).join(' ')
}

/** Whether a claim is among its article's first {@link ContradictOptions.leadClaims} body claims. */
export function isLead(m: StoryMaterial, claim: Claim, leadClaims = CONTRADICT_DEFAULTS.leadClaims): boolean {
  let n = 0
  for (const c of m.claims) {
    if (c.article !== claim.article || c.caption) continue
    if (c.id === claim.id) return true
    if (++n >= leadClaims) return false
  }
  return false
}
