/**
 * Claims: the statements of one article, sentence by sentence (a trailing
 * relative clause or a semicolon splits a sentence into two), each with the
 * actors, places, numbers, times and quotes it carries. Captions count as
 * evidence and are marked; headings, the headline and fragments are not claims.
 */
import type { AnalyzedArticle, Claim, Quantity, Span } from '../../model/index.js'
import { STOP_WORDS, type Word, words } from '../text/words.js'
import {
  ATTRIBUTION,
  CLAUSE_BREAKS,
  COORDINATORS,
  FINITE_VERBS,
  IRREGULAR_FORMS,
  IRREGULAR_PAST,
  MODALS,
  NEGATIONS,
  NEWS_VERBS,
  NUMBER_HEDGES,
  RELATIVE_PRONOUNS,
  SUBJECT_STARTERS,
  SUBORDINATORS,
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
 * said"), a piece with no verb (the next item of a list, an adverbial) or,
 * for a participle clause, the next participle of a list ("…, killing 12,
 * injuring more than 100 and damaging homes, officials said"). A clause
 * followed by more of the main sentence is an aside, not a second fact.
 */
function runsToEnd(rest: string, rule: string): boolean {
  let attributed = false
  for (const piece of rest.split(/,(?=\s)/).slice(1)) {
    const seg = piece.trim()
    if (seg === '' || attributed) continue
    if (ATTRIBUTION.test(seg)) attributed = true
    else if (rule === 'participle' && /^\p{Ll}+ing\b/u.test(seg)) continue
    // A piece with no verb continues a list or adds an adverbial ("…in Lanza,
    // Tarn and Oss", "…, mostly in the south"); one with a verb is the main clause.
    else if (hasVerb(seg)) return false
  }
  return true
}

/**
 * Whether `rest` (what follows a coordinating conjunction) is a clause of its
 * own: it opens with a subject (a determiner, pronoun, number, hedged number
 * or capitalised name) and has a finite verb before its next comma, or right
 * after a name set off by commas ("the state's minister, Ana Ruiz, said …").
 */
function ownClause(rest: string): boolean {
  const pieces = rest.split(/,(?=\s)/)
  const ws = words(pieces[0] ?? '').slice(0, 12)
  const first = ws[0]
  if (!first) return false
  // A second predicate of the same subject ("…left port with 40 passengers, and reached
  // the island four hours later") is a second fact too.
  if (isFiniteVerb(first)) return true
  // A subject opens with a determiner or pronoun, a name or number, a hedged number
  // ("about 2,300 homes have no power"), or a content word ("whole neighbourhoods
  // were swallowed"); not with a preposition or adverb.
  const hedged = NUMBER_HEDGES.has(first.lower) && ws.slice(1, 4).some((w) => /^\d/.test(w.text))
  const subject =
    hedged ||
    SUBJECT_STARTERS.has(first.lower) ||
    /^[\p{Lu}\p{N}]/u.test(first.text) ||
    !STOP_WORDS.has(first.lower)
  if (!subject) return false
  if (ws.slice(1).some(isFiniteVerb)) return true
  // A subject with a name in apposition: its verb follows the name's closing comma.
  if (!APPOSED_NAME.test((pieces[1] ?? '').trim())) return false
  return words(pieces[2] ?? '')
    .slice(0, 3)
    .some(isFiniteVerb)
}

/** A name set off by commas after a subject ("…minister, Ana María Ruiz, said"). */
const APPOSED_NAME = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u

/**
 * Whether an "and" at `[at, next)` joins two figures stated in parallel, each
 * a fact of its own ("79.6 percent effective against illness over two years
 * and 91 percent effective against admission"; "nearly 80 percent of cases and
 * 91 percent of admissions"): a figure right after the "and", one of the same
 * unit before it with words of its own in between (not a range "6 and 45"),
 * and the same word after both.
 */
function parallelFigure(
  text: string,
  sentence: Span,
  at: number,
  next: number,
  quantities: readonly Quantity[],
): boolean {
  // A hedge may stand between the "and" and the figure ("and nearly 20 percent").
  const right = quantities.find((q) => q.start >= next && words(text.slice(next, q.start)).length <= 2)
  if (!right) return false
  const unit = (q: Quantity) => (q.unit ?? '').toLowerCase()
  // The nearest figure of the same unit before the "and" ("over two years" may lie between).
  const left = quantities
    .filter((q) => q.end <= at && q.start >= sentence.start && unit(q) === unit(right))
    .at(-1)
  if (!left) return false
  if (contentWordCount(text.slice(left.end, at)) === 0) return false
  const after = (q: Quantity) => words(text.slice(q.end, sentence.end))[0]?.lower
  const a = after(left)
  return a !== undefined && a === after(right)
}

/**
 * Whether `rest`, after a subordinating conjunction, is a clause of its own:
 * a short subject (not a gerund: "before deciding whether…") and its finite
 * verb, with no relative clause in between ("after the sitting that the
 * increases were…" is a phrase, not a clause).
 */
function subordinateClause(rest: string): boolean {
  const ws = words(rest.split(/,(?=\s)/)[0] ?? '').slice(0, MAX_SUBJECT_WORDS + MAX_SUBJECT_PP_WORDS + 1)
  const first = ws[0]
  if (!first || /^\p{Ll}+ing$/u.test(first.text) || isFiniteVerb(first)) return false
  for (const [i, w] of ws.slice(1).entries()) {
    if (RELATIVE_PRONOUNS.has(w.lower)) return false
    if (!isFiniteVerb(w)) continue
    // A longer subject holds a prepositional phrase ("a fault on a line near Tarn tripped").
    return i + 1 <= MAX_SUBJECT_WORDS || ws.slice(1, i + 1).some((x) => SUBJECT_PREPOSITIONS.has(x.lower))
  }
  return false
}

/** Words a subject may run longer by when a preposition opens a phrase inside it. */
const MAX_SUBJECT_PP_WORDS = 4

/** Prepositions that open a phrase inside a subject ("a fault *on* the line *near* Tarn"). */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'near', 'of', 'from', 'along'])

