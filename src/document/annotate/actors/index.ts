/**
 * Actor recognition: people, organisations, countries and places in one
 * article, each mention linked to a canonical actor whose id is the same
 * across documents, with the titles and roles the text states, and later
 * surnames linked to the full name (in-document coreference).
 *
 * Pure: text and segmentation in, actors and mentions out. The gazetteer is
 * loaded once, on first use.
 */
import type { Actor, ActorKind, Mention, Role } from '../../../model/index.js'
import type { Segmentation } from '../../segment/index.js'
import type { Gazetteer } from './gazetteer.js'
import { acronymKey, loadGazetteer } from './gazetteer.js'
import { aliasKey, fold, slug } from './normalize.js'
import type { ActorAt, FoundRole, RoleContext } from './roles.js'
import {
  appositionAfter,
  appositionBefore,
  capitalTitleRole,
  descriptionRole,
  headsAgree,
  honorificRole,
  isTitleHead,
  lowerPremodifierRole,
  predicative,
  roleHead,
  roleKey,
} from './roles.js'
import type { Piece, RunContext } from './runs.js'
import { findRuns, isParticle, parseRun, speechVerbAfter } from './runs.js'
import {
  ADDRESS_ROLES,
  COLLECTIVE_PLURALS,
  GENERIC_BODY_HEADS,
  HONORIFIC_ROLES,
  HONORIFICS,
  LOCATIVE_PREPOSITIONS,
  NAME_PARTICLES,
  NEVER_NAMES,
  NON_ACTOR_SUFFIXES,
  NON_SPEAKER_LABELS,
  ORG_HEADS_OF,
  ORG_SUFFIXES,
  OUTLET_SUFFIXES,
  PLACE_SUFFIXES,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  VESSEL_PREFIXES,
  VESSEL_WORDS,
} from './tables.js'
import type { Word } from './words.js'
import { buildWords } from './words.js'

export { countryOf, loadGazetteer } from './gazetteer.js'
export { aliasKey, fold, slug } from './normalize.js'
export { roleKey } from './roles.js'

/** Options for {@link recognizeActors}. */
export interface ActorOptions {
  /**
   * Accept a run of 2–4 capitalised words that wink tags as proper nouns as a
   * person even with no title, honorific, speech verb or known name in it
   * (default: `true`). Turn off for higher precision, lower recall.
   */
  nameShapeFallback?: boolean
  /** Treat an unknown proper noun after `in`/`near`/`outside` as a place (default: `true`). */
  locativePlaces?: boolean
  /**
   * Share of capitalised content words above which a sentence is in headline
   * case, where capitals say nothing and only strong evidence names a person
   * (default: `0.75`).
   */
  headlineCaseRatio?: number
  /** Words not tagged as proper nouns a sentence needs before the headline-case test applies (default: `2`). */
  headlineMinWords?: number
  /** Words scanned back from a name for a lower-case role (`foreign policy chief`) (default: `5`). */
  maxPremodifierWords?: number
  /** Words in an apposition or predicative role phrase, complements included (default: `12`). */
  maxAppositionWords?: number
  /**
   * Capitalised words scanned back from a title for what qualifies it
   * (`Orwell Bulk Terminals spokesperson`, `Northern Valdoria Governor`) (default: `4`).
   */
  maxQualifierWords?: number
  /**
   * Sentences looked back to resolve a description (`The rail agency chief
   * said`) to the one person named there (default: `2`).
   */
  descriptionSentences?: number
  /** Sentences looked back to resolve `the country's` to a country (default: `3`). */
  countryAnaphorSentences?: number
  /** Longest person name, in words (default: `5`). */
  maxNameWords?: number
  /**
   * Longest organisation name read back from an acronym in brackets
   * (`the Federal Commission for the Protection against Sanitary Risks
   * (COFEPRIS)`), in words (default: `12`).
   */
  maxOrgNameWords?: number
  /**
   * Distinct capitals-only speaker labels (`KAMARA:`) a text needs before an
   * unlinked label is taken as a person: a transcript has turns (default: `2`).
   */
  transcriptMinSpeakers?: number
  /** Gazetteer to use (default: the bundled one). */
  gazetteer?: Gazetteer
}

/** Result of {@link recognizeActors}. */
export interface RecognizedActors {
  /** Distinct actors, in order of first mention; `roles` holds the roles stated for each in this article. */
  actors: Actor[]
  /** Mentions, in text order, never overlapping. */
  mentions: Mention[]
}

type Settings = Required<Omit<ActorOptions, 'gazetteer'>>

const DEFAULTS: Settings = {
  nameShapeFallback: true,
  locativePlaces: true,
  headlineCaseRatio: 0.75,
  headlineMinWords: 2,
  maxPremodifierWords: 5,
  maxAppositionWords: 12,
  maxQualifierWords: 4,
  descriptionSentences: 2,
  countryAnaphorSentences: 3,
  maxNameWords: 5,
  maxOrgNameWords: 12,
  transcriptMinSpeakers: 2,
}

/** How sure the recogniser is that a name chunk is a person. */
type Evidence = 'strong' | 'medium' | 'weak' | 'none'

/** A mention being built. Persons get their id at coreference time. */
interface Draft {
  start: number
  end: number
  w0: number
  w1: number
  kind: ActorKind
  id: string
  name: string
  rule: string
  role: Role | null
  /** A second role stated at the same mention, `Mention.alsoRole` (see {@link MentionRoles.second}). */
  second?: Role | null | undefined
  /** Person chunks only. */
  person?:
    | {
        evidence: Evidence
        why: string
        headline: boolean
        keys: string[]
        /** A one-word place or country tried as the first word of this name; split off again without strong context. */
        lead?: Draft | undefined
        /** A one-word place or country tried as the last word of this name (`Ana Lima`); split off again without strong context. */
        tail?: Draft | undefined
      }
    | undefined
}

/** A contraction (`I've`, `We'll`, `Don't`) is never a name. */
const CONTRACTION = /['’](?:ve|m|ll|d|re|t)$/i

/** Generational suffixes ignored when a surname is matched to a full name (`Pate` → `Luther Stan Pate IV`). */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/**
 * Whether an acronym can abbreviate a name: its letters appear in order among
 * the name's letters, the first one starting the name (`IAEA` ← International
 * Atomic Energy Agency; not `R-S.C.` ← a senator's name).
 */
function spells(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase()
  const source = fold(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
  if (!letters || source[0] !== letters[0]) return false
  let at = 0
  for (const ch of letters) {
    at = source.indexOf(ch, at)
    if (at < 0) return false
    at++
  }
  return true
}

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
])

/**
 * Sentences written in headline case (or all capitals), where capitals are no
 * evidence. Proper nouns are capitalised in any sentence, so the test counts
 * only the words wink does not tag as proper nouns (after the first word): in
 * running text they are lower case, in a headline they are not.
 */
function headlineSentences(words: Word[], settings: Settings): Set<number> {
  // Per-sentence counts in flat arrays (sentences are numbered densely): this
  // runs over every word of every article.
  let count = 0
  for (const w of words) if (w.sentence >= count) count = w.sentence + 1
  const common = new Uint32Array(count)
  const caps = new Uint32Array(count)
  const upper = new Uint32Array(count)
  const total = new Uint32Array(count)
  for (const w of words) {
    const k = w.sentence
    if (!hasLetter(w.text)) continue
    total[k] = (total[k] ?? 0) + 1
    if (w.allCaps) upper[k] = (upper[k] ?? 0) + 1
    if (w.initial || w.pos === 'PROPN' || w.text.length < 3 || FUNCTION_WORDS.has(w.lower)) continue
    common[k] = (common[k] ?? 0) + 1
    if (w.cap) caps[k] = (caps[k] ?? 0) + 1
  }
  const out = new Set<number>()
  for (let k = 0; k < count; k++) {
    const c = common[k] ?? 0
    const t = total[k] ?? 0
    if (c >= settings.headlineMinWords && (caps[k] ?? 0) / c >= settings.headlineCaseRatio) out.add(k)
    else if (t >= 3 && upper[k] === t) out.add(k)
  }
  return out
}

