/**
 * Related-article teasers: the lines a "more stories" widget leaves in a
 * scraped report, cut to a character budget, title glued to description.
 */
import type { Removed } from '../../../model/index.js'
import type { Reading } from './reading.js'
import { CUT_OFF_CHAR, ELLIPSIS_END, isConcatenated } from './shape.js'
import { SHORT_WORDS, STOPWORDS } from './tables.js'
import { contentWords, Vocabulary } from './topic.js'

/** Signals that a line is a related-article teaser. */
interface Signals {
  /** Long, and ends with a lower-case letter, a comma or a semicolon. */
  unclosed: boolean
  /** Unclosed on a piece of a word. */
  fragment: boolean
  /** Unclosed at a comma or a semicolon. */
  midSentence: boolean
  ellipsis: boolean
  concatenated: boolean
  /** Concatenated and unclosed: a teaser's title glued to a description cut at a word boundary. */
  gluedOpen: boolean
  /** A neighbour is glued and unclosed too. */
  gluedRun: boolean
  overlap: number | null
  offTopic: boolean
  run: boolean
}

/**
 * Mark related-article teasers (see the README, "Related-article teasers").
 * A word cut in two, a sentence cut at a comma and a title glued to its
 * description are strong signs; a run of same-length lines, a closing
 * ellipsis and an off-topic vocabulary are weak ones that only count with a
 * strong one. Scanning back from the end, teasers are dropped until the
 * first line that is not one (there, a glued line without a closing stop is
 * one when off-topic or one of a run of such lines); inside the body, a
 * teaser must also be off-topic.
 *
 * @param r The reading.
 * @param punctuated Whether the document closes its paragraphs with a stop (else "cut off" means nothing).
 */
export function markTeasers(r: Reading, punctuated: boolean): void {
  const { o, on } = r
  const candidates: number[] = []
  for (let i = 0; i < r.n; i++) if (r.pending(i)) candidates.push(i)

  const signals = new Map<number, Signals>()
  let suspects = 0
  for (const i of candidates) {
    const text = r.text(i)
    const last = text.at(-1) ?? ''
    const unclosed = punctuated && text.length >= o.truncatedMinLength && CUT_OFF_CHAR.test(last)
    const signal: Signals = {
      unclosed,
      fragment: false,
      midSentence: on('teaser-truncated') && unclosed && (last === ',' || last === ';'),
      ellipsis: on('teaser-truncated') && ELLIPSIS_END.test(text),
      concatenated: on('teaser-concatenated') && isConcatenated(text),
      gluedOpen: false,
      gluedRun: false,
      overlap: null,
      offTopic: false,
      run: false,
    }
    signal.gluedOpen = signal.concatenated && unclosed
    signals.set(i, signal)
    if (suspect(signal)) suspects++
  }
  // No line has the form of a teaser: nothing can be removed, so skip the
  // vocabulary (the common case, and the costly part).
  if (suspects === 0) return

  // The document's words: token counts over every kept line (for the
  // fragment test) and content words of every line but the suspects (for
  // the off-topic test).
  const counts = new Map<string, number>()
  const words = new Map<number, Set<string>>()
  const vocabulary = new Vocabulary()
  for (let i = 0; i < r.n; i++) {
    const f = r.fate[i]
    if (f?.is === 'dropped' || f?.is === 'byline') continue
    const tokens = r.read[i]?.tokens ?? []
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
    const set = contentWords(tokens)
    words.set(i, set)
    const signal = signals.get(i)
    if (!signal || !suspect(signal)) vocabulary.add(set)
  }
  for (const [i, signal] of signals) {
    if (!suspect(signal)) continue // never removed
    signal.fragment = on('teaser-truncated') && signal.unclosed && endsInFragment(r, i, counts)
    const set = words.get(i) ?? new Set<string>()
    signal.overlap = vocabulary.overlap(set, false)
    signal.offTopic =
      on('teaser-off-topic') &&
      set.size >= o.offTopicMinWords &&
      signal.overlap !== null &&
      signal.overlap < o.offTopicMaxOverlap
  }
  // Runs: neighbouring candidates, both unclosed or elided, of similar length.
  for (let k = 0; k + 1 < candidates.length; k++) {
    const a = candidates[k]!
    const b = candidates[k + 1]!
    const sa = signals.get(a)
    const sb = signals.get(b)
    if (!sa || !sb || !(sa.unclosed || sa.ellipsis) || !(sb.unclosed || sb.ellipsis)) continue
    const la = r.text(a).length
    const lb = r.text(b).length
    if (on('teaser-run') && Math.abs(la - lb) <= o.teaserRunTolerance * Math.max(la, lb)) {
      sa.run = true
      sb.run = true
    }
    // Glued and unclosed, both: a widget's teasers, whatever their lengths.
    if (on('teaser-run') && sa.gluedOpen && sb.gluedOpen) {
      sa.gluedRun = true
      sb.gluedRun = true
    }
  }

  // The tail: scan back from the end, past junk, while lines are teasers.
  const inTail = new Set<number>()
  for (let i = r.n - 1; i >= 0; i--) {
    if (r.dropped(i)) continue
    const signal = signals.get(i)
    const removed = r.pending(i) && signal ? verdict(r.text(i), signal, true) : null
    if (!removed) break
    r.set(i, { is: 'dropped', removed })
    inTail.add(i)
  }
  for (const i of candidates) {
    const signal = signals.get(i)
    if (inTail.has(i) || !signal || !r.pending(i)) continue
    const removed = verdict(r.text(i), signal, false)
    if (removed) r.set(i, { is: 'dropped', removed })
  }
}

