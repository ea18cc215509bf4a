/**
 * Author bios: the line that tells the reader who wrote the report ("Jane
 * Doe is the Globe's health correspondent. Send her tips at …"). Page
 * furniture, but shaped like prose, so it is only taken where bios stand:
 * closing the report, or right under the headline and byline.
 */
import { wordTokens } from '../blocks.js'
import { BIO_CLAUSE_WORDS, BIO_CONTACT, BIO_OPENING, BIO_PAST_VERBS } from './tables.js'

/** An author bio read from a line. */
export interface AuthorBio {
  /** Who it describes, as written ("Jane Doe", "The author"). */
  name: string
  /** The verb says what the writer is now ("is", "covers"), not what they were ("was"). */
  present: boolean
  /** Words in the describing sentence. */
  words: number
}

/** The end of the first sentence after the description: a stop before a space or the end. */
const SENTENCE_STOP = /[.!?](?=\s|$)/g
const PAST: ReadonlySet<string> = new Set(BIO_PAST_VERBS)

/**
 * Read the opening of `text` as an author bio: a person linked to a writer's
 * job or beat, in a sentence with no clause of a report ("who was
 * detained…"). Says nothing of where the line stands; see {@link isAuthorBio}.
 *
 * @param text The line.
 * @returns The bio, or `null`.
 */
export function readAuthorBio(text: string): AuthorBio | null {
  for (const pattern of BIO_OPENING) {
    const match = pattern.exec(text)
    if (!match) continue
    SENTENCE_STOP.lastIndex = match[0].length
    const stop = SENTENCE_STOP.exec(text)
    const sentence = wordTokens(text.slice(0, stop ? stop.index : text.length))
    if (sentence.some((word) => BIO_CLAUSE_WORDS.has(word))) return null
    const verb = match.groups?.verb ?? ''
    const name = text.slice(0, match[0].indexOf(` ${verb} `)).trim()
    return { name, present: !PAST.has(verb), words: sentence.length }
  }
  return null
}

/** Whether `text` gives a way to reach the writer (an address, a handle, "follow her on …"). */
export function hasContact(text: string): boolean {
  return BIO_CONTACT.test(text.toLowerCase())
}

/** Whether the bio's subject is one of the report's bylined authors (full name or surname). */
function isBylined(name: string, authors: readonly string[]): boolean {
  const surname = (full: string) => full.split(/\s+/).at(-1) ?? ''
  return authors.some((author) => author === name || surname(author) === surname(name))
}

/**
 * Whether `text`, standing at `place`, is the author's bio. Closing the
 * report, a description of the writer in the present tense is enough; in
 * the past tense ("was a reporter …", as an obituary closes) it needs a
 * contact or a bylined name. Under the headline, where the report's lede
 * may well describe a journalist, it needs a contact or a bylined name.
 *
 * @param text The line.
 * @param place Where it stands: `'end'` (last of the report) or `'start'` (under the headline).
 * @param authors Names read from the bylines.
 * @param maxLength Longer lines are prose.
 * @param maxWords A longer describing sentence is prose.
 */
export function isAuthorBio(
  text: string,
  place: 'start' | 'end',
  authors: readonly string[],
  maxLength: number,
  maxWords: number,
): boolean {
  if (text.length > maxLength) return false
  const bio = readAuthorBio(text)
  if (!bio || bio.words > maxWords) return false
  if (hasContact(text) || isBylined(bio.name, authors)) return true
  return place === 'end' && bio.present
}
