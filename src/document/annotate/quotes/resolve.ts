/**
 * From a speaker phrase to a `Speaker`: mentions link to their actor,
 * pronouns and definite descriptions ("the minister") are resolved to an
 * earlier person, and other descriptions keep their words.
 */
import type { Actor, Mention, Span, Speaker } from '../../../model/index.js'
import { type Candidate, isGroupNoun, type Reader } from './reader.js'
import { GENDERED_TITLES, SPEAKER_PRONOUNS } from './tables.js'
import { firstTokenAtOrAfter } from './tokens.js'

/** A resolved speaker and the mention it was resolved to (`null` for descriptors and bare names). */
export interface Resolved {
  speaker: Speaker
  mention: Mention | null
}

/** What a pronoun stands for: a mention, or a description of one person ("the mayor-elect"). */
export type Referent = { m: Mention; how: string } | { d: Candidate & { kind: 'descriptor' }; how: string }

/** The last attributed quote, for pronouns and consecutive quote paragraphs. */
export interface LastSpeaker extends Resolved {
  sentence: number
  block: number
}

export class Resolver {
  /** Gender stated by a title somewhere in the article, by actor id. */
  /** Built on first use: most articles resolve no he/she. */
  private gender: Map<string, 'male' | 'female'> | null = null
  /** Person actors whose name is a shorter form of another person's in the article, by id. Built on first use. */
  private fuller: Map<string, Actor> | null = null
  last: LastSpeaker | null = null

  constructor(
    private readonly reader: Reader,
    /** How many sentences back a referent may be. */
    private readonly window: number,
  ) {}

  /** Whether mention `m` can be what pronoun `word` stands for. */
  fits(word: string, m: Mention): boolean {
    const p = SPEAKER_PRONOUNS[word]
    if (!p || this.reader.notNames.has(m)) return false
    if (word === 'he' || word === 'she') {
      if (m.actor.kind !== 'person') return false
      this.gender ??= genderByActor(this.reader.text, this.reader.mentions)
      const g = this.gender.get(m.actor.id)
      return !g || g === p.gender
    }
    return m.actor.kind === 'organization' || m.actor.kind === 'country'
  }

  /**
   * Resolve a pronoun at token `at`, in this order: an earlier subject in the
   * same sentence; the subject of the previous sentence, then the subject of
   * a later coordinated clause of it; the previous quote's
   * speaker; the nearest fitting mention before it, outside quotes. "It" and
   * "they" stop after the subjects: they stand for bodies and documents too
   * often to guess further.
   */
  pronoun(word: string, at: number): Referent | null {
    const r = this.reader
    const s = r.tokens[at]!.sentence
    const low = Math.max(0, s - this.window)
    const same = this.subjectReferent(word, r.sentenceSubject(s, at), at, 'same-sentence-subject')
    if (same) return same
    // The previous sentence of the reporter's: sentences wholly inside quotes
    // (the first half of the very quote being attributed) are skipped.
    const sentences = r.segmentation.sentences
    let p = s - 1
    while (p >= 0 && !r.hasFreeWord(p)) p--
    if (p >= 0 && sentences[p]!.block >= sentences[s]!.block - 1) {
      const prev = this.subjectReferent(word, r.sentenceSubject(p), at, 'previous-subject')
      if (prev) return prev
      // "The bureau expects a change, but forecaster Ana Ruiz warned …" ⏎
      // "“…,” she said": the subject of a later clause of that sentence.
      for (const subject of r.clauseSubjects(p)) {
        const clause = this.subjectReferent(word, subject, at, 'previous-clause-subject')
        if (clause) return clause
      }
    }
    if (word === 'it' || word === 'they') return null
    const last = this.last
    if (last?.mention && last.sentence >= low && this.fits(word, last.mention)) {
      return { m: last.mention, how: 'previous-speaker' }
    }
    for (let i = at - 1; i >= 0 && r.tokens[i]!.sentence >= low; i--) {
      const mi = r.mentionOfToken[i]!
      if (mi < 0 || !r.free(i)) continue
      const m = r.mentions[mi]!
      if (this.fits(word, m)) return { m, how: 'nearest' }
      i = r.firstTokenOfMention(mi, i)
    }
    return null
  }

