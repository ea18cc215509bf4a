/**
 * Word tables for quote attribution: speech verbs, cue phrases, pronouns,
 * person descriptors and gendered titles. Kept apart from the rules so they
 * can be read, reviewed and extended without touching the logic.
 */

/**
 * Speech and characterisation verbs as `lemma: [third person, past, -ing,
 * …other spellings or participles]`. Verbs of thought (`believe`, `think`)
 * are left out: they introduce paraphrase, not quoted words.
 */
const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  state: ['states', 'stated', 'stating'],
  add: ['adds', 'added', 'adding'],
  note: ['notes', 'noted', 'noting'],
  remark: ['remarks', 'remarked', 'remarking'],
  warn: ['warns', 'warned', 'warning'],
  announce: ['announces', 'announced', 'announcing'],
  insist: ['insists', 'insisted', 'insisting'],
  hail: ['hails', 'hailed', 'hailing'],
  call: ['calls', 'called', 'calling'],
  describe: ['describes', 'described', 'describing'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  label: ['labels', 'labelled', 'labeling', 'labeled', 'labelling'],
  term: ['terms', 'termed', 'terming'],
  praise: ['praises', 'praised', 'praising'],
  claim: ['claims', 'claimed', 'claiming'],
  declare: ['declares', 'declared', 'declaring'],
  explain: ['explains', 'explained', 'explaining'],
  write: ['writes', 'wrote', 'writing', 'written'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  post: ['posts', 'posted', 'posting'],
  argue: ['argues', 'argued', 'arguing'],
  acknowledge: ['acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admits', 'admitted', 'admitting'],
  assert: ['asserts', 'asserted', 'asserting'],
  comment: ['comments', 'commented', 'commenting'],
  confirm: ['confirms', 'confirmed', 'confirming'],
  continue: ['continues', 'continued', 'continuing'],
  deny: ['denies', 'denied', 'denying'],
  emphasize: ['emphasizes', 'emphasized', 'emphasizing'],
  emphasise: ['emphasises', 'emphasised', 'emphasising'],
  stress: ['stresses', 'stressed', 'stressing'],
  predict: ['predicts', 'predicted', 'predicting'],
  promise: ['promises', 'promised', 'promising'],
  pledge: ['pledges', 'pledged', 'pledging'],
  vow: ['vows', 'vowed', 'vowing'],
  recall: ['recalls', 'recalled', 'recalling'],
  reply: ['replies', 'replied', 'replying'],
  respond: ['responds', 'responded', 'responding'],
  answer: ['answers', 'answered', 'answering'],
  suggest: ['suggests', 'suggested', 'suggesting'],
  urge: ['urges', 'urged', 'urging'],
  ask: ['asks', 'asked', 'asking'],
  quip: ['quips', 'quipped', 'quipping'],
  joke: ['jokes', 'joked', 'joking'],
  exclaim: ['exclaims', 'exclaimed', 'exclaiming'],
  observe: ['observes', 'observed', 'observing'],
  testify: ['testifies', 'testified', 'testifying'],
  concede: ['concedes', 'conceded', 'conceding'],
  conclude: ['concludes', 'concluded', 'concluding'],
  lament: ['laments', 'lamented', 'lamenting'],
  boast: ['boasts', 'boasted', 'boasting'],
  complain: ['complains', 'complained', 'complaining'],
  counter: ['counters', 'countered', 'countering'],
  contend: ['contends', 'contended', 'contending'],
  maintain: ['maintains', 'maintained', 'maintaining'],
  reiterate: ['reiterates', 'reiterated', 'reiterating'],
  caution: ['cautions', 'cautioned', 'cautioning'],
  shout: ['shouts', 'shouted', 'shouting'],
  yell: ['yells', 'yelled', 'yelling'],
  chant: ['chants', 'chanted', 'chanting'],
  recount: ['recounts', 'recounted', 'recounting'],
  mention: ['mentions', 'mentioned', 'mentioning'],
  report: ['reports', 'reported', 'reporting'],
  read: ['reads', 'read', 'reading'],
  accuse: ['accuses', 'accused', 'accusing'],
  charge: ['charges', 'charged', 'charging'],
  wonder: ['wonders', 'wondered', 'wondering'],
  confess: ['confesses', 'confessed', 'confessing'],
  interrupt: ['interrupts', 'interrupted', 'interrupting'],
  muse: ['muses', 'mused', 'musing'],
  plead: ['pleads', 'pleaded', 'pleading', 'pled'],
  demand: ['demands', 'demanded', 'demanding'],
  retort: ['retorts', 'retorted', 'retorting'],
  proclaim: ['proclaims', 'proclaimed', 'proclaiming'],
  assure: ['assures', 'assured', 'assuring'],
  repeat: ['repeats', 'repeated', 'repeating'],
  reveal: ['reveals', 'revealed', 'revealing'],
  blast: ['blasts', 'blasted', 'blasting'],
  slam: ['slams', 'slammed', 'slamming'],
  criticize: ['criticizes', 'criticized', 'criticizing'],
  criticise: ['criticises', 'criticised', 'criticising'],
  mock: ['mocks', 'mocked', 'mocking'],
  tout: ['touts', 'touted', 'touting'],
  brag: ['brags', 'bragged', 'bragging'],
  dismiss: ['dismisses', 'dismissed', 'dismissing'],
  decry: ['decries', 'decried', 'decrying'],
  denounce: ['denounces', 'denounced', 'denouncing'],
  condemn: ['condemns', 'condemned', 'condemning'],
  quote: ['quotes', 'quoted', 'quoting'],
  cite: ['cites', 'cited', 'citing'],
  point: ['points', 'pointed', 'pointing'],
  fire: ['fires', 'fired', 'firing'],
  shoot: ['shoots', 'shot', 'shooting'],
  chime: ['chimes', 'chimed', 'chiming'],
  weigh: ['weighs', 'weighed', 'weighing'],
  hit: ['hits', 'hit', 'hitting'],
  beam: ['beams', 'beamed', 'beaming'],
  gush: ['gushes', 'gushed', 'gushing'],
  scoff: ['scoffs', 'scoffed', 'scoffing'],
  snap: ['snaps', 'snapped', 'snapping'],
  sigh: ['sighs', 'sighed', 'sighing'],
  whisper: ['whispers', 'whispered', 'whispering'],
  cry: ['cries', 'cried', 'crying'],
  scream: ['screams', 'screamed', 'screaming'],
}

/** Verbs that are speech verbs only with their particle ("pointed out", "fired back", "chimed in"). */
export const SPEECH_PARTICLES: Readonly<Record<string, string>> = {
  point: 'out',
  fire: 'back',
  shoot: 'back',
  chime: 'in',
  weigh: 'in',
  hit: 'back',
}

/** Map from an inflected form (lower case) to its lemma. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries(SPEECH_VERBS).flatMap(([lemma, forms]) => [
    [lemma, lemma] as const,
    ...forms.map((form) => [form, lemma] as const),
  ]),
)

/**
 * Verbs that introduce a quote only as characterisation ("calling it
 * '…'", "hailed as '…'"); their `-ing` and past participle forms attach to
 * the subject of the clause they modify, or to a `by` agent.
 */
export const CHARACTERISING_VERBS: ReadonlySet<string> = new Set([
  'call',
  'describe',
  'dub',
  'label',
  'term',
  'hail',
  'praise',
  'accuse',
  'charge',
])

/** Addressees folded into the cue ("told reporters", "told a news conference"). */
export const CUE_ADDRESSEES: ReadonlySet<string> = new Set([
  'reporters',
  'journalists',
  'the press',
  'the media',
  'a news conference',
  'a press conference',
  'a briefing',
  'a news briefing',
  'the audience',
  'the crowd',
  'supporters',
  'lawmakers',
  'parliament',
  'the parliament',
  'congress',
])

/** Prepositional cue phrases folded into a verb cue or standing alone after a name ("X in a statement"). */
export const CUE_PHRASES: readonly string[] = [
  'in a statement',
  'in a written statement',
  'in a joint statement',
  'in a press release',
  'in an interview',
  'in a tweet',
  'in a post',
  'in a speech',
  'in remarks',
  'in a letter',
  'in a video',
  'on twitter',
  'on x',
]

/** Cue words that take their speaker from the right ("according to X"). */
export const ACCORDING_TO = ['according', 'to'] as const

/** Pronouns that can stand for a speaker, with what they can refer to. */
export const SPEAKER_PRONOUNS: Readonly<
  Record<string, { gender: 'male' | 'female' | null; plural: boolean }>
> = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  they: { gender: null, plural: true },
  it: { gender: null, plural: false },
}