/** Whether `text` holds a letter (ASCII checked without a regex). */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
    if (c > 127 && LETTER.test(text[i] as string)) return true
  }
  return false
}

const LETTER = /\p{L}/u

/**
 * Recognise the actors of one article.
 *
 * @param text Clean article text (`Article.text`).
 * @param segmentation Its sentences and tokens (`segment(text, blocks)`).
 * @param options See {@link ActorOptions}.
 * @returns Distinct actors (with the roles stated in this article) and mentions with offsets, rules and roles.
 */
export function recognizeActors(
  text: string,
  segmentation: Segmentation,
  options: ActorOptions = {},
): RecognizedActors {
  const settings: Settings = { ...DEFAULTS }
  for (const [key, value] of Object.entries(options)) {
    if (key !== 'gazetteer' && value !== undefined)
      (settings as unknown as Record<string, unknown>)[key] = value
  }
  const gazetteer = options.gazetteer ?? loadGazetteer()
  const words = buildWords(text, segmentation)
  const ctx: RunContext = { text, words, gazetteer }
  const headlines = headlineSentences(words, settings)

  // --- 1. Runs → pieces → drafts ------------------------------------------------
  const drafts: Draft[] = []
  const nonActors: { start: number; end: number; w0: number; w1: number }[] = []
  const demonymAtWord = new Map<number, { id: string; w0: number }>()
  /** Capital titles and honorifics right before a name chunk, by the chunk's first word. */
  const titleBefore = new Map<number, { t0: number; t1: number; of: string | null }>()
  const honorificBefore = new Map<number, { first: number; last: number }>()

  /** Record a title or honorific right before a name (`Prime Minister X`, `President of France X`, `Mr. X`). */
  const noteBefore = (pieces: Piece[], p: number, w0: number) => {
    // Honorifics and ranks between a title and the name (`agency head Lt. Gen. X`, `Army Chief Gen. X`).
    let q = p - 1
    while (pieces[q]?.type === 'honorific' && pieces[q - 1]?.type === 'honorific') q--
    if (pieces[q]?.type === 'honorific') {
      honorificBefore.set(w0, { first: pieces[q]?.w0 ?? w0, last: pieces[p - 1]?.w0 ?? w0 })
      q--
    }
    const before = pieces[q]
    if (before?.type === 'title') titleBefore.set(w0, { t0: before.w0, t1: before.w1, of: null })
    else if (
      before?.type === 'gaz' &&
      pieces[q - 1]?.type === 'connector' &&
      pieces[q - 2]?.type === 'title'
    ) {
      const t = pieces[q - 2] as Piece
      const owner = gazetteer.entries[before.entry]?.actor
      if (words[pieces[q - 1]?.w0 ?? -1]?.lower === 'of' && owner && owner.kind !== 'person')
        titleBefore.set(w0, { t0: t.w0, t1: t.w1, of: owner.id })
    }
  }

  for (const [a, b] of findRuns(ctx)) {
    const headline = headlines.has(words[a]?.sentence ?? -1)
    const pieces = parseRun(ctx, a, b, headline)
    for (let p = 0; p < pieces.length; p++) {
      const x = pieces[p] as Piece
      if (x.type === 'gaz') {
        const entry = gazetteer.entries[x.entry]
        if (!entry) continue
        const { actor } = entry
        const chunk = drafts[drafts.length - 1]
        drafts.push(draftOf(x, actor.kind, actor.id, actor.name, `gazetteer:${actor.kind}`, text))
        const last = drafts[drafts.length - 1] as Draft
        // A place or country that may be someone's surname (`Ana Lima`): tried
        // as the end of the name before it, split off again without context.
        if (
          chunk?.person &&
          chunk.kind === 'person' &&
          chunk.w1 === x.w0 &&
          pieces[p - 1]?.type === 'unknown' &&
          !chunk.person.lead &&
          (actor.kind === 'place' || actor.kind === 'country') &&
          x.w1 - x.w0 === 1 &&
          words[x.w0]?.pos === 'PROPN' &&
          !words[x.w0]?.allCaps &&
          words[x.w0 - 1]?.possessiveEnd === -1
        ) {
          chunk.person.tail = last
          chunk.w1 = x.w1
          chunk.end = x.end
        }
        if (actor.kind === 'person') {
          last.person = { evidence: 'strong', why: 'gazetteer', headline, keys: keysOf(words, x) }
          noteBefore(pieces, p, x.w0)
        }
      } else if (x.type === 'demonym') {
        const entry = gazetteer.entries[x.entry]
        if (entry) demonymAtWord.set(x.w1 - 1, { id: entry.actor.id, w0: x.w0 })
      } else if (x.type === 'org' || x.type === 'place') {
        drafts.push(draftOf(x, x.type === 'org' ? 'organization' : 'place', '', '', x.rule, text))
      } else if (
        x.type === 'skip' &&
        x.rule !== 'hyphen-adjective' &&
        words[x.w0]?.cap &&
        !words[x.w0]?.allCaps
      ) {
        // A sentence-initial word wink does not tag as a name (`Cook declined`)
        // may still be the surname of someone named in full elsewhere.
        drafts.push({
          ...draftOf(x, 'person', '', '', '', text),
          person: { evidence: 'none', why: 'coref-only', headline, keys: keysOf(words, x) },
        })
      } else if (x.type === 'nonactor') {
        nonActors.push({ start: x.start, end: x.end, w0: x.w0, w1: x.w1 })
      } else if (x.type === 'unknown') {
        // A name chunk: unknown words with name particles between them.
        let q = p
        while (
          q + 1 < pieces.length &&
          (pieces[q + 1]?.type === 'unknown' ||
            (pieces[q + 1]?.type === 'connector' &&
              isParticle(words[pieces[q + 1]?.w0 ?? -1]) &&
              pieces[q + 2]?.type === 'unknown'))
        )
          q++
        const lastPiece = pieces[q] as Piece
        // A place or country that may be someone's given name (`Jordan Peterson`,
        // `Israel Katz`): tried as one name; step 4 splits it again unless the
        // context makes the whole a person.
        const prev = pieces[p - 1]
        const prevDraft = drafts[drafts.length - 1]
        const lead =
          prev?.type === 'gaz' &&
          prev.w1 === x.w0 &&
          prevDraft?.start === prev.start &&
          prevDraft.kind !== 'person' &&
          prev.w1 - prev.w0 === 1 &&
          // A whole word: not `Accra` of `Accra-based`.
          prev.end === words[prev.w0]?.end &&
          words[prev.w0]?.pos === 'PROPN' &&
          words[x.w0]?.pos === 'PROPN' &&
          !words[prev.w0]?.allCaps
            ? prevDraft
            : undefined
        drafts.push({
          start: lead?.start ?? x.start,
          end: lastPiece.end,
          w0: lead?.w0 ?? x.w0,
          w1: lastPiece.w1,
          kind: 'person',
          id: '',
          name: '',
          rule: '',
          role: null,
          person: { evidence: 'none', why: '', headline, keys: [], lead },
        })
        noteBefore(pieces, lead ? p - 1 : p, lead?.w0 ?? x.w0)
        p = q
      }
    }
  }
  drafts.sort((x, y) => x.start - y.start)
  markVessels(drafts, words, headlines, text)
  // A name in quotation marks that an outlet word ends is the title of a work (`the “Morning Ledger” show`).
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft
    if (
      d.rule === 'org-suffix' &&
      OUTLET_SUFFIXES.has(words[d.w1 - 1]?.lower ?? '') &&
      quoted(text, d.start, d.end)
    )
      drafts.splice(i, 1)
  }

  // --- 2. Acronyms defined in parentheses: `Andean Water Sharing Agreement (AWSA)` ---
  const acronyms = new Map<string, Draft | 'non-actor'>()
  const defineAfter = (start: number, end: number, target: Draft | 'non-actor') => {
    const m = /^\s*\(([A-Z][A-Za-z&.-]{1,11})\)/.exec(text.slice(end, end + 16))
    const value = m?.[1]
    if (!value || !/^[A-Z&.-]+$|^[A-Z][a-z]*[A-Z]/.test(value) || !spells(value, text.slice(start, end)))
      return
    const key = acronymKey(value) ?? value
    if (!acronyms.has(key)) acronyms.set(key, target)
  }
  for (const n of nonActors) defineAfter(n.start, n.end, 'non-actor')
  for (const [d, key] of namesBeforeAcronyms(text, drafts, words, settings.maxOrgNameWords))
    if (!acronyms.has(key)) acronyms.set(key, d)
  for (const d of drafts) {
    if (d.kind === 'person' && d.person?.evidence === 'none' && d.w1 - d.w0 > 1) {
      // An unknown name that defines an acronym is an organisation, not a person.
      const probe = /^\s*\(([A-Z][A-Z&.-]{1,11})\)/.exec(text.slice(d.end, d.end + 16))
      if (probe?.[1] && spells(probe[1], text.slice(d.start, d.end))) {
        d.kind = 'organization'
        d.rule = 'acronym-definition'
        d.person = undefined
      }
    }
    if (d.kind === 'organization') defineAfter(d.start, d.end, d)
  }

  // --- 3. Actor lookups for the role finder --------------------------------------
  const actorAtWord = new Map<number, ActorAt>()
  const placeId = (d: Draft) => `place:${slug(text.slice(d.start, d.end).replace(/^the\s+/i, ''))}`
  for (const d of drafts) {
    if (d.kind === 'organization' && d.id === '') {
      const org = orgIdentity(d, ctx, demonymAtWord, drafts, gazetteer)
      d.id = org.id
      d.name = org.name
    } else if (d.kind === 'place' && d.id === '') {
      d.id = placeId(d)
      d.name = text.slice(d.start, d.end).replace(/^the\s+/i, '')
    }
    if (d.kind !== 'person')
      for (let w = d.w0; w < d.w1; w++) actorAtWord.set(w, { id: d.id, kind: d.kind, w0: d.w0, w1: d.w1 })
  }
  const countryMentions = drafts.filter((d) => d.kind === 'country')
  const roleCtx: RoleContext = {
    text,
    words,
    actorAt: (i) => actorAtWord.get(i) ?? null,
    demonymAt: (i) => demonymAtWord.get(i) ?? null,
    countryBefore: (offset, sentence) => {
      let found: string | null = null
      for (const d of countryMentions) {
        if (d.start >= offset) break
        if ((words[d.w0]?.sentence ?? 0) >= sentence - settings.countryAnaphorSentences) found = d.id
      }
      return found
    },
    headline: (sentence) => headlines.has(sentence),
    maxPremodifierWords: settings.maxPremodifierWords,
    maxAppositionWords: settings.maxAppositionWords,
    maxQualifierWords: settings.maxQualifierWords,
  }

  // --- 4. Person evidence and roles ----------------------------------------------
  /** Where each role's owner is written, to fill `Role.of` from mentions found later. */
  const owners = new Map<Role, [number, number]>()
  /** Owners written as the object of `at`/`with`/`in` (bodies, never people), and before a title. */
  const bodyOwners: [number, number][] = []
  const qualifierOwners: [number, number][] = []
  const keep = (found: FoundRole | null): Role | null => {
    if (found?.owner) owners.set(found.role, found.owner)
    if (found?.owner && found.ownerAt === 'body') bodyOwners.push(found.owner)
    if (found?.owner && found.ownerAt === 'qualifier') qualifierOwners.push(found.owner)
    return found?.role ?? null
  }
  const assess = (d: Draft & { person: NonNullable<Draft['person']> }) => {
    trimChunk(d, words)
    if (d.w1 <= d.w0) {
      d.person.evidence = 'none'
      d.person.why = 'rejected'
      return
    }
    d.person.keys = words.slice(d.w0, d.w1).map((w) => w.key)
    if (d.person.why === 'coref-only') return
    if (d.person.why === 'gazetteer') {
      const found = rolesFor(d, roleCtx, titleBefore, honorificBefore)
      d.role = keep(found.found)
      d.second = keep(found.second)
      return
    }
    const found = rolesFor(d, roleCtx, titleBefore, honorificBefore)
    d.role = keep(found.found)
    d.second = keep(found.second)
    const span = words.slice(d.w0, d.w1)
    const count = span.filter((w) => !isParticle(w)).length
    const bad = span.some(
      (w) =>
        NEVER_NAMES.has(w.lower) ||
        isTitleHead(w.lower) ||
        ORG_SUFFIXES.has(w.lower) ||
        NON_ACTOR_SUFFIXES.has(w.lower) ||
        PLACE_SUFFIXES.has(w.lower) ||
        (count === 1 && /^\p{L}\.?$/u.test(w.text) && !particleSurname(words, d.w0)) ||
        // An abbreviation alone (`Fla.`, `Calif.`) is no name.
        (count === 1 && w.text.length > 2 && w.text.endsWith('.')) ||
        /\d/.test(w.text) ||
        COLLECTIVE_PLURALS.has(w.lower) ||
        CONTRACTION.test(w.text) ||
        /\p{Ll}\p{Lu}{2}/u.test(w.text),
    )
    // Capitals-only words are acronyms or shouting (`FULL TEXT`), not names, unless the context says otherwise.
    // They may still be the surname of someone named in full (`TRUMP:` in a transcript).
    const acronymOnly = span.every((w) => w.allCaps) && !found.strong
    if (bad || acronymOnly || count > settings.maxNameWords) {
      d.person.evidence = found.strong && !bad && !acronymOnly ? 'weak' : 'none'
      d.person.why = bad ? 'rejected' : acronymOnly ? 'caps-only' : 'too-long'
      return
    }
    // An acronym beside name words (`ISRO Telemetry`) names a body or a unit, not a person.
    if (!found.strong && span.some((w) => w.allCaps && w.text.replace(/\W/g, '').length >= 3)) {
      d.person.evidence = 'none'
      d.person.why = 'acronym-in-name'
      return
    }
    if (found.strong) {
      d.person.evidence = 'strong'
      d.person.why = found.why
      return
    }
    const next = words[d.w1]
    const prev = words[d.w0 - 1]
    // A proper noun used as a modifier (`Gold Star parents`, `Marquette pollster`)
    // names a thing or a place more often than a person: it needs strong evidence.
    const attributive =
      next !== undefined &&
      !next.cap &&
      next.pos === 'NOUN' &&
      !verbLike(words, d.w1) &&
      words[d.w1 - 1]?.possessiveEnd === -1 &&
      /^ +$/.test(text.slice(d.end, next.start))
    if (attributive) {
      d.person.evidence = 'none'
      d.person.why = 'attributive'
      return
    }
    const speech =
      speechVerbAfter(text, words, d.w1) ||
      (prev && /^(said|says|told|asked)$/.test(prev.lower) && /^\s+$/.test(text.slice(prev.end, d.start))) ||
      (prev?.lower === 'to' && words[d.w0 - 2]?.lower === 'according')
    if (speech) {
      d.person.evidence = 'medium'
      d.person.why = 'speech-verb'
      return
    }
    // A name-shaped run in quotation marks is the title of a work (`on “Morning Ledger”`).
    if (quoted(text, d.start, d.end)) {
      d.person.evidence = 'none'
      d.person.why = 'quoted-title'
      return
    }
    if (count >= 2 && count <= settings.maxNameWords && personShape(span)) {
      d.person.evidence = 'medium'
      d.person.why = 'name-shape'
      return
    }
    if (count >= 2 && count <= 4 && span.every((w) => w.pos === 'PROPN' || isParticle(w))) {
      // `The Vironia Star, operated by…`: a name after `the` with nothing else
      // to go on names a thing (a ship, a firm, a band), not a person.
      const the = words[d.w0 - 1]
      const definite =
        the?.lower === 'the' && the.sentence === prev?.sentence && /^ +$/.test(text.slice(the.end, d.start))
      d.person.evidence = definite ? 'none' : 'weak'
      d.person.why = definite ? 'definite-name' : 'name-shape'
      return
    }
    d.person.evidence = 'none'
    d.person.why = 'no-evidence'
  }
  for (const d of drafts) {
    if (d.kind !== 'person' || !d.person) continue
    const person = d.person
    assess(d as Draft & { person: typeof person })
    const tail = person.tail
    if (tail) {
      if (person.evidence === 'strong' || person.evidence === 'medium') tail.kind = 'skip' as ActorKind
      else {
        d.w1 = tail.w0
        d.end = words[tail.w0 - 1]?.end ?? d.end
        person.tail = undefined
        person.evidence = 'none'
        person.why = ''
        d.role = null
        d.second = null
        assess(d as Draft & { person: typeof person })
      }
    }
    const lead = person.lead
    if (!lead) continue
    if (person.evidence === 'strong' || person.evidence === 'medium') {
      // The place was a given name: it is part of the person, not a mention of its own.
      lead.kind = 'skip' as ActorKind
      continue
    }
    // No context for the whole: the place stays a place, the rest is assessed alone.
    d.w0 = lead.w1
    d.start = words[lead.w1]?.start ?? d.start
    person.lead = undefined
    person.evidence = 'none'
    person.why = ''
    d.role = null
    d.second = null
    assess(d as Draft & { person: typeof person })
  }

  // An unknown name that a role names as its owner is an organisation: the
  // object of `at` (`economist at Larkspur Partners`) at once; a name before
  // a role (`Orwell Bulk Terminals spokesperson`) after coreference, unless it
  // is a person named elsewhere (`Ngozi Adeyemi spokesperson`). One
  // capitalised word is left alone (`Obama adviser`): too ambiguous. A place
  // word inside a longer name that owns a role is one too.
  const ownerRanges = [...owners.values()]
  const inside = (d: Draft, ranges: [number, number][]) => ranges.some(([o0, o1]) => d.w0 >= o0 && d.w1 <= o1)
  const insideOwner = (d: Draft) => inside(d, ownerRanges)
  const renamed = new Map<string, string>()
  const makeOwnerOrg = (d: Draft) => {
    const name = text.slice(d.start, d.end)
    if (d.kind === 'place') renamed.set(d.id, `org:${slug(name)}`)
    Object.assign(d, {
      kind: 'organization',
      id: `org:${slug(name)}`,
      name,
      rule: 'org:role-owner',
      role: null,
      second: null,
    })
    d.person = undefined
  }
  for (const d of drafts) {
    const p = d.person
    const body =
      d.kind === 'person' &&
      !!p &&
      d.w1 - d.w0 >= 2 &&
      p.why !== 'coref-only' &&
      p.evidence !== 'strong' &&
      p.evidence !== 'medium' &&
      inside(d, bodyOwners)
    const innerPlace = d.kind === 'place' && d.rule === 'place-inner-suffix' && insideOwner(d)
    if (body || innerPlace) makeOwnerOrg(d)
  }
  for (const role of owners.keys()) {
    const id = role.of !== undefined ? renamed.get(role.of) : undefined
    if (id) role.of = id
  }

  // --- 5. Acceptance and in-document coreference -----------------------------------
  const accepted = (d: Draft) => {
    const p = d.person
    if (!p) return false
    const count = d.w1 - d.w0
    if (p.evidence === 'strong') return true
    if (p.headline) return false
    if (p.evidence === 'medium') return true
    return p.evidence === 'weak' && count >= 2 && settings.nameShapeFallback
  }
  interface Cluster {
    id: string
    name: string
    keys: string[]
    positions: number[]
  }
  const clusters: Cluster[] = []
  const clusterOf = new Map<Draft, Cluster>()
  const link = (d: Draft, cluster: Cluster) => {
    d.id = cluster.id
    d.name = cluster.name
    d.rule = (d.person?.keys.length ?? 1) === 1 ? 'coref:surname' : 'coref:partial-name'
    clusterOf.set(d, cluster)
    if (cluster.keys.length === 1) cluster.positions.push(d.start)
  }
  for (const d of drafts) {
    if (d.kind !== 'person' || !d.person || !accepted(d) || d.person.keys.length < 2) continue
    // A capitalised particle opening a sentence before the end of a name given in full
    // (`Við Ó thanked …`, `Van Dijk left` after `Eva van Dijk`) is that surname.
    const opening = words[d.w0]
    const keys = d.person.keys
    if (!d.id && d.person.evidence !== 'strong' && opening?.cap && NAME_PARTICLES.has(opening.lower)) {
      const full = clusters.find(
        (c) =>
          c.keys.length > keys.length && keys.every((k, i) => c.keys[c.keys.length - keys.length + i] === k),
      )
      if (full) {
        link(d, full)
        continue
      }
    }
    const id = d.id || `person:${slug(text.slice(d.start, d.end))}`
    let cluster = clusters.find((c) => c.id === id)
    if (!cluster) {
      cluster = { id, name: d.name || text.slice(d.start, d.end), keys: d.person.keys, positions: [] }
      clusters.push(cluster)
    }
    cluster.positions.push(d.start)
    clusterOf.set(d, cluster)
    d.id = id
    d.name = cluster.name
    d.rule = d.rule || `person:${d.person.why}`
  }
  /** The person a partial name refers to: nearest full mention before, else first after. */
  const resolvePartial = (keys: string[], at: number, endOnly = false): Cluster | null => {
    // Tried in turn: the end of the name (`Marwick`, `Ilse Marwick`), its
    // first word (`Ilse`), a middle word of a longer name (`Reyna` for
    // `Marta Reyna Vidal`, two surnames); the last two only when one person fits.
    const fits = (c: Cluster, how: 'end' | 'first' | 'middle') => {
      const full = c.keys.filter((k) => !GENERATIONAL.has(k))
      if (keys.length > full.length || (keys.length === full.length && keys.join(' ') !== full.join(' ')))
        return false
      if (how === 'first') return keys.length === 1 && full.length > 1 && full[0] === keys[0]
      if (how === 'middle')
        return keys.length === 1 && full.length > 2 && full.slice(1, -1).includes(keys[0] ?? '')
      return keys.every((k, i) => full[full.length - keys.length + i] === k)
    }
    for (const how of endOnly ? (['end'] as const) : (['end', 'first', 'middle'] as const)) {
      const candidates = clusters.filter((c) => fits(c, how))
      if (candidates.length === 0) continue
      if (how !== 'end' && candidates.length > 1) return null
      let best: Cluster | null = null
      let bestDistance = Number.POSITIVE_INFINITY
      for (const c of candidates) {
        for (const pos of c.positions) {
          // Prefer a full mention before this one; one after costs more.
          const distance = pos <= at ? at - pos : (pos - at) * 4
          if (distance < bestDistance) {
            bestDistance = distance
            best = c
          }
        }
      }
      return best
    }
    return null
  }
  /**
   * A full name, or a surname opening the run, inside a longer capitalised
   * run that is no name itself (`Ngozi Adeyemi Vows To Fight On` in a
   * headline): the span shrinks to that name and links to it.
   */
  const nameInside = (d: Draft): Cluster | null => {
    const keys = d.person?.keys ?? []
    if (keys.length < 2 || !(d.person?.headline || /^(too-long|rejected)$/.test(d.person?.why ?? '')))
      return null
    for (const c of clusters) {
      const full = c.keys
      for (let at = 0; full.length >= 2 && at + full.length <= keys.length; at++) {
        if (full.every((k, i) => keys[at + i] === k)) return shrink(d, at, full.length) ? c : null
      }
    }
    const surname = clusters.find((c) => c.keys.length >= 2 && c.keys[c.keys.length - 1] === keys[0])
    return d.person?.headline && surname && shrink(d, 0, 1) ? surname : null
  }
  const shrink = (d: Draft, at: number, length: number): boolean => {
    const first = words[d.w0 + at]
    const last = words[d.w0 + at + length - 1]
    if (!first || !last || !d.person) return false
    d.w0 += at
    d.w1 = d.w0 + length
    d.start = first.start
    d.end = last.end
    d.person.keys = d.person.keys.slice(at, at + length)
    d.role = null
    d.second = null
    return true
  }
  const pending = drafts.filter((d) => d.kind === 'person' && d.person && !clusterOf.has(d))
  for (const d of pending) {
    if (!d.person) continue
    if (d.person.evidence === 'none' && d.person.why === 'rejected') {
      const inside = nameInside(d)
      if (inside) {
        link(d, inside)
        if (d.w1 - d.w0 >= 2) d.rule = 'coref:name-in-run'
      } else d.kind = 'skip' as ActorKind
      continue
    }
    const cluster = resolvePartial(d.person.keys, d.start, d.person.why === 'caps-only')
    if (cluster) {
      link(d, cluster)
      continue
    }
    if (accepted(d)) {
      // A person named by one word only (`Obama said`): later bare mentions link to it.
      const name = text.slice(d.start, d.end)
      const single: Cluster = { id: `person:${slug(name)}`, name, keys: d.person.keys, positions: [d.start] }
      clusters.push(single)
      clusterOf.set(d, single)
      d.id = single.id
      d.name = name
      d.rule = `person:${d.person.why}`
    }
  }
  // Speaker labels of a transcript (`KAMARA: We will…`), when the text has turns by two or more of them.
  const labelOf = (d: Draft) => {
    const w = words[d.w0]
    return (
      d.w1 - d.w0 === 1 &&
      w?.initial &&
      w.allCaps &&
      text.charAt(w.end) === ':' &&
      !NON_SPEAKER_LABELS.has(w.lower)
    )
  }
  const labels = new Set(
    pending.filter((d) => d.person?.why === 'caps-only' && labelOf(d)).map((d) => words[d.w0]?.key),
  )
  for (const d of pending) {
    if (!d.person || clusterOf.has(d) || (d.kind as string) === 'skip') continue
    const cluster = resolvePartial(d.person.keys, d.start, d.person.why === 'caps-only') ?? nameInside(d)
    if (cluster) {
      link(d, cluster)
      if (d.w1 - d.w0 >= 2) d.rule = 'coref:name-in-run'
      continue
    }
    if (labels.size >= settings.transcriptMinSpeakers && d.person.why === 'caps-only' && labelOf(d)) {
      const name = text.slice(d.start, d.end)
      const single: Cluster = { id: `person:${slug(name)}`, name, keys: d.person.keys, positions: [d.start] }
      clusters.push(single)
      clusterOf.set(d, single)
      d.id = single.id
      d.name = name
      d.rule = 'person:transcript-label'
      continue
    }
    // An unknown name before a role, no person's name here: an organisation.
    if (
      d.person.evidence === 'none' &&
      d.w1 - d.w0 >= 2 &&
      d.person.why !== 'coref-only' &&
      inside(d, qualifierOwners)
    ) {
      makeOwnerOrg(d)
      continue
    }
    // A name after `the` with no other evidence: an organisation, as a vessel's name is.
    if (d.person.why === 'definite-name') {
      const name = text.slice(d.start, d.end)
      Object.assign(d, { kind: 'organization', id: `org:${slug(name)}`, name, rule: 'org:definite-name' })
      d.person = undefined
      continue
    }
    // Not a person: maybe a place named after `in`/`near`.
    const prev = words[d.w0 - 1]
    if (
      settings.locativePlaces &&
      !d.person.headline &&
      prev &&
      LOCATIVE_PREPOSITIONS.has(prev.lower) &&
      prev.sentence === words[d.w0]?.sentence &&
      /^ +$/.test(text.slice(prev.end, d.start)) &&
      words.slice(d.w0, d.w1).every((w) => w.pos === 'PROPN' && !NEVER_NAMES.has(w.lower)) &&
      words[d.w1 - 1]?.possessiveEnd === -1
    ) {
      d.kind = 'place'
      d.id = placeId(d)
      d.name = text.slice(d.start, d.end)
      d.rule = 'place:locative'
      d.role = null
      d.second = null
      continue
    }
    d.kind = 'skip' as ActorKind
  }
  // A place word that is the surname of a person named in full here (`Washington`
  // after `Denzel Washington`) is that person; countries never are.
  for (const d of drafts) {
    if (d.kind !== 'place' || d.w1 - d.w0 !== 1 || !d.rule.startsWith('gazetteer')) continue
    const cluster = resolvePartial([words[d.w0]?.key ?? ''], d.start)
    if (cluster && cluster.keys[cluster.keys.length - 1] === words[d.w0]?.key) {
      d.kind = 'person'
      d.id = cluster.id
      d.name = cluster.name
      d.rule = 'coref:surname'
    }
  }

  // --- 6. Acronym mentions: `(AWSA)` and later `AWSA`; `IAEA` for the agency ----------
  const orgInitials = new Map<string, Draft>()
  for (const d of drafts) {
    if (d.kind !== 'organization') continue
    const initials = text
      .slice(d.start, d.end)
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('')
    if (initials.length >= 2 && !orgInitials.has(initials)) orgInitials.set(initials, d)
  }
  const extra: Draft[] = []
  for (const d of drafts) {
    if ((d.kind as string) !== 'skip' || !d.person || d.w1 - d.w0 !== 1) continue
    const w = words[d.w0]
    const key = w ? definedKey(w.text) : null
    if (!w || !key) continue
    const target = acronyms.get(key) ?? orgInitials.get(key)
    if (!target && w.allCaps && insideOwner(d)) {
      // An acronym owning a role (`OBT spokesperson`), defined nowhere here: an organisation of its own.
      extra.push({
        ...d,
        kind: 'organization',
        id: `org:${slug(w.text)}`,
        name: w.text,
        rule: 'org:role-owner',
        role: null,
        second: null,
        person: undefined,
      })
      continue
    }
    if (!target || target === 'non-actor') continue
    const defined = text.charAt(w.start - 1) === '(' && acronyms.has(key)
    extra.push({
      ...d,
      kind: target.kind,
      id: target.id,
      name: target.name,
      rule: defined ? 'acronym-definition' : 'coref:acronym',
      role: null,
      second: null,
      person: undefined,
    })
  }

  // --- 7. Descriptions: `The rail agency chief acknowledged…` → the person meant --------
  extra.push(...describedPeople(drafts, roleCtx, settings.descriptionSentences))

  // --- 8. Output -------------------------------------------------------------------
  const final = [...drafts.filter((d) => (d.kind as string) !== 'skip' && d.id !== ''), ...extra].sort(
    (x, y) => x.start - y.start || y.end - x.end,
  )
  const mentions: Mention[] = []
  const actors = new Map<string, Actor>()
  let lastEnd = -1
  for (const d of final) {
    if (d.start < lastEnd) continue
    lastEnd = d.end
    const actor: Actor = { id: d.id, name: d.name || text.slice(d.start, d.end), kind: d.kind }
    const mention: Mention = {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      actor,
      rule: d.rule,
    }
    if (d.role) mention.role = d.role
    if (d.role && d.second) mention.alsoRole = d.second
    mentions.push(mention)
    let known = actors.get(d.id)
    if (!known) {
      known = { ...actor }
      actors.set(d.id, known)
    }
    for (const role of [d.role, d.second]) {
      if (!role) continue
      known.roles ??= []
      known.roles.push(role)
    }
  }
  for (const m of mentions)
    m.actor = { id: m.actor.id, name: actors.get(m.actor.id)?.name ?? m.actor.name, kind: m.actor.kind }
  // A role's owner found only later (an acronym defined further on: `RBL Governor`).
  for (const [role, [o0, o1]] of owners) {
    if (role.of) continue
    const from = words[o0]?.start ?? 0
    const to = words[o1 - 1]?.end ?? 0
    const owner = mentions.filter((m) => m.actor.kind !== 'person' && m.start >= from && m.end <= to).pop()
    if (owner) role.of = owner.actor.id
  }
  return { actors: [...actors.values()], mentions }
}