  /**
   * What a subject gives pronoun `word`: a fitting mention; for he/she, a
   * description of one person: a definite one ("The mayor-elect arrived …
   * “…,” she said") resolved to the person with that role, an indefinite
   * one ("A court official watched …") as itself.
   */
  private subjectReferent(word: string, subject: Candidate | null, at: number, how: string): Referent | null {
    if (subject?.kind === 'mention')
      return this.fits(word, subject.mention) ? { m: subject.mention, how } : null
    if (subject?.kind !== 'descriptor' || !subject.person || isGroupNoun(subject.head)) return null
    if (word !== 'he' && word !== 'she') return null
    // A definite description points back to someone ("the candidate"): when no
    // person has the role, the later steps look for them. An indefinite one
    // ("a court official") brings in someone new: it is the referent.
    if (!subject.definite) return { d: subject, how }
    const m = this.definite(subject.head, at)
    return m ? { m, how: `${how}+descriptor` } : null
  }

  /** The actor a mention names: a person named in short ("Ana Ruiz") as the fuller name of the article ("Ana María Ruiz"). */
  actorOf(m: Mention): { actor: Actor; fuller: boolean } {
    if (m.actor.kind !== 'person') return { actor: m.actor, fuller: false }
    this.fuller ??= fullerNames(this.reader.mentions)
    const full = this.fuller.get(m.actor.id)
    return full ? { actor: full, fuller: true } : { actor: m.actor, fuller: false }
  }

  /**
   * "the minister" → the earlier person whose stated role or title has that
   * word, at any of the person's mentions before `at` (role, title before
   * the name, predicate): a bare surname ("According to Arvas, …") stands
   * for the role stated with the full name further up. Like a pronoun, the
   * nearest wins: a person in the same sentence or the previous one of the
   * reporter's; else one in the `pronounWindow` sentences. Two people who
   * fit at the same distance ("Minister A met Minister B. “…,” the minister
   * said"), or none, leave the description unresolved.
   */
  definite(head: string, at: number): Mention | null {
    const r = this.reader
    const s = r.tokens[at]!.sentence
    const low = Math.max(0, s - this.window)
    let prev = s - 1
    while (prev >= 0 && !r.hasFreeWord(prev)) prev--
    const word = new RegExp(`\\b${head.replace(/[^\p{L}]/gu, '')}\\b`, 'iu')
    /** The nearest fitting mention of each person, nearest first, for the near and the far sentences. */
    const near = new Map<string, Mention>()
    const far = new Map<string, Mention>()
    const checked = new Map<string, boolean>()
    for (let i = at - 1; i >= 0 && r.tokens[i]!.sentence >= low; i--) {
      const mi = r.mentionOfToken[i]!
      if (mi < 0) continue
      const m = r.mentions[mi]!
      i = r.firstTokenOfMention(mi, i)
      if (m.actor.kind !== 'person' || r.notNames.has(m)) continue
      const id = this.actorOf(m).actor.id
      let fits = checked.get(id)
      if (fits === undefined) {
        fits = this.rolesOf(id, r.tokens[at]!.start).some((role) => word.test(role))
        checked.set(id, fits)
      }
      if (!fits) continue
      const tier = r.tokens[i]!.sentence >= prev ? near : far
      if (!tier.has(id) && !near.has(id)) tier.set(id, m)
    }
    if (near.size > 0) return near.size === 1 ? [...near.values()][0]! : null
    return far.size === 1 ? [...far.values()][0]! : null
  }

  /** What the text states of person `id` at its mentions before offset `end`: role, title before the name, predicate. */
  private rolesOf(id: string, end: number): string[] {
    const r = this.reader
    const out: string[] = []
    r.mentions.forEach((m, mi) => {
      if (m.start >= end || m.actor.kind !== 'person' || r.notNames.has(m) || this.actorOf(m).actor.id !== id)
        return
      const first = r.firstTokenOfMention(mi, firstTokenAtOrAfter(r.tokens, m.start))
      out.push(`${m.role?.title ?? ''} ${r.titleBefore(m)} ${m.text}`, r.predicateRole(mi, first))
    })
    return out
  }