/**
 * Titles that state a person's gender. Gender is only ever read from such a
 * title or a gendered role noun, never guessed from a first name.
 */
export const GENDERED_TITLES: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male',
  'mr.': 'male',
  sir: 'male',
  lord: 'male',
  king: 'male',
  prince: 'male',
  father: 'male',
  brother: 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  miss: 'female',
  madam: 'female',
  madame: 'female',
  dame: 'female',
  lady: 'female',
  queen: 'female',
  princess: 'female',
  sister: 'female',
  spokesman: 'male',
  spokeswoman: 'female',
  chairman: 'male',
  chairwoman: 'female',
  congressman: 'male',
  congresswoman: 'female',
  businessman: 'male',
  businesswoman: 'female',
}

/**
 * Nouns that name a person by role. An unresolved descriptor speaker ("a
 * spokesperson", "officials") keeps its words; a definite one ("the
 * minister") is resolved to the nearest person with that role.
 */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set([
  'minister',
  'president',
  'premier',
  'chancellor',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'chief',
  'head',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'diplomat',
  'diplomats',
  'candidate',
  'nominee',
  'leader',
  'leaders',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'executive',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'source',
  'sources',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'general',
  'commander',
  'officer',
  'police',
  'lawmaker',
  'lawmakers',
  'congressman',
  'congresswoman',
  'representative',
  'judge',
  'prosecutor',
  'prosecutors',
  'lawyer',
  'attorney',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'campaign',
  'ministry',
  'government',
  'statement',
  'report',
  'professor',
  'researcher',
  'economist',
  'strategist',
  'manager',
  'founder',
  'king',
  'queen',
  'pope',
  'mother',
  'father',
  'woman',
  'man',
  'voter',
  'voters',
  'supporter',
  'supporters',
  'critic',
  'critics',
  'observers',
])

