/**
 * Proper-noun runs and their parts. A run is a stretch of capitalised words
 * (with the lower-case connectors names contain: `Bank of Japan`,
 * `Mohammed bin Salman`) inside one sentence with no punctuation between the
 * words. Each run is cut into pieces: gazetteer entities, nationality
 * adjectives, titles, honorifics, named organisations/places/things found by
 * their last word, and the remaining unknown words, which become name chunks.
 */
import type { Gazetteer } from './gazetteer.js'
import { acronymKey } from './gazetteer.js'
import { isTitleHead } from './roles.js'
import {
  ETHNONYMS,
  HONORIFICS,
  HYPHEN_ADJECTIVE_ENDS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NEVER_NAMES,
  NON_ACTOR_HEADS,
  NON_ACTOR_SUFFIXES,
  ORG_HEADS_OF,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  SPEECH_ADVERBS,
  SPEECH_VERBS,
  TITLE_BODIES,
  TITLE_MODIFIERS,
} from './tables.js'
import type { Word } from './words.js'

/** Kind of a piece of a run. */
export type PieceType =
  | 'gaz'
  | 'demonym'
  | 'title'
  | 'honorific'
  | 'unknown'
  | 'connector'
  | 'skip'
  | 'org'
  | 'place'
  | 'nonactor'

/** A piece of a run. `w0`/`w1` index words; `start`/`end` index the text (a piece may be part of a hyphenated word). */
export interface Piece {
  type: PieceType
  w0: number
  w1: number
  start: number
  end: number
  /** Gazetteer entry (for `gaz`, `demonym`). */
  entry: number
  /** Why the piece is what it is. */
  rule: string
}

/** What the run parser needs. */
export interface RunContext {
  text: string
  words: Word[]
  gazetteer: Gazetteer
}

/** Whether only spaces separate word `i` and word `i + 1`. */
export function tight(ctx: RunContext, i: number): boolean {
  const a = ctx.words[i]
  const b = ctx.words[i + 1]
  if (!a || !b || a.sentence !== b.sentence) return false
  let from = a.end
  if (a.possessiveEnd >= 0) {
    // A plural possessive inside a name: `Garment Workers' Alliance`, `Teachers' Union`.
    if (a.possessiveEnd !== a.end + 1 || !/s$/i.test(a.text) || suffixKind(b) === null) return false
    from = a.possessiveEnd
  }
  for (let c = from; c < b.start; c++) {
    const ch = ctx.text.charCodeAt(c)
    if (ch !== 32 && ch !== 160) return false
  }
  return true
}

/** Runs of capitalised words: `[start, end)` word ranges. */
export function findRuns(ctx: RunContext): [number, number][] {
  const { words } = ctx
  const runs: [number, number][] = []
  let i = 0
  while (i < words.length) {
    if (!words[i]?.cap) {
      i++
      continue
    }
    let j = i + 1
    while (j < words.length && tight(ctx, j - 1)) {
      const w = words[j]
      if (!w) break
      if (w.cap) {
        j++
        continue
      }
      // A connector stays only between two capitalised words.
      if (NAME_CONNECTORS.has(w.lower) && words[j + 1]?.cap && tight(ctx, j)) {
        // `the` only after `of` (`Bank of the South`), never `Japan and the EU`.
        if (w.lower === 'the' && words[j - 1]?.lower !== 'of') break
        j++
        continue
      }
      break
    }
    runs.push([i, j])
    i = j
  }
  return runs
}

/** Connectors after which a name starts when one sentence-opening word stands before them. */
const SPLIT_CONNECTORS: ReadonlySet<string> = new Set(['on', 'for'])

