/**
 * Place contradictions: aligned claims locating one event in different
 * places of the same kind ("signed in Port Avery" vs "signed in Brackton"). A city
 * against a country is not compared (a city is not known to lie outside it).
 */
import type { AnalyzedArticle, Claim } from '../../model/index.js'
import { STOP_WORDS, words } from '../text/words.js'
import { claimEvidence, type Finding, isLead, type Options, phrase, type StoryMaterial } from './shared.js'
import { eventSubject } from './subjects.js'
import { IMPACT_VERBS, LOCATIVE_BEFORE, PLACE_CUE, PLACE_NOUNS, REGION_WORDS } from './tables.js'

/**
 * Places a claim locates its event in ("in Port Avery", "at the port of X"),
 * with their kind, in reading order. A capitalised name after "in" or "at"
 * that the annotator did not recognise counts as a place too (a small town
 * in no gazetteer is still a place), unless it names a time.
 */
function locatives(
  claim: Claim,
  doc: AnalyzedArticle,
  titleCaseShare: number,
  regions: ReadonlySet<string> = new Set(),
  knownPlaces: ReadonlySet<string> = new Set(),
): { id: string; kind: string; text: string; start: number }[] {
  const text = doc.article.text
  const inClaim = doc.annotations.mentions.filter((mn) => mn.start >= claim.start && mn.end <= claim.end)
  const found = inClaim
    .filter(
      (mn) =>
        (mn.actor.kind === 'place' || mn.actor.kind === 'country') &&
        (LOCATIVE_BEFORE.test(text.slice(Math.max(claim.start, mn.start - 30), mn.start)) ||
          BETWEEN_AND.test(text.slice(Math.max(claim.start, mn.start - 40), mn.start))) &&
        !modifies(text, mn.end),
    )
    .map((mn) => ({
      id: mn.actor.id,
      kind: mn.actor.kind === 'country' ? 'country' : placeKind(text, mn.start, mn.end, regions),
      text: mn.text,
      start: mn.start,
    }))
  // In a title-cased headline every word is capitalised: a name no annotator
  // recognised there may be any noun ("at Tolm Border", "in One Week").
  const titleCase = words(claim.text).filter((w) => w.text.length > 3)
  const capitalised = titleCase.filter((w) => /^\p{Lu}/u.test(w.text)).length
  if (titleCase.length > 0 && capitalised / titleCase.length >= titleCaseShare)
    return found.sort((x, y) => x.start - y.start)
  for (const m of claim.text.matchAll(UNKNOWN_PLACE)) {
    const name = m[1] as string
    const start = claim.start + (m.index ?? 0) + m[0].length - name.length
    const end = start + name.length
    if (inClaim.some((mn) => mn.start < end && mn.end > start)) continue
    if (claim.times.some((t) => t.start < end && t.end > start) || TIME_WORD.test(name)) continue
    if (modifies(text, end)) continue
    found.push({
      id: `name:${name.toLowerCase()}`,
      kind: placeKind(text, start, end, regions),
      text: name,
      start,
    })
  }
  // "A landslide struck Varn": the object of an impact verb, when the story writes it as a place elsewhere.
  for (const m of claim.text.matchAll(IMPACT_PLACE)) {
    const name = m[1] as string
    const start = claim.start + (m.index ?? 0) + m[0].length - name.length
    const end = start + name.length
    if (!knownPlaces.has(key(name)) || found.some((f) => f.start === start)) continue
    if (claim.times.some((t) => t.start < end && t.end > start) || TIME_WORD.test(name)) continue
    if (modifies(text, end)) continue
    const mn = inClaim.find((x) => x.start === start)
    if (mn && mn.actor.kind !== 'place' && mn.actor.kind !== 'country') continue
    found.push({
      id: mn?.actor.id ?? `name:${name.toLowerCase()}`,
      kind: mn?.actor.kind === 'country' ? 'country' : placeKind(text, start, end, regions),
      text: name,
      start,
    })
  }
  return found.sort((x, y) => x.start - y.start)
}

/** A capitalised name right after an impact verb ("struck Varn"). */
const IMPACT_PLACE = new RegExp(
  String.raw`\b${IMPACT_VERBS}\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)`,
  'gu',
)