/**
 * Ships: a name right after a vessel word (`the ferry X`, `the cargo ship X`;
 * capitalised only at the start of a sentence or in a headline: `Ferry X
 * collides…`) or a vessel prefix (`MV X`, `HMS X`) names a vessel, not a
 * person or a place, and so does every other use of that name in the article
 * (`The X, operated by…`). A vessel is kept as an actor so that reports of
 * the same ship share it: of kind `organization` (a crewed unit, like a
 * brigade; the model has no kind for craft), id `org:<name>` (the id a
 * name after `the` gets in a report with no vessel word: `org:definite-name`),
 * rule `vessel` where the vessel word names it and `coref:vessel` elsewhere. A
 * known country or organisation after a vessel word is left alone.
 */
function markVessels(drafts: Draft[], words: Word[], headlines: Set<number>, text: string): void {
  const vesselWord = (w: Word | undefined) =>
    !!w && VESSEL_WORDS.has(w.lower) && (!w.cap || w.initial || headlines.has(w.sentence))
  const prefix = (w: Word | undefined) => !!w && w.allCaps && VESSEL_PREFIXES.has(w.lower)
  const named = (d: Draft) =>
    d.kind === 'person'
      ? d.person?.why !== 'coref-only'
      : d.kind === 'place' || (d.kind === 'organization' && !d.rule.startsWith('gazetteer'))
  const keys = (w0: number, w1: number) => words.slice(w0, w1).map((w) => w.key)
  // Names a lower-case vessel word or a prefix introduces (`the ferry X`, `MV X`), outside headlines.
  const names: string[][] = []
  const found = new Map<Draft, number>()
  for (const d of drafts) {
    if (!named(d) || headlines.has(words[d.w0]?.sentence ?? -1)) continue
    const prev = words[d.w0 - 1]
    const first = words[d.w0]
    const spaced =
      !!prev && !!first && prev.sentence === first.sentence && /^ +$/.test(text.slice(prev.end, first.start))
    const at =
      spaced && ((vesselWord(prev) && !prev?.cap) || prefix(prev))
        ? d.w0
        : d.w1 - d.w0 >= 2 && prefix(first)
          ? d.w0 + 1
          : -1
    if (at < 0) continue
    names.push(keys(at, d.w1))
    found.set(d, at)
  }
  if (names.length === 0) return
  /**
   * Length of the vessel name that words from `at` open with, or 0: the
   * whole draft, or its start where the draft's end is not to be trusted (a
   * headline, or a run opened by a capitalised vessel word: `Ferry X Collides…`).
   */
  const nameAt = (d: Draft, at: number, open: boolean) => {
    const have = keys(at, d.w1)
    let best = 0
    for (const n of names)
      if (
        n.length > best &&
        (open ? n.length <= have.length : n.length === have.length) &&
        n.every((k, i) => have[i] === k)
      )
        best = n.length
    return best
  }
  const gone = new Set<Draft>()
  for (const d of drafts) {
    if (!named(d)) continue
    const headline = headlines.has(words[d.w0]?.sentence ?? -1)
    let at = found.get(d) ?? d.w0
    let length = found.has(d) ? d.w1 - at : nameAt(d, at, headline)
    if (length === 0 && d.w1 - d.w0 >= 2 && (vesselWord(words[d.w0]) || prefix(words[d.w0]))) {
      at = d.w0 + 1
      length = nameAt(d, at, true)
    }
    if (length === 0) continue
    // A place tried as the first or last word of a person's name is inside the vessel's.
    if (d.person?.lead) gone.add(d.person.lead)
    if (d.person?.tail) gone.add(d.person.tail)
    const first = words[at] as Word
    const last = words[at + length - 1] as Word
    const name = text.slice(first.start, last.end)
    Object.assign(d, {
      w0: at,
      w1: at + length,
      start: first.start,
      end: last.end,
      kind: 'organization',
      id: `org:${slug(name)}`,
      name,
      rule: found.has(d) ? 'vessel' : 'coref:vessel',
      role: null,
      person: undefined,
    })
  }
  if (gone.size > 0) drafts.splice(0, drafts.length, ...drafts.filter((d) => !gone.has(d)))
}

