/**
 * Word-level text helpers shared by the corpus stages: a tokenizer with
 * offsets, a stop-word table and content-word normalisation (lower case,
 * British → American spelling, Porter stem).
 */
import { stem } from './stem.js'

/** A word of a text with its offsets. */
export interface Word {
  /** As written. */
  text: string
  /** Lower-cased, curly apostrophes straightened. */
  lower: string
  start: number
  end: number
}

// Letters and digits with inner apostrophes, hyphens, dots and commas
// ("Asia-Pacific", "don't", "58.5", "1,000", "U.S."), so numbers and
// hyphenated names stay whole.
const WORD = /[\p{L}\p{N}]+(?:[’'.,\-–][\p{L}\p{N}]+)*\.?/gu

/**
 * Split `text` into words with offsets.
 *
 * @param text Any text.
 * @param offset Added to every offset (when `text` is a slice) (default 0).
 */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    let t = m[0]
    // Keep a final dot only for abbreviations like "U.S." (a dot inside too).
    if (t.endsWith('.') && !/\.\S+\./.test(t)) t = t.slice(0, -1)
    // `lower` keeps a possessive ("japan's"); normalizeWord drops it.
    const lower = t.toLowerCase().replace(/’/g, "'")
    const start = offset + (m.index ?? 0)
    out.push({ text: t, lower, start, end: start + t.length })
  }
  return out
}

/**
 * Function words and news boilerplate that carry no content. Reporting verbs
 * ("said", "told") are here because every outlet uses them differently.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did didn't do does doesn't doing don't down during each few for from further had
has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
i'll i'm i've if in into is isn't it it's its itself let's me more most my myself no nor not of off on once only
or other ought our ours ourselves out over own same she she'd she'll she's should so some such than that that's
the their theirs them themselves then there there's these they they'd they'll they're they've this those through
to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your
yours yourself yourselves said says say saying told tells stated added according also just like one two new
mr mrs ms dr its it's would could may might must shall via per amid among upon within without including
however although though yet still even ever much many well back since around across along toward towards
s t don't re ve ll d`.split(/\s+/),
)

/** British spellings folded to American ones so outlets' spellings match. */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  programme: 'program',
  centre: 'center',
  organisation: 'organization',
  organisations: 'organizations',
  labour: 'labor',
  favour: 'favor',
  honour: 'honor',
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  travelled: 'traveled',
  travelling: 'traveling',
  practise: 'practice',
  analyse: 'analyze',
  recognise: 'recognize',
  criticise: 'criticize',
  apologise: 'apologize',
  authorise: 'authorize',
  emphasise: 'emphasize',
  realise: 'realize',
  mobilise: 'mobilize',
  stabilise: 'stabilize',
  minimise: 'minimize',
  prioritise: 'prioritize',
}

/** Normal form of a content word: spelling folded, then stemmed. */
export function normalizeWord(lower: string): string {
  const bare = lower.replace(/'s$/, '').replace(/\.$/, '')
  return stem(SPELLING_VARIANTS[bare] ?? bare)
}

/** Whether a lower-cased word is a number (digits with separators). */
export function isNumeric(lower: string): boolean {
  return /^[\d.,\-–]+$/.test(lower)
}

/**
 * Content words of `text`: no stop words, no numbers, no one-letter words;
 * normalised with {@link normalizeWord}.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = []
  for (const w of words(text)) {
    const lower = w.lower.replace(/'s$/, '')
    if (lower.length < 2 || STOP_WORDS.has(lower) || isNumeric(lower)) continue
    out.push(normalizeWord(lower))
  }
  return out
}
