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
  // "…, in which opposition members demanded cuts"; also after an appositive noun:
  // "…, a group for which regulators have set a high bar".
  {
    pattern:
      /,\s+(?=(?:(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2})?(?:in|during|under|through|for|of|with|by|on|from|at|to) (?:which|whom)\s)/gu,
    rule: 'relative-which',
  },
  { pattern: /,\s+(?=where\s)/g, rule: 'relative-where' },
  // Reported speech in a relative clause is a statement of its own ("…led by the
  // councillor, who told reporters that the minority would appeal").
  {
    pattern:
      /,\s+(?=who\s+(?:said|says|told|tells|added|warned|insisted|argued|claimed|announced|confirmed|stated|explained|noted|wrote|promised|vowed)\b)/g,
    rule: 'relative-who',
  },
  // A participle clause opened by a preposition ("…, after reviewing the trial data")
  // adds a second fact like a bare one does.
  {
    pattern: /,\s+(?=(?:after|before|while|by|since|upon|on)\s+\p{Ll}+ing\s)/gu,
    rule: 'participle',
  },
  // An absolute clause ("…, with the rest split equally between the two companies")
  // adds a second fact when a participle follows its noun (checked in the code).
  { pattern: /,\s+(?=with\s+(?:the|a|an|its|their|his|her|\p{N}[\p{N},.]*)\s)/gu, rule: 'absolute' },
  // A participle clause with a subject of its own ("…waited for days, some sleeping in
  // their cabs") adds a second fact like a bare one does.
  {
    pattern: /,\s+(?=(?:some|many|most|several|others|all|both|few)\s+\p{Ll}+ing\s)/gu,
    rule: 'participle',
  },
  // A trailing participle clause adds a second fact ("…inked the pact in Port Avery,
  // capping negotiations that began in 2018"); "including" only lists examples, and
  // "according to", "regarding", "concerning" are prepositions, not participles.
  {
    pattern: /,\s+(?=(?!(?:including|according|regarding|concerning|excluding)\b)\p{Ll}+ing\s)/gu,
    rule: 'participle',
  },
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

/**
 * Subordinating conjunctions that open a second event ("…approved the budget
 * after 19 members walked out"; "…, when only 29 members remained"). A
 * sentence splits there, with or without a comma, only before a clause with
 * its own subject and finite verb (a bare "after midnight" stays whole).
 * "before", "until" and "unless" are left out: what follows them has not
 * happened ("…will be reviewed before it is sent to the ministry"); "when"
 * splits only after a comma ("…was sailing home when it struck a reef" is
 * one event).
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'because', 'when'])

/** Words that open a relative clause: a verb after one belongs to it, not to the subject. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
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
  'split',
])

/**
 * A trailing attribution after a clause ("…, officials said."; "…, according
 * to the agency."; "…, said Ana Ruiz, a spokeswoman for…"): it does not stop a
 * trailing clause before it from being split off. Matched on the comma-separated
 * piece, trimmed.
 */
export const ATTRIBUTION: RegExp =
  /^(?:according to\b|(?:said|says|told|added)\b|(?:[\p{L}\p{N}'’().-]+\s+){0,6}(?:said|says|told|added|reported|confirmed|announced)(?:\s+on\s+\p{L}+)?[.!]?$)/iu

/**
 * Base forms of verbs frequent in news prose, for the clause splitter to see
 * a predicate where no auxiliary or past tense marks one: a present form
 * ("…has opened an inquiry and *expects* to publish…", "the toll *goes* up")
 * or a base form after a modal ("…will buy doses and *start* vaccinating").
 * Verbs whose "-s" form is mostly a noun ("plans", "reports", "votes") are
 * left out so a list of nouns is never read as a predicate; irregular forms
 * are in {@link IRREGULAR_FORMS}.
 */
export const NEWS_VERBS: ReadonlySet<string> = new Set([
  'accept',
  'accuse',
  'add',
  'agree',
  'allow',
  'appeal',
  'approve',
  'arrive',
  'ask',
  'become',
  'begin',
  'believe',
  'bring',
  'build',
  'buy',
  'carry',
  'cause',
  'close',
  'collect',
  'come',
  'continue',
  'cover',
  'create',
  'declare',
  'decide',
  'deliver',
  'deny',
  'deploy',
  'describe',
  'drop',
  'earn',
  'ensure',
  'expect',
  'extend',
  'face',
  'fall',
  'file',
  'find',
  'finish',
  'follow',
  'generate',
  'get',
  'give',
  'go',
  'grow',
  'happen',
  'hold',
  'include',
  'inspect',
  'insist',
  'interview',
  'introduce',
  'invest',
  'issue',
  'join',
  'keep',
  'launch',
  'lead',
  'leave',
  'lift',
  'lose',
  'make',
  'meet',
  'move',
  'offer',
  'open',
  'order',
  'pass',
  'pay',
  'plan',
  'prepare',
  'present',
  'produce',
  'promise',
  'provide',
  'publish',
  'raise',
  'reach',
  'receive',
  'reduce',
  'reject',
  'release',
  'remain',
  'remove',
  'replace',
  'require',
  'resume',
  'return',
  'rise',
  'run',
  'say',
  'see',
  'seek',
  'sell',
  'send',
  'serve',
  'set',
  'show',
  'sign',
  'spend',
  'start',
  'stay',
  'stop',
  'submit',
  'suspend',
  'take',
  'tell',
  'visit',
  'vow',
  'want',
  'warn',
  'win',
])

/** Irregular forms of {@link NEWS_VERBS}: base → its "-s", past and participle forms. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  become: ['becomes', 'became'],
  begin: ['begins', 'began', 'begun'],
  bring: ['brings', 'brought'],
  build: ['builds', 'built'],
  buy: ['buys', 'bought'],
  come: ['comes', 'came'],
  fall: ['falls', 'fell', 'fallen'],
  find: ['finds', 'found'],
  get: ['gets', 'got'],
  give: ['gives', 'gave', 'given'],
  go: ['goes', 'went', 'gone'],
  grow: ['grows', 'grew', 'grown'],
  hold: ['holds', 'held'],
  keep: ['keeps', 'kept'],
  lead: ['leads', 'led'],
  leave: ['leaves', 'left'],
  lose: ['loses', 'lost'],
  make: ['makes', 'made'],
  meet: ['meets', 'met'],
  pay: ['pays', 'paid'],
  rise: ['rises', 'rose', 'risen'],
  run: ['runs', 'ran'],
  say: ['says', 'said'],
  see: ['sees', 'saw', 'seen'],
  seek: ['seeks', 'sought'],
  sell: ['sells', 'sold'],
  send: ['sends', 'sent'],
  set: ['sets', 'set'],
  spend: ['spends', 'spent'],
  take: ['takes', 'took', 'taken'],
  tell: ['tells', 'told'],
  win: ['wins', 'won'],
}

/** Hedges before a number that opens a subject ("about 2,300 homes", "more than 40 crew"). */
export const NUMBER_HEDGES: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'more',
  'fewer',
  'less',
  'at',
  'up',
  'just',
  'only',
])

/** Modals: a base-form verb after "and" shares one ("will buy … and start …"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
])
