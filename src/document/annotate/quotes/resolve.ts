/**
 * From a speaker phrase to a `Speaker`: mentions link to their actor,
 * pronouns and definite descriptions ("the minister") are resolved to an
 * earlier person, and other descriptions keep their words.
 */
import type { Mention, Speaker } from '../../../model/index.js'
import type { Candidate, Reader } from './reader.js'
import { GENDERED_TITLES, SPEAKER_PRONOUNS } from './tables.js'

/** A resolved speaker and the mention it was resolved to (`null` for descriptors and bare names). */
export interface Resolved {
  speaker: Speaker
  mention: Mention | null
}

/** The last attributed quote, for pronouns and consecutive quote paragraphs. */
export interface LastSpeaker extends Resolved {
  sentence: number
  block: number
}

export class Resolver {
  /** Gender stated by a title somewhere in the article, by actor id. */
  /** Built on first use: most articles resolve no he/she. */
  private gender: Map<string, 'male' | 'female'> | null = null
  last: LastSpeaker | null = null

  constructor(
    private readonly reader: Reader,
    /** How many sentences back a referent may be. */
    private readonly window: number,
  ) {}

  /** Whether mention `m` can be what pronoun `word` stands for. */
  fits(word: string, m: Mention): boolean {
    const p = SPEAKER_PRONOUNS[word]
    if (!p) return false
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
   * same sentence; the subject of the previous sentence; the previous quote's
   * speaker; the nearest fitting mention before it, outside quotes. "It" and
   * "they" stop after the subjects: they stand for bodies and documents too
   * often to guess further.
   */
  pronoun(word: string, at: number): { m: Mention; how: string } | null {
    const r = this.reader
    const s = r.tokens[at]!.sentence
    const low = Math.max(0, s - this.window)
    const same = r.sentenceSubject(s, at)
    if (same?.kind === 'mention' && this.fits(word, same.mention))
      return { m: same.mention, how: 'same-sentence-subject' }
    // The previous sentence of the reporter's: sentences wholly inside quotes
    // (the first half of the very quote being attributed) are skipped.
    const sentences = r.segmentation.sentences
    let p = s - 1
    while (p >= 0 && !r.hasFreeWord(p)) p--
    if (p >= 0 && sentences[p]!.block >= sentences[s]!.block - 1) {
      const prev = r.sentenceSubject(p)
      if (prev?.kind === 'mention' && this.fits(word, prev.mention))
        return { m: prev.mention, how: 'previous-subject' }
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

  /** "the minister" → the nearest earlier person whose stated role or title has that word. */
  definite(head: string, at: number): Mention | null {
    const r = this.reader
    const low = Math.max(0, r.tokens[at]!.sentence - this.window)
    const word = new RegExp(`\\b${head.replace(/[^\p{L}]/gu, '')}\\b`, 'iu')
    for (let i = at - 1; i >= 0 && r.tokens[i]!.sentence >= low; i--) {
      const mi = r.mentionOfToken[i]!
      if (mi < 0) continue
      const m = r.mentions[mi]!
      i = r.firstTokenOfMention(mi, i)
      if (m.actor.kind !== 'person') continue
      const title = `${m.role?.title ?? ''} ${r.titleBefore(m)} ${m.text}`
      if (word.test(title)) return m
    }
    return null
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
    switch (cand.kind) {
      case 'mention':
        return {
          speaker: { id: cand.mention.actor.id, name: cand.mention.actor.name, mention: cand.span, rule },
          mention: cand.mention,
        }
      case 'pronoun': {
        const found = this.pronoun(cand.word, at)
        if (!found) return null
        const speaker = {
          id: found.m.actor.id,
          name: found.m.actor.name,
          mention: cand.span,
          rule: `${rule}+pronoun:${found.how}`,
        }
        return { speaker, mention: found.m }
      }
      case 'descriptor': {
        if (cand.definite) {
          const m = this.definite(cand.head, at)
          if (m) {
            const speaker = {
              id: m.actor.id,
              name: m.actor.name,
              mention: cand.span,
              rule: `${rule}+descriptor:resolved`,
            }
            return { speaker, mention: m }
          }
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