/** Longest gazetteer match starting at word `k` (ending before `b`): `[length, entry, isDemonym]`. */
function matchGazetteer(ctx: RunContext, k: number, b: number): [number, number, boolean] | null {
  const { words, gazetteer } = ctx
  const first = words[k]
  if (!first) return null
  let key = ''
  let best: [number, number, boolean] | null = null
  for (let j = k; j < b && j - k < gazetteer.maxWords; j++) {
    const w = words[j]
    if (!w) break
    key = j === k ? w.key : `${key} ${w.key}`
    if (!w.cap) continue // a match never ends on a connector
    if (j === k) {
      const acronym = acronymKey(w.text)
      if (acronym && !/[a-z]/.test(w.text)) {
        const at = gazetteer.acronyms.get(acronym)
        if (at !== undefined) best = [1, at, false]
        const dem = gazetteer.demonyms.get(acronym)
        if (at === undefined && dem !== undefined) best = [1, dem, true]
        if (best) continue
      }
    }
    const at = gazetteer.byKey.get(key)
    if (at !== undefined) best = [j - k + 1, at, false]
    else {
      const dem = gazetteer.demonyms.get(key)
      if (dem !== undefined) best = [j - k + 1, dem, true]
    }
  }
  return best
}

/** Length of a title phrase at word `k` (`Defense Minister`, `Secretary of State`), or 0. */
function matchTitle(ctx: RunContext, k: number, b: number): number {
  const { words } = ctx
  let lastHead = -1
  let j = k
  while (j < b) {
    const w = words[j]
    if (!w?.cap) break
    const lower = w.lower.replace(/\.$/, '')
    if (isTitleHead(lower)) lastHead = j
    else if (!TITLE_MODIFIERS.has(lower)) break
    j++
  }
  if (lastHead < 0) return 0
  let end = lastHead + 1
  // `Minister of Foreign Affairs`, `Secretary of State`: an `of`/`for` portfolio.
  const conn = words[end]
  // A coordinated portfolio: `Minister for Water and Sanitation`.
  if (conn && (conn.lower === 'of' || conn.lower === 'for') && end < b) {
    let m = end + 1
    while (m < b) {
      const w = words[m]
      if (w?.cap && TITLE_MODIFIERS.has(w.lower)) m++
      else if (
        (w?.lower === 'and' || w?.lower === '&') &&
        m > end + 1 &&
        TITLE_MODIFIERS.has(words[m + 1]?.lower ?? '') &&
        m + 1 < b
      )
        m++
      else break
    }
    if (m > end + 1) end = m
    else {
      // `Member of Parliament`, `Member of the National Assembly`: the body ends the title.
      m = end + 1
      if (words[m]?.lower === 'the') m++
      while (m < b && words[m]?.cap && TITLE_MODIFIERS.has(words[m]?.lower ?? '')) m++
      if (m < b && words[m]?.cap && TITLE_BODIES.has(words[m]?.lower ?? '')) end = m + 1
    }
  }
  return end - k
}

function piece(type: PieceType, w0: number, w1: number, ctx: RunContext, rule: string, entry = -1): Piece {
  return {
    type,
    w0,
    w1,
    start: ctx.words[w0]?.start ?? 0,
    end: ctx.words[w1 - 1]?.end ?? 0,
    entry,
    rule,
  }
}

/**
 * Gazetteer matches inside a hyphenated word (`EU-Japan`, `NATO-like`,
 * `Japan-based`): used only when every capitalised part matches, so that a
 * hyphenated surname (`Smith-Jordan`) is left alone.
 */
function matchParts(ctx: RunContext, k: number): Piece[] {
  const w = ctx.words[k]
  if (!w?.parts) return []
  const out: Piece[] = []
  for (const part of w.parts) {
    if (!/^\p{Lu}/u.test(part.text)) continue
    const acronym = acronymKey(part.text)
    const key = part.text.toLowerCase()
    const at =
      (acronym && !/[a-z]/.test(part.text) ? ctx.gazetteer.acronyms.get(acronym) : undefined) ??
      ctx.gazetteer.byKey.get(key)
    if (at === undefined) return []
    out.push({
      type: 'gaz',
      w0: k,
      w1: k + 1,
      start: part.start,
      end: part.end,
      entry: at,
      rule: 'gazetteer',
    })
  }
  return out
}

/** Which table a suffix word belongs to, if any. */
function suffixKind(word: Word | undefined): 'org' | 'place' | 'nonactor' | null {
  if (!word?.cap) return null
  const lower = word.lower.replace(/\.$/, '')
  if (NON_ACTOR_SUFFIXES.has(lower)) return 'nonactor'
  if (ORG_SUFFIXES.has(lower) || ORG_SUFFIXES.has(word.lower)) return 'org'
  if (PLACE_SUFFIXES.has(lower)) return 'place'
  return null
}

