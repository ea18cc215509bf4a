/**
 * Lexical overlap of a line with the rest of its document: the share of the
 * line's content words that occur elsewhere. Related-article teasers share
 * few words with the report they trail; the report's own paragraphs share
 * many. One pass builds the document's word counts, so each line costs only
 * its own length.
 */
import { STOPWORDS } from './tables.js'

/** Content words shorter than this are ignored (articles, pronouns, "UN"-length noise). */
const MIN_WORD_LENGTH = 3
const DIGIT_START = /^\d/

/**
 * A crude stem so "threats"/"threat" and "countries"/"country" meet: enough
 * for an overlap measure, not meant as morphology.
 */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/**
 * The distinct content words among a line's lower-cased word tokens (see
 * `wordTokens`): stopwords, numbers and short words dropped, stemmed.
 */
export function contentWords(tokens: Iterable<string>): Set<string> {
  const words = new Set<string>()
  for (const word of tokens) {
    if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word) || DIGIT_START.test(word)) continue
    words.add(stem(word))
  }
  return words
}

/** Word counts of a document: in how many of its lines each content word occurs. */
export class Vocabulary {
  readonly #counts = new Map<string, number>()

  /** Count the words of one line. */
  add(words: ReadonlySet<string>): void {
    for (const word of words) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1)
  }

  /**
   * Share of `words` that occur in the counted lines, not counting `words`'
   * own line when it was counted (`counted`).
   *
   * @returns A number in [0, 1], or `null` for an empty set.
   */
  overlap(words: ReadonlySet<string>, counted: boolean): number | null {
    if (words.size === 0) return null
    const self = counted ? 1 : 0
    let shared = 0
    for (const word of words) if ((this.#counts.get(word) ?? 0) > self) shared++
    return shared / words.size
  }
}
