/**
 * Titles and roles attached to a person, as the text states them:
 * premodifiers (`Japan's Defense Minister X`, `EU foreign policy chief X`,
 * `his Japanese counterpart X`), appositions (`X, the country's finance
 * minister,`; `X, 54, a former general,`) and predicatives (`X is the
 * foreign minister`, `X was named envoy`).
 */
import type { Role } from '../../../model/index.js'
import {
  APPOINTMENT_VERBS,
  COUNTRY_ANAPHORS,
  PORTFOLIO_FOLDS,
  PREDICATIVE_VERBS,
  RELATIONAL_HEADS,
  ROLE_DETERMINERS,
  ROLE_STOP_WORDS,
  SPELLING_FOLDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
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
  /** The country/organisation mention covering word `i`, if any. */
  actorAt(i: number): ActorAt | null
  /** The country of a nationality adjective ending at word `i` (`Japanese`), with its first word. */
  demonymAt(i: number): { id: string; w0: number } | null
  /** The last country mentioned before character `offset`, within the anaphor window. */
  countryBefore(offset: number, sentence: number): string | null
  maxPremodifierWords: number
  maxAppositionWords: number
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

function bare(word: Word | undefined): string {
  return (word?.lower ?? '').replace(/\.$/, '')
}

const PORTFOLIO_PATTERNS: [RegExp, string][] = Object.entries(PORTFOLIO_FOLDS).map(([from, to]) => [
  new RegExp(`\\b${from}\\b`, 'g'),
  to,
])

/**
 * Normalised key of a title: lower case, qualifiers and determiners gone,
 * spelling folded (`defence` → `defense`), portfolio phrases folded
 * (`minister of foreign affairs` → `foreign minister`).
 */
export function roleKey(title: string): string {
  let key = title
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !ROLE_DETERMINERS.has(w))
    .map((w) => SPELLING_FOLDS[w] ?? w)
    .join(' ')
  for (const [pattern, to] of PORTFOLIO_PATTERNS) key = key.replace(pattern, to)
  const portfolio =
    /^((?:(?:deputy|vice|former|acting|interim|junior|state) )*)(minister|ministry|secretary) (?:of|for) (.+)$/.exec(
      key,
    )
  if (portfolio && !/^state$|^state /.test(portfolio[3] ?? '')) {
    key = `${portfolio[1] ?? ''}${portfolio[3]} ${portfolio[2]}`
  }
  return key.replace(/\s+/g, ' ').trim()
}

function makeRole(
  ctx: RoleContext,
  from: number,
  to: number,
  keyFrom: number,
  rule: string,
  of: string | null,
  extraKeyText = '',
): Role | null {
  const first = ctx.words[from]
  const last = ctx.words[to - 1]
  const keyFirst = ctx.words[keyFrom]
  if (!first || !last || !keyFirst) return null
  const title = ctx.text.slice(first.start, last.end)
  const key = roleKey(ctx.text.slice(keyFirst.start, last.end) + extraKeyText)
  if (key === '') return null
  const role: Role = { start: first.start, end: last.end, title, key, rule }
  if (of) role.of = of
  return role
}

/**
 * Extend a role backwards over its qualifier: a country or organisation
 * written in front (`EU foreign policy chief`, kept in the title), a
 * nationality adjective (`Japanese counterpart`, kept), or a possessive
 * (`Japan's Defense Minister`: the owner, not part of the title).
 */
function qualify(ctx: RoleContext, first: number): { from: number; of: string | null; possessor: number } {
  const before = first - 1
  const prev = ctx.words[before]
  if (!prev) return { from: first, of: null, possessor: -1 }
  if (
    prev.possessiveEnd >= 0 &&
    SPACES.test(ctx.text.slice(prev.possessiveEnd, ctx.words[first]?.start ?? 0))
  ) {
    const actor = ctx.actorAt(before)
    if (actor && actor.kind !== 'person') return { from: first, of: actor.id, possessor: actor.w0 }
    return { from: first, of: null, possessor: before }
  }
  if (!spaced(ctx, before)) return { from: first, of: null, possessor: -1 }
  const actor = ctx.actorAt(before)
  if (actor && actor.kind !== 'person') return { from: actor.w0, of: actor.id, possessor: -1 }
  const demonym = ctx.demonymAt(before)
  if (demonym) return { from: demonym.w0, of: demonym.id, possessor: -1 }
  return { from: first, of: null, possessor: -1 }
}

/**
 * A capitalised title right before the name, found by the run parser
 * (`Defense Minister`, `Prime Minister`, `Minister`), with lower-case
 * modifiers before it (`former Prime Minister`) and its qualifier.
 */