/** Whether a piece of text ends on a verb (a clause with nothing after its predicate). */
function endsOnVerb(text: string): boolean {
  const last = words(text).at(-1)
  return last !== undefined && (isFiniteVerb(last) || verbForm(last) === 'past')
}

/** Auxiliaries of a perfect or a progressive or passive ("police *have* opened", "roads *were* closed"). */
const TENSE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were'])

/** Verbs that report what follows ("said farmers and fishermen had lost…"): no clause ends before their object. */
const REPORTING_VERBS =
  /^(?:said|says|say|told|tells|heard|hears|found|finds|reported|reports|believed|believes|feared|fears|warned|warns|added|adds|confirmed|confirms|estimated|estimates|thought|thinks|knew|knows|noted|notes|claimed|claims|stated|states)$/

/**
 * Whether `rest`, after an "and" with no comma, is a clause with a bare noun
 * for subject and a tense of its own ("…sent a team to the town on Sunday
 * afternoon and police have opened an investigation", "…hit the coast and
 * roads were closed"): a lower-case noun (no stop word, no verb), then an
 * auxiliary and a participle (or "been"), after a clause with a verb of its own
 * that reports nothing ("said farmers and fishermen had lost…" is one
 * reported clause) and no "that" ("heard that the farmers and fishermen had…").
 */
function bareSubjectClause(before: string, rest: string): boolean {
  const [noun, aux, verb] = words(rest).slice(0, 3)
  if (!noun || !aux || !verb) return false
  if (
    !/^\p{Ll}/u.test(noun.text) ||
    STOP_WORDS.has(noun.lower) ||
    isFiniteVerb(noun) ||
    verbForm(noun) !== null
  )
    return false
  if (!TENSE_AUXILIARIES.has(aux.lower)) return false
  if (
    !(
      verb.lower === 'been' ||
      verbForm(verb) === 'past' ||
      IRREGULAR_PAST.has(verb.lower) ||
      /^\p{Ll}{3,}ing$/u.test(verb.text)
    )
  )
    return false
  const left = words(before)
  if (left.some((w) => w.lower === 'that' || REPORTING_VERBS.test(w.lower))) return false
  return left.some((w) => isFiniteVerb(w) || verbForm(w) === 'past')
}

/**
 * Whether `rest` opens with a determiner or pronoun and is a clause of its own
 * ({@link subordinateClause}). Not "that": after "and" it mostly opens a second
 * reported clause of the verb before ("said X had failed and that Y…").
 */
function subjectClause(rest: string): boolean {
  const first = words(rest)[0]
  return (
    first !== undefined &&
    first.lower !== 'that' &&
    SUBJECT_STARTERS.has(first.lower) &&
    subordinateClause(rest)
  )
}

/**
 * Whether `rest`, after ", with", is an absolute clause: a noun phrase and a
 * participle of its own ("…, with the rest split equally between the two
 * companies", "…, with two crew still missing" is no participle and stays).
 */
