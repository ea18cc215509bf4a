/**
 * Titles and roles attached to a person, as the text states them:
 * premodifiers (`Japan's Defense Minister X`, `EU foreign policy chief X`,
 * `RBL Governor X`, `Water and Sanitation Minister X`, `welder X`),
 * appositions after and before the name (`X, chief strategist at Orion
 * Freight Partners,`; `X, 52, a rice farmer`; `the Minister for Water and
 * Sanitation, X,`), predicatives (`X is the foreign minister`, `X, who is
 * also Deputy Director in the Ministry of Water,`) and descriptions (`The
 * rail agency chief said`).
 *
 * A title is kept as written, with its qualifiers (an organisation, a place,
 * an adjective, a coordinated list of portfolios) and its complement (`at X`,
 * `of X`, `for X`); a possessive owner (`Japan's`), a leading determiner and
 * an age (`29-year-old`) stay outside it. The owner goes in `Role.of` when it
 * is an actor. `Role.key` is a comparison key: see {@link roleKey}.
 */
import type { Role } from '../../../model/index.js'
import {
  AGENT_NOUN_EXCEPTIONS,
  APPOINTMENT_VERBS,
  COMPLEMENT_PREPOSITIONS,
  COMPOUND_OCCUPATIONS,
  COUNTRY_ANAPHORS,
  DIRECTIONS,
  GENERIC_HEADS,
  HONORIFICS,
  KEY_MODIFIERS_KEPT,
  NAMED_KIND_NOUNS,
  NEVER_NAMES,
  NON_ROLE_MEMBERS,
  OCCUPATIONS,
  ORG_SUFFIXES,
  PARTY_WORDS,
  PORTFOLIO_FOLDS,
  PORTFOLIO_HEADS,
  PREDICATIVE_VERBS,
  RELATIONAL_HEADS,
  RELATIVE_WORDS,
  ROLE_ADVERBS,
  ROLE_DETERMINERS,
  ROLE_STOP_WORDS,
  SHAPE_TITLE_HEADS,
  SPEECH_VERBS,
  SPELLING_FOLDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TOP_OFFICES,
} from './tables.js'
import type { Word } from './words.js'

/** An actor mention known at a word, as the role finder needs it. */
export interface ActorAt {
  id: string
  kind: string
  w0: number
  w1: number
}

/** What the role finder needs from the recogniser. */
export interface RoleContext {
  text: string
  words: Word[]
  /** The country/organisation/place mention covering word `i`, if any. */
  actorAt(i: number): ActorAt | null
  /** The country of a nationality adjective ending at word `i` (`Japanese`), with its first word. */
  demonymAt(i: number): { id: string; w0: number } | null
  /** The last country mentioned before character `offset`, within the anaphor window. */
  countryBefore(offset: number, sentence: number): string | null
  /** Whether a sentence is in headline case (capitals there are no evidence of a name). */
  headline(sentence: number): boolean
  maxPremodifierWords: number
  maxAppositionWords: number
  maxQualifierWords: number
}

/**
 * A role found, with where its owner is written (`[w0, w1)` words: the
 * qualifier before the title, a possessor, or the complement's object), so
 * the recogniser can fill `Role.of` from mentions it finds later (an acronym
 * defined further on) and make an unknown owner name an organisation.
 */
export interface FoundRole {
  role: Role
  owner: [number, number] | null
  /**
   * Where the owner is written: before the title (`X spokesperson`), as the
   * object of `at`/`with`/`in` (`economist at X`: a body, never a person), or
   * elsewhere (a possessor, `for`/`of`/`to`: a person as often as a body).
   */
  ownerAt?: 'qualifier' | 'body' | 'other'
}

/** Gap between words `i` and `i + 1` (or after a possessive marker). */
function gap(ctx: RoleContext, i: number): string {
  const a = ctx.words[i]
  const b = ctx.words[i + 1]
  if (!a || !b) return '\u0000'
  return ctx.text.slice(a.possessiveEnd >= 0 ? a.possessiveEnd : a.end, b.start)
}

const SPACES = /^[ \u00a0]+$/
const COMMA = /^\s*,\s*$/
const AGE = /^\d{1,3}-years?-old$/i
/** A count (`300`, `1,600`, `million`), not a year (`2012`). */
const COUNT =
  /^(?!(?:1[89]|20)\d\d$)\d[\d,.]*$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)$/

/** `family member`, `audience member`: a `member` of no body ({@link NON_ROLE_MEMBERS}). */
function describedMember(head: Word | undefined, before: Word | undefined): boolean {
  return !!head && !!before && bare(head) === 'member' && NON_ROLE_MEMBERS.has(before.lower)
}

/** Spaces only, same sentence, no possessive on word `i`. */
function spaced(ctx: RoleContext, i: number): boolean {
  const a = ctx.words[i]
  const b = ctx.words[i + 1]
  return !!a && !!b && a.sentence === b.sentence && a.possessiveEnd < 0 && SPACES.test(gap(ctx, i))
}

/** Spaces only (a possessive marker allowed), same sentence. */
function joined(ctx: RoleContext, i: number): boolean {
  const a = ctx.words[i]
  const b = ctx.words[i + 1]
  return !!a && !!b && a.sentence === b.sentence && SPACES.test(gap(ctx, i))
}

/** A comma (and spaces) between words `i` and `i + 1` of one sentence, no possessive on `i`. */
function comma(ctx: RoleContext, i: number): boolean {
  const a = ctx.words[i]
  const b = ctx.words[i + 1]
  return !!a && !!b && a.sentence === b.sentence && a.possessiveEnd < 0 && COMMA.test(gap(ctx, i))
}

