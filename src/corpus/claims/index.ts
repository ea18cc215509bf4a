/**
 * Claims: the statements of one article, sentence by sentence (a trailing
 * relative clause or a semicolon splits a sentence into two), each with the
 * actors, places, numbers, times and quotes it carries. Captions count as
 * evidence and are marked; headings, the headline and fragments are not claims.
 */
import type { AnalyzedArticle, Claim, Span } from '../../model/index.js'
import { STOP_WORDS, words } from '../text/words.js'
import {
  ATTRIBUTION,
  CLAUSE_BREAKS,
  COORDINATORS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  NEGATIONS,
  SUBJECT_STARTERS,
} from './tables.js'

/** Options of {@link extractClaims}. */
export interface ClaimOptions {
  /**
   * Fewest content words for a sentence (or clause) to be a claim (default 4):
   * shorter ones are datelines, labels and fragments ("Targeting China?").
   */
  minWords?: number
  /** Split sentences at {@link CLAUSE_BREAKS} (default `true`). */
  splitClauses?: boolean
}

/** Defaults of {@link ClaimOptions}. */
export const CLAIM_DEFAULTS: Required<ClaimOptions> = {
  minWords: 4,
  splitClauses: true,
}

/** Content words of a span (no stop words, no one-letter words; numbers count). */
function contentWordCount(text: string): number {
  let n = 0
  // A one-digit number counts ("She takes office on October 6"); a one-letter word does not.
  for (const w of words(text)) if ((w.lower.length > 1 || /\d/.test(w.lower)) && !STOP_WORDS.has(w.lower)) n++
  return n
}

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end
const overlaps = (s: Span, outer: Span): boolean => s.start < outer.end && s.end > outer.start

/** `text` with its direct quotes blanked out (same length), so their commas and words do not count. */
function maskQuotes(text: string, from: number, quotes: readonly Span[]): string {
  let out = text
  for (const q of quotes) {
    const a = Math.max(0, q.start - from)
    const b = Math.min(text.length, q.end - from)
    if (a < b) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b)
  }
  return out
}

/**
 * Whether a trailing clause runs to the end of its sentence: every later
 * comma opens a trailing attribution ({@link ATTRIBUTION}: "…, officials
 * said") or, for a participle clause, the next participle of a list
 * ("…, killing 12, injuring more than 100 and damaging homes, officials said").
 * A clause followed by more of the main sentence is an aside, not a second fact.
 */
function runsToEnd(rest: string, rule: string): boolean {
  let attributed = false
  for (const piece of rest.split(/,(?=\s)/).slice(1)) {
    const seg = piece.trim()
    if (seg === '' || attributed) continue
    if (ATTRIBUTION.test(seg)) attributed = true
    else if (!(rule === 'participle' && /^\p{Ll}+ing\b/u.test(seg))) return false
  }
  return true
}

/**
 * Whether `rest` (what follows a coordinating conjunction) is a clause of its
 * own: it opens with a subject (a determiner, pronoun, number or capitalised
 * name) and has a finite verb before its next comma.
 */
function ownClause(rest: string): boolean {
  const ws = words(rest.split(/,(?=\s)/)[0] ?? '').slice(0, 12)
  const first = ws[0]
  if (!first) return false
  // A second predicate of the same subject ("…left port with 40 passengers, and reached
  // the island four hours later") is a second fact too.
  if (isFiniteVerb(first)) return true
  // A subject opens with a determiner or pronoun, a name or number, or a content
  // word ("whole neighbourhoods were swallowed"); not with a preposition or adverb.
  const subject =
    SUBJECT_STARTERS.has(first.lower) || /^[\p{Lu}\p{N}]/u.test(first.text) || !STOP_WORDS.has(first.lower)
  return subject && ws.slice(1).some(isFiniteVerb)
}

/** Whether a word is a finite verb form: an auxiliary or modal, a frequent irregular past, or a past in -ed. */
function isFiniteVerb(w: { lower: string; text: string }): boolean {
  return FINITE_VERBS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text)
}

/**
 * Pieces of a sentence after clause splitting, as spans into the article text.
 * A break inside a quote never splits; a relative or participle clause splits
 * only when it runs to the end of the sentence (see {@link runsToEnd}); a
 * coordinating conjunction splits only before a clause with its own subject
 * and verb (see {@link COORDINATORS}); both sides keep enough content words.
 */