function absoluteClause(rest: string): boolean {
  const ws = words(rest).slice(1, 6)
  return ws
    .slice(2)
    .some((w) => verbForm(w) === 'past' || IRREGULAR_PAST.has(w.lower) || /^\p{Ll}+ing$/u.test(w.text))
}

/** Longest subject (in words) read before the verb of a subordinate clause. */
const MAX_SUBJECT_WORDS = 6

/** Whether a word is a finite verb form: an auxiliary or modal, a past, or a present of {@link NEWS_VERBS}. */
function isFiniteVerb(w: { lower: string; text: string }): boolean {
  if (FINITE_VERBS.has(w.lower) || IRREGULAR_PAST.has(w.lower)) return true
  const form = verbForm(w)
  return form === 'past' || form === 'present'
}

/** Irregular form → its base and kind ("goes" → go, present; "bought" → buy, past). */
const IRREGULAR_INDEX: ReadonlyMap<string, 'present' | 'past'> = (() => {
  const out = new Map<string, 'present' | 'past'>()
  for (const forms of Object.values(IRREGULAR_FORMS))
    forms.forEach((f, i) => {
      if (!out.has(f)) out.set(f, i === 0 ? 'present' : 'past')
    })
  return out
})()

/**
 * The verb form of a word, when its form says it is one: a regular past in
 * -ed or an irregular one; the "-s" present or the base form of a verb of
 * {@link NEWS_VERBS}. `null` for anything else (a plural noun, an adjective).
 */
function verbForm(w: { lower: string; text: string }): 'base' | 'present' | 'past' | null {
  const x = w.lower
  // Capitalised words are names ("Reed", "Oakes"), not verbs, except at a sentence start.
  if (!/^\p{Ll}/u.test(w.text)) return null
  const irregular = IRREGULAR_INDEX.get(x)
  if (irregular) return irregular
  if (IRREGULAR_PAST.has(x) || /^\p{Ll}{3,}ed$/u.test(x)) return 'past'
  if (NEWS_VERBS.has(x)) return 'base'
  if (x.endsWith('ies') && NEWS_VERBS.has(`${x.slice(0, -3)}y`)) return 'present'
  if (x.endsWith('es') && /(?:s|sh|ch|x|z|o)es$/.test(x) && NEWS_VERBS.has(x.slice(0, -2))) return 'present'
  if (x.endsWith('s') && NEWS_VERBS.has(x.slice(0, -1))) return 'present'
  return null
}

/** Whether a piece of text has a verb of any form (a list of subjects has none). */
function hasVerb(text: string): boolean {
  return words(text).some((w) => isFiniteVerb(w) || verbForm(w) !== null)
}

/**
 * Whether `rest`, after an "and" with no comma, is a second predicate of the
 * sentence's subject ("…has opened an inquiry and expects to publish…",
 * "…averaged 2.2% and slowed to 1.8%", "…will buy doses for next year and
 * start vaccinating…", "…to follow participants and to report any case…"):
 * a past or present form, or a base form sharing a modal or "to" of `before`.
 * A base form after a one-word object ("will coordinate search and rescue
 * operations") reads as a compound noun, not a second predicate.
 */
function secondPredicate(before: string, rest: string): boolean {
  const ws = words(rest).slice(0, 2)
  const first = ws[0]
  if (!first) return false
  const left = words(before)
  // A modal opens a predicate, never a noun phrase ("…was moving downstream and would
  // be diluted…"). An auxiliary ("…had not grounded the jets and was monitoring…") is
  // left to the rules below: it often continues one statement.
  if (/^\p{Ll}/u.test(first.text) && MODALS.has(first.lower))
    return left.some((w) => isFiniteVerb(w) || verbForm(w) !== null)
  // The nearest verb before the "and", and how many words lie between.
  let at = -1
  for (let i = left.length - 1; i >= 0; i--) {
    const w = left[i] as Word
    if (isFiniteVerb(w) || verbForm(w) !== null) {
      at = i
      break
    }
  }
  if (at < 0 || at === left.length - 1) return false
  // A verb after "to": a lower-case content word, not a gerund ("go to waste collection and
  // to desilting drains" is one destination after another, not two infinitives).
  const lowerWord = (w: Word | undefined) =>
    w !== undefined && /^\p{Ll}/u.test(w.text) && !STOP_WORDS.has(w.lower) && !/ing$/.test(w.lower)
  if (first.lower === 'to') {
    // "…to follow participants and to report any case": a second infinitive of one "to".
    return lowerWord(ws[1]) && left.some((w, i) => w.lower === 'to' && lowerWord(left[i + 1]))
  }
  const form = verbForm(first)
  if (form === 'past' || form === 'present') return true
  // A base form shares a modal or a "to" of the verb before it, after an object of
  // two words or more ("will coordinate search and rescue operations" is a compound).
  if (form !== 'base' || left.length - 1 - at < 2) return false
  return left.slice(Math.max(0, at - 3), at + 1).some((w) => MODALS.has(w.lower) || w.lower === 'to')
}