/**
 * Names the story's reports write as places: the annotator's places and
 * countries, and capitalised names after a place cue ("at Varn").
 */
function placeNames(docs: StoryMaterial['docs']): Set<string> {
  const out = new Set<string>()
  for (const doc of docs) {
    for (const mn of doc.annotations.mentions)
      if (mn.actor.kind === 'place' || mn.actor.kind === 'country') out.add(key(mn.text))
    for (const m of doc.article.text.matchAll(UNKNOWN_PLACE))
      if (!TIME_WORD.test(m[1] as string)) out.add(key(m[1] as string))
  }
  return out
}

/** The second name of "between X and Y": a place cue too. */
const BETWEEN_AND = /\bbetween\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*\s+and\s+$/u

/**
 * Whether a place is a region containing others (a sea, gulf, river, province:
 * {@link REGION_WORDS} in its name or the word after it, here or anywhere in
 * the story, see {@link regionNames}) or a place: a town or an island in a
 * gulf does not contradict the gulf.
 */
function placeKind(
  text: string,
  start: number,
  end: number,
  regions: ReadonlySet<string> = new Set(),
): 'place' | 'region' {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? ''
  const name = text.slice(start, end)
  return REGION_WORDS.test(`${name} ${next}`) || regions.has(key(name)) ? 'region' : 'place'
}

/** A name followed by a region word ("the Varn region", "Oss province"). */
const NAMED_REGION = new RegExp(
  String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)(?:[’']s)?\s+(?:${REGION_WORDS.source.replace(/^\\b\(\?:|\)\\b$/g, '')})\b`,
  'gu',
)

/**
 * Names the story's reports call a region anywhere ("Oss's Varn region",
 * "the Varn province"): a report that later writes "in Varn" means the
 * region there too, so a town in it is not a second place for the event.
 */
export function regionNames(docs: StoryMaterial['docs']): Set<string> {
  const out = new Set<string>()
  for (const doc of docs) {
    for (const m of doc.article.text.matchAll(NAMED_REGION)) {
      // "Oss's Varn region": the last name before the region word is the region.
      const names = (m[1] as string).split(/\s+/)
      out.add(key(m[1] as string))
      out.add(key(names[names.length - 1] as string))
    }
  }
  return out
}

/**
 * Whether the name ending at `end` qualifies a common noun after it ("at
 * the Tolm *border*", "in the Harrow *inquiry*"): the event
 * is located at that thing, not in the named place. A place noun ("Varn
 * *province*", "Kell *Island*") keeps it a place.
 */
function modifies(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, end + 40))?.[1]
  return next !== undefined && !STOP_WORDS.has(next) && !PLACE_NOUNS.has(next) && !/(?:ed|ing)$/.test(next)
}

/**
 * A capitalised name right after a place cue ("in", "at", "off", "near",
 * "outside", "north of", "between", each optionally with "the island of" and
 * the like), or after the "and" of "between X and Y" (the annotator's places
 * are checked first).
 */
const UNKNOWN_PLACE = new RegExp(
  String.raw`(?:\b${PLACE_CUE}\s+(?:the\s+(?:(?:port\s+)?(?:city|town|village|island|port)\s+of\s+))?|\bbetween\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*\s+and\s+)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)`,
  'gu',
)
/** Names of times, which follow "in" and "at" too. */
const TIME_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*`
/** "Harlow’s Eastgate": the second lies in the first. */
const POSSESSIVE_PLACE = new RegExp(`(${NAME})[’']s\\s+(${NAME})`, 'gu')
/** "Eastgate in Harlow County": the first lies in the second. */
const IN_PLACE = new RegExp(`(${NAME})\\s+in\\s+(${NAME})`, 'gu')

/**
 * Which places lie in which, as the story's own reports say ("Harlow’s
 * Eastgate", "Eastgate in Harlow County"): a report that names the
 * smaller place and one that names the larger do not disagree.
 */
export function containment(docs: StoryMaterial['docs']): Set<string> {
  const out = new Set<string>()
  for (const doc of docs) {
    const text = doc.article.text
    for (const m of text.matchAll(POSSESSIVE_PLACE)) out.add(`${key(m[2] as string)}<${key(m[1] as string)}`)
    for (const m of text.matchAll(IN_PLACE)) out.add(`${key(m[1] as string)}<${key(m[2] as string)}`)
  }
  return out
}

/** Whether `text` writes `name` as a whole word ("Oss", not the start of "Ossetia"). */
function namesWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' '
    const after = text[at + name.length] ?? ' '
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
  }
  return false
}

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .trim()

