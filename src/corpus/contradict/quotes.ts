/**
 * Quote contradictions: the same words in quotation marks attributed to two
 * people (**quote-speaker**), or one person's quote rendered with a material
 * difference — a negation, a reversed word, a number (**quote-wording**).
 * Renderings that differ only by omission or minor wording are dismissed.
 */
import type {
  AnalyzedArticle,
  ContradictionValue,
  Dismissal,
  Quote,
  Speaker,
  Subject,
} from '../../model/index.js'
import { NEGATIONS } from '../claims/tables.js'
import { DisjointSets } from '../text/disjoint.js'
import { type LcsMatch, lcs } from '../text/lcs.js'
import { sameSpeaker } from '../text/names.js'
import { isNumeric, words } from '../text/words.js'
import { evidenceFor, type Finding, type Options, type StoryMaterial } from './shared.js'
import { ANTONYMS } from './tables.js'

interface QuoteRef {
  doc: AnalyzedArticle
  quote: Quote
  words: string[]
  /** Index of the first word of each sentence of the quote after its first. */
  starts: number[]
  /** The claim holding the quote's first word, if any. */
  claim: string | null
}

/** Whether a speaker is a person named at the quote (not inferred from a pronoun, a previous quote or a description). */
const named = (s: Speaker) => s.id.startsWith('person:') && !INFERRED_SPEAKER.test(s.rule)
const INFERRED_SPEAKER = /pronoun|previous-speaker|descriptor|continuation/

const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't")

/**
 * Words of `ws` inside the stretch the other quote matched (plus up to two
 * words before it, within its sentence), where a difference changes what the
 * shared words say. A sentence of a longer quote that the other leaves out is
 * an omission: its "no" does not negate the next sentence.
 */
function alignedRegion(
  ws: readonly string[],
  matched: readonly number[],
  starts: readonly number[] = [],
): string[] {
  if (matched.length === 0) return []
  const at = matched[0] as number
  const sentence = Math.max(0, ...starts.filter((k) => k <= at))
  const first = Math.max(sentence, at - 2)
  const last = matched[matched.length - 1] as number
  return ws.slice(first, last + 1)
}

/** A material difference between two renderings of one quote, or `null`. */
function materialDifference(x: QuoteRef, y: QuoteRef, match: LcsMatch): string | null {
  const rx = alignedRegion(x.words, match.matchedA, x.starts)
  const ry = alignedRegion(y.words, match.matchedB, y.starts)
  const nx = rx.filter(isNegation).length
  const ny = ry.filter(isNegation).length
  if (nx !== ny)
    return `a negation (${[...rx, ...ry].filter(isNegation).join(', ')}) is in one rendering only`
  const sx = new Set(rx)
  const sy = new Set(ry)
  for (const [p, q] of ANTONYMS) {
    if (
      (sx.has(p) && !sx.has(q) && sy.has(q) && !sy.has(p)) ||
      (sx.has(q) && !sx.has(p) && sy.has(p) && !sy.has(q))
    ) {
      return `"${p}" in one rendering, "${q}" in the other`
    }
  }
  const numsX = rx.filter((w) => isNumeric(w))
  const numsY = ry.filter((w) => isNumeric(w))
  if (numsX.length > 0 && numsY.length > 0 && numsX.join() !== numsY.join()) {
    return `different numbers (${numsX.join(', ')} vs ${numsY.join(', ')})`
  }
  return null
}

/** Words that carry no content after a negation ("not *a* shortage"). */
const NEGATED_FILLER: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'any',
  'at',
  'all',
  'just',
  'only',
  'even',
])

/** The word a negation negates: the first after it that is no article or filler. */
function negatedWord(ws: readonly string[], at: number): string | null {
  for (let k = at + 1; k < ws.length; k++) {
    const w = ws[k] as string
    if (!NEGATED_FILLER.has(w)) return w
  }
  return null
}

/** The sentences of a quote's words (split at {@link QuoteRef.starts}). */
function sentencesOf(r: QuoteRef): string[][] {
  const cuts = [0, ...r.starts, r.words.length]
  const out: string[][] = []
  for (let k = 0; k + 1 < cuts.length; k++) out.push(r.words.slice(cuts[k], cuts[k + 1]))
  return out
}

/**
 * A sentence of each rendering with the same words in another order, where one
 * negation negates a word the other rendering affirms ("a failure, not a
 * shortage" / "a shortage, not a failure"): the order reverses what is said.
 * Returns why, or `null`.
 */
function swappedNegation(x: QuoteRef, y: QuoteRef, minWords: number, ratio: number): string | null {
  for (const sx of sentencesOf(x)) {
    for (const sy of sentencesOf(y)) {
      const shorter = Math.min(sx.length, sy.length)
      if (shorter < minWords) continue
      // The same words (as a bag), not in the same order.
      const pool = new Map<string, number>()
      for (const w of sx) pool.set(w, (pool.get(w) ?? 0) + 1)
      let common = 0
      for (const w of sy) {
        const n = pool.get(w) ?? 0
        if (n > 0) {
          common++
          pool.set(w, n - 1)
        }
      }
      if (common / Math.max(sx.length, sy.length) < ratio) continue
      const nx = sx.flatMap((w, k) => (isNegation(w) ? [k] : []))
      const ny = sy.flatMap((w, k) => (isNegation(w) ? [k] : []))
      if (nx.length !== 1 || ny.length !== 1) continue
      const wx = negatedWord(sx, nx[0] as number)
      const wy = negatedWord(sy, ny[0] as number)
      if (!wx || !wy || wx === wy) continue
      // Each negated word stands un-negated in the other rendering.
      if (sy.includes(wx) && sx.includes(wy)) {
        return `the negation falls on "${wx}" in one rendering and on "${wy}" in the other`
      }
    }
  }
  return null
}