function bare(word: Word | undefined): string {
  const lower = word?.lower ?? ''
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

const HYPHENATED_TITLE =
  /^(?:ex|former|vice|co|deputy|acting|then)-(.+)$|^(.+)-(?:elect|designate|in-waiting)$/

/**
 * Whether a word heads a title or office: the title table, or a hyphenated
 * form of one (`Mayor-elect`, `minister-designate`, `ex-president`,
 * `co-chair`).
 */
export function isTitleHead(lower: string): boolean {
  if (TITLE_HEADS.has(lower)) return true
  if (!lower.includes('-')) return false
  const m = HYPHENATED_TITLE.exec(lower)
  const base = m?.[1] ?? m?.[2]
  return base !== undefined && TITLE_HEADS.has(base)
}

/**
 * Whether word `i` heads a role noun phrase: {@link isRoleHead}, or a noun of
 * {@link COMPOUND_OCCUPATIONS} after its lower-case modifier (`ward sister`).
 */
function roleHeadAt(ctx: RoleContext, i: number, shape: boolean): boolean {
  const w = ctx.words[i]
  if (isRoleHead(w, shape)) return true
  const before = ctx.words[i - 1]
  if (!w || w.cap || !before || before.cap || !spaced(ctx, i - 1)) return false
  return COMPOUND_OCCUPATIONS[bare(w)]?.has(before.lower) ?? false
}

/**
 * Whether a word heads a role noun phrase: a title, an occupation from the
 * table, or — where `shape` allows, in an apposition with an indefinite
 * article (`X, a 29-year-old crane operator`) — any common noun shaped like an
 * agent noun (`-er`, `-or`, `-ist`, `-ian`, `-ant`).
 */
function isRoleHead(word: Word | undefined, shape: boolean): boolean {
  if (!word) return false
  const lower = bare(word)
  if (isTitleHead(lower)) return true
  // Capitalised, an occupation is more often a surname (`Scott Farmer`, `Tim Cook`).
  if (OCCUPATIONS.has(lower)) return !word.cap || word.initial
  return (
    shape &&
    !word.cap &&
    word.pos === 'NOUN' &&
    lower.length >= 5 &&
    /(?:er|or|ist|ian|ant)$/.test(lower) &&
    !AGENT_NOUN_EXCEPTIONS.has(lower)
  )
}

const PORTFOLIO_PATTERNS: [RegExp, string][] = Object.entries(PORTFOLIO_FOLDS).map(([from, to]) => [
  new RegExp(`\\b${from}\\b`, 'g'),
  to,
])

/**
 * Normalised comparison key of a title: lower case, determiners gone,
 * spelling folded (`defence` → `defense`), portfolio phrases folded
 * (`foreign affairs` → `foreign`), and a portfolio written after the office
 * moved before it, coordinated portfolios sorted, so that `Minister for
 * Water and Sanitation`, `Minister of Water and Sanitation` and `Water and
 * Sanitation Minister` share `sanitation water minister`, while `Finance Minister`
 * stays `finance minister`. Office modifiers (`former`, `deputy`) lead.
 */
export function roleKey(title: string): string {
  let text = title
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\s*(?:,\s*and|,|&)\s*/g, ' and ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !ROLE_DETERMINERS.has(w))
    .map((w) => SPELLING_FOLDS[w] ?? w)
    .join(' ')
  for (const [pattern, to] of PORTFOLIO_PATTERNS) text = text.replace(pattern, to)
  const tokens = text.split(' ').filter(Boolean)
  // Office modifiers lead the key (`former sanitation water minister`).
  let m = 0
  while (m < tokens.length - 1 && KEY_MODIFIERS_KEPT.has(tokens[m] ?? '') && tokens[m] !== 'prime') m++
  const mods = tokens.slice(0, m)
  const rest = tokens.slice(m)
  // `minister for industry and trade`, `cabinet secretary for trade, investment and industry`.
  const of = rest.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'))
  if (of > 0 && PORTFOLIO_HEADS.has(rest[of - 1] ?? '') && !rest.slice(0, of).includes('and')) {
    const items = splitItems(rest.slice(of + 1))
    if (items && !(items.length === 1 && /^state\b/.test(items[0] ?? '')))
      return [...mods, ...items.sort(), ...rest.slice(0, of)].join(' ')
  }
  // `industry and trade minister`: conjuncts as long as the first one, then the office.
  const and = rest.indexOf('and')
  if (and > 0) {
    const length = and
    const items = [rest.slice(0, and).join(' ')]
    let at = and
    while (rest[at] === 'and' && at + length < rest.length) {
      items.push(rest.slice(at + 1, at + 1 + length).join(' '))
      at += 1 + length
    }
    const head = rest.slice(at)
    if (head.length > 0 && !head.includes('and') && isTitleHead(head[head.length - 1] ?? ''))
      return [...mods, ...items.sort(), ...head].join(' ')
  }
  return [...mods, ...rest].join(' ')
}

/** Conjuncts of a portfolio list (`industry and trade` → `[industry, trade]`), or `null` when it is no list of words. */
function splitItems(tokens: string[]): string[] | null {
  const items: string[] = []
  let current: string[] = []
  for (const t of tokens) {
    if (t === 'and') {
      if (current.length === 0) return null
      items.push(current.join(' '))
      current = []
    } else if (t === 'of' || t === 'for' || t === 'in') return null
    else current.push(t)
  }
  if (current.length === 0) return null
  items.push(current.join(' '))
  return items
}

/**
 * Build a role over words `[from, to)` (ending at offset `endAt` when a closing
 * parenthesis follows), its key read from words `[keyFrom, keyTo)`.
 */
function makeRole(
  ctx: RoleContext,
  from: number,
  to: number,
  keyFrom: number,
  rule: string,
  of: string | null,
  keyTo = to,
  endAt = -1,
): Role | null {
  const first = ctx.words[from]
  const last = ctx.words[to - 1]
  const keyFirst = ctx.words[keyFrom]
  const keyLast = ctx.words[keyTo - 1]
  if (!first || !last || !keyFirst || !keyLast) return null
  const key = roleKey(keyText(ctx, keyFrom, keyTo))
  if (key === '') return null
  const end = Math.max(endAt, last.end)
  const role: Role = { start: first.start, end, title: ctx.text.slice(first.start, end), key, rule }
  if (of) role.of = of
  return role
}

/**
 * Text of words `[from, to)` for a key, without the owner words written
 * before the office (`Former Arkansas Governor` → `Former Governor`); the
 * complement after the head is kept as written.
 */
function keyText(ctx: RoleContext, from: number, to: number): string {
  let head = -1
  for (let i = from; i < to; i++) {
    const w = ctx.words[i]
    if (!w) break
    if (!w.cap && COMPLEMENT_PREPOSITIONS.has(w.lower)) break
    if (isTitleHead(bare(w)) || OCCUPATIONS.has(bare(w))) head = i
  }
  const first = ctx.words[from]
  const last = ctx.words[to - 1]
  if (!first || !last) return ''
  if (head < 0) return ctx.text.slice(first.start, last.end)
  let out = ''
  for (let i = from; i < head; i++) {
    const w = ctx.words[i] as Word
    if (ownerLike(ctx, i)) continue
    // Keep the commas of a list (`Energy, Mines and Petroleum`).
    out += w.text + (ownerLike(ctx, i + 1) ? ' ' : ctx.text.slice(w.end, ctx.words[i + 1]?.start ?? w.end))
  }
  return out + ctx.text.slice(ctx.words[head]?.start ?? first.start, last.end)
}

/** Whether word `i` names the owner rather than the office (an actor, a nationality, an acronym, a proper noun). */
function ownerLike(ctx: RoleContext, i: number): boolean {
  const w = ctx.words[i]
  if (!w) return false
  const actor = ctx.actorAt(i)
  if (actor && actor.kind !== 'person') return true
  if (ctx.demonymAt(i) || ctx.demonymAt(i + 1)) return true
  const lower = bare(w)
  // A direction joined to an owner's name is part of it (`Central Valdoria`).
  if (w.cap && DIRECTIONS.has(lower) && spaced(ctx, i) && ownerLike(ctx, i + 1)) return true
  if (TITLE_MODIFIERS.has(lower) || isTitleHead(lower) || OCCUPATIONS.has(lower)) return false
  if (w.allCaps) return true
  if (!w.cap || w.pos !== 'PROPN') return false
  // At the start of a sentence a capital and wink's proper-noun tag say little
  // (`Mission director`), unless an owner word follows (`Orwell Bulk Terminals`).
  return !w.initial || (spaced(ctx, i) && ownerLike(ctx, i + 1))
}

/** Whether a capitalised word may qualify a title it stands before (`RBL`, `Orwell`, `Northern`, `Opposition`). */
function qualifierWord(ctx: RoleContext, i: number): boolean {
  const w = ctx.words[i]
  if (!w?.cap) return false
  const lower = bare(w)
  if (
    (NEVER_NAMES.has(lower) && !DIRECTIONS.has(lower) && !PARTY_WORDS.has(lower)) ||
    HONORIFICS.has(w.lower) ||
    ROLE_STOP_WORDS.has(lower)
  )
    return false
  if (ROLE_DETERMINERS.has(lower) || RELATIVE_WORDS.has(lower) || ROLE_ADVERBS.has(lower)) return false
  // Another title before this one belongs to someone else (`… Cabinet Secretary Joy Atieno and Minister …`).
  if (isTitleHead(lower)) return false
  // In a headline every word is capitalised: only acronyms and known actors qualify there.
  if (ctx.headline(w.sentence) && !w.allCaps) return false
  // Shape: any capitalised word right before `Member`/`Leader`/`Officer`/`Executive`
  // qualifies it (`Presiding Member`, `Ward Member`), whatever wink tags it.
  const next = ctx.words[i + 1]
  if (next?.cap && SHAPE_TITLE_HEADS.has(bare(next)) && spaced(ctx, i)) return true
  return /^(NOUN|ADJ|PROPN|NUM|X)$/.test(w.pos) || TITLE_MODIFIERS.has(lower)
}

/** A capitalised word that may stand in a coordinated list of portfolios (`Energy, Mines and Petroleum`). */
function portfolioWord(ctx: RoleContext, i: number): boolean {
  const w = ctx.words[i]
  const actor = ctx.actorAt(i)
  return !!w && w.cap && !w.allCaps && !actor && !ctx.demonymAt(i) && qualifierWord(ctx, i)
}

/**
 * A word of a coordinated list before a title (`Energy, Mines and
 * Petroleum Cabinet Secretary`): a portfolio word, or a common noun; never a
 * name (`Atieno and Minister for Ports` is two people, not a portfolio).
 */
function portfolioItem(ctx: RoleContext, i: number): boolean {
  const w = ctx.words[i]
  return !!w && portfolioWord(ctx, i) && (TITLE_MODIFIERS.has(w.lower) || w.pos === 'NOUN')
}

/** A lower-case noun that may stand in a coordinated list (`minister for water and sanitation`). */
function listNoun(ctx: RoleContext, i: number): boolean {
  const w = ctx.words[i]
  return !!w && !w.cap && w.pos === 'NOUN' && !ROLE_STOP_WORDS.has(w.lower) && !isRoleHead(w, false)
}

/**
 * Extend a title back over what qualifies it, from its first word `first`:
 * a coordinated list of portfolios (`Energy, Mines and Petroleum`), then
 * capitalised qualifiers — an organisation, a place, an acronym, an
 * adjective (`Orwell Bulk Terminals`, `Northern Valdoria`, `RBL`,
 * `Opposition`) — or a nationality adjective, all kept in the title; a
 * possessive (`Japan's`) stops it and names the owner without entering the
 * title.
 *
 * @returns `from` (first title word), `keyFrom` (first word of the office
 *   proper), the owner actor if one is written, and the owner's words.
 */
function qualify(
  ctx: RoleContext,
  first: number,
): { from: number; keyFrom: number; of: string | null; owner: [number, number] | null } {
  let from = first
  let coordination = -1
  // A coordinated list: `Water and Sanitation Minister`, `Energy, Mines and Petroleum Cabinet Secretary`.
  const conj = ctx.words[from - 1]
  if (
    conj &&
    (conj.lower === 'and' || conj.lower === '&') &&
    spaced(ctx, from - 1) &&
    (spaced(ctx, from - 2) || comma(ctx, from - 2)) &&
    portfolioItem(ctx, from - 2)
  ) {
    from -= 2
    while (comma(ctx, from - 1) && portfolioItem(ctx, from - 1)) from--
    coordination = from
  }
  let of: string | null = null
  let owner: [number, number] | null = null
  let taken = 0
  while (from > 0 && taken < ctx.maxQualifierWords) {
    const prev = ctx.words[from - 1]
    const at = ctx.words[from]
    if (!prev || !at || prev.sentence !== at.sentence) break
    if (prev.possessiveEnd >= 0) {
      // `Japan's Defense Minister`, `the union's general secretary`: the owner, outside the title.
      if (!SPACES.test(ctx.text.slice(prev.possessiveEnd, at.start))) break
      const actor = ctx.actorAt(from - 1)
      if (actor && actor.kind !== 'person') {
        of ??= actor.id
        owner ??= [actor.w0, actor.w1]
      } else if (!/^(his|her|their|its)$/.test(prev.lower)) owner ??= [from - 1, from]
      break
    }
    if (!spaced(ctx, from - 1)) break
    const actor = ctx.actorAt(from - 1)
    if (actor && actor.kind !== 'person') {
      of ??= actor.id
      owner ??= [actor.w0, actor.w1]
      taken += actor.w1 - actor.w0
      from = actor.w0
      continue
    }
    const demonym = ctx.demonymAt(from - 1)
    if (demonym) {
      of ??= demonym.id
      from = demonym.w0
      break
    }
    if (!qualifierWord(ctx, from - 1)) break
    from--
    taken++
  }
  // The office proper starts after the owner words (`RBL`, `Northern Valdoria`, `Japanese`).
  let keyFrom = from
  while (keyFrom < first && keyFrom !== coordination && ownerLike(ctx, keyFrom)) keyFrom++
  if (keyFrom > from && !owner) owner = [from, keyFrom]
  keyFrom = coordination >= 0 ? Math.min(keyFrom, coordination) : keyFrom
  // Office modifiers before the qualifier change the office (`former Illinois Gov.`).
  if (from < first) {
    let lead = from
    while (lead > 0 && spaced(ctx, lead - 1)) {
      const w = ctx.words[lead - 1]
      if (!w || w.cap || !TITLE_MODIFIERS.has(bare(w))) break
      lead--
    }
    if (lead < from) {
      from = lead
      keyFrom = lead
    }
  }
  return { from, keyFrom, of, owner }
}

/**
 * A capitalised title right before the name, found by the run parser
 * (`Defense Minister`, `Prime Minister`, `Minister for Water and Sanitation`),
 * with lower-case modifiers before it (`former Prime Minister`) and its
 * qualifiers (`RBL Governor`, `Water and Sanitation Minister`).
 */
export function capitalTitleRole(
  ctx: RoleContext,
  t0: number,
  t1: number,
  ofAfter: string | null,
): FoundRole | null {
  let first = t0
  while (first > 0 && spaced(ctx, first - 1)) {
    const w = ctx.words[first - 1]
    if (!w || w.cap || !TITLE_MODIFIERS.has(bare(w))) break
    first--
  }
  const q = qualify(ctx, first)
  const role = makeRole(ctx, q.from, t1, Math.min(q.keyFrom, first), 'premodifier', ofAfter ?? q.of)
  return role ? { role, owner: q.owner, ownerAt: 'qualifier' } : null
}

/** Longest lower-case `of`/`for` complement before a name (`chairman of the management board X`). */
const MAX_COMPLEMENT_BEFORE = 5

/**
 * Words of a lower-case `of`/`for` complement ending right before word `w0`
 * after a lower-case role head (`chairman of the management board X`,
 * `head of research X`, `minister for trade X`), or 0: the preposition
 * (`for` only after an office that takes a portfolio), an optional `the`,
 * and common nouns or adjectives ending in a noun, all joined by spaces. A
 * complement that describes a person (`member of the public`) or ends in a
 * noun a name is apposed to (`president of the advocacy group X`:
 * {@link NAMED_KIND_NOUNS}) states no role.
 */
function complementBefore(ctx: RoleContext, w0: number): number {
  const last = ctx.words[w0 - 1]
  if (!last || last.cap || !spaced(ctx, w0 - 1) || NON_ROLE_MEMBERS.has(last.lower)) return 0
  if (last.pos !== 'NOUN' || ROLE_STOP_WORDS.has(last.lower) || isRoleHead(last, false)) return 0
  // `president of the advocacy group X`: the name is the group's.
  if (NAMED_KIND_NOUNS.has(last.lower)) return 0
  for (let p = w0 - 2; p >= 1 && w0 - p <= MAX_COMPLEMENT_BEFORE; p--) {
    const w = ctx.words[p] as Word
    if (!spaced(ctx, p)) return 0
    if ((w.lower === 'of' || w.lower === 'for') && !w.cap) {
      const head = ctx.words[p - 1]
      // `for` only after an office that takes a portfolio (`minister for trade X`, not `leader for all X`).
      const ok =
        !!head &&
        !head.cap &&
        spaced(ctx, p - 1) &&
        isRoleHead(head, false) &&
        (w.lower === 'of' || PORTFOLIO_HEADS.has(bare(head)))
      return ok ? w0 - p : 0
    }
    if (w.cap || ROLE_STOP_WORDS.has(w.lower) || isRoleHead(w, false)) return 0
    if (w.lower === 'the' ? !/^(of|for)$/.test(ctx.words[p - 1]?.lower ?? '') : !/^(NOUN|ADJ)$/.test(w.pos))
      return 0
  }
  return 0
}

/**
 * A lower-case role phrase right before the name (`foreign policy chief X`,
 * `his Japanese counterpart X`, `PFA chairman X`, `welder X`), with its
 * qualifiers.
 */
export function lowerPremodifierRole(ctx: RoleContext, w0: number): FoundRole | null {
  const at = w0 - 1 - complementBefore(ctx, w0)
  const head = ctx.words[at]
  if (!head || head.cap || !spaced(ctx, at) || !roleHeadAt(ctx, at, false)) return null
  let first = at
  while (first > 0 && at + 1 - first < ctx.maxPremodifierWords && spaced(ctx, first - 1)) {
    const w = ctx.words[first - 1]
    if (!w || w.cap || ROLE_STOP_WORDS.has(w.lower) || ROLE_DETERMINERS.has(w.lower)) break
    if (!/^(NOUN|ADJ|PROPN|NUM)$/.test(w.pos) && !TITLE_MODIFIERS.has(w.lower)) break
    // A count right before the head makes it a size, not a role: `the 1.6 million member union`.
    if (first === at && (COUNT.test(w.lower) || describedMember(head, w))) return null
    first--
  }
  const q = qualify(ctx, first)
  const possessorAt = q.owner && q.owner[1] === q.from ? q.owner[1] - 1 : q.from - 1
  const possessor = ctx.words[possessorAt]
  const relational = RELATIONAL_HEADS.has(bare(head))
  const pronoun = possessor && /^(his|her|their|its)$/.test(possessor.lower) && joined(ctx, possessorAt)
  const rule = bare(head).startsWith('counterpart')
    ? 'counterpart'
    : relational && pronoun
      ? 'relational'
      : 'premodifier'
  const role = makeRole(ctx, q.from, w0, Math.min(q.keyFrom, first), rule, q.of)
  return role ? { role, owner: q.owner, ownerAt: 'qualifier' } : null
}

/**
 * The end of a coordinated list of capitalised words continuing after word
 * `i` (`, Investment and Industry` after `Trade`), or `i + 1` when none
 * follows: commas between single capitalised words, `and` before the last.
 */
function portfolioList(ctx: RoleContext, i: number): number {
  const item = portfolioWord(ctx, i) ? portfolioWord : listNoun(ctx, i) ? listNoun : null
  if (!item) return i + 1
  let k = i
  while (comma(ctx, k) && item(ctx, k + 1)) k++
  const and = ctx.words[k + 1]
  const commaOk = k === i ? spaced(ctx, k) : spaced(ctx, k) || comma(ctx, k)
  if (and && (and.lower === 'and' || and.lower === '&') && commaOk && spaced(ctx, k + 1) && item(ctx, k + 2))
    return k + 3
  return i + 1
}

/** The object of a complement (`the Federation of …`, `Indonesia's disaster agency`): its end and its owner actor. */
function complementObject(
  ctx: RoleContext,
  a: number,
  limit: number,
): { end: number; actor: ActorAt | null; orgLike: boolean; named: boolean; closeAt: number } | null {
  let i = a
  const sentence = ctx.words[a]?.sentence
  if (/^(the|a|an)$/.test(ctx.words[i]?.lower ?? '') && joined(ctx, i)) i++
  let actor: ActorAt | null = null
  let last: Word | undefined
  let j = i
  while (j < limit && ctx.words[j]?.sentence === sentence) {
    const here = ctx.actorAt(j)
    if (here && here.kind !== 'person' && here.w0 === j) {
      // Prefer an organisation as the owner (`Indonesia's disaster agency`: the country, else none).
      if (!actor || (here.kind === 'organization' && actor.kind !== 'organization')) actor = here
      last = ctx.words[here.w1 - 1]
      j = here.w1
    } else {
      const w = ctx.words[j]
      if (!w) break
      const lower = w.lower
      // Capitalised, `With` or `And` belong to a name (`Jobs With Justice`).
      if (j > i && !w.cap && (COMPLEMENT_PREPOSITIONS.has(lower) || ROLE_STOP_WORDS.has(lower))) break
      if (!w.cap && (RELATIVE_WORDS.has(lower) || ROLE_DETERMINERS.has(lower))) break
      if (!w.cap && !/^(NOUN|ADJ|PROPN|NUM)$/.test(w.pos)) break
      last = w
      j++
      // A list of portfolios: `for Water and Sanitation`, `for Energy, Mines and Petroleum`.
      const list = portfolioList(ctx, j - 1)
      if (list > j) {
        last = ctx.words[list - 1]
        j = list
      }
    }
    if (!joined(ctx, j - 1)) break
  }
  if (j <= i || !last) return null
  const orgLike = (actor?.kind === 'organization' && actor.w1 === j) || ORG_SUFFIXES.has(bare(last))
  // A name: capitalised words only (`Larkspur Holt`), which an organisation found later may cover.
  let named = true
  for (let k = i; k < j && named; k++) named = !!ctx.words[k]?.cap
  // The acronym it defines belongs to the name as written: `the Flood Relief Agency (FRA)`.
  const acronym = ctx.words[j]
  if (
    acronym?.allCaps &&
    acronym.sentence === sentence &&
    /^\s*\($/.test(ctx.text.slice(last.end, acronym.start))
  )
    if (ctx.text.charAt(acronym.end) === ')')
      return { end: j + 1, actor, orgLike, named, closeAt: acronym.end + 1 }
  return { end: j, actor, orgLike, named, closeAt: -1 }
}

/**
 * The end of a name of two to four capitalised words from word `i` whose last
 * word is a plural in the bare possessive (`Bluewater Trawlers'`), or 0: an
 * organisation's shape far more than a person's.
 */
function pluralPossessor(ctx: RoleContext, i: number): number {
  const sentence = ctx.words[i]?.sentence
  for (let k = i; k < i + ctx.maxQualifierWords; k++) {
    const w = ctx.words[k]
    if (!w?.cap || w.allCaps || w.sentence !== sentence) return 0
    if (w.possessiveEnd >= 0)
      return k > i && ctx.text.slice(w.end, w.possessiveEnd).length === 1 && /s$/.test(w.text) ? k + 1 : 0
    if (!joined(ctx, k)) return 0
  }
  return 0
}

/** A parsed role noun phrase. */
interface RolePhrase {
  found: FoundRole
  /** Word after the phrase. */
  end: number
}

/**
 * Parse a role noun phrase starting at word `a`: a determiner, a possessor
 * (`Nigeria's`, `the country's`, `his`), adverbs and an age left out
 * (`also`, `34-year-old`), premodifiers, a head (a title or occupation; with
 * an indefinite article any agent noun), and complements that state the
 * office (`of`/`for`/`at`/`to` always, `in`/`with` when their object is an
 * organisation: `Deputy Director in the Ministry of Water`, not `in Recife`).
 */
function rolePhrase(ctx: RoleContext, a: number, rule: string): RolePhrase | null {
  const limit = Math.min(ctx.words.length, a + ctx.maxAppositionWords)
  const sentence = ctx.words[a]?.sentence
  let i = a
  let indefinite = false
  let of: string | null = null
  let owner: [number, number] | null = null
  let ownerAt: FoundRole['ownerAt'] = 'other'
  const lowerAt = (k: number) => ctx.words[k]?.lower ?? ''
  if (ROLE_DETERMINERS.has(lowerAt(i)) && !/^(his|her|their|its)$/.test(lowerAt(i))) {
    indefinite = lowerAt(i) === 'a' || lowerAt(i) === 'an'
    i++
  }
  // Possessor: `Nigeria's`, `the country's`, `the FRA's`, `his`.
  const actorFirst = ctx.actorAt(i)
  const possessorEnd = actorFirst && actorFirst.w0 === i ? actorFirst.w1 - 1 : i
  const possessorWord = ctx.words[possessorEnd]
  if (possessorWord && possessorWord.possessiveEnd >= 0 && joined(ctx, possessorEnd)) {
    if (actorFirst && actorFirst.kind !== 'person') of = actorFirst.id
    else if (COUNTRY_ANAPHORS.has(possessorWord.lower))
      of = ctx.countryBefore(possessorWord.start, possessorWord.sentence)
    owner = [i, possessorEnd + 1]
    i = possessorEnd + 1
  } else if (/^(his|her|their|its)$/.test(lowerAt(i))) {
    i++
  } else {
    // An unknown name in the plural possessive owns the title (`Bluewater Trawlers' chief executive`).
    const end = pluralPossessor(ctx, i)
    if (end > 0) {
      owner = [i, end]
      ownerAt = 'qualifier'
      i = end
    }
  }
  while (i < limit && (ROLE_ADVERBS.has(lowerAt(i)) || AGE.test(lowerAt(i))) && joined(ctx, i)) i++
  // Premodifiers and head, up to a preposition, a relative word, a verb or punctuation.
  const t0 = i
  let j = i
  while (j < limit && ctx.words[j]?.sentence === sentence) {
    const w = ctx.words[j] as Word
    const lower = w.lower
    if (j > t0 && !joined(ctx, j - 1)) break
    const here = ctx.actorAt(j)
    if (here && here.kind !== 'person' && here.w0 === j) {
      if (ctx.words[here.w1 - 1]?.possessiveEnd !== -1) break
      j = here.w1
      continue
    }
    if (COMPLEMENT_PREPOSITIONS.has(lower) || RELATIVE_WORDS.has(lower) || ROLE_DETERMINERS.has(lower)) break
    if (lower === 'and') {
      // `president and chief executive of X`: two offices of one person.
      if (!(isRoleHead(ctx.words[j - 1], false) && joined(ctx, j))) break
      j++
      continue
    }
    if (ROLE_STOP_WORDS.has(lower) || PREDICATIVE_VERBS.has(lower)) break
    if (w.possessiveEnd >= 0) break
    const tagged =
      /^(NOUN|ADJ|PROPN|NUM)$/.test(w.pos) || TITLE_MODIFIERS.has(bare(w)) || isRoleHead(w, false)
    if (!tagged && !w.cap) break
    j++
  }
  // The head is the last word of the phrase; a count right before it makes a number, not a role (`one member`).
  const headAt = j - 1
  if (headAt < t0 || !roleHeadAt(ctx, headAt, indefinite)) return null
  if (headAt > t0 && COUNT.test(ctx.words[headAt - 1]?.lower ?? '')) return null
  // `a family member of the victim` describes a person; it states no role.
  if (headAt > t0 && describedMember(ctx.words[headAt], ctx.words[headAt - 1])) return null
  // With no determiner, capitalised words before a capitalised head must be
  // title words or owners: `Kevin Bishop` in a list of names is a name.
  if (i === a && ctx.words[headAt]?.cap)
    for (let k = t0; k < headAt; k++) {
      const w = ctx.words[k] as Word
      if (w.cap && !TITLE_MODIFIERS.has(bare(w)) && !isTitleHead(bare(w)) && !ctx.actorAt(k) && !w.allCaps)
        return null
    }
  // Complements: `at Orion Freight Partners`, `of the hill town of Castelmonte`, `in the Ministry of Water`.
  // A bracketed gloss of a local title before its complement: `hokim (governor) of X district`.
  const gloss = glossAfter(ctx, j, limit)
  let end = gloss?.end ?? j
  let ownerFromComplement: ActorAt | null = null
  let closeAt = -1
  let complementIsOwner = false
  while (
    end < limit &&
    ctx.words[end]?.sentence === sentence &&
    (joined(ctx, end - 1) || end === gloss?.end)
  ) {
    const prep = lowerAt(end)
    if (!COMPLEMENT_PREPOSITIONS.has(prep) || !joined(ctx, end)) break
    const object = complementObject(ctx, end + 1, limit)
    if (!object) break
    if ((prep === 'in' || prep === 'with') && !object.orgLike) break
    // `chief strategist at Orion Freight Partners`: the complement names the owner, which leaves the key.
    const nameEnd = object.closeAt > 0 ? object.end - 1 : object.end
    if (end === (gloss?.end ?? j))
      complementIsOwner =
        (!!object.actor && object.actor.w1 === nameEnd && prep !== 'to') || (prep === 'at' && object.named)
    closeAt = object.closeAt
    ownerFromComplement ??= object.actor
    if (!owner) {
      owner = object.actor ? [object.actor.w0, object.actor.w1] : [end + 1, object.end]
      ownerAt = prep === 'at' || prep === 'with' || prep === 'in' ? 'body' : 'other'
    }
    end = object.end
  }
  if (!of && ownerFromComplement && ownerFromComplement.kind !== 'person') of = ownerFromComplement.id
  // Premodifier actors (`the U.S. ambassador`) name the owner too.
  let keyFrom = t0
  while (keyFrom < headAt && ownerLike(ctx, keyFrom)) {
    const actor = ctx.actorAt(keyFrom)
    if (actor && actor.kind !== 'person') {
      of ??= actor.id
      owner ??= [actor.w0, actor.w1]
    }
    keyFrom++
  }
  // Without a complement after it, the gloss stays outside the phrase (`X, the hokim (governor), said`).
  if (gloss && end === gloss.end) end = j
  const keyTo = complementIsOwner ? headAt + 1 : end
  const role = makeRole(ctx, t0, end, keyFrom, rule, of, keyTo, end > j ? closeAt : -1)
  // The gloss translates the title: the key is the title's own (`hokim of x district`).
  if (role && gloss && end > gloss.end) {
    const key = roleKey(keyText(ctx, keyFrom, keyTo).replace(ctx.text.slice(gloss.open, gloss.close), ' '))
    if (key) role.key = key
  }
  return role ? { found: { role, owner, ownerAt }, end } : null
}

/** Longest bracketed gloss after a title (`(governor)`, `(district governor)`), in words. */
const MAX_GLOSS_WORDS = 3

/**
 * A bracketed gloss right after a title's head at word `j` (`hokim
 * (governor)`, `voivode (provincial governor)`): up to three words in
 * brackets, the last a title head or an occupation, and a word after the
 * closing bracket. Returns the word after the gloss and the character range
 * of the brackets (`open` at `(`, `close` after `)`), or `null`.
 */
function glossAfter(
  ctx: RoleContext,
  j: number,
  limit: number,
): { end: number; open: number; close: number } | null {
  const head = ctx.words[j - 1]
  const first = ctx.words[j]
  if (!head || !first || first.sentence !== head.sentence) return null
  const before = ctx.text.slice(head.end, first.start)
  if (!/^ ?\($/.test(before) || head.possessiveEnd >= 0) return null
  for (let g = j; g < Math.min(limit, j + MAX_GLOSS_WORDS); g++) {
    const w = ctx.words[g] as Word
    const next = ctx.words[g + 1]
    if (!next || next.sentence !== w.sentence) return null
    const after = ctx.text.slice(w.end, next.start)
    if (SPACES.test(after)) continue
    if (!/^\) +$/.test(after) || !isRoleHead(w, false)) return null
    return { end: g + 1, open: head.end + before.indexOf('('), close: w.end + 1 }
  }
  return null
}

/** Whether what follows a role phrase ending before word `b` lets it stand as an apposition. */
function phraseCloses(ctx: RoleContext, b: number): boolean {
  const last = ctx.words[b - 1]
  const next = ctx.words[b]
  if (!last) return false
  if (!next || next.sentence !== last.sentence) return true
  const between = ctx.text.slice(last.possessiveEnd >= 0 ? last.possessiveEnd : last.end, next.start)
  if (/^\s*[,;:.)—–(-]/.test(between)) return true
  if (!SPACES.test(between)) return false
  // `X, a nurse in Recife who…`, `…, speaking from the ward`.
  return (
    next.pos === 'ADP' || RELATIVE_WORDS.has(next.lower) || (next.pos === 'VERB' && /ing$/.test(next.lower))
  )
}

/**
 * Apposition after the name: `X, the country's finance minister, said`,
 * `X, 54, a former general`, `X, chief strategist at Orion Freight Partners,`,
 * `X, who is also Deputy Director in the Ministry of Water,`.
 *
 * @returns The role and whether an age was stated (`X, 54,`).
 */
export function appositionAfter(ctx: RoleContext, w1: number): { found: FoundRole | null; age: boolean } {
  const last = w1 - 1
  if (!COMMA.test(gap(ctx, last)) || ctx.words[w1]?.sentence !== ctx.words[last]?.sentence)
    return { found: null, age: false }
  let a = w1
  let age = false
  if (/^\d{1,3}$/.test(ctx.words[a]?.text ?? '') && COMMA.test(gap(ctx, a))) {
    age = true
    a++
  }
  if (ctx.words[a]?.lower === 'who') {
    let v = a + 1
    const verb = ctx.words[v]
    if (!verb || !(PREDICATIVE_VERBS.has(verb.lower) || /^(has|had)$/.test(verb.lower)))
      return { found: null, age }
    v++
    while (ROLE_ADVERBS.has(ctx.words[v]?.lower ?? '')) v++
    if (/^(has|had)$/.test(verb.lower)) {
      if (ctx.words[v]?.lower !== 'been') return { found: null, age }
      v++
    }
    const phrase = rolePhrase(ctx, v, 'predicative')
    return { found: phrase && phraseCloses(ctx, phrase.end) ? phrase.found : null, age }
  }
  const phrase = rolePhrase(ctx, a, 'apposition')
  return { found: phrase && phraseCloses(ctx, phrase.end) ? phrase.found : null, age }
}

/** An acronym as written in brackets after a title (`MCE`, `MuCE`, `D.C.E.`): two capitals or more, no spaces. */
const BRACKETED_ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&.-]{1,11}$/

/** A gap that opens or closes a bracketed gloss inside a title (`hokim (governor) of`). */
const GLOSS_GAP = /^ ?\($|^\) +$/

/** `), ` between a bracketed acronym and what follows it. */
const CLOSE_COMMA = /^\s*\)\s*,\s*$/

