/**
 * The Porter (1980) stemmer: conflates inflected and derived forms
 * ("exercises"/"exercise", "cooperation"/"cooperate") so that lexical
 * similarity sees them as one word. Both sides of every comparison go through
 * it, so its known over-stemming is symmetric and harmless here.
 */

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
]

const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]

const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
]

function isConsonant(word: string, i: number): boolean {
  const c = word[i]
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false
  if (c === 'y') return i === 0 ? true : !isConsonant(word, i - 1)
  return true
}

/** Number of VC sequences in `stem` (Porter's m). */
function measure(stem: string): number {
  let m = 0
  let i = 0
  const n = stem.length
  while (i < n && isConsonant(stem, i)) i++
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++
    if (i >= n) break
    while (i < n && isConsonant(stem, i)) i++
    m++
  }
  return m
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true
  return false
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1)
}

/** consonant-vowel-consonant ending, the last not w, x or y. */
function endsCvc(w: string): boolean {
  const n = w.length
  if (n < 3) return false
  const last = w[n - 1]
  return (
    isConsonant(w, n - 3) &&
    !isConsonant(w, n - 2) &&
    isConsonant(w, n - 1) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'y'
  )
}

function replaceSuffix(
  word: string,
  table: readonly (readonly [string, string])[],
  minMeasure: number,
): string {
  for (const [suffix, replacement] of table) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length)
      return measure(stem) > minMeasure ? stem + replacement : word
    }
  }
  return word
}

/**
 * Stem one lower-case English word.
 *
 * @param input Lower-case word.
 * @returns Its Porter stem (words of one or two letters are returned as is).
 */
export function stem(input: string): string {
  if (input.length <= 2) return input
  let w = input
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1)
  // Step 1b: -ed, -ing.
  let step1bExtra = false
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2)
    step1bExtra = true
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3)
    step1bExtra = true
  }
  if (step1bExtra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e'
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1)
    else if (measure(w) === 1 && endsCvc(w)) w += 'e'
  }
  // Step 1c: y → i after a vowel-bearing stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i'
  w = replaceSuffix(w, STEP2, 0)
  w = replaceSuffix(w, STEP3, 0)
  // Step 4: drop a suffix when the stem is long enough (m > 1).
  for (const suffix of STEP4) {
    if (w.endsWith(suffix)) {
      const s = w.slice(0, -suffix.length)
      if (measure(s) > 1 && (suffix !== 'ion' || /[st]$/.test(s))) w = s
      break
    }
  }
  // Step 5: final -e and -ll.
  if (w.endsWith('e')) {
    const s = w.slice(0, -1)
    const m = measure(s)
    if (m > 1 || (m === 1 && !endsCvc(s))) w = s
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1)
  return w
}
