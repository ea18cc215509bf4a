/**
 * Words: wink tokens glued back together where the text has no space between
 * them (`Okonjo` `-` `Iweala`, `Erdo` `ğ` `an`), with the possessive `'s`
 * split off and remembered. Names are matched on words, not tokens.
 */
import type { Segmentation } from '../../segment/index.js'
import { aliasKey } from './normalize.js'

/** One word of the text. */
export interface Word {
  start: number
  end: number
  text: string
  /** {@link aliasKey} of the text. */
  key: string
  /** Lower-case text. */
  lower: string
  /** `PROPN` if any glued token was; else the first token's tag. */
  pos: string
  sentence: number
  /** First word of its sentence. */
  initial: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Every letter is upper case (and there are at least two). */
  allCaps: boolean
  /** Followed by a possessive `'s` / `’s` / `'`: the end of that marker. */
  possessiveEnd: number
  /** Hyphen-joined parts with their offsets, when the word has hyphens. */
  parts: { start: number; end: number; text: string }[] | null
}

/** Tokens that end a word even with no space before them. */
const BOUNDARY = /^(?:[,.;:!?()[\]{}"“”‘’'«»…/\\|—–]+|-{2,})$/
const POSSESSIVE = /^['’]s?$/i
const HYPHEN = /^[-‐‑]$/
const UPPER_START = /^\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u

/** Build the word layer of a segmentation. */
export function buildWords(text: string, segmentation: Segmentation): Word[] {
  const out: Word[] = []
  const tokens = segmentation.tokens
  let lastSentence = -1
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i]
    if (!first) break
    if (BOUNDARY.test(first.text) || POSSESSIVE.test(first.text) || HYPHEN.test(first.text)) {
      // A possessive marker belongs to the word before it.
      const prev = out[out.length - 1]
      if (prev && POSSESSIVE.test(first.text) && prev.end === first.start && first.text !== "'") {
        prev.possessiveEnd = first.end
      } else if (prev && first.text === "'" && prev.end === first.start && /s$/i.test(prev.text)) {
        prev.possessiveEnd = first.end // plural possessive: `the Ministers'`
      }
      i++
      continue
    }
    let end = first.end
    let pos = first.pos
    let j = i + 1
    const hyphenAt: number[] = []
    while (j < tokens.length) {
      const next = tokens[j]
      if (!next || next.start !== end || next.sentence !== first.sentence) break
      if (POSSESSIVE.test(next.text) || BOUNDARY.test(next.text)) break
      if (HYPHEN.test(next.text)) {
        const after = tokens[j + 1]
        if (!after || after.start !== next.end || BOUNDARY.test(after.text) || HYPHEN.test(after.text)) break
        hyphenAt.push(next.start)
      }
      if (next.pos === 'PROPN') pos = 'PROPN'
      end = next.end
      j++
    }
    // wink sometimes leaves the possessive on the word (`Clinton’s`): split it off.
    let possessiveEnd = -1
    const s = text.charCodeAt(end - 1)
    const mark = text.charCodeAt(end - 2)
    const tail = (s === 115 || s === 83) && (mark === 39 || mark === 0x2019)
    if (tail && end - first.start > 3) {
      possessiveEnd = end
      end -= 2
    }
    const value = text.slice(first.start, end)
    // Capitals only: no lower-case letter and at least two letters (counted only then).
    const allCaps = !HAS_LOWER.test(value) && atLeastTwoLetters(value)
    let parts: Word['parts'] = null
    if (hyphenAt.length > 0) {
      parts = []
      let from = first.start
      for (const at of [...hyphenAt, end]) {
        parts.push({ start: from, end: at, text: text.slice(from, at) })
        from = at + 1
      }
    }
    out.push({
      start: first.start,
      end,
      text: value,
      key: aliasKey(value),
      lower: value.toLowerCase(),
      pos,
      sentence: first.sentence,
      initial: first.sentence !== lastSentence,
      cap: UPPER_START.test(value),
      allCaps,
      possessiveEnd,
      parts,
    })
    lastSentence = first.sentence
    i = j
  }
  return out
}

/** Whether a string holds two letters or more. */
function atLeastTwoLetters(value: string): boolean {
  let n = 0
  for (const ch of value) if (LETTER.test(ch) && ++n >= 2) return true
  return false
}
