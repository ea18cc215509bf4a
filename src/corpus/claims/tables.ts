/** Word tables of the claims stage. */

/**
 * Words that negate the statement they sit in. Outlets that agree on the
 * words but not on a "not" disagree; the alignment stage needs to know.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'no',
  'never',
  'neither',
  'nor',
  'none',
  'nobody',
  'nothing',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "shouldn't",
  "wouldn't",
  "couldn't",
  'without',
  'denied',
  'denies',
  'deny',
  'refused',
  'refuses',
  'rejected',
  'rejects',
])

/**
 * Clause boundaries at which a sentence splits into two claims: a trailing
 * non-restrictive relative clause usually adds a second, separate fact
 * ("…port calls, which could also include third countries"), and a semicolon
 * joins two statements. Each entry is matched on the sentence text.
 */
export const CLAUSE_BREAKS: readonly { pattern: RegExp; rule: string }[] = [
  { pattern: /;\s+/g, rule: 'semicolon' },
  { pattern: /,\s+(?=which\s)/g, rule: 'relative-which' },
  { pattern: /,\s+(?=where\s)/g, rule: 'relative-where' },
  // A trailing participle clause adds a second fact ("…inked the pact in Port Avery,
  // capping negotiations that began in 2018"); "including" only lists examples.
  { pattern: /,\s+(?=(?!including\b)\p{Ll}+ing\s)/gu, rule: 'participle' },
]