/** Lower-case words that link the parts of a long organisation name (`Commission for the Protection against …`). */
const ORG_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'on', 'to'])

/** An acronym in brackets: two capitals or more, up to 12 characters (`COFEPRIS`, `MuCE`). */
const BRACKET_ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&.-]{1,11}$/

/** Key of an acronym defined in the article: the gazetteer's key, or the letters of a longer one (`COFEPRIS`). */
function definedKey(value: string): string | null {
  return (
    acronymKey(value) ??
    (/^[A-Z][A-Z0-9&]{6,11}$/.test(value.replace(/\./g, '')) ? value.replace(/\./g, '') : null)
  )
}

/**
 * Long organisation names defined by an acronym in brackets: `the Federal
 * Commission for the Protection against Sanitary Risks (COFEPRIS)`. Runs of
 * capitalised words joined by `of`/`for`/`against`/`on`/`to` (each may
 * take `the`) and ending right before `(ACRONYM)` are one organisation when
 * their first part holds an organisation word (`Commission`, `Institute`,
 * `Ministry`…): the drafts inside it (`Federal Commission`, a name-shaped
 * `Sanitary Risks`) give way to it, and the acronym is defined for it. When
 * the acronym does not spell the name (it abbreviates the name in another
 * language), the acronym is the id (`org:cofepris`): the same handle as the
 * bare acronym in any report.
 *
 * @param maxWords Longest name, in words ({@link ActorOptions.maxOrgNameWords}).
 * @returns The new drafts with the key of the acronym each defines.
 */
