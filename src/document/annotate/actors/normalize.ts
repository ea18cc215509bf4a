/**
 * String normalisation shared by the gazetteer builder and the recogniser, so
 * that a name written in the data and the same name written in an article
 * reduce to the same key.
 */

/** Letters with no Unicode decomposition that news text still carries. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  ð: 'd',
}

const ASCII = /^[\x00-\x7f]*$/
const SIMPLE_WORD = /^[A-Za-z]+$/
const COMBINING_MARKS = /\p{M}+/gu
const EXTRA_FOLD_CHARS = /[ßæÆøØđĐłŁıœŒþð]/g

/** Fold diacritics (`Erdoğan` → `Erdogan`, `Łódź` → `Lodz`); case is kept. */
export function fold(value: string): string {
  if (ASCII.test(value)) return value
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_CHARS, (c) => EXTRA_FOLDS[c] ?? c)
}

/** Apostrophes and periods vanish from keys (`U.S.` = `US`, `Côte d'Ivoire` = `Cote dIvoire`). */
const KEY_DROP = /[.'’‘`´]/g
/** Hyphens, dashes, underscores and runs of space are one separator. */
const KEY_SPACE = /[\s\-‐‑–—_]+/g

/**
 * Lookup key of a name: diacritics folded, lower case, apostrophes and
 * periods removed, hyphens as spaces (`Jong-un` = `Jong Un`).
 */
export function aliasKey(value: string): string {
  if (SIMPLE_WORD.test(value)) return value.toLowerCase()
  return fold(value).toLowerCase().replace(KEY_DROP, '').replace(KEY_SPACE, ' ').trim()
}

/** Slug for actor ids: folded, lower case, ASCII letters and digits joined by `-`. */
export function slug(value: string): string {
  return fold(value)
    .toLowerCase()
    .replace(KEY_DROP, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Words kept lower-case inside a title-cased name. */
const LOWER_IN_NAMES = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'al',
  'el',
])

/**
 * Title-case a name stored in capitals (`BANK OF JAPAN` → `Bank of Japan`);
 * short words without a vowel stay capitals (`NHK`).
 */
export function titleCase(value: string): string {
  return value
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, index) => {
      if (part.trim() === '' || part === '-') return part
      if (index > 0 && LOWER_IN_NAMES.has(part)) return part
      if (part.length <= 4 && !/[aeiouy]/.test(part)) return part.toUpperCase()
      return part.charAt(0).toUpperCase() + part.slice(1)
    })
    .join('')
}