/**
 * Apposition before the name: `the country's finance minister, X, said`,
 * `The head of the Mbale water office, X,`, `Kenya's Cabinet Secretary
 * for Energy, Mines and Petroleum, X.` The phrase must reach the comma
 * before the name; the longest such phrase that opens with a determiner, a
 * possessor or a clause is taken. `w0` is the first word after the comma:
 * the name, or an honorific or rank before it (`the district chief
 * executive, Mrs X`). The title's acronym in brackets may stand before the
 * comma (`the Municipal Chief Executive (MuCE), X`); it stays out of the title.
 */
export function appositionBefore(ctx: RoleContext, w0: number, w1: number): FoundRole | null {
  let comma0 = w0 - 1
  if (comma0 < 0) return null
  // `… Executive (MuCE), X`: the phrase ends before the bracket.
  let bracketed = false
  if (
    CLOSE_COMMA.test(gap(ctx, comma0)) &&
    BRACKETED_ACRONYM.test(ctx.words[comma0]?.text ?? '') &&
    /^\s*\($/.test(gap(ctx, comma0 - 1))
  ) {
    bracketed = true
    comma0--
  } else if (!COMMA.test(gap(ctx, comma0))) return null
  const next = ctx.words[w1]
  const after = gap(ctx, w1 - 1)
  const lastWord = ctx.words[w1 - 1]
  const ends =
    COMMA.test(after) ||
    !next ||
    next.sentence !== lastWord?.sentence ||
    /^\s*[.;:)]/.test(after) ||
    (/^(said|says|told)$/.test(next.lower) && SPACES.test(after))
  if (!ends) return null
  let best: FoundRole | null = null
  const sentence = ctx.words[comma0]?.sentence
  for (let a = comma0; a >= 0 && comma0 - a < ctx.maxAppositionWords; a--) {
    const w = ctx.words[a]
    if (!w || w.sentence !== sentence) break
    // Only a list of portfolios may hold a comma inside the phrase; brackets only a gloss (`hokim (governor) of`).
    if (
      a < comma0 &&
      !joined(ctx, a) &&
      !(comma(ctx, a) && ctx.words[a + 1]?.cap) &&
      !GLOSS_GAP.test(gap(ctx, a))
    )
      break
    const opener = ctx.words[a - 1]
    const opens =
      !opener ||
      opener.sentence !== sentence ||
      !joined(ctx, a - 1) ||
      ROLE_DETERMINERS.has(w.lower) ||
      (ctx.actorAt(a)?.w0 === a && ctx.words[(ctx.actorAt(a)?.w1 ?? 0) - 1]?.possessiveEnd !== -1) ||
      (!opener.cap && pluralPossessor(ctx, a) > 0)
    if (!opens) continue
    if (!(ROLE_DETERMINERS.has(w.lower) || w.cap)) continue
    const phrase = rolePhrase(ctx, a, 'apposition')
    // A complement that takes the bracket in (`the head of the Sea Agency (SA), X`) ends after it.
    if (phrase && (phrase.end === comma0 + 1 || (bracketed && phrase.end === comma0 + 2))) best = phrase.found
    else if (
      phrase &&
      !best &&
      !bracketed &&
      /^(a|an)$/.test(w.lower) &&
      describingTail(ctx, phrase.end, comma0)
    )
      best = phrase.found
  }
  return best
}