/** A line with a teaser's form, worth measuring. */
function suspect(signal: Signals): boolean {
  return signal.unclosed || signal.ellipsis || signal.concatenated
}

/**
 * The line ends in a piece of a word: a lower-case last word that is no
 * common short word and occurs nowhere else in the document ("…over the
 * West fa"). A complete word usually recurs or is a function word; a proper
 * noun ("…– Chicago") is capitalised. Not tried before an ellipsis: a preview
 * elides after whole words as often as not.
 */
function endsInFragment(r: Reading, i: number, counts: ReadonlyMap<string, number>): boolean {
  const tokens = r.read[i]?.tokens ?? []
  const token = tokens[tokens.length - 1]
  const text = r.text(i)
  // The last token must be the line's very end, written in lower case.
  if (!token || text.slice(text.length - token.length) !== token) return false
  if (SHORT_WORDS.has(token) || STOPWORDS.has(token)) return false
  let own = 0
  for (const t of tokens) if (t === token) own++
  return (counts.get(token) ?? 0) <= own
}

/**
 * The removal of a teaser, or `null` when the signals do not make one. At
 * the end of the document, a title glued to a description that ends without
 * a stop is one too, even cut at a word boundary ("…injures two dock
 * workersTwo men were taken to hospital after a crane fell on"), when it is
 * one of a run of such lines or off-topic.
 */
function verdict(text: string, s: Signals, inTail: boolean): Removed | null {
  const strong = Number(s.fragment) + Number(s.midSentence) + Number(s.concatenated)
  const gluedTail = inTail && s.gluedOpen && (s.gluedRun || s.offTopic)
  const teaserLike = strong >= 2 || (strong === 1 && (s.run || s.ellipsis)) || gluedTail
  if (!teaserLike || (!inTail && !s.offTopic)) return null
  const why: string[] = []
  if (s.fragment) why.push('cut off mid-word')
  if (s.midSentence) why.push('cut off mid-sentence')
  if (s.ellipsis) why.push('ends in an ellipsis')
  if (s.concatenated) why.push('title and description run together')
  if (inTail && s.gluedOpen && !s.fragment && !s.midSentence)
    why.push('no closing stop at the end of the document')
  if (s.run) why.push('one of a run of lines cut to the same length')
  if (s.gluedRun) why.push('one of a run of glued, unclosed lines')
  if (s.offTopic) why.push(`off-topic (${Math.round((s.overlap ?? 0) * 100)}% of its words occur elsewhere)`)
  const rule = s.fragment || s.midSentence || s.ellipsis ? 'teaser-truncated' : 'teaser-concatenated'
  return { text, reason: `related-article teaser: ${why.join('; ')}`, rule }
}