/** Cut run `[a, b)` into pieces. `headline` marks a headline-case sentence. */
export function parseRun(ctx: RunContext, a: number, b: number, headline: boolean): Piece[] {
  const { words } = ctx
  const pieces: Piece[] = []
  let k = a
  while (k < b) {
    const w = words[k]
    if (!w) break
    if (!w.cap) {
      pieces.push(piece('connector', k, k + 1, ctx, 'connector'))
      k++
      continue
    }
    const gaz = matchGazetteer(ctx, k, b)
    // A capitalised word at the start of a sentence (or anywhere in a headline)
    // is only a name when wink tags it as one or a table knows it.
    const lowerBare = w.lower.replace(/\.$/, '')
    const known =
      gaz !== null || isTitleHead(lowerBare) || TITLE_MODIFIERS.has(lowerBare) || HONORIFICS.has(w.lower)
    if ((w.initial || headline) && w.pos !== 'PROPN' && !known && !w.allCaps) {
      pieces.push(piece('skip', k, k + 1, ctx, 'sentence-initial'))
      k++
      continue
    }
    if (gaz) {
      const [length, entry, demonym] = gaz
      // A lone capitalised word that wink does not see as a proper noun at the
      // start of a sentence (`Turkey`, `Chad`) is too ambiguous.
      const ambiguous =
        (length === 1 && (w.initial || headline) && w.pos !== 'PROPN' && !w.allCaps) ||
        // A country code that is also an outlet word ends a name: `Coastline FM`, `Metro TV`.
        (length === 1 &&
          w.allCaps &&
          !(k + 1 < b && words[k + 1]?.cap) &&
          pieces[pieces.length - 1]?.type === 'unknown' &&
          suffixKind(w) === 'org')
      // After `Mr.`/`Dr.` a place is a surname (`Mr. Rhodes`); an adjective of
      // nationality right before a speech verb is a surname too (`Cuban said`).
      const surname =
        ctx.gazetteer.entries[entry]?.actor.kind !== 'person' &&
        (pieces[pieces.length - 1]?.type === 'honorific' ||
          (demonym && length === 1 && !w.allCaps && speechVerbAfter(ctx.text, words, k + 1)) ||
          (demonym && length === 1 && demonymSurname(ctx, pieces, k, b)))
      if (!ambiguous && !surname) {
        pieces.push(
          piece(demonym ? 'demonym' : 'gaz', k, k + length, ctx, demonym ? 'demonym' : 'gazetteer', entry),
        )
        k += length
        continue
      }
    }
    const parts = matchParts(ctx, k)
    if (parts.length > 0) {
      pieces.push(...parts)
      k++
      continue
    }
    // `Cuernavaca-based`, `El Paso-based`: an adjective, never part of a name.
    if (hyphenAdjective(w)) {
      for (let r = pieces.length - 1; r >= 0 && pieces[r]?.type === 'unknown'; r--)
        Object.assign(pieces[r] as Piece, { type: 'skip', rule: 'hyphen-adjective' })
      pieces.push(piece('skip', k, k + 1, ctx, 'hyphen-adjective'))
      k++
      continue
    }
    const title = matchTitle(ctx, k, b)
    // A title that ends the run in an organisation word names no one: `Coastline FM`.
    const nameAfter = k + title < b && words[k + title]?.cap === true
    if (title > 0 && (nameAfter || suffixKind(words[k + title - 1]) !== 'org')) {
      pieces.push(piece('title', k, k + title, ctx, 'title'))
      k += title
      continue
    }
    if (HONORIFICS.has(w.lower) && k + 1 < b) {
      pieces.push(piece('honorific', k, k + 1, ctx, 'honorific'))
      k++
      continue
    }
    pieces.push(piece('unknown', k, k + 1, ctx, 'unknown'))
    k++
  }
  return mergeNamed(ctx, pieces, headline)
}