function namesBeforeAcronyms(
  text: string,
  drafts: Draft[],
  words: Word[],
  maxWords: number,
): [Draft, string][] {
  const out: [Draft, string][] = []
  const spacesOnly = (a: Word, b: Word) =>
    a.sentence === b.sentence &&
    a.possessiveEnd < 0 &&
    b.start > a.end &&
    /^ +$/.test(text.slice(a.end, b.start))
  for (let k = 1; k < words.length; k++) {
    const acronym = words[k] as Word
    const last = words[k - 1] as Word
    if (!acronym.cap || !BRACKET_ACRONYM.test(acronym.text)) continue
    const key = definedKey(acronym.text)
    if (!key || !last.cap || last.sentence !== acronym.sentence) continue
    if (text.slice(last.end, acronym.start) !== ' (' || text.charAt(acronym.end) !== ')') continue
    // Walk back over capitalised words and links, `the` only right after a link.
    let s = k - 1
    let links = 0
    while (s > 0 && k - s < maxWords) {
      const prev = words[s - 1] as Word
      const at = words[s] as Word
      if (!spacesOnly(prev, at)) break
      if (prev.cap && !NEVER_NAMES.has(prev.lower) && !HONORIFICS.has(prev.lower)) s--
      else if (ORG_NAME_LINKS.has(prev.lower) && (at.cap || at.lower === 'the')) {
        s--
        links++
      } else if (prev.lower === 'the' && at.cap && ORG_NAME_LINKS.has(words[s - 2]?.lower ?? '')) s--
      else break
    }
    if (links === 0) continue
    // The name starts at the first part that holds an organisation word.
    let from = -1
    for (let i = s; i < k && from < 0; i++) {
      let j = i
      while (j < k && (words[j] as Word).cap) j++
      for (let m = i; m < j; m++) {
        const lower = (words[m] as Word).lower
        if (ORG_SUFFIXES.has(lower) || ORG_HEADS_OF.has(lower)) from = i
      }
      i = j
    }
    // Only a name with a link after its organisation part is new: `Ministry of Health (MOH)` is found already.
    if (from < 0 || !words.slice(from, k - 1).some((w) => !w.cap && ORG_NAME_LINKS.has(w.lower))) continue
    const first = words[from] as Word
    const inside = drafts.filter((d) => d.w0 < k && d.w1 > from && d.kind !== 'country')
    // A name known here already (an organisation or place that covers it all) stays.
    if (inside.some((d) => d.w0 <= from && d.w1 >= k && d.kind !== 'person')) continue
    for (const d of inside) drafts.splice(drafts.indexOf(d), 1)
    const name = words
      .slice(from, k)
      .reduce((t, w, i, all) => t + w.text + (i < all.length - 1 ? ' ' : ''), '')
    const spelled = spells(acronym.text, name)
    const draft: Draft = {
      start: first.start,
      end: last.end,
      w0: from,
      w1: k,
      kind: 'organization',
      id: spelled ? '' : `org:${slug(key)}`,
      name,
      rule: 'org:acronym-name',
      role: null,
    }
    const at = drafts.findIndex((d) => d.start > draft.start)
    drafts.splice(at < 0 ? drafts.length : at, 0, draft)
    out.push([draft, key])
  }
  return out
}