/**
 * Plural nouns for people that news uses as anonymous sources ("Dockers
 * told …", "Rescuers said …"). Capitalised at the start of a sentence they
 * look like a name to the recogniser; as speakers they stay descriptions.
 * Plurals of {@link PERSON_DESCRIPTORS} count too.
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'survivors',
  'drivers',
  'workers',
  'villagers',
  'rescuers',
  'doctors',
  'nurses',
  'students',
  'parents',
  'families',
  'neighbours',
  'neighbors',
  'relatives',
  'victims',
  'passengers',
  'protesters',
  'protestors',
  'demonstrators',
  'farmers',
  'traders',
  'merchants',
  'shopkeepers',
  'exporters',
  'importers',
  'investors',
  'activists',
  'campaigners',
  'organisers',
  'organizers',
  'volunteers',
  'firefighters',
  'paramedics',
  'investigators',
  'authorities',
  'locals',
  'employees',
  'teachers',
  'miners',
  'fishermen',
  'soldiers',
  'troops',
  'opponents',
  'scientists',
  'engineers',
  'researchers',
  'police',
  'economists',
  'witnesses',
  'residents',
  'officials',
])

/** Descriptor heads that are groups or bodies rather than one person (they fit `they`/`it`). */
export const GROUP_DESCRIPTORS: ReadonlySet<string> = new Set([
  'officials',
  'diplomats',
  'leaders',
  'analysts',
  'experts',
  'sources',
  'aides',
  'police',
  'lawmakers',
  'prosecutors',
  'witnesses',
  'residents',
  'campaign',
  'ministry',
  'government',
  'statement',
  'report',
  'voters',
  'supporters',
  'critics',
  'observers',
])

/**
 * Verbs that give their subject a role in the predicate ("X will be the next
 * governor", "X was named minister"): the role a definite description ("the
 * mayor-elect") can be resolved by.
 */
export const PREDICATE_ROLE_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'be',
  'been',
  'becomes',
  'became',
  'remains',
  'remained',
  'elected',
  're-elected',
  'named',
  'appointed',
  'nominated',
  'chosen',
  'sworn',
])

/** Words skipped between a speaker and its verb ("Ruiz also said", "she has repeatedly said"). */
export const SKIPPABLE_BEFORE_VERB: ReadonlySet<string> = new Set([
  'also',
  'later',
  'then',
  'previously',
  'earlier',
  'reportedly',
  'once',
  'again',
  'repeatedly',
  'recently',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'did',
  'does',
  'do',
  'not',
  'never',
  'often',
  'simply',
  'bluntly',
  'flatly',
  'publicly',
  'privately',
  'famously',
  'wryly',
  'proudly',
  'angrily',
  'just',
])

/** Prepositions that make a following name a modifier, not the subject ("critics of X said"). */
export const OF_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'from',
  'for',
  'at',
  'with',
  'in',
  'to',
  'by',
])

/**
 * Words that, right after a quote, open another clause: a cue after them is
 * not this quote's ("“…,” while police said they were investigating").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'when',
  'if',
  'since',
  'as',
  'after',
  'before',
  'until',
])

/**
 * Conjunctions before `that` that coordinate a second reported clause with
 * the first ("X said A, but that it is “…”"): the quote in the second clause
 * is governed by the speech verb before the first.
 */
export const COMPLEMENT_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'yet'])

/**
 * Relative words that, after a comma and right before a verb, open a
 * sentential relative clause: a comment on the reported clause before it
 * ("X urged A, which could take “…”."). A quote ending the sentence in such
 * a clause is the last part of the reported words, and the cue search goes
 * past it to the speech verb of the clause.
 */
export const SENTENTIAL_RELATIVES: ReadonlySet<string> = new Set(['which'])

/**
 * Conjunctions that, after a comma or semicolon, open a coordinated clause
 * with a subject of its own ("The bureau expects a change, but forecaster
 * Ana Ruiz warned …"): its subject is a referent for a pronoun in the next
 * sentence as much as the first clause's.
 */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so', 'while'])

/**
 * Forms of `be` and `get` that make a following past participle passive
 * ("were declared safe", "was told"): the subject of a passive speech verb
 * is what was said or who was told, never the speaker.
 */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  "'re",
  'get',
  'gets',
  'got',
  'gotten',
])

/** Words that join two quotes sharing one cue ("“…” and “…,” X said"). */
export const QUOTE_JOINERS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'or',
  'but',
  ';',
  '—',
  '–',
  '-',
  ':',
  '...',
  '…',
])