/**
 * Merge runs of pieces that end in an organisation, place or thing word
 * (`Japan Coast Guard`, `Osei Guest House`, `Andean Water Sharing
 * Agreement`), open with an `X of Y` head (`Bank of Japan`) or a place word
 * (`Fort Myers`). Two names joined by `and` stay two (`Fort Myers and West
 * Palm Beach`, `Lagos Port Authority and Kenya Ports Authority`); one name
 * may hold `and` (`Sand and Sea Research Institute`).
 */
function mergeNamed(ctx: RunContext, pieces: Piece[], headline: boolean): Piece[] {
  const out: Piece[] = []
  let p = 0
  // A part of a hyphenated word (`Accra` in `Accra-based`) is never part of a longer name.
  const whole = (x: Piece) => ctx.words[x.w0]?.start === x.start && ctx.words[x.w1 - 1]?.end === x.end
  const mergeable = (x: Piece | undefined) =>
    x !== undefined &&
    whole(x) &&
    (x.type === 'unknown' ||
      x.type === 'demonym' ||
      x.type === 'connector' ||
      (x.type === 'gaz' && !(ctx.gazetteer.entries[x.entry]?.actor.kind === 'person')))
  while (p < pieces.length) {
    const start = pieces[p]
    if (!start || start.type === 'connector' || !mergeable(start)) {
      if (start) out.push(start)
      p++
      continue
    }
    let q = p
    while (q + 1 < pieces.length && mergeable(pieces[q + 1]) && pieces[q + 1]?.w0 !== pieces[q]?.w0) q++
    let from = p
    for (let r = p + 1; r < q; r++) {
      const x = pieces[r] as Piece
      if (x.type !== 'connector' || !/^(and|&)$/.test(ctx.words[x.w0]?.lower ?? '')) continue
      if (!splitsAt(ctx, pieces, from, r, q)) continue
      out.push(...mergeSegment(ctx, pieces, from, r - 1, headline), x)
      from = r + 1
    }
    out.push(...mergeSegment(ctx, pieces, from, q, headline))
    p = q + 1
  }
  return out
}

/** Capitalised words after a suffix word that still belong to the name (`Veterans Memorial`). */
const MAX_TAIL_WORDS = 2

/** A capitalised noun that may continue a name after its suffix word (not a number: `Air Force One`). */
function tailWord(ctx: RunContext, x: Piece | undefined): boolean {
  const w = x?.type === 'unknown' ? ctx.words[x.w0] : undefined
  if (!w || !(w.pos === 'PROPN' || w.pos === 'NOUN')) return false
  // Not a day or a party (`… College Saturday`, `House Republicans`).
  return !NEVER_NAMES.has(w.lower)
}

/** Capitalised words in pieces `[a, b]` (connectors not counted). */
function wordsIn(pieces: Piece[], a: number, b: number): number {
  let n = 0
  for (let r = a; r <= b; r++) {
    const x = pieces[r]
    if (x && x.type !== 'connector') n += x.w1 - x.w0
  }
  return n
}

/**
 * Whether the `and` at piece `r` joins two names rather than sitting inside
 * one: the part before it is complete (it ends in a suffix word), or both
 * parts are long (two words or more before, two before the suffix after).
 */
function splitsAt(ctx: RunContext, pieces: Piece[], a: number, r: number, q: number): boolean {
  const left = pieces[r - 1]
  if (left?.type === 'unknown' && suffixKind(ctx.words[left.w0]) !== null) return true
  // A known organisation before `and` is complete (`Associated Press and Television Networks`).
  if (left?.type === 'gaz' && ctx.gazetteer.entries[left.entry]?.actor.kind === 'organization') return true
  let suffix = -1
  for (let t = r + 1; t <= q; t++) {
    const x = pieces[t]
    if (x?.type === 'unknown' && suffixKind(ctx.words[x.w0])) suffix = t
  }
  return suffix > r && wordsIn(pieces, a, r - 1) >= 2 && wordsIn(pieces, r + 1, suffix - 1) >= 2
}

