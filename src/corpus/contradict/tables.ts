/** Word tables of the contradiction detectors. */

/**
 * Words saying a count has changed over time ("the toll rose to 45"). A
 * higher figure carried by such words updates a lower one; it does not
 * contradict it.
 */
export const GROWTH_CUES: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rises',
  'rising',
  'climbed',
  'climbs',
  'climbing',
  'increased',
  'jumped',
  'grew',
  'grown',
  'surged',
  'soared',
  'mounted',
  'swelled',
  'swollen',
  'increasing',
  'reached',
  'now',
  'updated',
  'revised',
])

/** Words saying a count has gone down over time ("fell to"), the mirror of {@link GROWTH_CUES}. */
export const DECLINE_CUES: ReadonlySet<string> = new Set([
  'fell',
  'fallen',
  'dropped',
  'declined',
  'decreased',
  'shrank',
  'eased',
  'now',
  'revised',
  'updated',
])

/** Prepositions that make a place the location of what the clause reports. */
export const LOCATIVE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|port\s+city\s+of\s+)?$/i

/**
 * Pairs of words that reverse a statement when one replaces the other
 * inside an otherwise identical quote.
 */
export const ANTONYMS: readonly (readonly [string, string])[] = [
  ['will', "won't"],
  ['can', 'cannot'],
  ['can', "can't"],
  ['support', 'oppose'],
  ['accept', 'reject'],
  ['agree', 'disagree'],
  ['increase', 'decrease'],
  ['raise', 'lower'],
  ['open', 'close'],
  ['approve', 'reject'],
  ['allow', 'ban'],
  ['allow', 'prohibit'],
  ['win', 'lose'],
  ['always', 'never'],
  ['guilty', 'innocent'],
  ['legal', 'illegal'],
  ['safe', 'unsafe'],
  ['true', 'false'],
]

/** Units that count people: "16 workers" and "26 bodies" report one death toll. */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set([
  'people',
  'person',
  'persons',
  'worker',
  'body',
  'victim',
  'resident',
  'villager',
  'child',
  'adult',
  'passenger',
  'patient',
  'student',
  'soldier',
  'civilian',
  'migrant',
  'survivor',
  'casualty',
  'fatality',
  'miner',
  'employee',
  'protester',
  'pilgrim',
  'refugee',
])

/** Words near a bare number that make it a count of people ("the toll stood at 16", "29 dead"). */
export const PEOPLE_CONTEXT = /\b(?:toll|killed|dead|died|deaths|injured|wounded|missing|bodies|victims)\b/