/**
 * Pieces of a sentence after clause splitting, as spans into the article text.
 * A break inside a quote never splits; a relative or participle clause splits
 * only when it runs to the end of the sentence (see {@link runsToEnd}); a
 * coordinating conjunction splits only before a clause with its own subject
 * and verb (see {@link COORDINATORS}); both sides keep enough content words.
 */
function clauses(
  text: string,
  sentence: Span,
  quotes: readonly Span[],
  quantities: readonly Quantity[],
  o: Required<ClaimOptions>,
): Span[] {
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
      if (rule === 'absolute' && !absoluteClause(masked.slice(next - sentence.start))) continue
      cuts.push({ at, next, rule })
    }
  }
  // The space after the word is looked at, not taken: the next word may be a conjunction too.
  for (const m of masked.matchAll(/(,?)\s+(\p{L}+)(?=(\s+))/gu)) {
    const comma = m[1] === ','
    const word = (m[2] as string).toLowerCase()
    if (!COORDINATORS.has(word) && !SUBORDINATORS.has(word)) continue
    const at = sentence.start + (m.index ?? 0)
    // The conjunction stays with neither piece: each reads as a statement.
    const next = at + m[0].length + (m[3] as string).length
    if (inQuote(at)) continue
    const before = masked.slice(0, at - sentence.start)
    const rest = masked.slice(next - sentence.start)
    // What comes before must say something too: in "Farmers from the valley, fishermen
    // from the coast, and the two mayors attended" it is only a list of subjects.
    if (!hasVerb(before)) continue
    let rule: string | null = null
    // "…said the men had been fed, and that the air was still breathable": after a comma,
    // a second reported clause with its own subject and verb is a second fact.
    if (comma && word === 'and' && /^that\s/.test(rest) && subjectClause(rest.slice(5))) {
      // "that" stays with neither piece either.
      cuts.push({ at, next: next + (/^that\s+/.exec(rest)?.[0].length ?? 0), rule: 'coordinate' })
      continue
    }
    if (comma && COORDINATORS.has(word) && ownClause(rest)) rule = 'coordinate'
    // "…was sailing home when it struck a reef": without a comma, "when" dates the main
    // clause by the event it introduces; with one (", when only 29 remained") it adds a fact.
    else if (SUBORDINATORS.has(word) && (comma || word !== 'when') && subordinateClause(rest))
      rule = 'subordinate'
    else if (!comma && word === 'and' && secondPredicate(before, rest)) rule = 'predicate'
    // "…a valve had failed and the solution had run into the river": a clause that ends
    // on its verb, then a subject of its own with a finite verb.
    else if (!comma && word === 'and' && endsOnVerb(before) && subjectClause(rest)) rule = 'coordinate'
    else if (!comma && word === 'and' && bareSubjectClause(before, rest)) rule = 'coordinate'
    else if (!comma && word === 'and' && parallelFigure(text, sentence, at, next, quantities)) rule = 'figure'
    if (rule) cuts.push({ at, next, rule })
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
    const quantities = annotations.quantities.filter((q) => inside(q, sentence))
    for (const span of clauses(text, sentence, quoteSpans, quantities, o)) {
      const claimText = text.slice(span.start, span.end)
      // A question in the reporter's voice asserts nothing.
      if (/\?["'”’]?$/.test(claimText.trim()) && !quoteSpans.some((q) => q.end >= span.end - 2)) continue
      // A quoted statement is one however plain its words ("That must not happen again,"
      // she said): its words inside the claim count, function words too.
      const quoted = quoteSpans.reduce(
        (n, q) => n + words(text.slice(Math.max(q.start, span.start), Math.min(q.end, span.end))).length,
        0,
      )
      const short = contentWordCount(claimText) < o.minWords
      if (short && quoted < o.minWords) continue
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
      const whole = span.start === sentence.start && span.end === sentence.end ? 'sentence' : 'clause'
      // Kept for its quote only: its own words are too few to compare as a paraphrase.
      const rule = short ? `${whole}:quote` : whole
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