/** Merge pieces `[p, q]` (a mergeable stretch) into a named organisation, place or thing where their words say so. */
function mergeSegment(ctx: RunContext, pieces: Piece[], p: number, q: number, headline: boolean): Piece[] {
  const { words } = ctx
  const out: Piece[] = []
  while (p <= q && pieces[p]?.type === 'connector') out.push(pieces[p++] as Piece)
  const start = pieces[p]
  if (!start) return out
  // Find the last suffix word, or an `X of Y` head, inside [p, q].
  let end = -1
  let kind: 'org' | 'place' | 'nonactor' | null = null
  let viaOf = false
  let inner = false
  for (let r = p; r <= q; r++) {
    const x = pieces[r]
    if (x?.type !== 'unknown') continue
    const w = words[x.w0]
    const found = suffixKind(w)
    if (found) {
      end = r
      kind = found
    }
    const next = pieces[r + 1]
    if (
      w &&
      ORG_HEADS_OF.has(w.lower) &&
      next?.type === 'connector' &&
      words[next.w0]?.lower === 'of' &&
      r + 2 <= q
    ) {
      end = q
      kind = 'org'
      viaOf = true
      while (pieces[end]?.type === 'connector') end--
      break
    }
  }
  const first = words[start.w0]
  if (first && NON_ACTOR_HEADS.has(first.lower) && start.type === 'unknown') {
    end = q
    kind = 'nonactor'
  }
  // Capitalised words right after the suffix word belong to the name (`Santa
  // Clarita Valley Veterans Memorial`, `Orwell Bulk Terminals`); not in a
  // headline, where every word is capitalised.
  if (kind && kind !== 'nonactor' && !viaOf && end >= p && !headline) {
    let tail = end
    while (tail < q && tail - end < MAX_TAIL_WORDS && tailWord(ctx, pieces[tail + 1])) tail++
    // The tail must end the name: more name words after it are someone's name (`Navy SEAL Chris Kyle`).
    if (tail > end && (tail === q || pieces[tail + 1]?.type !== 'unknown')) {
      end = tail
      inner = true
    }
  }
  const last = end >= 0 ? pieces[end] : undefined
  // A lone `Congress` after `Republican-controlled` is named by the adjective: it stays a name.
  const described = hyphenAdjective(words[start.w0 - 1]) && start.w0 > 0 && tight(ctx, start.w0 - 1)
  if (!kind || !last || (end === p && start.type === 'unknown' && !described)) {
    // `Fort Myers`, `Port Harcourt`: a place word opening a short name.
    const n = wordsIn(pieces, p, q)
    const lead = start.type === 'unknown' && PLACE_PREFIXES.has(first?.lower ?? '')
    const plain = pieces.slice(p, q + 1).every((x) => x.type === 'unknown')
    if (lead && plain && n >= 2 && n <= 3) {
      const lastPiece = pieces[q] as Piece
      out.push({ ...start, type: 'place', w1: lastPiece.w1, end: lastPiece.end, rule: 'place-prefix' })
      return out
    }
    // `Laboratorios Quetzal`, `Grupo Andino`: an organisation word that opens a name in its language.
    const orgLead = start.type === 'unknown' && ORG_PREFIXES.has(first?.lower ?? '')
    if (orgLead && n >= 2 && n <= 4 && pieces.slice(p, q + 1).every((x) => x.type !== 'gaz' || x === start)) {
      const lastPiece = pieces[q] as Piece
      out.push({ ...start, type: 'org', w1: lastPiece.w1, end: lastPiece.end, rule: 'org-prefix' })
      return out
    }
    // Nothing named here (or a lone `Ministry`): keep the pieces as they are.
    out.push(...pieces.slice(p, q + 1))
    return out
  }
  // `Robert Gordon of Northwestern University`: the name starts after an `of`
  // when nothing before it is an organisation or place word; after `on`/`for`
  // only when one word opening the sentence stands before it (`Passengers on
  // Baltline Airways`), whose capital says nothing.
  let from = p
  if (!viaOf) {
    for (let r = end - 1; r > p; r--) {
      const x = pieces[r]
      const connector = x?.type === 'connector' ? (words[x.w0]?.lower ?? '') : ''
      const opening = r === p + 1 && words[start.w0]?.initial === true
      if (connector !== 'of' && !(opening && SPLIT_CONNECTORS.has(connector))) continue
      const headBefore = pieces
        .slice(p, r)
        .some(
          (y) =>
            y.type === 'unknown' && (suffixKind(words[y.w0]) || ORG_HEADS_OF.has(words[y.w0]?.lower ?? '')),
        )
      if (!headBefore && pieces[r + 1]?.type !== 'connector') {
        out.push(...pieces.slice(p, r + 1))
        from = r + 1
      }
      break
    }
  }
  const head = pieces[from] as Piece
  out.push({
    type: kind,
    w0: head.w0,
    w1: last.w1,
    start: head.start,
    end: last.end,
    entry: -1,
    rule:
      kind === 'nonactor'
        ? 'non-actor'
        : viaOf
          ? 'org-of'
          : inner
            ? `${kind}-inner-suffix`
            : `${kind}-suffix`,
  })
  // An agreement or a war names its parties: keep their mentions inside.
  if (kind === 'nonactor')
    for (let r = from; r <= end; r++) if (pieces[r]?.type === 'gaz') out.push(pieces[r] as Piece)
  out.push(...pieces.slice(end + 1, q + 1))
  return out
}

