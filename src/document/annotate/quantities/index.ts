/**
 * Numbers and amounts with their unit and hedge: "$58.5Bln", "nearly $60
 * billion", "at least 12 people", "2% of GDP", "three soldiers", "40 km".
 * Years, dates, times, ordinals and labels ("No. 10", "F-35") are not
 * quantities; the time annotator owns years and dates. See README.md.
 */
import type { Hedge, Quantity } from '../../../model/index.js'
import type { Segmentation, Token } from '../../segment/index.js'
import { blockSpans, firstTokenAtOrAfter } from '../quotes/tokens.js'
import {
  CURRENCY_ONLY_SCALES,
  CURRENCY_PREFIXES,
  DURATION_UNITS,
  HEDGES,
  IRREGULAR_PLURALS,
  LABEL_WORDS,
  MONTHS,
  NOT_AFTER,
  NUMBER_WORDS,
  PLURAL_UNITS,
  SCALES,
  UNITS,
} from './tables.js'

/** Options for {@link findQuantities}. */
export interface QuantityOptions {
  /** Currency of a bare `$`. Default: `USD`. */
  dollar?: string
  /** Currency of `¥` (`JPY`, or `CNY` for Chinese sources). Default: `JPY`. */
  yen?: string
  /** Most modifiers between a number and its counted noun ("12 young Ukrainian soldiers" has 2). Default: `2`. */
  maxModifiers?: number
  /** Smallest bare four-digit integer taken for a year, and so skipped. Default: `1900`. */
  minYear?: number
  /** Largest bare four-digit integer taken for a year. Default: `2099`. */
  maxYear?: number
  /** Keep numbers in figures with no unit and no counted noun (`unit: null`). Default: `true`. */
  keepBare?: boolean
}

const DEFAULTS = { dollar: 'USD', yen: 'JPY', maxModifiers: 2, minYear: 1900, maxYear: 2099, keepBare: true }

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const byLength = (a: string, b: string): number => b.length - a.length

const CURRENCY = Object.keys(CURRENCY_PREFIXES).sort(byLength).map(escapeRegExp).join('|')
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine'
const SCALE_WORDS = Object.keys(SCALES).sort(byLength).map(escapeRegExp).join('|')
const BIG = 'dozen|hundred|thousand|million|billion|trillion'
const WORD_NUMBER =
  `(?:${TENS})(?:[-\\s](?:${UNITS_WORDS})\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` +
  `thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|` +
  `half an?(?=\\s(?:${BIG})\\b)|an?(?=\\s(?:${BIG})\\b)`
