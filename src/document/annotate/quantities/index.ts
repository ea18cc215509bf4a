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
  CHANGE_BEFORE,
  COUNT_AFTER,
  CURRENCY_ONLY_SCALES,
  CURRENCY_PREFIXES,
  DURATION_UNITS,
  FRACTIONS,
  HEDGES,
  IRREGULAR_PLURALS,
  LABEL_WORDS,
  LETTER_SIGNS,
  MONTHS,
  NOT_AFTER,
  NUMBER_WORDS,
  PARTITIVE_AFTER_OF,
  PHONE_WORDS,
  PLURAL_UNITS,
  PREFIX_UNITS,
  RATE_JOINERS,
  SCALES,
  SUBJECT_AFTER,
  UNIT_BASES,
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

/**
 * Currency symbols (with any letters: `US$`, `E£`) in the regular
 * expression; codes and abbreviations (`USD`, `Rp`, `KSh`, `Rs.`) as any
 * two or three letters before a figure, checked against the table after the
 * match: one short pattern is much cheaper than fifty alternatives tried at
 * every word.
 */
const SCALE_WORDS = Object.keys(SCALES).sort(byLength).map(escapeRegExp).join('|')
const CURRENCY = [
  // Any currency sign, with any country prefix glued to it: "$", "US$", "GH¢", "NT$", "₦", "Bds$".
  '(?:\\p{Lu}\\p{L}{0,2})?\\p{Sc}',
  ...Object.keys(CURRENCY_PREFIXES)
    .filter((k) => !/^\p{L}+\.?$/u.test(k) && !/\p{Sc}$/u.test(k))
    .sort(byLength)
    .map(escapeRegExp),
  // A one-letter sign only before a figure with a scale ("R2.5 billion").
  ...LETTER_SIGNS.map((l) => `${escapeRegExp(l)}(?=\\d[\\d.,]*\\s?(?:${SCALE_WORDS})(?![\\p{L}]))`),
  '[A-Za-z]{2,3}\\.?(?=\\s?\\d)',
].join('|')
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine'
const BIG = 'dozen|hundred|thousand|million|billion|trillion'
/** "three quarters of a", "three quarters of an", "half a": before a scale or a unit only (checked after the match). */
const FRACTION =
  '(?:(?:a|one|two|three) )?(?:half|quarters?|thirds?)(?: of)? an?(?=\\s)|' +
  `(?:${UNITS_WORDS}|ten|eleven|twelve) and a half(?=[\\s-])|(?:a|one) half(?=[\\s-])`
/** The same words, matched alone. */
const FRACTION_WORDS =
  /^(?:(?:(?:a|one|two|three) )?(?:half|quarters?|thirds?)(?: of)? an?|(?:\w+ and )?(?:a|one) half)$/
const WORD_NUMBER =
  `${FRACTION}|` +
  `(?:${TENS})(?:[-\\s](?:${UNITS_WORDS})\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` +
  `thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|` +
  `an?(?=\\s(?:${BIG})\\b)`
/**
 * A number core: optional currency, figures or number words, optional scale.
 * Not inside a word or a longer number (G7, F-35, 3.5.1, #5).
 */
