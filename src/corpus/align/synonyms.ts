/**
 * Words outlets use interchangeably for the same thing in news prose. Each
 * row is one meaning: the first word names it, the others fold onto it before
 * claims are compared, so "pact" meets "agreement" and "drills" meets
 * "exercises". Rows stay narrow on purpose: a word that often means something
 * else ("lift" as in raise, "clear" as in obvious) is left out.
 */
import { normalizeWord } from '../text/words.js'

export const SYNONYMS: readonly (readonly string[])[] = [
  ['agreement', 'pact', 'deal', 'accord', 'treaty', 'arrangement'],
  ['announce', 'unveil', 'unveiled', 'reveal', 'launch', 'declare', 'proclaim'],
  ['sign', 'ink', 'inked', 'seal', 'sealed', 'conclude', 'concluded'],
  [
    'talks',
    'talk',
    'discussion',
    'discussions',
    'discuss',
    'negotiation',
    'negotiations',
    'meeting',
    'meetings',
  ],
  ['exercise', 'exercises', 'drill', 'drills', 'maneuver', 'maneuvers', 'manoeuvre', 'manoeuvres'],
  ['kill', 'killed', 'dead', 'death', 'deaths', 'died', 'die', 'fatalities', 'lives'],
  ['injure', 'injured', 'injuries', 'wounded', 'wound', 'hurt'],
  ['largest', 'biggest', 'greatest', 'top'],
  ['mention', 'name', 'naming', 'cite', 'identify'],
  ['scrap', 'remove', 'removing', 'eliminate', 'abolish', 'drop', 'dismantle', 'axe'],
  ['inspect', 'inspected', 'check', 'checked', 'examine', 'search', 'screen'],
  ['increase', 'raise', 'boost', 'hike', 'expand', 'grow'],
  ['cut', 'reduce', 'lower', 'slash', 'trim', 'decrease'],
  ['begin', 'start', 'started', 'commence', 'open'],
  ['aim', 'plan', 'intend', 'seek', 'target'],
  ['warn', 'caution', 'alert'],
  ['arrest', 'detain', 'detained', 'apprehend'],
  ['earthquake', 'quake', 'tremor', 'temblor'],
  ['help', 'aid', 'assist', 'assistance', 'support'],
  ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies'],
  ['cooperation', 'collaboration', 'cooperate', 'collaborate'],
  ['challenge', 'threat', 'risk'],
  ['visit', 'trip', 'travel', 'tour'],
  ['historic', 'historical', 'landmark'],
  ['dangerous', 'perilous', 'unsafe'],
  ['goods', 'products', 'produce', 'merchandise', 'cargo'],
  ['perishable', 'fresh'],
  ['truck', 'trucks', 'lorry', 'lorries'],
  ['border', 'frontier'],
  ['jet', 'aircraft', 'plane', 'warplane'],
  ['official', 'officials', 'authorities', 'authority'],
  ['people', 'persons', 'residents', 'individuals'],
  ['evacuate', 'evacuated', 'evacuation', 'flee', 'fled', 'displaced'],
  ['rescue', 'rescuers', 'rescued', 'save'],
  ['military', 'armed forces', 'army', 'troops'],
  ['suspend', 'suspension', 'halt', 'freeze', 'pause'],
  ['ban', 'prohibit', 'prohibition', 'bar', 'embargo'],
  ['sufficient', 'adequate', 'enough'],
  ['review', 'assess', 'evaluate', 'monitor'],
  ['require', 'oblige', 'obliges', 'mandate', 'compel'],
  ['investigation', 'investigations', 'inquiry', 'inquiries', 'enquiry', 'probe', 'investigate'],
  ['waste', 'garbage', 'rubbish', 'trash'],
  ['expect', 'expected', 'expects', 'anticipate', 'hope', 'hopes', 'hoped'],
  ['lend', 'lends', 'lent', 'lending', 'loan', 'loans'],
  ['sleep', 'sleeping', 'asleep', 'slept'],
  ['remain', 'remained', 'remains', 'stay', 'stayed', 'stays'],
  ['close', 'closed', 'shut', 'shuts', 'shutting'],
  ['blackout', 'blackouts', 'outage', 'outages'],
  ['celsius', 'centigrade', 'degree', 'degrees'],
]

/**
 * Phrases outlets use for one another, folded before the words are compared
 * (a reporter's paraphrase of a quote: "no one fell overboard" for "nobody
 * went into the water"). Each entry is a phrase as written (lower case, every
 * inflection listed) and the words it stands for. Multi-word phrases only:
 * a single word belongs in {@link SYNONYMS}; a word that is a synonym only in
 * one phrase ("refuse" in "refuse collection", never in "refused to") is
 * listed with its phrase.
 */
export const PHRASES: readonly (readonly [phrase: string, meaning: string])[] = [
  ['no one', 'nobody'],
  ['not anyone', 'nobody'],
  ['into the water', 'overboard'],
  ['into the sea', 'overboard'],
  ['walked out', 'walkout'],
  ['walk out', 'walkout'],
  ['walks out', 'walkout'],
  ['walking out', 'walkout'],
  ['refuse collection', 'waste collection'],
  ['refuse collectors', 'waste collectors'],
  // A conference keeps its own words and is also the journalists it is held for.
  ['news conference', 'news conference journalists'],
  ['press conference', 'press conference journalists'],
  ['power cut', 'blackout'],
  ['power cuts', 'blackout'],
  ['power outage', 'blackout'],
  // A direction of travel written as a heading ("heading west to the coast" = "westbound").
  ['heading west', 'westbound'],
  ['heading east', 'eastbound'],
  ['heading north', 'northbound'],
  ['heading south', 'southbound'],
  ['headed west', 'westbound'],
  ['headed east', 'eastbound'],
  ['headed north', 'northbound'],
  ['headed south', 'southbound'],
  // Canola oil keeps its own words and is also a vegetable oil.
  ['canola oil', 'canola oil vegetable'],
]

/** Normalised word → normalised name of its meaning. */
export const SYNONYM_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const row of SYNONYMS) {
    const head = normalizeWord(row[0] as string)
    for (const w of row) if (!w.includes(' ')) map.set(normalizeWord(w), head)
  }
  return map
})()

/** {@link PHRASES} as word sequences, longest first, with the meanings of their words. */
export const PHRASE_WORDS: readonly { words: readonly string[]; meanings: readonly string[] }[] = PHRASES.map(
  ([phrase, stands]) => ({
    words: phrase.split(' '),
    meanings: stands.split(' ').map((w) => meaning(normalizeWord(w))),
  }),
).sort((a, b) => b.words.length - a.words.length)

/** Fold a normalised word onto its meaning (itself when it has no synonyms). */
export function meaning(term: string): string {
  return SYNONYM_OF.get(term) ?? term
}