function clauses(text: string, sentence: Span, quotes: readonly Span[], o: Required<ClaimOptions>): Span[] {
  if (!o.splitClauses) return [sentence]
  const slice = text.slice(sentence.start, sentence.end)
  const masked = maskQuotes(slice, sentence.start, quotes)
  const inQuote = (at: number) => quotes.some((q) => at >= q.start && at < q.end)
  const cuts: { at: number; next: number; rule: string }[] = []
  for (const { pattern, rule } of CLAUSE_BREAKS) {
    for (const m of slice.matchAll(pattern)) {
      const at = sentence.start + (m.index ?? 0)
      const next = at + m[0].length
      if (inQuote(at)) continue
      if (rule !== 'semicolon' && !runsToEnd(masked.slice(next - sentence.start), rule)) continue
      cuts.push({ at, next, rule })
    }
  }
  for (const m of masked.matchAll(/,\s+(\p{L}+)\s+/gu)) {
    if (!COORDINATORS.has((m[1] as string).toLowerCase())) continue
    const at = sentence.start + (m.index ?? 0)
    // The conjunction stays with neither piece: each reads as a statement.
    const next = at + m[0].length
    if (inQuote(at) || !ownClause(masked.slice(next - sentence.start))) continue
    // What comes before must say something too: in "Farmers from the valley, fishermen
    // from the coast, and the two mayors attended" it is only a list of subjects.
    if (!words(masked.slice(0, at - sentence.start)).some(isFiniteVerb)) continue
    cuts.push({ at, next, rule: 'coordinate' })
  }
  cuts.sort((a, b) => a.at - b.at)
  const pieces: Span[] = []
  let start = sentence.start
  for (const cut of cuts) {
    if (cut.at <= start) continue
    const left = { start, end: cut.at }
    const right = { start: cut.next, end: sentence.end }
    if (
      contentWordCount(text.slice(left.start, left.end)) >= o.minWords &&
      contentWordCount(text.slice(right.start, right.end)) >= o.minWords
    ) {
      pieces.push(left)
      start = cut.next
    }
  }
  pieces.push({ start, end: sentence.end })
  return pieces
}

/** Whether the reporter's words of `span` (quotes masked) carry a negation. */
function isNegated(text: string, span: Span, quotes: readonly Span[]): boolean {
  for (const w of words(text.slice(span.start, span.end), span.start)) {
    if (quotes.some((q) => w.start >= q.start && w.end <= q.end)) continue
    if (NEGATIONS.has(w.lower) || w.lower.endsWith("n't")) return true
  }
  return false
}

/**
 * The claims of one article.
 *
 * @param doc The article and its annotations.
 * @param options Thresholds (optional; see {@link ClaimOptions}).
 * @returns Claims in reading order; ids are `<article id>#<n>`.
 */
export function extractClaims(doc: AnalyzedArticle, options: Readonly<ClaimOptions> = {}): Claim[] {
  const o = { ...CLAIM_DEFAULTS, ...options }
  const { article, annotations } = doc
  const text = article.text
  const out: Claim[] = []
  for (const sentence of annotations.sentences) {
    const block = article.blocks[sentence.block]
    // Headings (and the headline, when kept as one) are labels, not statements.
    if (!block || block.kind === 'heading') continue
    const quoteSpans = annotations.quotes.filter((q) => overlaps(q, sentence))
    for (const span of clauses(text, sentence, quoteSpans, o)) {
      const claimText = text.slice(span.start, span.end)
      // A question in the reporter's voice asserts nothing.
      if (/\?["'”’]?$/.test(claimText.trim()) && !quoteSpans.some((q) => q.end >= span.end - 2)) continue
      if (contentWordCount(claimText) < o.minWords) continue
      const mentions = annotations.mentions.filter((m) => inside(m, span))
      const actors = [...new Set(mentions.map((m) => m.actor.id))]
      const places = [
        ...new Set(
          mentions
            .filter((m) => m.actor.kind === 'place' || m.actor.kind === 'country')
            .map((m) => m.actor.id),
        ),
      ]
      const quotes: number[] = []
      annotations.quotes.forEach((q, i) => {
        if (overlaps(q, span)) quotes.push(i)
      })
      const caption = block.kind === 'caption'
      const rule = span.start === sentence.start && span.end === sentence.end ? 'sentence' : 'clause'
      out.push({
        id: `${article.id}#${out.length}`,
        article: article.id,
        start: span.start,
        end: span.end,
        text: claimText,
        block: block.kind,
        caption,
        actors,
        places,
        quantities: annotations.quantities.filter((q) => inside(q, span)),
        times: annotations.times.filter((t) => inside(t, span)),
        quotes,
        negated: isNegated(text, span, quoteSpans),
        rule: caption ? `${rule}:caption` : rule,
      })
    }
  }
  return out
}