/** Whether a word is a hyphenated adjective (`Cuernavaca-based`, `Republican-led`). */
function hyphenAdjective(word: Word | undefined): boolean {
  const tail = word?.parts?.[word.parts.length - 1]?.text.toLowerCase()
  return tail !== undefined && HYPHEN_ADJECTIVE_ENDS.has(tail)
}

/**
 * Whether the nationality adjective at word `k` is a surname (`said Dorin
 * Albanian, a fitter`): it ends the run (which ends before word `b`) right
 * after one or two unknown name words, the last tagged as a proper noun,
 * and qualifies nothing after it (the sentence ends, punctuation follows,
 * or a word that is no noun or adjective: `Albanian police` keeps its
 * adjective). A people or faith (`Muslim American`) or an article before
 * the pair (`a fellow Asian Indian`) makes no name.
 */
function demonymSurname(ctx: RunContext, pieces: Piece[], k: number, b: number): boolean {
  const { words } = ctx
  const w = words[k]
  const prev = pieces[pieces.length - 1]
  const given = words[k - 1]
  if (!w || w.allCaps || k + 1 !== b || prev?.type !== 'unknown' || prev.w1 !== k || !given) return false
  if (given.pos !== 'PROPN' || given.allCaps || NEVER_NAMES.has(given.lower) || given.possessiveEnd >= 0)
    return false
  // `a Muslim American`, `fellow Asian Indian`: a people, not a name.
  if (ETHNONYMS.has(given.lower) || /^(a|an|the|fellow)$/.test(words[k - 2]?.lower ?? '')) return false
  // A name of one or two words before it, not the end of a longer run.
  if (pieces[pieces.length - 2]?.type === 'unknown' && pieces[pieces.length - 3]?.type === 'unknown')
    return false
  if (w.possessiveEnd >= 0) return true
  const next = words[k + 1]
  if (!next || next.sentence !== w.sentence) return true
  if (!/^ +$/.test(ctx.text.slice(w.end, next.start))) return true
  return !/^(NOUN|ADJ|PROPN|NUM)$/.test(next.pos)
}

/** Whether a lower-case word may sit inside a person's name (`bin`, `van`, `de`). */
export function isParticle(word: Word | undefined): boolean {
  return word !== undefined && !word.cap && NAME_PARTICLES.has(word.lower)
}

/** A speech verb right after word `i - 1`, with at most one adverb between (`Cuban also complained`). */
export function speechVerbAfter(text: string, words: Word[], i: number): boolean {
  const before = words[i - 1]
  let next = words[i]
  if (!before || !next || before.possessiveEnd >= 0 || next.sentence !== before.sentence) return false
  if (!/^\s+$/.test(text.slice(before.end, next.start))) return false
  if (SPEECH_ADVERBS.has(next.lower) || (next.pos === 'ADV' && /ly$/.test(next.lower))) {
    const after = words[i + 1]
    if (!after || after.sentence !== next.sentence || !/^\s+$/.test(text.slice(next.end, after.start)))
      return false
    next = after
  }
  return SPEECH_VERBS.has(next.lower) && next.lower !== 'according'
}