function draftOf(x: Piece, kind: ActorKind, id: string, name: string, rule: string, text: string): Draft {
  return {
    start: x.start,
    end: x.end,
    w0: x.w0,
    w1: x.w1,
    kind,
    id,
    name: name || text.slice(x.start, x.end),
    rule,
    role: null,
  }
}

function keysOf(words: Word[], x: Piece): string[] {
  return words.slice(x.w0, x.w1).map((w) => w.key)
}

/**
 * Whether the one letter at word `i` is a surname after its particle (`við Ó
 * said`): a particle right before it, no full stop after it, and the same
 * particle and letter ending a longer name elsewhere in the text (`Sámal við
 * Ó`), so that an initial is never taken for one.
 */
function particleSurname(words: Word[], i: number): boolean {
  const w = words[i]
  const particle = words[i - 1]
  if (!w || !isParticle(particle) || !particle || /^\p{L}\.$/u.test(w.text)) return false
  return words.some(
    (x, k) =>
      k !== i &&
      x.text === w.text &&
      words[k - 1]?.lower === particle.lower &&
      !!words[k - 2]?.cap &&
      words[k - 2]?.sentence === x.sentence,
  )
}

/** Drop words that cannot belong to a name from the edges of a chunk (`Monday`, `Read`). */
function trimChunk(d: Draft, words: Word[]): void {
  const edge = (w: Word | undefined) =>
    !w || NEVER_NAMES.has(w.lower) || HONORIFICS.has(w.lower) || isParticle(w) || TITLE_MODIFIERS.has(w.lower)
  while (d.w0 < d.w1 && edge(words[d.w0]) && d.person?.why !== 'gazetteer') d.w0++
  while (d.w1 > d.w0 && (edge(words[d.w1 - 1]) || NEVER_NAMES.has(words[d.w1 - 1]?.lower ?? ''))) d.w1--
  const first = words[d.w0]
  const last = words[d.w1 - 1]
  if (first && last) {
    d.start = Math.max(d.start, first.start)
    d.end = Math.min(d.end, last.end)
    if (d.start < first.start || d.start > first.start) d.start = first.start
    d.end = last.end
  }
}

