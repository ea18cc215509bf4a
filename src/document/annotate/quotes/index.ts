/**
 * Direct quotes with their speaker and cue verb.
 *
 * Quotation marks are paired on characters ({@link pairMarks}); attribution
 * works on the segmenter's tokens with every quote masked out, so that one
 * speaker's words never serve as the frame of another quote. See README.md
 * for the rules.
 */
import type { ActorKind, Mention, Quote, Span, Speaker } from '../../../model/index.js'
import type { Segmentation, Token } from '../../segment/index.js'
import { type MarkedQuote, pairMarks } from './marks.js'
import { type Candidate, Reader } from './reader.js'
import { type Resolved, Resolver } from './resolve.js'
import {
  CLAUSE_OPENERS,
  COMPLEMENT_COORDINATORS,
  CUE_ADDRESSEES,
  CUE_PHRASES,
  PASSIVE_AUXILIARIES,
  QUOTE_JOINERS,
  SENTENTIAL_RELATIVES,
  SPEECH_PARTICLES,
  SPEECH_VERB_FORMS,
} from './tables.js'
import { blockSpans, firstTokenAtOrAfter, lastTokenAtOrBefore } from './tokens.js'

export { type MarkedQuote, pairMarks } from './marks.js'

/** Options for {@link findQuotes}. */
export interface QuoteOptions {
  /**
   * Most tokens between a cue verb before a quote and its opening mark
   * ("hailed as a historic and “…”" has 4). Farther verbs govern another
   * clause. Default: `12`.
   */
  maxCueGap?: number
  /**
   * Most tokens of a speaker phrase, both between a closing mark and its cue
   * (`“…,” X said`) and after an inverted or `according to` cue. Default: `8`.
   */
  maxSpeakerTokens?: number
  /**
   * Fewest words for a fragment with no cue in its sentence to count as a
   * quote. Shorter ones are scare quotes, titles and nicknames (“NO WAY”,
   * the “Straw vote”). Default: `4`.
   */
  minUncuedPartialWords?: number
  /** How many sentences back a pronoun or "the minister" may find its referent. Default: `5`. */
  pronounWindow?: number
  /**
   * A whole-sentence quote with no cue goes on with the speaker of the
   * previous quote when that one is at most this many blocks back (the
   * convention of consecutive quote paragraphs). Default: `1`.
   */
  continuationBlocks?: number
  /** Actor kinds that can speak. Default: all (`person`, `organization`, `country`, `place`). */
  speakerKinds?: readonly ActorKind[]
}

const DEFAULTS: Required<QuoteOptions> = {
  maxCueGap: 12,
  maxSpeakerTokens: 8,
  minUncuedPartialWords: 4,
  pronounWindow: 5,
  continuationBlocks: 1,
  speakerKinds: ['person', 'organization', 'country', 'place'],
}

