/**
 * Word tables for time expressions: tense markers and the contexts that make
 * an ambiguous word a date.
 */

/** Words that put a clause in the future ("will take effect", "is due to", "upcoming"). */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo', // won't → wo + n't
  'upcoming',
  'scheduled',
  'slated',
  'due',
  'planned',
  'plans',
  'plan',
  'intends',
  'aims',
  'expected',
  'set',
  'going',
  'tomorrow',
])

/** Future markers that count only when followed by `to` ("set to", "expected to", "plans to"). */
export const FUTURE_NEEDS_TO: ReadonlySet<string> = new Set([
  'due',
  'planned',
  'plans',
  'plan',
  'intends',
  'aims',
  'expected',
  'set',
  'going',
])

/** Auxiliaries and frequent irregular pasts that put a clause in the past. */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'met',
  'held',
  'took',
  'made',
  'began',
  'came',
  'went',
  'saw',
  'gave',
  'left',
  'ran',
  'won',
  'lost',
  'fell',
  'rose',
  'struck',
  'spoke',
  'wrote',
  'sent',
  'built',
  'brought',
  'thought',
  'found',
  'got',
  'kept',
  'led',
  'paid',
  'put',
  'sold',
  'stood',
  'shot',
  'hit',
  'broke',
  'chose',
  'drew',
  'flew',
  'grew',
  'knew',
  'threw',
  'became',
  'ago',
  'yesterday',
  'since', // "since Thursday", "since March": from then until now
])

/**
 * Plan words that date their target when a preposition and the expression
 * follow ("planned before April", "due on Friday", "set for Sunday"), even
 * in a past clause ("were planned before April").
 */
export const PLAN_WORDS: ReadonlySet<string> = new Set([
  'planned',
  'scheduled',
  'slated',
  'due',
  'expected',
  'set',
])

/**
 * Nouns of an outcome: before an event named by its day ("her win in
 * Saturday's election", "the results of Thursday's vote") the event is over,
 * whatever the tense of the clause ("will be the next governor after …").
 */
export const RESULT_NOUNS: ReadonlySet<string> = new Set([
  'victory',
  'win',
  'defeat',
  'loss',
  'result',
  'results',
  'outcome',
  'aftermath',
  'wake',
  'winner',
  'loser',
  'toll',
])

/** Words ending in `-ed` that are not past tenses. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'shed',
  'deed',
  'indeed',
  'united',
  'expected',
  'scheduled',
  'planned',
])

/**
 * Words chrono reads as dates that in news are usually something else when
 * they stand alone: "now" (an adverb), weekday abbreviations that are words
 * or names ("Sun", "Sat", "Wed"), and month names that are verbs or names
 * ("March", "May") — these need a temporal context (see `TEMPORAL_BEFORE`).
 */
export const DROP_ALWAYS: ReadonlySet<string> = new Set(['now', 'right now', 'just now'])

/** What may precede a bare month or weekday abbreviation for it to be a date ("in May", "since March", "mid-June"). */
export const TEMPORAL_BEFORE =
  /(?:\b(?:in|on|since|by|until|till|before|after|from|through|to|during|of|early|late|mid|last|next|this|past|coming|end|beginning|start|each|every)[\s-]*|mid-)$/i

/** Matched text of an expression that states its year in figures ("2024", "’24", "11/1/24"). */
export const YEAR_LITERAL = /\b\d{4}\b|['’]\d{2}\b|\/\d{2}\b/

/** Prepositions trimmed from the front of an expression: the span covers the time words only. */
export const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|until|till|during)\s+/i

/** Words before a four-digit number that make it a count, not a year ("about 2000 people"). */
export const COUNT_BEFORE: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'than',
  'least',
  'most',
  'to',
  'roughly',
  'approximately',
  'over',
  'under',
  'only',
  'just',
])