/** What {@link rolesFor} found at a person mention. */
interface MentionRoles {
  /** The mention's role. */
  found: FoundRole | null
  /**
   * A second role stated at the same mention: the apposition before a title
   * or an honorific office written before the name (`the tanker's master,
   * Captain X`: `master`; `The commander of the task force, Brigadier X`),
   * or the role a form of address implies when an apposition before it
   * states the office (`the Mayor of X Shire, Cr Y`: councillor).
   */
  second: FoundRole | null
  /** Whether the context makes the chunk a person beyond doubt. */
  strong: boolean
  why: string
}

/**
 * The role stated at a person mention, and whether the context makes the
 * chunk a person beyond doubt (a title, an honorific, an apposition, an age).
 *
 * A title or an honorific right before the name may itself follow an
 * apposition (`the tanker's master, Captain X`; `the district chief
 * executive, Mrs X`): both are stated, and the actor keeps both. A title
 * before the name, a rank (`Captain`, `Brigadier`, `Capt.`) as much as an
 * office (`Harbour Master`, `Sen.`), is the mention's role: it is the title
 * the text gives the name, and the apposition is the second role. A form
 * of address (`Mrs`, `Cr`: {@link ADDRESS_ROLES}) gives way to the
 * apposition, which states the office; the role it implies (`Cr` →
 * councillor) is the second.
 */
function rolesFor(
  d: Draft,
  ctx: RoleContext,
  titleBefore: Map<number, { t0: number; t1: number; of: string | null }>,
  honorificBefore: Map<number, { first: number; last: number }>,
): MentionRoles {
  const title = titleBefore.get(d.w0)
  /** An apposition ending at the comma before the title or honorific that starts at character `start`. */
  const appositionAt = (start: number) => {
    const w = wordAt(ctx.words, start)
    return w >= 0 ? appositionBefore(ctx, w, d.w1) : null
  }
  if (title) {
    // The title written before the name is the mention's role, a rank as much as an office.
    const found = capitalTitleRole(ctx, title.t0, title.t1, title.of)
    const appo = appositionAt(found?.role.start ?? ctx.words[title.t0]?.start ?? -1)
    return { found: found ?? appo, second: found ? appo : null, strong: true, why: 'title' }
  }
  const honorific = honorificBefore.get(d.w0)
  if (honorific !== undefined) {
    // A role written before a rank is the role (`agency head Lt. Gen. X`); else the rank states one (`Sen.`).
    const before = lowerPremodifierRole(ctx, honorific.first)
    if (before) return { found: before, second: null, strong: true, why: 'honorific' }
    const word = ctx.words[honorific.last]
    const implied = word ? HONORIFIC_ROLES[word.lower] : undefined
    const found = implied ? honorificRole(ctx, honorific.first, honorific.last, implied) : null
    // A form of address (`Mrs`, `Cr`) gives way to the office an apposition before it states
    // (`the Mayor of X Shire, Cr Y`), its implied role kept second; an office or rank
    // (`Sen.`, `Capt.`) is the mention's role, as a title written out is.
    const appo = appositionAt(found?.role.start ?? ctx.words[honorific.first]?.start ?? -1)
    if (appo && (!found || ADDRESS_ROLES.has(word?.lower ?? '')))
      return { found: appo, second: found, strong: true, why: 'apposition' }
    if (found) return { found, second: appo, strong: true, why: 'honorific' }
  }
  const why = (rule: string) => (honorific !== undefined ? 'honorific' : rule)
  // A role before the name and an apposition after it are both stated (`HOU chairman X, a skipper`;
  // `The network's chief executive, X, a former surgeon`): the one written first is the mention's role.
  const lower = lowerPremodifierRole(ctx, d.w0)
  const after = appositionAfter(ctx, d.w1)
  if (lower) return { found: lower, second: after.found, strong: true, why: why('premodifier') }
  const before = appositionBefore(ctx, d.w0, d.w1)
  if (before) return { found: before, second: after.found, strong: true, why: why('apposition') }
  if (after.found) return { found: after.found, second: null, strong: true, why: why(after.found.role.rule) }
  const pred = predicative(ctx, d.w1)
  if (pred) return { found: pred, second: null, strong: true, why: why('predicative') }
  const strong = honorific !== undefined || after.age
  return {
    found: null,
    second: null,
    strong,
    why: honorific !== undefined ? 'honorific' : after.age ? 'age' : '',
  }
}

