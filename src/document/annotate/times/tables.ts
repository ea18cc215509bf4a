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

/**
 * Present forms of the verbs of expectation and forecast: what a clause in
 * the present expects lies ahead ("the bureau expects a cool change late on
 * Sunday", "analysts expect the bank to cut rates on Thursday"), with or
 * without `to`. A base form counts only as a finite present, not after an
 * auxiliary, a modal or `to` ("did not expect", "would expect"): see
 * `FINITE_BLOCKERS`. Past forms are not here: "expected" is a plan word
 * (`PLAN_WORDS`) or needs `to` (`FUTURE_NEEDS_TO`).
 */
export const EXPECTATION_VERBS: ReadonlySet<string> = new Set([
  'expects',
  'expect',
  'forecasts',
  'predicts',
  'predict',
  'anticipates',
  'anticipate',
  'foresees',
  'foresee',
])

/**
 * Words before a base form of {@link EXPECTATION_VERBS} (past a negation or
 * an adverb) that make it non-finite, past or a modal's ("to expect", "did
 * not expect", "would expect"): not a present expectation. The modal itself
 * is then the marker.
 */
export const FINITE_BLOCKERS: ReadonlySet<string> = new Set([
  'to',
  'did',
  'would',
  'could',
  'might',
  'should',
  'must',
  'may',
  'can',
])

/**
 * Words between a plan word and the preposition of its target that keep the
 * plan's reach ("expected late on Sunday", "due early on Monday"): they
 * place the target within its day.
 */
export const TIME_OF_DAY_MODIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'later', 'earlier'])

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

/**
 * Prepositions (lower case) whose object is the end or the start of a span
 * reaching forward from the clause ("closed until Saturday", "due by
 * Friday", "rates rise from January", "starting in April"): with a present or
 * future clause, or no tense at all, the expression lies ahead.
 */
export const FORWARD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'until',
  'till',
  'til',
  'through',
  'thru',
  'by',
  'before',
  'from',
  'starting',
  'beginning',
  'effective',
  'as of',
  'as from',
  'no later than',
])

/** Of {@link FORWARD_PREPOSITIONS}, those naming the end of a state ("shut until Monday"). */
export const END_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'til', 'through', 'thru'])

/**
 * Hedges between a preposition and its expression that leave the end open
 * ("until at least Saturday", "by Monday at the earliest" is written before
 * too): nobody hedges an end already reached, so it lies ahead.
 */
export const OPEN_END_HEDGES: readonly string[] = ['at least', 'at the earliest', 'no earlier than']

/**
 * Words before `until`/`till` that make it a deadline still running ("has
 * until Friday to reply", "were given until Monday"): the date lies ahead.
 */
export const DEADLINE_VERBS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'given',
  'gives',
  'give',
  'giving',
  'gets',
  'get',
  'granted',
])

/**
 * Verbs (any form, lower case) that start a state lasting to the date after
 * `until`/`through` ("sailings were cancelled until Monday", "had suspended
 * the talks until Friday"): the act is past, its end lies ahead, as news
 * reports such acts when they are made. Durative verbs ("the festival ran
 * until Saturday") are not here: their end may well be over.
 */
export const SUSPENSION_VERBS: ReadonlySet<string> = new Set([
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'suspend',
  'suspends',
  'suspended',
  'close',
  'closes',
  'closed',
  'shut',
  'shuts',
  'halt',
  'halts',
  'halted',
  'postpone',
  'postpones',
  'postponed',
  'adjourn',
  'adjourns',
  'adjourned',
  'ban',
  'bans',
  'banned',
  'ground',
  'grounds',
  'grounded',
  'defer',
  'defers',
  'deferred',
  'delay',
  'delays',
  'delayed',
  'pause',
  'pauses',
  'paused',
  'bar',
  'bars',
  'barred',
  'extend',
  'extends',
  'extended',
  'freeze',
  'freezes',
  'froze',
  'frozen',
  'remand',
  'remanded',
])