export function findQuoteConflicts(
  m: StoryMaterial,
  o: Options,
  out: Finding[],
  dismissals: Dismissal[],
): void {
  const refs: QuoteRef[] = []
  for (const doc of m.docs) {
    for (const quote of doc.annotations.quotes) {
      const claim = m.claims.find(
        (c) => c.article === doc.article.id && c.start <= quote.start && c.end > quote.start,
      )
      const ws = words(quote.text)
      refs.push({
        doc,
        quote,
        words: ws.map((w) => w.lower.replace(/’/g, "'")),
        starts: ws.flatMap((w, k) => {
          const prev = ws[k - 1]
          return prev && /[.!?]/.test(quote.text.slice(prev.end, w.start)) ? [k] : []
        }),
        claim: claim?.id ?? null,
      })
    }
  }
  // Union quotes carrying the same words; remember the conflicting pairs.
  const sets = new DisjointSets<number>()
  refs.forEach((_, i) => {
    sets.add(i)
  })
  const find = (i: number) => sets.find(i)
  const speakerPairs: [number, number][] = []
  const wordingPairs: [number, number, string][] = []
  for (let i = 0; i < refs.length; i++) {
    for (let j = i + 1; j < refs.length; j++) {
      const x = refs[i] as QuoteRef
      const y = refs[j] as QuoteRef
      if (x.doc === y.doc) continue
      const shorter = Math.min(x.words.length, y.words.length)
      if (shorter < o.minQuoteWords) continue
      const match = lcs(x.words, y.words)
      if (match.length / shorter < o.sameQuoteRatio) {
        // The same words in another order, with the negation moved ("X, not Y" / "Y, not X"),
        // by one speaker.
        const sx = x.quote.speaker
        const sy = y.quote.speaker
        const swapped =
          sx && sy && sameSpeaker(sx, sy) ? swappedNegation(x, y, o.minQuoteWords, o.sameQuoteRatio) : null
        if (swapped) {
          sets.union(i, j)
          wordingPairs.push([i, j, swapped])
        }
        continue
      }
      sets.union(i, j)
      const sx = x.quote.speaker
      const sy = y.quote.speaker
      if (sx && sy && !sameSpeaker(sx, sy)) {
        // Only two people each named at the quote make a conflict: an organisation
        // speaks through people, an unlinked speaker is a guess, and a speaker found
        // through "he said" or the previous quote is the annotator's inference.
        if (named(sx) && named(sy)) speakerPairs.push([i, j])
        else {
          dismissals.push({
            kind: 'quote-speaker',
            subject: { text: quoteSubject(x, y) },
            values: [
              { ...quoteValue(x), value: sx.name },
              { ...quoteValue(y), value: sy.name },
            ],
            rule: 'inferred-speaker',
            why: 'at least one attribution is inferred (a pronoun, the previous quote, a description) or not a person',
          })
        }
        continue
      }
      const diff = materialDifference(x, y, match)
      if (diff) wordingPairs.push([i, j, diff])
      else if (x.words.join(' ') !== y.words.join(' ')) {
        dismissals.push({
          kind: 'quote-wording',
          subject: { text: quoteSubject(x, y) },
          values: [quoteValue(x), quoteValue(y)],
          rule: shorter === match.length ? 'omission' : 'minor-wording',
          why:
            shorter === match.length
              ? 'one rendering quotes part of the other'
              : 'the renderings differ only in words that do not change what is said',
        })
      }
    }
  }
  const speakerName = (r: QuoteRef) => r.quote.speaker?.name ?? 'unattributed'
  for (const [i, j] of speakerPairs) {
    const root = find(i)
    const members = refs.filter((_, k) => find(k) === root && refs[k]?.quote.speaker)
    const x = refs[i] as QuoteRef
    out.push({
      kind: 'quote-speaker',
      key: `quote-speaker ${root}`,
      subject: { text: `who said “${refs[root]?.quote.text ?? x.quote.text}”` },
      values: members.map((r) => ({
        ...quoteValue(r),
        value: speakerName(r),
        normalized: r.quote.speaker?.id ?? '',
      })),
      rule: 'same-words-different-speakers',
      why: `the same words are attributed to ${speakerName(x)} and to ${speakerName(refs[j] as QuoteRef)}`,
    })
  }
  for (const [i, j, diff] of wordingPairs) {
    const root = find(i)
    const members = refs.filter((_, k) => find(k) === root)
    const x = refs[i] as QuoteRef
    const subject: Subject = { text: quoteSubject(x, refs[j] as QuoteRef) }
    const speaker = x.quote.speaker ?? refs[j]?.quote.speaker
    if (speaker) subject.actor = speaker.id
    out.push({
      kind: 'quote-wording',
      key: `quote-wording ${root}`,
      subject,
      values: members.map(quoteValue),
      rule: 'material-difference',
      why: diff,
    })
  }
}

function quoteSubject(x: QuoteRef, y: QuoteRef): string {
  const speaker = x.quote.speaker?.name ?? y.quote.speaker?.name
  const shorter = x.quote.text.length <= y.quote.text.length ? x : y
  return speaker ? `${speaker}: “${shorter.quote.text}”` : `“${shorter.quote.text}”`
}

function quoteValue(r: QuoteRef): ContradictionValue {
  const value: ContradictionValue = {
    value: r.quote.text,
    article: r.doc.article.id,
    evidence: evidenceFor(r.doc, r.quote),
  }
  if (r.claim) value.claim = r.claim
  return value
}