/** Words that open a phrase describing where a person is or comes from (`a nurse in X`, `a trucker stranded at X`). */
const DESCRIBING_PREPOSITIONS = new Set([
  'in',
  'from',
  'at',
  'near',
  'on',
  'outside',
  'inside',
  'with',
  'based',
])

/**
 * Whether words `[b, comma0]` describe the person an indefinite role phrase
 * ending at `b` names (`A ward sister in X, Y,`, `A paramedic from X, Y,`,
 * `A trucker stranded at X, Y,`): a preposition or a past participle, then
 * joined words of the same sentence and no verb of its own. The role is the
 * phrase before; the description stays out of it.
 */
function describingTail(ctx: RoleContext, b: number, comma0: number): boolean {
  const first = ctx.words[b]
  if (!first || first.cap || b > comma0 || !joined(ctx, b - 1)) return false
  const participle = first.pos === 'VERB' && /ed$/.test(first.lower) && ctx.words[b + 1]?.pos === 'ADP'
  if (!DESCRIBING_PREPOSITIONS.has(first.lower) && !participle) return false
  for (let k = b + 1; k <= comma0; k++) {
    const w = ctx.words[k] as Word
    if (w.sentence !== first.sentence || (k < comma0 && !joined(ctx, k))) return false
    if (!w.cap && (w.pos === 'VERB' || w.pos === 'AUX' || RELATIVE_WORDS.has(w.lower))) return false
  }
  return true
}

