/** Word tables of the contradiction detectors. */
import type { Hedge } from '../../model/index.js'

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

/**
 * Words that make a figure after "by" a change rather than a level ("rates
 * *rise by* 15 percent", "*raises* rates by 15 percent", "the fare *goes
 * up by* 1"): a change and a level are two quantities, never compared.
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rise',
  'rises',
  'rose',
  'risen',
  'rising',
  'raise',
  'raises',
  'raised',
  'raising',
  'increase',
  'increases',
  'increased',
  'increasing',
  'lift',
  'lifts',
  'lifted',
  'grow',
  'grows',
  'grew',
  'grown',
  'climb',
  'climbs',
  'climbed',
  'jump',
  'jumps',
  'jumped',
  'up',
  'down',
  'fall',
  'falls',
  'fell',
  'fallen',
  'drop',
  'drops',
  'dropped',
  'cut',
  'cuts',
  'reduce',
  'reduces',
  'reduced',
  'lower',
  'lowers',
  'lowered',
  'decline',
  'declines',
  'declined',
  'shrink',
  'shrinks',
  'shrank',
  'hike',
  'hikes',
  'hiked',
  'slash',
  'slashed',
  'trim',
  'trimmed',
])

/**
 * What a figure right after these words is: the value before a change
 * ("*from* 2 *to* 3", "3 a day *instead of* 2", "17, *up from* 11") — a
 * former level, compared only with another report's former level.
 */
export const PRIOR_BEFORE =
  /\b(?:from|instead of|rather than|up from|down from|compared with|compared to)\s*$/i

/** Scale words and currency signs that make a number without a unit an amount, not a count. */
export const AMOUNT_MARKS =
  /\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k|tn)\b|[\p{Sc}]|\b(?:GH|US|C|A|NZ|HK)?\p{Sc}/iu

/** Common nouns that follow a place's name as part of it ("Varn province", "Port Avery harbour"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'province',
  'county',
  'state',
  'region',
  'district',
  'city',
  'town',
  'village',
  'island',
  'islands',
  'harbour',
  'harbor',
  'port',
  'prefecture',
  'regency',
  'municipality',
  'governorate',
  'oblast',
  'valley',
  'coast',
  'peninsula',
])

/**
 * Words before a place that make it the location of what the clause reports:
 * "in", "at", "off" (at sea), "near", "outside", a compass direction and
 * "of" ("north of", "north-west of"), "between"; optionally "the" and a
 * place noun with "of" ("off the island of", "in the port city of").
 */
export const PLACE_CUE = String.raw`(?:in|at|off|near|outside|between|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)`

/** {@link PLACE_CUE} (and "the", "the island of", …) right before a place's name. */
export const LOCATIVE_BEFORE: RegExp = new RegExp(
  String.raw`\b${PLACE_CUE}\s+(?:the\s+)?(?:(?:port\s+)?(?:city|town|village|island|port|coast|province|region)\s+of\s+)?$`,
  'i',
)

/**
 * Verbs whose object is where an event happened ("a landslide *struck* Varn",
 * "the storm *battered* Oss"): a name right after one that the story uses as
 * a place elsewhere is the event's place.
 */
export const IMPACT_VERBS = String.raw`(?:struck|strikes|hit|hits|swept(?:\s+through)?|sweeps(?:\s+through)?|battered|batters|lashed|lashes|rocked|rocks|devastated|devastates|ravaged|ravages|flattened|flattens)`

/**
 * Names that contain other places rather than lie beside them: seas, gulfs,
 * bays, straits, rivers, lakes, regions. A place in one of them does not
 * contradict it ("off Kell Island" and "in the Grey Sea").
 */
export const REGION_WORDS =
  /\b(?:sea|gulf|bay|strait|straits|channel|ocean|lake|river|coast|region|province|county|state|valley|peninsula|islands|archipelago|basin|delta|district|department|prefecture|governorate|oblast|canton|territory)\b/i

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

/** Units that count the dead whatever the context. */
export const DEATH_UNITS: ReadonlySet<string> = new Set([
  'body',
  'bodies',
  'victim',
  'fatality',
  'dead',
  'death',
])

