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
  // "…approved the budget after a long debate, in which opposition members demanded cuts".
  { pattern: /,\s+(?=(?:in|during|under|through) which\s)/g, rule: 'relative-which' },
  { pattern: /,\s+(?=where\s)/g, rule: 'relative-where' },
  // A trailing participle clause adds a second fact ("…inked the pact in Port Avery,
  // capping negotiations that began in 2018"); "including" only lists examples.
  { pattern: /,\s+(?=(?!including\b)\p{Ll}+ing\s)/gu, rule: 'participle' },
]

/**
 * Conjunctions that join two full statements after a comma ("…inspect the dams
 * every six months, and a public register will list…"; "…little changed,
 * while the main bond index rose 0.4%"). A sentence splits there only when
 * what follows has a subject of its own ({@link SUBJECT_STARTERS}) and a
 * finite verb ({@link FINITE_VERBS}, a past form in -ed or
 * {@link IRREGULAR_PAST}) before the next comma: "X, Y, and Z" lists and a
 * shared subject ("…lowered its forecast, and expected…") stay whole.
 */
export const COORDINATORS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
])

/** Words that open a noun phrase: determiners, possessives, quantifiers, pronouns. */
export const SUBJECT_STARTERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
  'many',
  'most',
  'several',
  'both',
  'all',
  'other',
  'another',
  'each',
  'no',
  'few',
  'he',
  'she',
  'it',
  'they',
  'we',
])

/** Auxiliaries and modals: a finite verb follows a subject. */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'does',
])

/** Frequent irregular past forms in news prose (regular ones end in -ed). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'rose',
  'fell',
  'grew',
  'took',
  'gave',
  'made',
  'went',
  'came',
  'began',
  'held',
  'left',
  'met',
  'paid',
  'ran',
  'saw',
  'sent',
  'spent',
  'stood',
  'struck',
  'won',
  'lost',
  'kept',
  'brought',
  'built',
  'led',
  'broke',
  'spread',
  'shut',
  'hit',
  'cut',
  'put',
  'set',
  'sank',
  'swept',
  'drew',
  'fled',
  'froze',
  'sold',
  'bought',
  'told',
  'said',
])

/**
 * A trailing attribution after a clause ("…, officials said."; "…, according
 * to the agency."; "…, said Ana Ruiz, a spokeswoman for…"): it does not stop a
 * trailing clause before it from being split off. Matched on the comma-separated
 * piece, trimmed.
 */
export const ATTRIBUTION: RegExp =
  /^(?:according to\b|(?:said|says|told|added)\b|(?:[\p{L}\p{N}'’().-]+\s+){0,6}(?:said|says|told|added|reported|confirmed|announced)(?:\s+on\s+\p{L}+)?[.!]?$)/iu