/** Predicative: `X is the foreign minister`, `X was named foreign minister in 2021`. */
export function predicative(ctx: RoleContext, w1: number): FoundRole | null {
  const last = w1 - 1
  if (!spaced(ctx, last)) return null
  let a = w1
  const verb = ctx.words[a]
  if (!verb) return null
  if (!(PREDICATIVE_VERBS.has(verb.lower) || verb.lower === 'has' || verb.lower === 'had')) return null
  a++
  if (ctx.words[a]?.lower === 'been') a++
  while (ROLE_ADVERBS.has(ctx.words[a]?.lower ?? '')) a++
  if (APPOINTMENT_VERBS.has(ctx.words[a]?.lower ?? '')) {
    a++
    if (ctx.words[a]?.lower === 'as') a++
  } else if (verb.lower === 'has' || verb.lower === 'had') {
    return null
  }
  const phrase = rolePhrase(ctx, a, 'predicative')
  if (!phrase) return null
  const next = ctx.words[phrase.end]
  // The clause may go on (`foreign minister in 2021`, `… since May`).
  if (!phraseCloses(ctx, phrase.end) && !(next && /^(since|until|last|this|when|and|but)$/.test(next.lower)))
    return null
  return phrase.found
}

/**
 * A definite description that may stand for a person named before (`The
 * rail agency chief acknowledged…`, `…, the trade minister said`): `the`, a
 * qualified title (two words or more, no relational head such as
 * `counterpart`), at the start of a sentence before a verb, or next to a
 * speech verb, and not before a name.
 *
 * @returns The role and its words `[w0, w1)`, or `null`.
 */
