/**
 * Find a dateline ("LISBON (Tidewire) —", "WASHINGTON, Nov 1 (Nordpress) -",
 * "Berlin (dpa) -") at the start of a paragraph.
 */
import { DATELINE_NOT_PLACES, DATELINE_PATTERNS } from './tables.js'

/** A dateline: the lead-in as written and the place it names. */
export interface Dateline {
  /** The lead-in, trimmed (`LISBON (Tidewire) —`). */
  text: string
  /** The place, all-capital words put in title case (`Lisbon`, `Kyiv, Ukraine`) (optional). */
  place?: string
}

/** Longest place a dateline names, in characters. */
const PLACE_MAX_LENGTH = 40

/** `NEW YORK` → `New York`; words with dots (`D.C.`) and mixed-case words are kept. */
function placeCase(place: string): string {
  return place.replace(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?(?![.\p{L}])/gu, (word) =>
    word === word.toUpperCase() && word.length > 1 ? word.charAt(0) + word.slice(1).toLowerCase() : word,
  )
}

/**
 * Read a dateline at the start of `paragraph`.
 *
 * @param paragraph Whitespace-collapsed paragraph text.
 * @returns The dateline, or `null` when the paragraph does not open with one.
 */
export function readDateline(paragraph: string): Dateline | null {
  for (const pattern of DATELINE_PATTERNS) {
    const match = pattern.exec(paragraph)
    if (!match) continue
    const place = (match.groups?.place ?? '').trim()
    const firstWord = (place.split(/[\s,]/)[0] ?? '').toLowerCase()
    if (place.length < 2 || place.length > PLACE_MAX_LENGTH || DATELINE_NOT_PLACES.has(firstWord)) continue
    // The dateline must leave a sentence after it; a short "KEY: value" line is not one.
    if (paragraph.length - match[0].length < 20) continue
    return { text: match[0].trim(), place: placeCase(place) }
  }
  return null
}