/**
 * A number core: optional currency, figures or number words, optional scale.
 * Not inside a word or a longer number (G7, F-35, 3.5.1, #5).
 */
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_.,/#:-])(?:(?<cur>${CURRENCY})\\s?)?` +
    `(?:(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<words>\\b(?:${WORD_NUMBER})\\b))` +
    `(?:[\\s-]?(?<scale>${SCALE_WORDS})(?![\\p{L}\\p{N}]))?`,
  'giu',
)
const UNIT = new RegExp(
  `^[\\s-]?(?<unit>${Object.keys(UNITS).sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'iu',
)
const HEDGE = new RegExp(
  `(?:^|[^\\p{L}])(?<hedge>${Object.keys(HEDGES).sort(byLength).map(escapeRegExp).join('|')})\\s*$`,
  'iu',
)
const MODIFIERS: ReadonlySet<string> = new Set([
  'more',
  'new',
  'additional',
  'other',
  'extra',
  'young',
  'old',
  'former',
])

/**
 * Find the numbers and amounts of `text`.
 *
 * @param text Article text.
 * @param segmentation Sentences and tokens of `text` (for blocks and counted nouns).
 * @param options See {@link QuantityOptions}.
 * @returns Quantities in text order; the span covers hedge, currency, number, scale and unit or counted noun.
 */
export function findQuantities(
  text: string,
  segmentation: Segmentation,
  options: QuantityOptions = {},
): Quantity[] {
  const opts = { ...DEFAULTS, ...options }
  const { tokens } = segmentation
  const out: Quantity[] = []
  for (const block of blockSpans(segmentation)) {
    const slice = text.slice(block.start, block.end)
    for (const m of slice.matchAll(NUMBER)) {
      const q = readMatch(m, slice, block.start)
      if (q) out.push(q)
    }
  }
  return out

  function readMatch(m: RegExpMatchArray, slice: string, offset: number): Quantity | null {
    const g = m.groups ?? {}
    const at = m.index ?? 0
    const cur = g.cur
    const digits = g.digits
    const words = g.words?.toLowerCase()
    let scale = g.scale?.toLowerCase()
    let endInSlice = at + m[0].length
    // "40 m" is metres and "5 b" nothing: one-letter scales need a currency.
    if (scale && !cur && CURRENCY_ONLY_SCALES.has(scale)) {
      endInSlice -= (g.scale ?? '').length
      while (/[\s-]/.test(slice[endInSlice - 1] ?? '')) endInSlice--
      scale = undefined
    }
    const numStart = offset + at + (cur ? m[0].indexOf(digits ?? g.words ?? '', cur.length) : 0)
    let value: number
    // Ten or more unformatted digits are an identifier (a post id, a phone number), not a count.
    if (digits !== undefined && /^\d{10,}$/.test(digits)) return null
    if (digits !== undefined) value = Number(digits.replace(/,/g, ''))
    else if (words !== undefined) value = wordValue(words)
    else return null
    if (!Number.isFinite(value)) return null
    if (words !== undefined && (words === 'a' || words === 'an' || words.startsWith('half')) && !scale)
      return null
    if (scale) value *= SCALES[scale] ?? 1

    const rest = slice.slice(endInSlice)
    if (/^(?:st|nd|rd|th)\b/i.test(rest)) return null // ordinal
    if (/^:\d/.test(rest)) return null // clock time
    if (/^-\d/.test(rest)) return null // score or range: "3-2", "10-12"

    let unit: string | null = cur ? currencyCode(cur) : null
    let rule = cur ? 'currency-symbol' : 'bare'
    let end = offset + endInSlice
    const unitMatch = UNIT.exec(rest)
    if (unitMatch?.groups?.unit) {
      const canonical = UNITS[unitMatch.groups.unit.toLowerCase()]
      if (
        canonical &&
        !(cur && canonical !== 'percent' && canonical !== unit && /^[A-Z]{3}$/.test(canonical))
      ) {
        if (
          DURATION_UNITS.has(canonical) &&
          /^\s*(?:ago|before|after|earlier|later)\b/i.test(rest.slice(unitMatch[0].length))
        ) {
          return null // "three days ago" is a time expression
        }
        if (!cur || canonical === 'percent') {
          unit = canonical
          rule = canonical === 'percent' ? 'percent' : /^[A-Z]{3}$/.test(canonical) ? 'currency-word' : 'unit'
        }
        end += unitMatch[0].length
      }
    } else if (/^\p{L}/u.test(rest)) {
      return null // glued letters: "5G", "3D", "737MAX"
    }

    // Context from tokens: dates, labels, counted nouns.
    const ti = firstTokenAtOrAfter(tokens, numStart)
    const prev = tokens[ti - 1]
    const sameSentence = (t: Token | undefined): t is Token =>
      t !== undefined && t.sentence === tokens[ti]?.sentence
    if (sameSentence(prev) && MONTHS.test(prev.text)) return null // "Nov. 1"
    const afterTok = firstTokenAtOrAfter(tokens, end)
    const next = tokens[afterTok]
    if (sameSentence(next) && (MONTHS.test(next.text) || NOT_AFTER.has(next.normal))) {
      if (!unitMatch || MONTHS.test(next.text)) return null // "1 November", "5 p.m."
    }
    if (!cur && sameSentence(prev) && (LABEL_WORDS.has(prev.normal) || isNameLabel(prev, ti))) return null

    if (unit === null) {
      const counted = countedNoun(afterTok)
      if (counted) {
        unit = counted.unit
        end = counted.end
        rule = 'counted-noun'
      }
    }
    // A hedge right before the number (or its currency) joins the span.
    const windowStart = Math.max(offset, offset + at - 30)
    const hedgeMatch = HEDGE.exec(text.slice(windowStart, offset + at))
    const hedgeText = hedgeMatch?.groups?.hedge
    const hedge: Hedge | null = hedgeText ? (HEDGES[hedgeText.toLowerCase()] ?? null) : null
    const start =
      hedgeMatch && hedgeText
        ? windowStart + hedgeMatch.index + hedgeMatch[0].indexOf(hedgeText)
        : offset + at

    // Years are the time annotator's: a bare four-digit integer in range, with no
    // currency, scale, unit or hedge, is a year ("by 2035", "the 2016 election").
    if (digits && /^\d{4}$/.test(digits) && !cur && !scale && !unitMatch && !hedge) {
      const year = Number(digits)
      if (year >= opts.minYear && year <= opts.maxYear) return null
    }
    if (words !== undefined && unit === null && !scale) return null // "one of them", "no one"
    if (unit === null && !opts.keepBare) return null

    const parts = [rule]
    if (scale) parts.push('scale')
    if (words !== undefined) parts.push('word-number')
    if (hedge) parts.push('hedge')
    return {
      start,
      end,
      text: text.slice(start, end),
      value: round(value),
      unit,
      hedge,
      rule: parts.join('+'),
    }
  }

  function currencyCode(symbol: string): string {
    if (symbol === '$') return opts.dollar
    if (symbol === '¥') return opts.yen
    return CURRENCY_PREFIXES[symbol] ?? CURRENCY_PREFIXES[symbol.toUpperCase()] ?? symbol
  }

  /** The noun a number counts, past up to `maxModifiers` adjectives ("12 young Ukrainian soldiers"). */
  function countedNoun(i: number): { unit: string; end: number } | null {
    const first = tokens[i]
    if (!first) return null
    const sentence = first.sentence
    for (let k = i, mods = 0; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      const t = tokens[k]!
      const next = tokens[k + 1]
      // A capitalised plural heads the phrase only when nothing nominal follows
      // ("three Americans were", but "five Dallas police officers").
      const properHead =
        t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && !(next && /^(?:NOUN|PROPN)$/.test(next.pos))
      if (t.pos === 'NOUN' || properHead) {
        // The head of a compound is its last noun: "ten swing states", "two mid-term elections".
        let h = k
        for (;;) {
          const a = tokens[h + 1]
          const b = tokens[h + 2]
          if (a?.pos === 'NOUN' && a.sentence === sentence) h++
          else if (a?.text === '-' && b?.pos === 'NOUN' && b.start === a.end && a.start === tokens[h]!.end)
            h += 2
          else break
        }
        return { unit: lemma(tokens[h]!.normal), end: tokens[h]!.end }
      }
      const modifier =
        t.pos === 'ADJ' || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text)) || MODIFIERS.has(t.normal)
      if (!modifier || ++mods > opts.maxModifiers) return null
    }
    return null
  }

  /** A capitalised name right before a number makes it a label ("Apollo 11", "Windows 10"), unless it starts the sentence. */
  function isNameLabel(prev: Token, ti: number): boolean {
    if (prev.pos !== 'PROPN' || !/^\p{Lu}/u.test(prev.text)) return false
    const s = segmentation.sentences[prev.sentence]
    return s !== undefined && s.firstToken !== ti - 1 && !MONTHS.test(prev.text)
  }
}

function wordValue(words: string): number {
  const direct = NUMBER_WORDS[words]
  if (direct !== undefined) return direct
  if (words.startsWith('half')) return 0.5
  const [tens, ones] = words.split(/[-\s]/)
  return (NUMBER_WORDS[tens ?? ''] ?? Number.NaN) + (NUMBER_WORDS[ones ?? ''] ?? 0)
}

/** Singular of a counted noun, keeping the plurals news counts in ("people", "troops"). */
export function lemma(noun: string): string {
  const w = noun.toLowerCase()
  if (PLURAL_UNITS.has(w)) return w
  const irregular = IRREGULAR_PLURALS[w]
  if (irregular) return irregular
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`
  if (/[^aeiou]uses$/.test(w)) return w.slice(0, -2) // buses, bonuses, viruses (not causes, houses)
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2)
  if (/[^su]s$/.test(w)) return w.slice(0, -1)
  return w
}

/** Avoid 58.5 × 1e9 = 58499999999.99999. */
function round(n: number): number {
  return Number.parseFloat(n.toPrecision(15))
}