const NUMBER = new RegExp(
  `(?=[\\p{L}\\p{N}\\p{Sc}])(?<![\\p{L}\\p{N}_.,/#:-])(?:(?<cur>${CURRENCY})\\s?)?` +
    // A number word may be glued to "fold" ("tenfold"), which the unit table reads.
    `(?:(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<words>\\b(?:${WORD_NUMBER})(?:\\b|(?=fold\\b))))` +
    `(?:[\\s-]?(?<scale>${SCALE_WORDS})(?![\\p{L}\\p{N}]))?`,
  'giu',
)
const UNIT = new RegExp(
  `^[\\s-]?(?<unit>${Object.keys(UNITS).sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'iu',
)
const PREFIX_UNIT = new RegExp(
  `(?:^|[^\\p{L}])(?<prefix>${Object.keys(PREFIX_UNITS).sort(byLength).map(escapeRegExp).join('|')})[\\s-]$`,
  'iu',
)
/** Currency words of the unit table, for exchange rates ("84 per dollar"). */
const CURRENCY_WORDS = Object.keys(UNITS)
  .filter((w) => /^[A-Z]{3}$/.test(UNITS[w] ?? '') && /^\p{L}/u.test(w))
  .sort(byLength)
  .map(escapeRegExp)
  .join('|')
const RATE = new RegExp(
  `^\\s+(?:${RATE_JOINERS.map(escapeRegExp).join('|')})\\s+(?<currency>${CURRENCY_WORDS})(?![\\p{L}])`,
  'iu',
)
const HEDGE = new RegExp(
  `(?:^|[^\\p{L}])(?<hedge>${Object.keys(HEDGES).sort(byLength).map(escapeRegExp).join('|')})\\s*$`,
  'iu',
)
/** Two digit groups of two or more joined by a space, dot or hyphen: a block that may hold a phone number. */
const PHONE_HINT = /\d{2}[\s.-]\d{2}/
/** Digit groups in a phone number's shape: an optional `+` country code or bracketed area code, then 2–5 groups. */
const PHONE =
  /(?<![\p{L}\p{N}.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\p{L}\p{N}]|[.,]\d)/gu
/** Fewest digits of a phone number (local numbers have seven). */
const MIN_PHONE_DIGITS = 7
/** Characters before a number searched for a word of `PHONE_WORDS`. */
const PHONE_WORD_REACH = 30
/** "at one point", "at one time", "at one stage", "on the one hand": idioms, no count (text before, text after "one"). */
const ONE_IDIOMS: readonly [RegExp, RegExp][] = [
  [/\bat\s+$/i, /^\s+(?:point|time|stage)\b/i],
  [/\b(?:the|on)\s+$/i, /^\s+hand\b/i],
]
/** Before "one", words that make it a pronoun, no count: "the other one", "this one", "each one". */
const PRONOUN_ONE = /\b(?:other|another|this|that|each|every|any|which)\s+$/i
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
    const phones = phoneSpans(slice)
    for (const m of slice.matchAll(NUMBER)) {
      // The match may open with letters that are no currency ("on 055 …"): any overlap counts.
      const at = m.index ?? 0
      const end = at + m[0].length
      if (phones.some((p) => p.start < end && at < p.end)) continue
      const q = readMatch(m, slice, block.start)
      if (q) out.push(q)
    }
  }
  return out

  function readMatch(m: RegExpMatchArray, slice: string, offset: number): Quantity | null {
    const g = m.groups ?? {}
    let at = m.index ?? 0
    let cur = g.cur
    if (cur !== undefined && currencyCode(cur) === null) {
      // Letters that are no currency ("In 2020", "the 10"): the number starts after them.
      const skip = m[0].indexOf(g.digits ?? g.words ?? '', cur.length)
      if (skip === cur.length) return null // glued to a word: "MP3", "Su27"
      at += skip
      cur = undefined
    }
    const digits = g.digits
    const words = g.words?.toLowerCase().replace(/\s+/g, ' ')
    const fraction = words !== undefined && FRACTION_WORDS.test(words)
    let scale = g.scale?.toLowerCase()
    let endInSlice = (m.index ?? 0) + m[0].length
    // "40 m" is metres and "5 b" nothing: one-letter scales need a currency.
    if (scale && !cur && CURRENCY_ONLY_SCALES.has(scale)) {
      endInSlice -= (g.scale ?? '').length
      while (/[\s-]/.test(slice[endInSlice - 1] ?? '')) endInSlice--
      scale = undefined
    }
    const numStart = cur ? offset + at + m[0].indexOf(digits ?? g.words ?? '', cur.length) : offset + at
    let value: number
    // Ten or more unformatted digits are an identifier (a post id, a phone number), not a count.
    if (digits !== undefined && /^\d{10,}$/.test(digits)) return null
    if (digits !== undefined) value = Number(digits.replace(/,/g, ''))
    else if (words !== undefined) value = wordValue(words)
    else return null
    if (!Number.isFinite(value)) return null
    if (words !== undefined && (words === 'a' || words === 'an') && !scale) return null
    if (scale) value *= SCALES[scale] ?? 1

    const rest = slice.slice(endInSlice)
    if (/^(?:st|nd|rd|th)\b/i.test(rest)) return null // ordinal
    if (/^:\d/.test(rest)) return null // clock time
    if (/^-\d/.test(rest)) return null // score or range: "3-2", "10-12"
    if (words === 'one' && !scale) {
      const before = slice.slice(Math.max(0, at - 8), at)
      if (ONE_IDIOMS.some(([b, a]) => b.test(before) && a.test(rest))) return null
      if (PRONOUN_ONE.test(before)) return null // "the other one left"
    }

    let unit: string | null = cur ? currencyCode(cur) : null
    let rule = cur ? 'currency-symbol' : 'bare'
    let end = offset + endInSlice
    // A unit written before the number: "a magnitude 5.8 tremor".
    const prefixMatch = cur ? null : PREFIX_UNIT.exec(slice.slice(Math.max(0, at - 20), at))
    const prefix = prefixMatch?.groups?.prefix
    const prefixUnit = prefix ? (PREFIX_UNITS[prefix.toLowerCase()] ?? null) : null
    let numberAt = at
    if (prefixUnit && prefix) {
      unit = prefixUnit
      rule = 'unit'
      numberAt = at - (prefixMatch[0].length - prefixMatch[0].indexOf(prefix))
    }
    const unitMatch = prefixUnit ? null : UNIT.exec(rest)
    if (unitMatch?.groups?.unit) {
      const canonical = UNITS[unitMatch.groups.unit.toLowerCase()]
      if (
        canonical &&
        !(cur && canonical !== 'percent' && canonical !== unit && /^[A-Z]{3}$/.test(canonical))
      ) {
        if (DURATION_UNITS.has(canonical) && /^\s*ago\b/i.test(rest.slice(unitMatch[0].length))) {
          return null // "three days ago" is a date, the time annotator's
        }
        if (!cur || canonical === 'percent') {
          unit = canonical
          rule = canonical === 'percent' ? 'percent' : /^[A-Z]{3}$/.test(canonical) ? 'currency-word' : 'unit'
        }
        end += unitMatch[0].length
      }
    } else if (/^\p{L}/u.test(rest) && !prefixUnit) {
      return null // glued letters: "5G", "3D", "737MAX"
    } else if (!cur && !prefixUnit) {
      // An exchange rate: "near 84 per dollar", "32.4 to the dollar".
      const rate = RATE.exec(rest)
      const code = rate?.groups?.currency ? UNITS[rate.groups.currency.toLowerCase()] : undefined
      if (rate && code) {
        unit = `per-${code}`
        rule = 'rate'
        end += rate[0].length
      }
    }
    // A fraction measures only with a scale or a unit: "half a lifetime" is no amount.
    if (fraction && !scale && unit === null) return null

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
    if (!cur && !prefixUnit && sameSentence(prev) && (LABEL_WORDS.has(prev.normal) || isNameLabel(prev, ti)))
      return null

    if (unit === null) {
      const counted = countedNoun(afterTok, value)
      if (counted) {
        unit = counted.unit
        end = counted.end
        rule = 'counted-noun'
      }
    }
    // A hedge right before the number (or its currency) joins the span.
    const windowStart = Math.max(offset, offset + numberAt - 30)
    const hedgeMatch = HEDGE.exec(text.slice(windowStart, offset + numberAt))
    const hedgeText = hedgeMatch?.groups?.hedge
    const hedge: Hedge | null = hedgeText ? (HEDGES[hedgeText.toLowerCase()] ?? null) : null
    const start =
      hedgeMatch && hedgeText
        ? windowStart + hedgeMatch.index + hedgeMatch[0].indexOf(hedgeText)
        : offset + numberAt

    // Years are the time annotator's: a bare four-digit integer in range, with no
    // currency, scale, unit or hedge, is a year ("by 2035", "the 2016 election").
    if (digits && /^\d{4}$/.test(digits) && !cur && !scale && !unitMatch && !hedge) {
      const year = Number(digits)
      if (year >= opts.minYear && year <= opts.maxYear) return null
    }
    if (words !== undefined && unit === null && !scale) {
      // A number word with no noun is a count only where it stands for one:
      // "two of the dead", "the other eight", "up from six", "Five are missing".
      // Not before a hyphen: "three-game", "a two-way street" are modifiers.
      if (!fraction && !/^-\p{L}/u.test(rest) && standsForCount(ti, afterTok, value, hedge !== null))
        rule = 'count'
      else return null // "one of them", "no one"
    }
    if (unit === null && !opts.keepBare) return null

    const parts = [rule]
    if (scale) parts.push('scale')
    if (words !== undefined) parts.push(fraction ? 'fraction' : 'word-number')
    if (hedge) parts.push('hedge')
    const q: Quantity = {
      start,
      end,
      text: text.slice(start, end),
      value: round(value),
      unit,
      hedge,
      rule: parts.join('+'),
    }
    const base = unit === null ? undefined : UNIT_BASES[unit]
    if (base) q.normalized = { value: round(value * base.factor + (base.offset ?? 0)), unit: base.base }
    return q
  }

  /**
   * The ISO code of a currency prefix, or `null` for letters that are none.
   * A sign with a prefix no table names ("XY$") is money all the same: the
   * symbol as written stands for its currency.
   */
  function currencyCode(symbol: string): string | null {
    if (symbol === '$') return opts.dollar
    if (symbol === '¥') return opts.yen
    const code = CURRENCY_PREFIXES[symbol] ?? CURRENCY_PREFIXES[symbol.toUpperCase()]
    if (code) return code
    return /\p{Sc}$/u.test(symbol) ? symbol : null
  }

  /**
   * The noun a number counts, past up to `maxModifiers` adjectives ("12 young
   * Ukrainian soldiers") or participles ("four injured passengers"). A singular
   * noun in -ing after a number other than one is a participle, no noun ("the
   * other eight tapping on a pipe").
   */
  function countedNoun(i: number, value: number): { unit: string; end: number } | null {
    const first = tokens[i]
    if (!first) return null
    const sentence = first.sentence
    for (let k = i, mods = 0; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      const t = tokens[k]!
      const next = tokens[k + 1]
      // A hyphenated compound before a noun is one modifier ("five two-lane bridges").
      const part = tokens[k + 2]
      const then = tokens[k + 3]
      if (
        next?.text === '-' &&
        next.start === t.end &&
        part?.start === next.end &&
        then?.sentence === sentence &&
        (then.pos === 'NOUN' || then.pos === 'ADJ')
      ) {
        if (++mods > opts.maxModifiers) return null
        k += 2
        continue
      }
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
        if (value !== 1 && /ing$/.test(tokens[h]!.normal)) return null
        return { unit: lemma(tokens[h]!.normal), end: tokens[h]!.end }
      }
      // A participle right before a noun modifies it: "four injured passengers", "14 trapped miners".
      const participle =
        t.pos === 'VERB' &&
        /^\p{Ll}+(?:ed|en)$/u.test(t.text) &&
        next?.sentence === sentence &&
        next.pos === 'NOUN'
      const modifier =
        t.pos === 'ADJ' ||
        participle ||
        (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text)) ||
        MODIFIERS.has(t.normal)
      if (!modifier || ++mods > opts.maxModifiers) return null
    }
    return null
  }

  /**
   * Whether a number word with no noun after it stands for a count: the
   * earlier or later level of a change ("up from six", "down from nine",
   * "rose to nine", "from six to nine"); a partitive ("two of the dead",
   * "nine of the 14", "three of them"); after `other`, `last`, `remaining`…
   * ("the other eight", "the last five"); or the head of a subject before its
   * verb, at the start of a sentence, after a hedge or after `all`, `and`,
   * `the`, a comma… ("Five are still missing", "and two were hurt", "at least
   * three died"). "One" counts only in a change: "one of the reasons", "the
   * other one", "one is tempted" are no counts. A capitalised number word
   * inside a sentence is a name ("the Final Four").
   */
  function standsForCount(ti: number, after: number, value: number, hedged: boolean): boolean {
    const self = tokens[ti]
    if (!self) return false
    const sentence = self.sentence
    const at = (k: number): Token | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined)
    const p1 = at(ti - 1)
    const p2 = at(ti - 2)
    const n1 = at(after)
    const n2 = at(after + 1)
    const change =
      (p1?.normal === 'from' || p1?.normal === 'to') && p2 !== undefined && CHANGE_BEFORE.has(p2.normal)
    const fromTo =
      (p1?.normal === 'from' && n1?.normal === 'to' && n2?.pos === 'NUM') ||
      (p1?.normal === 'to' && p2?.pos === 'NUM' && at(ti - 3)?.normal === 'from')
    if (change || fromTo) return true
    if (value === 1) return false
    const first = segmentation.sentences[sentence]?.firstToken ?? ti
    let opens = true
    for (let k = first; k < ti && opens; k++) opens = tokens[k]?.pos === 'PUNCT'
    if (/^\p{Lu}/u.test(self.text) && !opens) return false
    if (n1?.normal === 'of' && n2 && (PARTITIVE_AFTER_OF.has(n2.normal) || n2.pos === 'NUM')) return true
    if (p1 && COUNT_AFTER.has(p1.normal)) return true
    const verb = n1 !== undefined && (n1.pos === 'AUX' || n1.pos === 'VERB')
    return verb && (opens || hedged || (p1 !== undefined && SUBJECT_AFTER.has(p1.normal)))
  }

  /** A capitalised name right before a number makes it a label ("Apollo 11", "Windows 10"), unless it starts the sentence. */
  function isNameLabel(prev: Token, ti: number): boolean {
    if (prev.pos !== 'PROPN' || !/^\p{Lu}/u.test(prev.text)) return false
    const s = segmentation.sentences[prev.sentence]
    return s !== undefined && s.firstToken !== ti - 1 && !MONTHS.test(prev.text)
  }
}

/**
 * Spans of `slice` (offsets into it) written as a phone number: digit groups
 * joined by single spaces, dots or hyphens, seven digits or more, that open
 * with `+`, a bracketed area code or a leading zero, or follow a word of
 * `PHONE_WORDS` ("WhatsApp us on 055 000 1234"). Groups of three after a
 * short first one are thousands ("spent on 12 500 000") unless a zero, `+`
 * or a bracket says otherwise.
 */
function phoneSpans(slice: string): { start: number; end: number }[] {
  if (!PHONE_HINT.test(slice)) return []
  const out: { start: number; end: number }[] = []
  for (const m of slice.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '')
    if (digits.length < MIN_PHONE_DIGITS) continue
    const start = m.index ?? 0
    const groups = m[0]
      .replace(/^\+\d+[\s.-]?/, '')
      .split(/[\s.()-]+/)
      .filter(Boolean)
    const marked = /^[+(]/.test(m[0]) || /^0/.test(groups[0] ?? '')
    const thousands = groups.slice(1).every((g) => g.length === 3) && (groups[0]?.length ?? 0) <= 3
    const words =
      slice
        .slice(Math.max(0, start - PHONE_WORD_REACH), start)
        .toLowerCase()
        .match(/[\p{L}.]+/gu) ?? []
    const cued = words.slice(-3).some((w) => PHONE_WORDS.has(w))
    if (marked || (cued && !thousands)) out.push({ start, end: start + m[0].length })
  }
  return out
}

function wordValue(words: string): number {
  const direct = NUMBER_WORDS[words]
  if (direct !== undefined) return direct
  const whole = /^(\w+) and a half$/.exec(words)
  if (whole) return (NUMBER_WORDS[whole[1] ?? ''] ?? Number.NaN) + 0.5
  if (FRACTION_WORDS.test(words)) return FRACTIONS[words.replace(/\s+of\b|\s+an?$/g, '')] ?? Number.NaN
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
