/**
 * Authors as a list of clean person names: "By X, Y and Z" split, the "By"
 * taken off without eating "Byrne", "X For Daily Mail" cut, roles, dates and
 * e-mail addresses dropped, and the outlet itself never taken for a person.
 */

/** Words that introduce a byline, in several languages (followed by a space or colon). */
const BY_PREFIX =
  /^(?:(?:written|posted|reported|reviewed|edited|words|story|text|photos?|interview)\s+by|by|from|por|von|par|oleh|от|автор(?:ы)?|текст|작성자|기자)\s*[:：]?\s+/iu

/** Short words that mean "by" only in lowercase ("di Mario Rossi"), but start surnames capitalised ("Di Maio"). */
const LOWER_BY_PREFIX = /^(?:di|de|da|door|av|af)\s+/u

/** Separators between several names. */
const NAME_SEPARATORS =
  /\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bdan\b|\bи\b|\bwith\b|、|・)\s*/iu

/** Words of a role, outlet or agency rather than of a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    'staff writer writers reporter reporters correspondent correspondents editor editors editorial columnist ' +
    'contributor contributors contributing producer photographer photographers press news newsroom desk team ' +
    'agency agencies bureau associated reuters afp ap bloomberg inc ltd llc group media magazine online times post ' +
    'daily weekly journal tribune herald gazette network tv radio channel service services wire admin administrator ' +
    'redaktion redação redazione redaksi senior chief national political sports business technology science ' +
    'international foreign local national deputy managing executive special guest updated published posted ' +
    'share comments comment follow view profile more articles article stories story email sponsored content ' +
    'partner partners company organisation organization foundation institute university board office'
  ).split(' '),
)

/** Particles that may be lowercase inside a name. */
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'binti',
  'al',
  'el',
  'y',
  'e',
  'st.',
])

/** Options of {@link cleanAuthors}. */
export interface AuthorContext {
  /** Names of the outlet and publisher: never authors. */
  organisations: readonly string[]
  /**
   * Where the strings come from: a metadata field holds names only, so an
   * outlet word there makes the whole string an organisation ("European Space
   * Agency"); a byline line runs on into the outlet, which is cut off ("Tom
   * Davies Associated Press") (default: `'byline'`).
   */
  source?: 'metadata' | 'byline'
}

/**
 * Clean raw author strings into person names. Returns the names in order,
 * each once.
 */
export function cleanAuthors(raws: readonly string[], context: AuthorContext): string[] {
  const organisations = new Set(context.organisations.map(fold).filter((name) => name !== ''))
  const names: string[] = []
  const seen = new Set<string>()
  for (const raw of raws) {
    for (const name of splitNames(raw, context.source ?? 'byline')) {
      const key = fold(name)
      if (seen.has(key) || organisations.has(key)) continue
      // "Practical Horseman" for the site "Practical Horseman Magazine", and the reverse.
      const related = [...organisations].some(
        (organisation) =>
          (organisation.length > 3 && key.includes(organisation)) ||
          (key.length > 6 && organisation.includes(key)),
      )
      if (related) continue
      seen.add(key)
      names.push(name)
    }
  }
  return names
}

/** Split one byline into candidate names, each cleaned and checked. */
export function splitNames(raw: string, source: 'metadata' | 'byline' = 'byline'): string[] {
  const out: string[] = []
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
  // Segments first ("September 10, 2018 | by Catherine"), so a date cuts only its own segment.
  for (let segment of text.split(/\s*[|·•]\s*/)) {
    // "Provided by the European Space Agency", "Courtesy of …": a source, not an author.
    if (/^\s*(?:provided by|courtesy of|source|sources|via|from the|distributed by)\b/i.test(segment))
      continue
    // Cut at "Updated"/"Published" and at a date or time that bylines run into.
    segment = segment.replace(/\s*(?:[–—-]\s*)?(?:updated|published|posted|last updated)\b.*$/i, '')
    segment = segment.replace(
      /\s*(?:[,–—-]\s*)?(?:\b\d{1,2}[:/.]\d{1,2}|\b\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d).*$/i,
      '',
    )
    for (let part of segment.split(NAME_SEPARATORS)) {
      part = part.trim()
      let previous = ''
      while (previous !== part) {
        previous = part
        part = part.replace(BY_PREFIX, '').replace(LOWER_BY_PREFIX, '').trim()
      }
      // "Levi Parsons For Daily Mail Australia", "Jane Doe for The Times".
      part = part.replace(/\s+for\s+.*$/i, '')
      part = part.replace(/^[\s"'“”‘’:.,-]+|[\s"'“”‘’:.,-]+$/g, '')
      if (source === 'byline') part = dropTrailingOutlet(part)
      const name = checkName(part)
      if (name !== null) out.push(name)
    }
  }
  return out
}

/**
 * "Tom Davies Associated Press" → "Tom Davies"; "Kevin McCoy USA TODAY" →
 * "Kevin McCoy": a name written in mixed case, followed by an outlet in
 * capitals or by outlet words.
 */
function dropTrailingOutlet(text: string): string {
  const words = text.split(' ')
  for (let index = 2; index < words.length; index++) {
    const word = words[index]!
    const outletWord = NOT_NAME_WORDS.has(word.toLowerCase())
    const capitals = word.length >= 2 && word === word.toUpperCase() && /\p{Lu}{2}/u.test(word)
    const mixedBefore = words
      .slice(0, index)
      .every((before) => before !== before.toUpperCase() || before.length === 1 || /^\p{Lu}\.$/u.test(before))
    if (outletWord || (capitals && mixedBefore)) return words.slice(0, index).join(' ')
  }
  return text
}

/** A person name, normalised (all-caps titled), or `null` when `text` is not one. */
function checkName(text: string): string | null {
  if (text.length < 3 || text.length > 60) return null
  if (/[\d@#]/.test(text)) return null
  const words = text.split(' ')
  if (words.length > 5) return null
  // "The Water Coolest", "The Editors": a name does not start with an article.
  if (/^(?:the|a|an|la|le|el|les|los|die|der|das)$/i.test(words[0]!)) return null
  const cased = /\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)
  let capitals = 0
  for (const word of words) {
    const lower = word.toLowerCase()
    // "Editor-at-large", "co-founder": each part of a hyphenated word is checked.
    if (lower.split('-').some((part) => NOT_NAME_WORDS.has(part.replace(/[.,]$/, '')))) return null
    if (!cased) continue
    if (/^\p{Lu}/u.test(word)) capitals++
    else if (!PARTICLES.has(lower)) return null
  }
  // A single Latin word is a handle or a first name only: too weak to be an author.
  if (cased && (words.length < 2 || capitals === 0)) return null
  if (cased && text === text.toUpperCase() && /\p{Lu}{2}/u.test(text)) {
    return words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ')
  }
  return text
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}