/** Trailing punctuation that belongs to the reporter's sentence, not the quote ("…world," he said). */
const TRAILING_PUNCT = /[\s,;:]+$/u
const WORD = /[\p{L}\p{N}]+/gu
const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}/u
const UPPER_START = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u
const TERMINAL = /[.!?…]["'”’»]*$/u
const SENTENCE_END = /^[.!?;]$/
/** Tokens a bare attribution sentence may have beyond its speaker phrase (verb, addressee, stop). */
const BARE_ATTRIBUTION_EXTRA = 4

/** A quote across its paragraph-continued pieces. */
interface Logical {
  pieces: MarkedQuote[]
  open: number
  close: number
  closed: boolean
}

/** A cue: its first and last token and the verb (or `according`) token. */
interface Cue {
  first: number
  last: number
  verb: number
  lemma: string
  where: 'before' | 'after'
}

/** Context item: a token, or a whole other quote collapsed to one item. */
type Item = { t: number } | { q: number }

/**
 * Find the direct quotes of an article and attribute them.
 *
 * @param text Article text.
 * @param segmentation Sentences and tokens of `text` (see `segment`).
 * @param mentions Actor mentions of `text` (any order).
 * @param options Thresholds (see {@link QuoteOptions}).
 * @returns Quotes in text order; `start`/`end` cover the quoted words without the marks.
 */
export function findQuotes(
  text: string,
  segmentation: Segmentation,
  mentions: readonly Mention[],
  options: QuoteOptions = {},
): Quote[] {
  const opts = { ...DEFAULTS, ...options }
  const { sentences, tokens } = segmentation
  if (tokens.length === 0) return []
  const marked = pairMarks(text, blockSpans(segmentation)).filter((m) => !m.nested)
  if (marked.length === 0) return []
  const logicals = joinPieces(marked)
  const maskOf = maskTokens(tokens, logicals)
  const speakers = mentions.filter((m) => opts.speakerKinds.includes(m.actor.kind))
  const r = new Reader(text, segmentation, speakers, maskOf, opts.maxSpeakerTokens)
  const resolver = new Resolver(r, opts.pronounWindow)

  const out: Quote[] = []
  /** Whether each logical quote (by index) is partial, once read. */
  const partialOf: boolean[] = []
  logicals.forEach((q, qi) => {
    const before = itemsBefore(q, qi)
    const after = itemsAfter(q, qi)
    const firstPiece = q.pieces[0]!
    const lastPiece = q.pieces[q.pieces.length - 1]!
    // A stop inside the closing mark ends the sentence: a cue after it is not tight.
    const closedWithStop = /\.["'”’»]*$/u.test(text.slice(lastPiece.content.start, lastPiece.content.end))
    const afterCue = findAfterCue(after, !closedWithStop)
    const afterFirst = after.find((it): it is { t: number } => 't' in it)?.t ?? -1
    const beforeCue = findBeforeCue(before, closesSentence(after), afterFirst)
    // The tight "“…,” X said" shape wins; else the cue before; else any cue after.
    // When the chosen cue yields no speaker, the other is tried.
    const cues = (afterCue?.tight ? [afterCue.cue, beforeCue] : [beforeCue, afterCue?.cue]).filter(
      (c): c is Cue => c != null,
    )
    const cue = cues[0] ?? null

    let resolved: Resolved | null = null
    /** Some cue had a speaker phrase, even one that could not be resolved ("they called it “…”"). */
    let named = false
    let cueSpan: (Span & { text: string }) | null = null
    if (cue) {
      for (const c of cues) {
        const { cand, rule } = speakerOfCue(c, afterFirst)
        named ||= cand !== null
        resolved = resolver.speaker(cand, rule, c.verb)
        cueSpan = spanText(c.first, c.last)
        if (resolved) break
      }
      if (!resolved) cueSpan = spanText(cue.first, cue.last)
    } else {
      resolved = colonSpeaker(before)
      if (!resolved) {
        const phrase = findPhraseCue(after)
        if (phrase) {
          resolved = resolver.speaker(r.candidateEndingAt(phrase.first - 1), 'cue-phrase', phrase.first)
          if (resolved) cueSpan = spanText(phrase.first, phrase.last)
        }
      }
    }

    const firstText = text.slice(firstPiece.content.start, firstPiece.content.end)
    const prev = before[0]
    const prevIsWord =
      prev !== undefined &&
      ('q' in prev ||
        (r.pos(prev.t) !== 'PUNCT' && !r.isSpeechVerb(prev.t) && !QUOTE_JOINERS.has(r.norm(prev.t))))
    // "for “R” or “D”": a quote joined to a fragment is a fragment too.
    const joined = before[1]
    const joinedToPartial =
      prev !== undefined &&
      't' in prev &&
      QUOTE_JOINERS.has(r.norm(prev.t)) &&
      joined !== undefined &&
      'q' in joined
        ? (partialOf[joined.q] ?? false)
        : false
    const partial =
      LOWER_START.test(firstText) ||
      joinedToPartial ||
      (prevIsWord && !(UPPER_START.test(firstText) && beforeCue !== null))
    partialOf[qi] = partial

    if (!resolved) {
      // No speaker: a short fragment is a scare quote or a title — with no cue,
      // or with one that names nobody ("for “R,” according to their instinct");
      // a whole quoted sentence with no cue right after another quote goes on
      // with that quote's speaker.
      const words = q.pieces.reduce(
        (n, p) => n + (text.slice(p.content.start, p.content.end).match(WORD)?.length ?? 0),
        0,
      )
      if (partial && !named && words < opts.minUncuedPartialWords) return
      const last = resolver.last
      if (!cueSpan && !partial && last && firstPiece.block - last.block <= opts.continuationBlocks) {
        resolved = { speaker: { ...last.speaker, rule: 'previous-speaker' }, mention: last.mention }
      }
    }
    if (resolved) {
      const closeTok = lastTokenAtOrBefore(tokens, lastPiece.close)
      resolver.last = { ...resolved, sentence: tokens[closeTok]?.sentence ?? 0, block: lastPiece.block }
    }
    const speaker: Speaker | null = resolved?.speaker ?? null
    q.pieces.forEach((piece, i) => {
      const trimmed = text.slice(piece.content.start, piece.content.end).replace(TRAILING_PUNCT, '')
      if (trimmed === '') return
      out.push({
        start: piece.content.start,
        end: piece.content.start + trimmed.length,
        text: trimmed,
        speaker,
        cue: cueSpan,
        partial,
        rule: i > 0 ? `${piece.style}:paragraph-continued` : piece.style,
      })
    })
  })
  return out

  function spanText(a: number, b: number): Span & { text: string } {
    const span = r.span(a, b)
    return { ...span, text: text.slice(span.start, span.end) }
  }

  /** Tokens after the closing mark to the end of the sentence, other quotes collapsed. */
  function itemsAfter(q: Logical, qi: number): Item[] {
    if (!q.closed) return []
    const closeTok = lastTokenAtOrBefore(tokens, q.close)
    if (closeTok < 0) return []
    let end = r.sentenceEnd(closeTok)
    // The segmenter may end the sentence at the closing mark while the frame
    // goes on ("“…” he said."): take the next sentence of the same block when
    // the quoted words end without a stop or the next word is lower case.
    // Also when the next sentence is a bare attribution ("“…?” Sanders replied.").
    const inner = text.slice(q.pieces[q.pieces.length - 1]!.content.start, q.close)
    const next = tokens[end]
    const here = tokens[closeTok]!.sentence
    if (
      closeTok === end - 1 &&
      next &&
      next.sentence === here + 1 &&
      sentences[next.sentence]?.block === sentences[here]?.block &&
      (!TERMINAL.test(inner) || /^\p{Ll}/u.test(next.text) || isBareAttribution(next.sentence))
    ) {
      end = sentences[next.sentence]!.endToken
    }
    return collect(closeTok + 1, end, 1, qi)
  }

  /**
   * A short sentence that is only a speaker and a speech verb ("Sanders
   * replied.", "said Bolton."): a speaker phrase plus room for the verb, an
   * addressee and the stop.
   */
  function isBareAttribution(s: number): boolean {
    const sent = sentences[s]!
    if (sent.endToken - sent.firstToken > opts.maxSpeakerTokens + BARE_ATTRIBUTION_EXTRA) return false
    for (let i = sent.firstToken; i < sent.endToken && i <= sent.firstToken + opts.maxSpeakerTokens; i++) {
      if (r.isSpeechVerb(i, true)) return true
    }
    return false
  }

  /**
   * Tokens before the opening mark back to the start of the sentence, other
   * quotes collapsed. A quote opening its sentence right after one ending in
   * a colon takes that sentence ("Cruz continued:" ⏎ "“…”").
   */
  function itemsBefore(q: Logical, qi: number): Item[] {
    const openTok = firstTokenAtOrAfter(tokens, q.open)
    if (openTok >= tokens.length) return []
    const lo = r.sentenceStart(openTok)
    if (openTok === lo && openTok > 0 && tokens[openTok - 1]!.text === ':') {
      return collect(openTok - 1, r.sentenceStart(openTok - 1) - 1, -1, qi)
    }
    return collect(openTok - 1, lo - 1, -1, qi)
  }

  function collect(from: number, to: number, step: 1 | -1, self: number): Item[] {
    const items: Item[] = []
    let lastQ = -1
    for (let i = from; step === 1 ? i < to : i > to; i += step) {
      const m = maskOf[i]!
      if (m === self) continue
      if (m >= 0) {
        if (m !== lastQ) items.push({ q: m })
        lastQ = m
        continue
      }
      lastQ = -1
      items.push({ t: i })
    }
    return items
  }

  function cueAt(i: number, where: 'before' | 'after', anyPos = false): Cue | null {
    if (r.isAccording(i)) return { first: i, last: i + 1, verb: i, lemma: 'according to', where }
    if (!r.isSpeechVerb(i, anyPos)) return null
    const lemma = SPEECH_VERB_FORMS.get(r.norm(i)) ?? r.norm(i)
    let last = SPEECH_PARTICLES[lemma] !== undefined ? i + 1 : i
    // Fold an addressee, then a cue phrase, into the cue: "told reporters", "said in a statement".
    for (const phrases of [CUE_ADDRESSEES, CUE_PHRASE_SET]) {
      for (let n = 3; n >= 1; n--) {
        const words: string[] = []
        for (let k = last + 1; k <= last + n && k < r.sentenceEnd(i) && r.free(k); k++) words.push(r.norm(k))
        if (words.length === n && phrases.has(words.join(' '))) {
          last += n
          break
        }
      }
    }
    return { first: i, last, verb: i, lemma, where }
  }

  /**
   * A cue after the quote. It is `tight` when only joiners, other quotes and
   * a speaker phrase (with any aside between commas: "Ortega, who arrived
   * on Friday, said") stand between — the `“…,” X said` shape.
   */
  function findAfterCue(after: readonly Item[], canBeTight: boolean): { cue: Cue; tight: boolean } | null {
    let speakerish = 0
    let joinersOnly = true
    let aside = false
    // An aside does not count against the gap, up to a hard limit.
    for (let k = 0, n = 0; k < after.length && n < opts.maxCueGap && k < 3 * opts.maxCueGap; k++) {
      const item = after[k]!
      if ('q' in item) continue
      if (!aside) n++
      const t = tokens[item.t]!
      const cue = aside ? null : cueAt(item.t, 'after', speakerish > 0 || joinersOnly)
      if (cue) return { cue, tight: canBeTight && speakerish <= opts.maxSpeakerTokens }
      if (joinersOnly && QUOTE_JOINERS.has(t.normal)) continue
      joinersOnly = false
      if (SENTENCE_END.test(t.text)) return null
      if (t.text === ',' || t.text === '(' || t.text === ')') {
        aside = t.text === '(' || (t.text === ',' && !aside)
        continue
      }
      if (aside) continue
      // Only a speaker phrase may stand before the cue: no new clause, no other verb.
      if (CLAUSE_OPENERS.has(t.normal)) return null
      const p = r.pos(item.t)
      if (p === 'VERB' && !inNounPhrase(item.t)) return null
      if (p === 'ADP' && speakerish === 0) return null
      if (p === 'ADV' || p === 'AUX') continue
      speakerish++
    }
    return null
  }

  /**
   * A token tagged as a verb that still belongs to a speaker phrase: part of a
   * mention or capitalised ("Josh" mis-tagged), or a participle inside a noun
   * phrase ("the conservative-leaning newspaper", "the newly elected mayor").
   */
  function inNounPhrase(i: number): boolean {
    if (r.mentionOfToken[i]! >= 0 || /^\p{Lu}/u.test(tokens[i]!.text)) return true
    if (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') return true
    const before = r.pos(i - 1)
    const next = r.pos(i + 1)
    const attributive = before === 'DET' || before === 'ADJ' || before === 'ADV'
    return (
      attributive && /(?:ed|ing)$/.test(r.norm(i)) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN')
    )
  }

  /**
   * The nearest cue before the quote, within `maxCueGap` tokens, not across a
   * relative clause. In a coordinated reported clause ("X said A, but that
   * “…”") the search goes on to the start of the sentence: the quote hangs
   * on the speech verb before the first clause, however long that clause is.
   * So it does past a sentential relative clause that ends the sentence with
   * the quote (`SENTENTIAL_RELATIVES`: "X urged A, which could take “…”."):
   * the clause comments on the reported words before it and the quote is
   * their last part. A passive speech verb with no `by` agent ("until
   * the towns were declared safe") names no speaker: its subject is what
   * was said or who was told, so the search goes on past it.
   */
  function findBeforeCue(before: readonly Item[], endsSentence: boolean, afterFirst: number): Cue | null {
    let coordinated = false
    for (let k = 0, n = 0; k < before.length && (n < opts.maxCueGap || coordinated); k++) {
      const item = before[k]!
      if ('q' in item) continue
      n++
      const t = item.t
      if (r.norm(t) === 'that' && COMPLEMENT_COORDINATORS.has(r.norm(t - 1)) && r.free(t - 1))
        coordinated = true
      if (tokens[t]!.text === ';') return null
      if (CLAUSE_OPENERS.has(r.norm(t)) && tokens[t - 1]?.text === ',' && r.pos(t) !== 'ADP') {
        if (!(endsSentence && isSententialRelative(t))) return null
        coordinated = true
        continue
      }
      // "according to X, “…”": the cue sits a few tokens back with its speaker after it.
      const cue = r.isAccording(t - 1) ? cueAt(t - 1, 'before') : cueAt(t, 'before')
      if (cue && !AFTER_ONLY_CUES.has(cue.lemma) && !isAgentlessPassive(cue, afterFirst)) return cue
    }
    return null
  }

  /**
   * A speech verb in the passive (a form of `be` or `get` before its past
   * participle, past adverbs: "were declared", "was later told") with no
   * `by` agent right after it or right after the quote.
   */
  function isAgentlessPassive(cue: Cue, afterFirst: number): boolean {
    if (cue.lemma === 'according to' || !isPastForm(cue.verb)) return false
    if (r.norm(cue.last + 1) === 'by' || r.norm(afterFirst) === 'by') return false
    let k = cue.verb - 1
    while (k >= r.sentenceStart(cue.verb) && r.free(k) && r.pos(k) === 'ADV') k--
    return r.free(k) && PASSIVE_AUXILIARIES.has(r.norm(k))
  }

  /**
   * A relative clause opened at token `t` ("…, which could take") whose
   * relative word is its subject: a verb or an auxiliary follows it. One with
   * a subject of its own ("…, which locals call “…”") names another speaker
   * or none.
   */
  function isSententialRelative(t: number): boolean {
    if (!SENTENTIAL_RELATIVES.has(r.norm(t)) || !r.free(t + 1)) return false
    const next = r.pos(t + 1)
    return next === 'AUX' || next === 'VERB'
  }

  /** Whether nothing but a stop stands after the quote in its sentence (or nothing at all). */
  function closesSentence(after: readonly Item[]): boolean {
    const first = after[0]
    return first === undefined || ('t' in first && SENTENCE_END.test(tokens[first.t]!.text))
  }

  function isPastForm(i: number): boolean {
    const w = r.norm(i)
    const lemma = SPEECH_VERB_FORMS.get(w)
    return lemma !== undefined && w !== lemma && !w.endsWith('ing') && !(w.endsWith('s') && !w.endsWith('ss'))
  }

  /** Where the speaker of a cue is, by the shape of the frame. */
  function speakerOfCue(cue: Cue, afterFirst: number): { cand: Candidate | null; rule: string } {
    const c = cue.verb
    if (cue.lemma === 'according to')
      return { cand: r.candidateStartingAt(cue.last + 1), rule: 'according-to' }
    // Passive or reduced relative: "a move hailed as “…” by X", "was described by X as “…”".
    if (isPastForm(c)) {
      const by = r.norm(afterFirst) === 'by' ? afterFirst : r.norm(cue.last + 1) === 'by' ? cue.last + 1 : -1
      const cand = by >= 0 ? r.candidateStartingAt(by + 1) : null
      if (cand) return { cand, rule: 'passive-by' }
    }
    // Participle: "Ruiz stated, calling it “…”", "rallied supporters, saying: “…”"
    // speak with the subject of the verb they hang on — a speech verb first.
    if (r.norm(c).endsWith('ing')) {
      // "with Trump reportedly yelling: “…”" — a name right before the participle.
      let k = c - 1
      while (k > r.sentenceStart(c) && r.free(k) && r.pos(k) === 'ADV') k--
      const left = r.candidateEndingAt(k)
      if (left && left.kind !== 'descriptor') return { cand: left, rule: 'participle-subject' }
      const verb = r.finiteVerbBefore(c, true) >= 0 ? r.finiteVerbBefore(c, true) : r.finiteVerbBefore(c)
      const cand = (verb >= 0 ? r.subjectLeftOf(verb) : null) ?? r.sentenceSubject(tokens[c]!.sentence, c)
      return { cand, rule: 'participle-subject' }
    }
    // Inverted: "“…,” said X" — the verb comes right after the quote.
    const prev = c - 1
    const inverted =
      prev < r.sentenceStart(c) ||
      (cue.where === 'after' && (!r.free(prev) || (tokens[prev]?.text === ',' && !r.free(prev - 1))))
    if (inverted) {
      const cand = r.candidateStartingAt(cue.last + 1)
      if (cand) return { cand, rule: 'cue-inverted' }
    }
    return { cand: r.subjectLeftOf(c), rule: cue.where === 'after' ? 'cue-after' : 'cue-before' }
  }

  /** "X: “…”", "Cruz released a statement:" ⏎ "“…”" — a colon and no verb. */
  function colonSpeaker(before: readonly Item[]): Resolved | null {
    const first = before[0]
    if (!first || 'q' in first || tokens[first.t]!.text !== ':') return null
    const colon = first.t
    const named = r.candidateEndingAt(colon - 1)
    const cand =
      named?.kind === 'mention' || named?.kind === 'name'
        ? named
        : r.sentenceSubject(tokens[colon]!.sentence, colon)
    return resolver.speaker(cand, 'colon', colon)
  }

  /** "“…,” X in a statement." — a cue phrase right after a speaker, with no verb. */
  function findPhraseCue(after: readonly Item[]): { first: number; last: number } | null {
    for (let k = 0; k < after.length && k < opts.maxSpeakerTokens; k++) {
      const item = after[k]!
      if ('q' in item) continue
      for (const words of CUE_PHRASE_WORDS) {
        if (words.every((w, n) => r.norm(item.t + n) === w && r.free(item.t + n))) {
          return { first: item.t, last: item.t + words.length - 1 }
        }
      }
    }
    return null
  }
}

const CUE_PHRASE_SET: ReadonlySet<string> = new Set(CUE_PHRASES)
const CUE_PHRASE_WORDS: readonly (readonly string[])[] = CUE_PHRASES.map((p) => p.split(' '))
/** Cues only after a quote: before one they are ordinary verbs ("would continue “to break barriers”"). */
const AFTER_ONLY_CUES: ReadonlySet<string> = new Set(['continue'])

/** Join paragraph-continued pieces into logical quotes. */
function joinPieces(marked: readonly MarkedQuote[]): Logical[] {
  const logicals: Logical[] = []
  let open: Logical | null = null
  for (const piece of marked) {
    if (open && piece.continued) {
      open.pieces.push(piece)
      open.close = piece.close
      open.closed = !piece.continues
    } else {
      open = { pieces: [piece], open: piece.open, close: piece.close, closed: !piece.continues }
      logicals.push(open)
    }
    if (!piece.continues) open = null
  }
  return logicals
}

/** Which logical quote, if any, covers each token (marks included). */
function maskTokens(tokens: readonly Token[], logicals: readonly Logical[]): Int32Array {
  const maskOf = new Int32Array(tokens.length).fill(-1)
  logicals.forEach((q, qi) => {
    for (const piece of q.pieces) {
      for (
        let t = firstTokenAtOrAfter(tokens, piece.open);
        t < tokens.length && tokens[t]!.start <= piece.close;
        t++
      ) {
        maskOf[t] = qi
      }
    }
  })
  return maskOf
}