export function descriptionRole(ctx: RoleContext, at: number): { role: Role; w0: number; w1: number } | null {
  const the = ctx.words[at]
  if (the?.lower !== 'the' || !spaced(ctx, at)) return null
  // Most `the` open no title: look for a head among the next words before parsing.
  let k = at + 1
  while (k < at + ctx.maxPremodifierWords && !isRoleHead(ctx.words[k], false) && spaced(ctx, k)) k++
  if (!isRoleHead(ctx.words[k], false)) return null
  const phrase = rolePhrase(ctx, at, 'description')
  if (!phrase) return null
  const { role } = phrase.found
  const w0 = ctx.words.findIndex((w, i) => i > at && w.start === role.start)
  const w1 = phrase.end
  const head = ctx.words.slice(w0, w1).find((w) => isRoleHead(w, false))
  if (w0 < 0 || !head || RELATIONAL_HEADS.has(bare(head)) || role.key.split(' ').length < 2) return null
  const next = ctx.words[w1]
  const prev = ctx.words[at - 1]
  const nextJoined = !!next && joined(ctx, w1 - 1)
  if (nextJoined && next.cap) return null
  const speechAfter = nextJoined && SPEECH_VERBS.has(next.lower)
  // `…," said the trade minister.`: the description ends the clause (not `said the judge had…`).
  const speechBefore = !!prev && joined(ctx, at - 1) && SPEECH_VERBS.has(prev.lower) && phraseEnds(ctx, w1)
  const subject = the.initial && nextJoined && /^(VERB|AUX)$/.test(next.pos)
  return speechAfter || speechBefore || subject ? { role, w0, w1 } : null
}