  /**
   * Turn a speaker phrase into a speaker. `rule` says how the phrase was
   * found; resolution adds to it (`cue-before+pronoun:previous-subject`).
   * Descriptors that resolve to no actor keep their words with a
   * `descriptor:` id, names no mention covers get an `unlinked:` id.
   */
  speaker(cand: Candidate | null, rule: string, at: number): Resolved | null {
    if (!cand) return null
    const r = this.reader
    // A mention speaks as its actor, or as the fuller name of the same person.
    const named = (m: Mention, span: Span, how: string): Resolved => {
      const { actor, fuller } = this.actorOf(m)
      const speaker = {
        id: actor.id,
        name: actor.name,
        mention: span,
        rule: fuller ? `${how}+fuller-name` : how,
      }
      return { speaker, mention: m }
    }
    switch (cand.kind) {
      case 'mention':
        return named(cand.mention, cand.span, rule)
      case 'pronoun': {
        const found = this.pronoun(cand.word, at)
        if (!found) return null
        if ('m' in found) return named(found.m, cand.span, `${rule}+pronoun:${found.how}`)
        const name = r.text.slice(found.d.span.start, found.d.span.end)
        const how = `${rule}+pronoun:${found.how}+descriptor`
        return {
          speaker: { id: `descriptor:${found.d.head}`, name, mention: cand.span, rule: how },
          mention: null,
        }
      }
      case 'descriptor': {
        if (cand.definite) {
          const m = this.definite(cand.head, at)
          if (m) return named(m, cand.span, `${rule}+descriptor:resolved`)
        }
        const name = r.text.slice(cand.span.start, cand.span.end)
        return {
          speaker: { id: `descriptor:${cand.head}`, name, mention: cand.span, rule: `${rule}+descriptor` },
          mention: null,
        }
      }
      case 'name': {
        const name = r.text.slice(cand.span.start, cand.span.end)
        return {
          speaker: { id: `unlinked:${slug(name)}`, name, mention: cand.span, rule: `${rule}+proper-noun` },
          mention: null,
        }
      }
    }
  }
}

/** Gender stated by a title or gendered role right before, at the start of, or in the role of a person's mention. */
function genderByActor(text: string, mentions: readonly Mention[]): Map<string, 'male' | 'female'> {
  const out = new Map<string, 'male' | 'female'>()
  for (const m of mentions) {
    if (m.actor.kind !== 'person' || out.has(m.actor.id)) continue
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1] ?? ''
    const first = FIRST_WORD.exec(m.text)?.[0] ?? ''
    const g =
      genderOf(before) ?? genderOf(first) ?? (m.role?.title ?? '').split(/\s+/).map(genderOf).find(Boolean)
    if (g) out.set(m.actor.id, g)
  }
  return out
}

/**
 * Person actors whose name is a shorter form of exactly one other person's in
 * the article ("Ana Ruiz" and "Ana María Ruiz", "Ruiz" and "Ana María Ruiz"
 * when the recogniser made two actors): the words of the short name appear
 * in order in the long one and it keeps the first or the last of them.
 */
function fullerNames(mentions: readonly Mention[]): Map<string, Actor> {
  const people = new Map<string, { actor: Actor; words: string[] }>()
  for (const m of mentions) {
    if (m.actor.kind === 'person' && !people.has(m.actor.id))
      people.set(m.actor.id, { actor: m.actor, words: nameWords(m.actor.name) })
  }
  const out = new Map<string, Actor>()
  const all = [...people.values()]
  for (const short of all) {
    const longer = all.filter((l) => l.words.length > short.words.length && shortFormOf(short.words, l.words))
    if (longer.length === 0) continue
    // Of nested forms ("Ruiz" ⊂ "Ana Ruiz" ⊂ "Ana María Ruiz") the longest wins;
    // two unrelated longer names ("Ana Ruiz", "Luis Ruiz") leave it alone.
    const top = longer.reduce((a, b) => (b.words.length > a.words.length ? b : a))
    if (longer.every((l) => l === top || shortFormOf(l.words, top.words))) out.set(short.actor.id, top.actor)
  }
  return out
}

function shortFormOf(short: readonly string[], long: readonly string[]): boolean {
  if (short[0] !== long[0] && short[short.length - 1] !== long[long.length - 1]) return false
  let k = 0
  for (const w of long) if (w === short[k]) k++
  return k === short.length
}

function nameWords(name: string): string[] {
  // Most names are ASCII: fold accents only when there are any.
  const ascii = /^[\x20-\x7e]*$/.test(name)
  return (ascii ? name.toLowerCase() : slug(name)).split(/[^a-z0-9]+/).filter((w) => w !== '')
}

const WORD_BEFORE = /(\S+)\s*$/
const FIRST_WORD = /^\S+/
const genderOf = (word: string): 'male' | 'female' | undefined => GENDERED_TITLES[word.toLowerCase()]

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