/** Words near a number that make it a count of the dead ("the toll stood at 9", "9 passengers died"). */
export const DEATH_CONTEXT =
  /\b(?:toll|killed|kills|killing|dead|died|die|deaths|bodies|fatalities|perished)\b/

/** Words near a number that make it a count of the injured. */
export const INJURY_CONTEXT = /\b(?:injured|injuries|wounded|hurt)\b/

/**
 * Hedges read from the words right before a number, for numbers the
 * annotator left unhedged. Order matters: the first match wins.
 */
export const HEDGE_BEFORE: readonly (readonly [RegExp, Hedge])[] = [
  [/\b(?:at least|no fewer than|no less than)\s*$/, 'at-least'],
  [/\b(?:more than|over|above|upwards of)\s*$/, 'more-than'],
  [/\b(?:at most|no more than)\s*$/, 'at-most'],
  [/\b(?:fewer than|less than|under|below)\s*$/, 'less-than'],
  [/\bup to\s*$/, 'up-to'],
  [/\b(?:nearly|almost|close to|just under)\s*$/, 'nearly'],
  [/\b(?:about|around|roughly|some|approximately|near|an estimated|estimated)\s*$/, 'approximately'],
]

/** Words that call a report false ("a hoax", "debunked", "no such …"): a refutation, not a fact. */
export const REFUTATION: ReadonlySet<string> = new Set([
  'false',
  'falsely',
  'fake',
  'faked',
  'hoax',
  'hoaxes',
  'prank',
  'spoof',
  'parody',
  'fiction',
  'fictional',
  'phony',
  'fabrication',
  'debunk',
  'debunks',
  'debunked',
  'untrue',
  'bogus',
  'fabricated',
  'myth',
  'misleading',
  'satire',
  'satirical',
  'doctored',
  'photoshopped',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'denial',
  'refuted',
  'baseless',
  'unfounded',
])

/**
 * Words that end the head of a clause (its subject and verb, with their
 * object) when a subject is read from it: prepositions and conjunctions
 * ("the blaze broke out | at 11:30 p.m."; "signed an agreement | on Tuesday").
 */
export const GIST_STOPS: ReadonlySet<string> = new Set([
  'of',
  'on',
  'at',
  'in',
  'from',
  'by',
  'for',
  'with',
  'after',
  'before',
  'near',
  'off',
  'into',
  'amid',
  'during',
  'since',
  'under',
  'across',
  'over',
  'until',
  'as',
  'and',
  'but',
  'while',
  'when',
  'where',
  'which',
  'who',
  'that',
  'than',
  'because',
  'though',
  'although',
  'if',
  'following',
  'between',
  'against',
  'around',
  'through',
  'toward',
  'towards',
  'within',
  'without',
  'about',
])

/** Reporting verbs: "officials said the fire started…" — the statement follows them. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'reported',
  'announced',
  'confirmed',
  'stated',
  'noted',
  'warned',
  'claimed',
  'insisted',
])

/**
 * Units that measure rather than count (a figure in them is "altitude (km)",
 * not "number of km"); currencies are recognised by their codes.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'm',
  'metre',
  'metres',
  'meter',
  'meters',
  'mile',
  'miles',
  'kg',
  'kilogram',
  'kilograms',
  'tonne',
  'tonnes',
  'ton',
  'tons',
  'percent',
  'per cent',
  '%',
  'point',
  'points',
  'degree',
  'degrees',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'minute',
  'minutes',
  'magnitude',
  'per-usd',
])

/**
 * Verbs of denial: what follows them is what the speaker says is untrue
 * ("denied performing the biopsy", "dismissed reports that…").
 */
export const DENIALS: ReadonlySet<string> = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'refute',
  'refutes',
  'refuted',
  'dismissed',
  'dismisses',
  'rejected',
  'rejects',
  'disputed',
  'disputes',
  'contradicted',
  'retracted',
])

/**
 * Words of a report that weighs a claim rather than settling it ("reportedly",
 * "allegedly", "may"): a refutation or denial in such a sentence is discussed, not asserted.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'apparently',
  'unconfirmed',
  'unverified',
  'rumored',
  'rumoured',
  'may',
  'might',
  'could',
  'possibly',
  'perhaps',
  'whether',
])