/**
 * Verbs (any form, lower case) whose complement lies ahead of the act: a
 * warning or forecast of what is to come ("warned of more storms until
 * Friday"), an order, a request, a promise or a decision that something be
 * done ("ordered schools to close from Wednesday", "told residents to stay
 * indoors until Tuesday"). When one governs a span reaching forward (past
 * its object and an infinitive, see `forwardActOrModal`), the span lies
 * ahead even though the act is past, as news reports such acts when they
 * are made. Aspectual verbs ("began to fall from Monday") are not here:
 * their infinitive is no later than they are.
 */
export const FORWARD_ACT_VERBS: ReadonlySet<string> = new Set([
  'warn',
  'warns',
  'warned',
  'forecast',
  'forecasts',
  'forecasted',
  'predict',
  'predicts',
  'predicted',
  'order',
  'orders',
  'ordered',
  'tell',
  'tells',
  'told',
  'urge',
  'urges',
  'urged',
  'ask',
  'asks',
  'asked',
  'advise',
  'advises',
  'advised',
  'instruct',
  'instructs',
  'instructed',
  'direct',
  'directs',
  'directed',
  'agree',
  'agrees',
  'agreed',
  'decide',
  'decides',
  'decided',
  'vote',
  'votes',
  'voted',
  'promise',
  'promises',
  'promised',
  'pledge',
  'pledges',
  'pledged',
  'vow',
  'vows',
  'vowed',
  'threaten',
  'threatens',
  'threatened',
  'allow',
  'allows',
  'allowed',
  'authorise',
  'authorises',
  'authorised',
  'authorize',
  'authorizes',
  'authorized',
])

/**
 * Of {@link FORWARD_PREPOSITIONS}, those a {@link FORWARD_ACT_VERBS} verb
 * does not turn forward: a deadline ("told to leave by Friday", "before
 * Friday") is as often reported after it passed.
 */
export const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'before', 'no later than'])

/**
 * Words after an expression, in its clause, that place it in the past
 * whatever governs it ("was closed from Monday to Wednesday last week",
 * "ordered the hall shut until Friday two weeks ago").
 */
export const PAST_AFTER: ReadonlySet<string> = new Set(['last', 'ago', 'earlier', 'yesterday'])

/**
 * Modals that look forward from a past moment ("said she would resign",
 * "could vote"): future seen from the saying. A weekday after one lies ahead;
 * a date without a year takes the nearest year (the saying may be long past).
 */
export const OPEN_MARKERS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'should', 'must'])

/**
 * Of {@link OPEN_MARKERS}, those that report a refusal or a failure when
 * negated before a reporting verb or {@link UNREACHABLE} ("would not say on
 * Tuesday", "could not be reached Saturday"): past, like the attempt they
 * report. Before other verbs the negation stays a future ("wouldn't reach
 * the states before September").
 */
export const NEGATED_PAST_MODALS: ReadonlySet<string> = new Set(['would', 'could'])

/** Participles after "could not be" that report a failed attempt to reach someone ("could not be reached for comment"). */
export const UNREACHABLE: ReadonlySet<string> = new Set(['reached', 'contacted', 'located', 'found'])

/**
 * Hedges after an expression that leave a limit open ("before September at
 * the earliest", "by Friday at the latest"): a limit still to come.
 */
export const OPEN_END_AFTER = /^\s*,?\s*at the (?:earliest|latest)\b/i

/** Negations after a modal ("would not", "wouldn't" → would + n't). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never'])

/**
 * Relative pronouns: the search left of an expression for a tense marker
 * stops at one, as the relative clause holding the expression has its own
 * tense ("should ignore the critics who on Sunday cast …").
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose'])

/** Present forms of the auxiliaries, for a present verb governing a span reaching forward ("is open until Sunday"). */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'s",
  '’s',
  "'re",
  '’re',
  'has',
  'have',
  'does',
  'do',
])