export function capitalTitleRole(
  ctx: RoleContext,
  t0: number,
  t1: number,
  ofAfter: string | null,
): Role | null {
  let first = t0
  while (first > 0 && spaced(ctx, first - 1)) {
    const w = ctx.words[first - 1]
    if (!w || w.cap || !TITLE_MODIFIERS.has(bare(w))) break
    first--
  }
  const q = qualify(ctx, first)
  return makeRole(ctx, q.from, t1, first, 'premodifier', ofAfter ?? q.of)
}

/** A lower-case role phrase right before the name (`foreign policy chief X`, `his Japanese counterpart X`). */
export function lowerPremodifierRole(ctx: RoleContext, w0: number): Role | null {
  const head = ctx.words[w0 - 1]
  if (!head || head.cap || !spaced(ctx, w0 - 1) || !TITLE_HEADS.has(bare(head))) return null
  let first = w0 - 1
  while (first > 0 && w0 - first < ctx.maxPremodifierWords && spaced(ctx, first - 1)) {
    const w = ctx.words[first - 1]
    if (!w || w.cap || ROLE_STOP_WORDS.has(w.lower) || ROLE_DETERMINERS.has(w.lower)) break
    if (!/^(NOUN|ADJ|PROPN|NUM)$/.test(w.pos) && !TITLE_MODIFIERS.has(w.lower)) break
    first--
  }
  const q = qualify(ctx, first)
  const possessor = q.possessor >= 0 ? ctx.words[q.possessor] : ctx.words[q.from - 1]
  const relational = RELATIONAL_HEADS.has(bare(head))
  const pronoun =
    possessor &&
    /^(his|her|their|its)$/.test(possessor.lower) &&
    (q.possessor >= 0 || spaced(ctx, q.from - 1))
  const rule = bare(head).startsWith('counterpart')
    ? 'counterpart'
    : relational && pronoun
      ? 'relational'
      : 'premodifier'
  return makeRole(ctx, q.from, w0, first, rule, q.of)
}

/**
 * Parse a role noun phrase over words `[a, b)` (an apposition or a
 * predicative): determiner, possessor, modifiers, a title head, and an
 * optional `of`/`for`/`at` phrase naming the owner.
 */
function rolePhrase(ctx: RoleContext, a: number, b: number, rule: string): Role | null {
  let i = a
  let of: string | null = null
  while (
    i < b &&
    ROLE_DETERMINERS.has(ctx.words[i]?.lower ?? '') &&
    !/^(his|her|their|its)$/.test(ctx.words[i]?.lower ?? '')
  )
    i++
  // Possessor: `Nigeria's`, `the country's`, `the ministry's`, `his`.
  const actorFirst = ctx.actorAt(i)
  const possessorEnd = actorFirst ? actorFirst.w1 - 1 : i
  const possessorWord = ctx.words[possessorEnd]
  if (possessorWord && possessorWord.possessiveEnd >= 0 && possessorEnd < b - 1) {
    if (actorFirst && actorFirst.kind !== 'person') of = actorFirst.id
    else if (COUNTRY_ANAPHORS.has(possessorWord.lower))
      of = ctx.countryBefore(possessorWord.start, possessorWord.sentence)
    i = possessorEnd + 1
  } else if (/^(his|her|their|its)$/.test(ctx.words[i]?.lower ?? '')) {
    i++
  }
  if (i >= b) return null
  // The head is the last word before a preposition, or the last word.
  let headAt = b - 1
  for (let j = i; j < b; j++) {
    const lower = ctx.words[j]?.lower ?? ''
    if (j > i && /^(of|for|at|in|with|to|from|on)$/.test(lower)) {
      headAt = j - 1
      break
    }
    if (ROLE_STOP_WORDS.has(lower) || PREDICATIVE_VERBS.has(lower)) return null
  }
  if (!TITLE_HEADS.has(bare(ctx.words[headAt]))) return null
  // A following `of/for/at X` names the owner when X is an actor; otherwise it
  // is part of the title (`professor of economics`).
  let to = headAt + 1
  if (headAt + 1 < b) {
    let objectAt = headAt + 2
    if (ctx.words[objectAt]?.lower === 'the') objectAt++
    const owner = ctx.actorAt(objectAt)
    if (owner && owner.kind !== 'person' && owner.w1 >= b) of = of ?? owner.id
    else to = b
  }
  const q = qualify(ctx, i)
  const from = q.from < i && q.from >= a ? q.from : i
  return makeRole(ctx, from, to, i, rule, of ?? (q.from >= a ? q.of : null))
}