export function findPlaceConflicts(m: StoryMaterial, o: Options, out: Finding[]): void {
  const claims = new Map(m.claims.map((c) => [c.id, c]))
  const docs = new Map(m.docs.map((d) => [d.article.id, d]))
  const within = containment(m.docs)
  const regions = regionNames(m.docs)
  const known = placeNames(m.docs)
  // Same place: one actor id or one name; related places: one lies in the other.
  const related = (x: { id: string; text: string }, y: { id: string; text: string }) =>
    x.id === y.id ||
    key(x.text) === key(y.text) ||
    within.has(`${key(x.text)}<${key(y.text)}`) ||
    within.has(`${key(y.text)}<${key(x.text)}`)
  for (const link of m.alignment.candidates) {
    const a = claims.get(link.a)
    const b = claims.get(link.b)
    const docA = a && docs.get(a.article)
    const docB = b && docs.get(b.article)
    if (!a || !b || !docA || !docB) continue
    if (
      link.score <
      (isLead(m, a, o.leadClaims) && isLead(m, b, o.leadClaims) ? o.leadThreshold : o.eventThreshold)
    )
      continue
    const pa = locatives(a, docA, o.titleCaseShare, regions, known)
    const pb = locatives(b, docB, o.titleCaseShare, regions, known)
    if (pa.length === 0 || pb.length === 0) continue
    // A claim naming the other's place anywhere (by id or by name) agrees with it
    // ("in Port Avery" vs "in the harbour town of Port Avery").
    const names = (c: typeof a, p: { id: string; text: string }) =>
      c.places.includes(p.id) || c.text.includes(p.text)
    // Two reports that each name both places elsewhere know both: one writing the town
    // and the other the district it lies in is no evidence that the two exclude each other.
    const mentions = (doc: AnalyzedArticle, p: { id: string; text: string }) =>
      doc.annotations.mentions.some((mn) => mn.actor.id === p.id) || namesWord(doc.article.text, p.text)
    const knowsBoth = (x: { id: string; text: string }, y: { id: string; text: string }) =>
      mentions(docB, x) && mentions(docA, y)
    for (const kind of ['place', 'region', 'country']) {
      const xa = pa.filter((p) => p.kind === kind)
      const xb = pb.filter((p) => p.kind === kind)
      // Only places of one kind compare: a city is not known to lie outside a country,
      // nor an island outside a sea.
      if (xa.length === 0 || xb.length === 0) continue
      // One district named by both says nothing of the towns in it: agreement is read per kind.
      if (xa.some((p) => names(b, p)) || xb.some((p) => names(a, p))) break
      if (xa.some((x) => xb.some((y) => related(x, y)))) break
      const va = xa[0] as { id: string; text: string }
      const vb = xb[0] as { id: string; text: string }
      if (knowsBoth(va, vb)) break
      out.push({
        kind: 'place',
        // One pair of places is one disagreement, whichever claims of the reports set them
        // against each other and in whichever order.
        key: `place ${[va.id, vb.id].sort().join(' | ')}`,
        subject: { text: eventSubject('where', [a, b], `place of: ${phrase(link)}`) },
        values: [
          { value: va.text, normalized: va.id, article: a.article, evidence: claimEvidence(a), claim: a.id },
          { value: vb.text, normalized: vb.id, article: b.article, evidence: claimEvidence(b), claim: b.id },
        ],
        rule: `different-${kind === 'place' ? 'places' : kind === 'region' ? 'regions' : 'countries'}`,
        why: `the same event is located in ${va.text} and in ${vb.text}`,
      })
      break
    }
  }
}