/**
 * Nouns of a state after `in`/`on`/`under` ("is in force", "remains in
 * place", "stays on alert"): the phrase is the verb's predicate, so a span
 * after it ("in force across the region until Monday") is still the verb's
 * (see `presentVerbBefore`). A prepositional phrase holding a proper name
 * ("across Dunmore county") is skipped the same way: a name does not own a
 * span of time.
 */
export const STATE_NOUNS: ReadonlySet<string> = new Set([
  'force',
  'place',
  'effect',
  'operation',
  'hold',
  'alert',
  'lockdown',
])

/** Prepositions that open a state phrase with a {@link STATE_NOUNS} noun ("in force", "on hold"). */
export const STATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'under'])

/**
 * A part of the year said of "the year" ("before the end of the year", "in
 * the second half of the year"): the reference's year, as "this year" is. Not
 * "the financial year" or another named year: those have their own end.
 */
export const PART_OF_THE_YEAR =
  /\b(?:the\s+)?(?:end|start|beginning|middle|close|rest|remainder|(?:first|second)\s+half)\s+of\s+the\s+year\b(?![-\u2010\u2011])/gi

/** Pronouns before a base form that make it a present ("they reopen from Monday"). */
export const PLURAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you', 'i'])

/** Forms of `be` that make a following `-ed` form a present or infinitive passive ("is forwarded", "to be paid"), not a past. */
export const PRESENT_BE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'s",
  '’s',
  'be',
  'being',
  "'re",
  '’re',
])

/**
 * Words on the right that open another clause, with its own tense: the
 * search for a tense marker right of an expression stops there ("has until
 * 15 May to reply before it is forwarded"). Not `, and …`: a coordinated
 * clause mostly shares the tense ("for Wednesday, and he will …").
 * Not `when` or `which`: a clause on the day itself shares its tense ("on
 * Tuesday, when 12 states will vote").
 */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  '—',
  '–',
  'before',
  'after',
  'while',
  'because',
  'although',
  'though',
  'unless',
  'once',
  'whereas',
])

/**
 * Quote marks (tokens): the search for a tense marker right of an expression
 * stops at one. Either the quote holding the expression ends there, and the
 * reporting verb after it dates the saying, not what the quote says ("we need
 * gas this December," said …), or another quote opens, with its own tense.
 */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '„'])

/**
 * A part of the day alone ("the late-night sitting", "in the morning") names
 * no day: chrono reads it as the reference's, which is right only by chance.
 * "this morning", "tonight" and "Friday night" keep their day word and stay.
 */
export const BARE_PART_OF_DAY = /^(?:the\s+)?(?:morning|afternoon|evening|night)$/i

/**
 * A part of the day said of a date ("the night of 12 November", "the morning
 * of March 3"): the date is the day; chrono's merge loses it to the
 * reference's, so the words after `of` are read again.
 */
export const PART_OF_DAY_OF =
  /^(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|early hours|small hours|dawn|dusk)\s+of\s+/i

/**
 * "last"/"past"/"next" glued to or followed by a one- or two-letter time unit
 * ("lasts" = last + s, "last h"): chrono reads a relative time; news writes
 * such a unit out, so these are words ("how long it lasts"), not times.
 */
export const ABBREVIATED_RELATIVE =
  /^(?:last|past|next|this)\s*(?:s|secs?|m|mins?|h|hrs?|d|w|wks?|mo|mos|y|yrs?)$/i

/** The common noun "weekday(s)" read as a day: it names none ("every weekday morning"; "the weekend" does). */
export const COMMON_WEEKDAY = /^weekdays?\b/i

/** Right before a weekday, words of recurrence: "every Monday", "each Friday", "every other Tuesday". */
export const RECURRING_BEFORE = /\b(?:every|each)(?:\s+other)?\s+$/i