/** End (exclusive) of the phrase starting at word `a`: up to punctuation or the sentence end. */
function phraseEnd(ctx: RoleContext, a: number, max: number): number {
  let b = a
  const sentence = ctx.words[a]?.sentence
  while (b < ctx.words.length && b - a < max && ctx.words[b]?.sentence === sentence) {
    b++
    if (!joined(ctx, b - 1)) break
  }
  return b
}

/** Whether the phrase `[a, b)` is closed by a comma, a full stop or the sentence end. */
function closed(ctx: RoleContext, b: number): boolean {
  const last = ctx.words[b - 1]
  const next = ctx.words[b]
  if (!last) return false
  if (!next || next.sentence !== last.sentence) return true
  return /^\s*[,;.)—–-]/.test(ctx.text.slice(last.end, next.start))
}

/**
 * Apposition after the name: `X, the country's finance minister, said`,
 * `X, 54, a former general`, `X, spokesman for the ministry`.
 *
 * @returns The role and whether an age was stated (`X, 54,`).
 */
export function appositionAfter(ctx: RoleContext, w1: number): { role: Role | null; age: boolean } {
  const last = w1 - 1
  if (!COMMA.test(gap(ctx, last)) || ctx.words[w1]?.sentence !== ctx.words[last]?.sentence)
    return { role: null, age: false }
  let a = w1
  let age = false
  if (/^\d{1,3}$/.test(ctx.words[a]?.text ?? '') && COMMA.test(gap(ctx, a))) {
    age = true
    a++
  }
  if (ctx.words[a]?.lower === 'who') {
    const verb = ctx.words[a + 1]
    if (verb && PREDICATIVE_VERBS.has(verb.lower)) {
      const b = phraseEnd(ctx, a + 2, ctx.maxAppositionWords)
      return { role: closed(ctx, b) ? rolePhrase(ctx, a + 2, b, 'predicative') : null, age }
    }
    return { role: null, age }
  }
  const b = phraseEnd(ctx, a, ctx.maxAppositionWords)
  if (b <= a || !closed(ctx, b)) return { role: null, age }
  return { role: rolePhrase(ctx, a, b, 'apposition'), age }
}

/** Apposition before the name: `the country's finance minister, X, said`. */
export function appositionBefore(ctx: RoleContext, w0: number, w1: number): Role | null {
  const head = w0 - 1
  if (head < 0 || !COMMA.test(gap(ctx, head)) || !TITLE_HEADS.has(bare(ctx.words[head]))) return null
  const next = ctx.words[w1]
  const after = gap(ctx, w1 - 1)
  if (!(COMMA.test(after) || (next && /^(said|says|told)$/.test(next.lower) && SPACES.test(after))))
    return null
  let a = head
  while (a > 0 && head - a < ctx.maxAppositionWords && joined(ctx, a - 1)) {
    const w = ctx.words[a - 1]
    if (!w || (ROLE_STOP_WORDS.has(w.lower) && w.lower !== 'of' && w.lower !== 'for')) break
    a--
  }
  // The phrase must open a clause: sentence start or after punctuation.
  const opener = ctx.words[a - 1]
  if (opener && opener.sentence === ctx.words[a]?.sentence && joined(ctx, a - 1)) return null
  const first = ctx.words[a]
  if (!first || !(ROLE_DETERMINERS.has(first.lower) || first.cap)) return null
  return rolePhrase(ctx, a, head + 1, 'apposition')
}

/** Predicative: `X is the foreign minister`, `X was named foreign minister`. */
export function predicative(ctx: RoleContext, w1: number): Role | null {
  const last = w1 - 1
  if (!spaced(ctx, last) && ctx.words[last]?.possessiveEnd === -1) return null
  let a = w1
  const verb = ctx.words[a]
  if (!verb || !spaced(ctx, last)) return null
  if (PREDICATIVE_VERBS.has(verb.lower) || verb.lower === 'has' || verb.lower === 'had') {
    a++
    if (ctx.words[a]?.lower === 'been') a++
    if (APPOINTMENT_VERBS.has(ctx.words[a]?.lower ?? '')) {
      a++
      if (ctx.words[a]?.lower === 'as') a++
    } else if (verb.lower === 'has' || verb.lower === 'had') {
      return null
    }
  } else return null
  const b = phraseEnd(ctx, a, ctx.maxAppositionWords)
  if (b <= a) return null
  // The phrase may go on (`foreign minister in 2021`): cut at the first stop word after the head.
  let end = b
  for (let j = a + 1; j < b; j++) {
    const lower = ctx.words[j]?.lower ?? ''
    if (/^(in|on|since|after|before|last|this|by|when|and|but|until)$/.test(lower)) {
      end = j
      break
    }
  }
  if (end === b && !closed(ctx, b)) return null
  return rolePhrase(ctx, a, end, 'predicative')
}