/** Whether punctuation or the sentence end follows the word before `b`. */
function phraseEnds(ctx: RoleContext, b: number): boolean {
  const last = ctx.words[b - 1]
  const next = ctx.words[b]
  if (!last) return false
  return (
    !next || next.sentence !== last.sentence || /^\s*[,;:.)—–]/.test(ctx.text.slice(last.end, next.start))
  )
}

/** The head of a role key: its last title or occupation word before a complement (`governor`, `chief`). */
export function roleHead(key: string): string {
  const tokens = key.split(' ')
  const cut = tokens.findIndex((t, i) => i > 0 && COMPLEMENT_PREPOSITIONS.has(t))
  const office = cut > 0 ? tokens.slice(0, cut) : tokens
  for (let i = office.length - 1; i >= 0; i--) {
    const t = office[i] ?? ''
    if (isTitleHead(t) || OCCUPATIONS.has(t)) return t
  }
  return office[office.length - 1] ?? ''
}

/**
 * Whether a description's head can name the office a person was given: the
 * same head (`vice president`), or a generic head (`chief`, `head`) for the
 * top office of a body (`rail agency chief` for its chair).
 */
export function headsAgree(a: string, b: string): boolean {
  if (a === b) return true
  return (GENERIC_HEADS.has(a) && TOP_OFFICES.has(b)) || (GENERIC_HEADS.has(b) && TOP_OFFICES.has(a))
}

/**
 * The role an honorific states (`Sen.` → senator), with the modifiers and
 * qualifiers before it kept in the title (`former Arkansas Gov.`,
 * `Wisconsin state Rep.`): words `[first, last]` are the honorifics.
 */
export function honorificRole(
  ctx: RoleContext,
  first: number,
  last: number,
  implied: string,
): FoundRole | null {
  let from = first
  while (from > 0 && spaced(ctx, from - 1)) {
    const w = ctx.words[from - 1]
    if (!w || w.cap || !TITLE_MODIFIERS.has(bare(w))) break
    from--
  }
  const q = qualify(ctx, from)
  const a = ctx.words[q.from]
  const b = ctx.words[last]
  if (!a || !b) return null
  const mods = ctx.words
    .slice(q.from, first)
    .filter((_, k) => !ownerLike(ctx, q.from + k))
    .map((w) => w.lower)
    .join(' ')
  const role: Role = {
    start: a.start,
    end: b.end,
    title: ctx.text.slice(a.start, b.end),
    key: roleKey(`${mods} ${implied}`),
    rule: 'honorific',
  }
  if (q.of) role.of = q.of
  return { role, owner: q.owner, ownerAt: 'qualifier' }
}