/** Index of the word starting at character `start`, or -1 (words are in text order). */
function wordAt(words: Word[], start: number): number {
  let lo = 0
  let hi = words.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const at = words[mid]?.start ?? 0
    if (at === start) return mid
    if (at < start) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/**
 * Id and name of an organisation. A generic state body (`Defense Ministry`,
 * `Coast Guard`, `Ministry of Foreign Affairs`) is qualified by the country
 * the text ties it to (`Japan's`, `Japanese`, `of Japan`) so that two
 * countries' foreign ministries are two actors: `org:jpn-foreign-ministry`.
 */
function orgIdentity(
  d: Draft,
  ctx: RunContext,
  demonymAtWord: Map<number, { id: string; w0: number }>,
  drafts: Draft[],
  gazetteer: Gazetteer,
): { id: string; name: string } {
  const { words, text } = ctx
  let w0 = d.w0
  let w1 = d.w1
  let country: string | null = null
  // Leading country or nationality adjective inside the name (`Japan Coast Guard`, `Japanese Defense Ministry`).
  const inner = drafts.find((x) => x !== d && x.kind === 'country' && x.w0 === d.w0 && x.w1 < d.w1)
  let dem: [number, { id: string; w0: number }] | undefined = [...demonymAtWord.entries()].find(
    ([end, v]) => v.w0 === d.w0 && end < d.w1 - 1,
  )
  // A nationality adjective merged into the name (`Japanese Foreign Ministry`).
  for (let n = 2; n >= 1 && !dem; n--) {
    if (d.w1 - d.w0 <= n) continue
    const key = words
      .slice(d.w0, d.w0 + n)
      .map((w) => w.key)
      .join(' ')
    const at = gazetteer.demonyms.get(key)
    const id = at !== undefined ? gazetteer.entries[at]?.actor.id : undefined
    if (id) dem = [d.w0 + n - 1, { id, w0: d.w0 }]
  }
  const firstKey = words[d.w0]?.key ?? ''
  const firstEntry =
    gazetteer.byKey.get(firstKey) ?? gazetteer.acronyms.get(acronymKey(words[d.w0]?.text ?? '') ?? '')
  const firstActor = firstEntry !== undefined ? gazetteer.entries[firstEntry]?.actor : undefined
  if (inner) {
    country = inner.id
    w0 = inner.w1
  } else if (dem) {
    country = dem[1].id
    w0 = dem[0] + 1
  } else if (firstActor?.kind === 'country' && d.w1 - d.w0 > 1) {
    country = firstActor.id
    w0 = d.w0 + 1
  }
  // Trailing `of Japan`.
  const tail = words[d.w1 - 1]
  const tailEntry = tail ? gazetteer.byKey.get(tail.key) : undefined
  const tailActor = tailEntry !== undefined ? gazetteer.entries[tailEntry]?.actor : undefined
  if (!country && tailActor?.kind === 'country' && words[d.w1 - 2]?.lower === 'of' && d.w1 - d.w0 > 2) {
    country = tailActor.id
    w1 = d.w1 - 2
  }
  // Possessive owner before it (`Japan's Defense Ministry`).
  const prev = words[d.w0 - 1]
  if (!country && prev && prev.possessiveEnd >= 0) {
    const owner = drafts.find((x) => x.kind === 'country' && x.w1 === d.w0)
    if (owner) country = owner.id
  }
  const written = text.slice(d.start, d.end).replace(/^the\s+/i, '')
  const rest = words.slice(w0, w1)
  const restText = rest.length > 0 ? text.slice(rest[0]?.start, rest[rest.length - 1]?.end) : written
  const ofAt = rest.findIndex((w) => w.lower === 'of')
  const head = (ofAt > 0 ? rest[ofAt - 1] : rest[rest.length - 1])?.lower ?? ''
  if (country && GENERIC_BODY_HEADS.has(head)) {
    const normal = roleKey(restText)
    const code = country.slice('country:'.length)
    const countryName = gazetteer.entries[gazetteer.byId.get(country) ?? -1]?.actor.name ?? code
    return { id: `org:${code.toLowerCase()}-${slug(normal)}`, name: `${countryName} ${titleWords(normal)}` }
  }
  return { id: `org:${slug(written)}`, name: written }
}

function titleWords(value: string): string {
  return value
    .replace(/\b(\p{L})/gu, (c) => c.toUpperCase())
    .replace(/\b(Of|For|And|The)\b/g, (w) => w.toLowerCase())
}

/** Normalised name key, exported for later stages that compare names across documents. */
export function nameKey(value: string): string {
  return aliasKey(value)
}

/**
 * Name shapes that only people's names have: a middle or leading initial
 * (`K. R. Thandaveswar`, `Ana M. Ferro`), a particle between capitalised
 * words (`Mohammed bin Salman`, `Ursula von der Leyen`), or a hyphenated word
 * whose parts are both capitalised names (`Jean-Pierre`, `Okonjo-Iweala`)
 * beside another name word. Capitals-only words never count.
 */
function personShape(span: Word[]): boolean {
  const names = span.filter((w) => !isParticle(w))
  if (names.some((w) => w.allCaps && w.text.length > 2)) return false
  const initial = names.some((w, i) => /^\p{Lu}\.$/u.test(w.text) && i < names.length - 1)
  const particle = span.some((w, i) => i > 0 && i < span.length - 1 && isParticle(w))
  const hyphenated = names.some(
    (w) =>
      (w.parts?.length ?? 0) === 2 && (w.parts ?? []).every((part) => /^\p{Lu}\p{Ll}+$/u.test(part.text)),
  )
  return initial || particle || (hyphenated && names.length >= 2)
}

/**
 * Whether word `i`, tagged a noun, reads as a verb in the present tense
 * (`Merkel kicks off her drive`): it ends in `-s` and a determiner,
 * pronoun, preposition or number follows.
 */
function verbLike(words: Word[], i: number): boolean {
  const w = words[i]
  const after = words[i + 1]
  return (
    !!w &&
    !!after &&
    after.sentence === w.sentence &&
    /[^s]s$/.test(w.lower) &&
    /^(DET|PRON|ADP|NUM|PART)$/.test(after.pos)
  )
}

/**
 * Definite descriptions of a person already named: `The rail agency chief
 * acknowledged…`, `"…," the trade minister said`. A description with a
 * qualified title (two words or more) that opens a sentence before a verb,
 * or stands by a speech verb, is linked to the person whose stated role has
 * the same key; else to the one person named in the sentences just before
 * whose stated role has a head that agrees (`chief` for a chair; see
 * {@link headsAgree}). The mention is the title without `the`.
 */
function describedPeople(drafts: Draft[], ctx: RoleContext, window: number): Draft[] {
  const people = drafts.filter((d) => d.kind === 'person' && d.id !== '').sort((a, b) => a.start - b.start)
  const out: Draft[] = []
  const { words } = ctx
  for (let i = 0; i < words.length; i++) {
    const the = words[i]
    if (the?.lower !== 'the' || ctx.headline(the.sentence)) continue
    // Cheap test first: a description opens a sentence or stands near a speech verb.
    if (!the.initial && !nearSpeechVerb(words, i, ctx.maxAppositionWords)) continue
    const found = descriptionRole(ctx, i)
    if (!found) continue
    const { role, w0, w1 } = found
    const before = people.filter((p) => p.start < the.start)
    // The same office of the same body (`executive director` of two bodies is two offices).
    const same = (r: Role | null) => r?.key === role.key && (!r.of || !role.of || r.of === role.of)
    // Either role stated at a mention counts (`Mention.alsoRole`: `the tanker's master, Captain X`).
    const sameKey = new Set(people.filter((p) => same(p.role) || same(p.second ?? null)).map((p) => p.id))
    let target: Draft | undefined
    if (sameKey.size === 1) target = before.filter((p) => sameKey.has(p.id)).pop()
    else if (sameKey.size === 0) {
      const near = before.filter((p) => (words[p.w0]?.sentence ?? -1) >= the.sentence - window)
      const head = roleHead(role.key)
      const fitting = new Set(
        near
          .filter((p) =>
            before.some(
              (q) =>
                q.id === p.id && [q.role, q.second].some((r) => !!r && headsAgree(head, roleHead(r.key))),
            ),
          )
          .map((p) => p.id),
      )
      if (fitting.size === 1 && new Set(near.map((p) => p.id)).size === 1) target = near[near.length - 1]
    }
    if (!target) continue
    out.push({
      start: role.start,
      end: role.end,
      w0,
      w1,
      kind: 'person',
      id: target.id,
      name: target.name,
      rule: 'coref:description',
      role,
    })
    i = w1 - 1
  }
  return out
}

/** Whether a speech verb stands right before word `i` or among the next `span` words of its sentence. */
function nearSpeechVerb(words: Word[], i: number, span: number): boolean {
  const sentence = words[i]?.sentence
  if (SPEECH_VERBS.has(words[i - 1]?.lower ?? '')) return true
  for (let k = i + 1; k <= i + span && words[k]?.sentence === sentence; k++)
    if (SPEECH_VERBS.has(words[k]?.lower ?? '')) return true
  return false
}

/** Whether `[start, end)` stands right inside quotation marks (a closing `.`/`,` may come first). */
function quoted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start)
  const after = text.slice(end, end + 3)
  return /(?:["“‘]|'')$/.test(before) && /^[.,]?(?:["”’]|'')/.test(after)
}
