/**
 * The shape of a line: how it ends, how it opens, how long it is. Shared by
 * the line reader, the structural reading and the teaser rules.
 */
import { BULLET, QUOTE_MARKER } from './tables.js'

/** The line closes a sentence: a stop, maybe inside closing quotes or brackets. */
export const SENTENCE_END = /[.!?…。！？]["'”’)\]»」』]*$/u
/** Ends in a way a headline or heading never does (stop, comma, colon …); `?` and `!` are allowed. */
export const NOT_A_TITLE_END = /(?:[.,;:…。、]|\.\.\.)["'”’)\]»」』]*$/u
/** Opens like a headline or heading: a capital, a digit, a quote or an inverted mark. */
const TITLE_START = /^[\p{Lu}\p{N}"“‘'«¿¡]/u
/** Two sentences inside one line ("… rose. Markets …"); abbreviations (`Mr.`, `U.S.`) don't count. */
const INNER_SENTENCE = /\p{Ll}{2,}[.!?]["'”’]?\s+\p{Lu}/u
/**
 * Cut off: the last character is a lower-case letter or mid-sentence
 * punctuation (`…the West fa`, `…Luckily,`). A capital or a digit at the end
 * is more often a heading glued on by a scraper (`…the other.Wi-Fi 6`).
 * Tested on the last character only, so the cost does not grow with the line.
 */
export const CUT_OFF_CHAR = /^[\p{Ll},;]$/u
export const ELLIPSIS_END = /(?:…|\.\.\.)["'”’]?$/u
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const WORDS = /\S+/g

/**
 * "…the new rules.There are…", "…cabin crew walkoutPassengers were…": a
 * teaser's title and description glued with no space, with or without the
 * stop. Without the stop, the glued word must start in lower case, so brands
 * and hashtags ("LinkedIn", "#CollectiveBias") are not taken for glue. Latin
 * letters as code-point ranges: `\p{Ll}` is several times slower.
 */
const GLUED_AT_STOP =
  /[a-z\u00df-\u00f6\u00f8-\u00ff]{2}[.!?]["”’]?[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]/
const GLUED_WORDS =
  /(?:^|[\s"“‘'(])[a-z\u00df-\u00f6\u00f8-\u00ff]{3,}[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]*(?=[\s,.;:!?"”’)]|$)/
/**
 * Words that open a teaser's description (articles, pronouns, a few
 * sentence openers), capitalised. A title ending in a capitalised word or a
 * number ("… before New Year", "… by 2028") glued to its description gives
 * `YearThe`, `2028The`, which the lower-case rule above cannot see. Brand
 * names glue capitalised parts too ("LinkedIn", "YouTube", "WhatsApp"), so
 * the second part must be one of these words, followed by a space and a
 * lower-case word: "In", "On", "Up" are left out ("LinkedIn", "CheckIn").
 */
export const GLUED_DESCRIPTION_OPENERS: readonly string[] = [
  'The',
  'This',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'His',
  'Her',
  'Their',
  'Our',
  'After',
  'When',
  'While',
  'According',
]
/**
 * A capitalised word of three letters or more, or a number of two digits or
 * more, glued to a description opener and a lower-case word: "…before New
 * YearThe extension will…", "…by 2028The plan is…".
 */
const GLUED_CAPITALISED = new RegExp(
  `(?:^|[\\s"“‘'(])(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]{2,}|\\d{2,})(?:${GLUED_DESCRIPTION_OPENERS.join('|')})\\s[a-z\u00df-\u00f6\u00f8-\u00ff]`,
)
/** Cheap pre-tests: a capital right after a stop, or right after a lower-case letter. */
const STOP_THEN_CAPITAL = /[.!?]["”’]?[A-Z\u00c0-\u00d6\u00d8-\u00de]/
const LOWER_THEN_CAPITAL = /[a-z\u00df-\u00f6\u00f8-\u00ff][A-Z\u00c0-\u00d6\u00d8-\u00de]/
const DIGIT_THEN_CAPITAL = /\d[A-Z]/

/** Whether `text` holds a teaser's title and description glued together. */
export function isConcatenated(text: string): boolean {
  return (
    (STOP_THEN_CAPITAL.test(text) && GLUED_AT_STOP.test(text)) ||
    (LOWER_THEN_CAPITAL.test(text) && (GLUED_WORDS.test(text) || GLUED_CAPITALISED.test(text))) ||
    (DIGIT_THEN_CAPITAL.test(text) && GLUED_CAPITALISED.test(text))
  )
}

/** Whitespace-separated words in `text`. */
export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0
}

/**
 * Shaped like a headline or a heading: short, opening like one, closing
 * without a stop, one sentence, not a list item or a quote.
 */
export function titleLike(text: string, maxLength: number, maxWords: number): boolean {
  return (
    text.length <= maxLength &&
    wordCount(text) <= maxWords &&
    TITLE_START.test(text) &&
    !NOT_A_TITLE_END.test(text) &&
    !INNER_SENTENCE.test(text) &&
    !BULLET.test(text) &&
    !QUOTE_MARKER.test(text)
  )
}
