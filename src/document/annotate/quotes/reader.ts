/**
 * Token-level reading around quotes: which tokens are inside quotes, which
 * belong to a mention, and where the speaker phrase of a cue verb is. No
 * parser is available, so subjects are found by walking tokens with the
 * segmenter's part-of-speech tags; every walk stays inside one sentence and
 * never crosses quoted words.
 */
import type { Mention, Span } from '../../../model/index.js'
import type { Segmentation, Token } from '../../segment/index.js'
import {
  GROUP_DESCRIPTORS,
  OF_PREPOSITIONS,
  PERSON_DESCRIPTORS,
  SKIPPABLE_BEFORE_VERB,
  SPEAKER_PRONOUNS,
  SPEECH_PARTICLES,
  SPEECH_VERB_FORMS,
} from './tables.js'
import { firstTokenAtOrAfter } from './tokens.js'

/** A phrase that can name a speaker. */
export type Candidate =
  | { kind: 'mention'; mention: Mention; span: Span }
  | { kind: 'pronoun'; word: string; span: Span }
  /** A common-noun phrase ("a spokesperson", "the minister", "the newspaper"). */
  | { kind: 'descriptor'; head: string; definite: boolean; person: boolean; span: Span }
  /** A proper-noun run no mention covers. */
  | { kind: 'name'; span: Span }

const NP_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM'])
/** Determiners and pronouns that stand for people on their own ("Some chanted", "Others said"). */
const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'others',
  'another',
  'several',
  'most',
  'few',
  'both',
])
/** Words opening a subordinate clause: no subject of the sentence inside it ("When Wallace died, …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'as',
  'because',
  'if',
  'although',
  'though',
  'since',
  'once',
  'until',
  'unless',
  'whereas',
])
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’'])

/** Token lookups for one article; `maskOf[t]` is the quote covering token `t`, or -1. */
export class Reader {
  readonly tokens: readonly Token[]
  /** Mentions sorted by start. */
  readonly mentions: readonly Mention[]
  readonly mentionOfToken: Int32Array

  constructor(
    readonly text: string,
    readonly segmentation: Segmentation,
    mentions: readonly Mention[],
    readonly maskOf: Int32Array,
    /** Most tokens of a speaker phrase. */
    readonly maxSpeakerTokens: number,
  ) {
    this.tokens = segmentation.tokens
    this.mentions = [...mentions].sort((a, b) => a.start - b.start)
    this.mentionOfToken = new Int32Array(this.tokens.length).fill(-1)
    this.mentions.forEach((m, mi) => {
      for (let t = firstTokenAtOrAfter(this.tokens, m.start); t < this.tokens.length; t++) {
        if (this.tokens[t]!.start >= m.end) break
        this.mentionOfToken[t] = mi
      }
    })
  }

  norm(i: number): string {
    return this.tokens[i]?.normal ?? ''
  }

  pos(i: number): string {
    return this.tokens[i]?.pos ?? ''
  }

  free(i: number): boolean {
    return i >= 0 && i < this.tokens.length && this.maskOf[i] === -1
  }

  span(i: number, j = i): Span {
    return { start: this.tokens[i]!.start, end: this.tokens[j]!.end }
  }

  sentenceStart(i: number): number {
    return this.segmentation.sentences[this.tokens[i]?.sentence ?? 0]?.firstToken ?? 0
  }

  sentenceEnd(i: number): number {
    return this.segmentation.sentences[this.tokens[i]?.sentence ?? 0]?.endToken ?? 0
  }

  /**
   * Whether token `i` is a speech verb outside quotes. `anyPos` accepts a
   * form the tagger did not call a verb ("Viguerie notes."), for positions
   * where nothing else fits.
   */
  isSpeechVerb(i: number, anyPos = false): boolean {
    if (!this.free(i)) return false
    const w = this.norm(i)
    const lemma = SPEECH_VERB_FORMS.get(w)
    if (lemma === undefined) return false
    const particle = SPEECH_PARTICLES[lemma]
    if (particle !== undefined && this.norm(i + 1) !== particle) return false
    if (anyPos) return true
    if (this.pos(i) !== 'VERB') return false
    // A bare base form is a noun more often than a verb ("a Twitter comment",
    // "port calls"): it is a verb after a pronoun, an auxiliary, "to" or a plural.
    if (w === lemma) {
      const p = this.pos(i - 1)
      return p === 'PRON' || p === 'AUX' || p === 'PART' || /s$/.test(this.norm(i - 1))
    }
    return true
  }

  isAccording(i: number): boolean {
    return this.free(i) && this.norm(i) === 'according' && this.norm(i + 1) === 'to'
  }

  mentionCandidate(mi: number): Candidate {
    const m = this.mentions[mi]!
    return { kind: 'mention', mention: m, span: { start: m.start, end: m.end } }
  }

  firstTokenOfMention(mi: number, near: number): number {
    let t = near
    while (t > 0 && this.mentionOfToken[t - 1] === mi) t--
    return t
  }

  lastTokenOfMention(mi: number, near: number): number {
    let t = near
    while (t + 1 < this.tokens.length && this.mentionOfToken[t + 1] === mi) t++
    return t
  }

  /** The common-noun phrase whose head is token `i` ("a senior official", "Japan's foreign ministry"). */
  descriptorEndingAt(i: number, extendTo?: number): Candidate {
    const lo = this.sentenceStart(i)
    let a = i
    for (let n = 0; n < 6 && a - 1 >= lo && this.free(a - 1); n++) {
      const prev = a - 1
      if (NP_POS.has(this.pos(prev)) || POSSESSIVE.has(this.norm(prev)) || this.tokens[prev]!.text === '-')
        a--
      else break
    }
    // "a spokesperson for the port": the person noun before the preposition is the head.
    const of = a - 1
    if (extendTo === undefined && OF_PREPOSITIONS.has(this.norm(of)) && this.free(of) && of - 1 >= lo) {
      if (PERSON_DESCRIPTORS.has(this.norm(of - 1)) && this.free(of - 1)) {
        return this.descriptorEndingAt(of - 1, this.tokens[i]!.end)
      }
    }
    const head = this.norm(i)
    const first = this.norm(a)
    const person = PERSON_DESCRIPTORS.has(head)
    return {
      kind: 'descriptor',
      head,
      person,
      definite:
        (first === 'the' || first === 'this' || first === 'that') && person && !GROUP_DESCRIPTORS.has(head),
      span: { start: this.tokens[a]!.start, end: extendTo ?? this.tokens[i]!.end },
    }
  }

  /** A run of proper nouns through token `from`, walking `step`-wards. */
  nameRun(from: number, step: 1 | -1): Candidate | null {
    const lo = this.sentenceStart(from)
    const hi = this.sentenceEnd(from)
    let a = from
    let b = from
    for (let n = 0; n < 4; n++) {
      const j = step === 1 ? b + 1 : a - 1
      if (j < lo || j >= hi || !this.free(j) || this.pos(j) !== 'PROPN') break
      if (step === 1) b = j
      else a = j
    }
    if (!/^\p{Lu}/u.test(this.tokens[a]?.text ?? '')) return null
    return { kind: 'name', span: this.span(a, b) }
  }

  /** The speaker phrase whose last token is `i`. */
  candidateEndingAt(i: number): Candidate | null {
    if (i < this.sentenceStart(i) || !this.free(i)) return null
    const mi = this.mentionOfToken[i]!
    if (mi >= 0) {
      let j = this.firstTokenOfMention(mi, i) - 1
      while (j >= this.sentenceStart(i) && this.pos(j) === 'DET') j--
      // "critics of X", "a spokesperson for X": the head noun speaks, not X.
      const head = j - 1
      if (head >= this.sentenceStart(i) && OF_PREPOSITIONS.has(this.norm(j)) && this.free(j)) {
        if (this.pos(head) === 'NOUN' && this.free(head) && this.mentionOfToken[head] === -1) {
          return this.descriptorEndingAt(head, this.mentions[mi]!.end)
        }
      }
      return this.mentionCandidate(mi)
    }
    const w = this.norm(i)
    const p = this.pos(i)
    if (p === 'PRON' && w in SPEAKER_PRONOUNS) return { kind: 'pronoun', word: w, span: this.span(i) }
    if (p === 'NOUN' || (p === 'PROPN' && PERSON_DESCRIPTORS.has(w))) return this.descriptorEndingAt(i)
    if (p === 'PROPN') return this.headOfName(i) ?? this.nameRun(i, -1)
    if (p === 'NUM' && this.pos(i - 1) !== 'NUM') return this.descriptorEndingAt(i) // "read one"
    if (QUANTIFIER_SUBJECTS.has(w)) return this.descriptorEndingAt(i) // "Some chanted"
    return null
  }

  /**
   * A capitalised phrase ending at `i` that complements a common noun ("the
   * text of the EU-Japan Security and Defense Partnership"): the noun is the
   * head. `null` when the phrase stands on its own.
   */
  private headOfName(i: number): Candidate | null {
    const lo = this.sentenceStart(i)
    let j = i
    while (j - 1 >= lo && this.free(j - 1)) {
      const t = this.tokens[j - 1]!
      const joiner = t.text === '-' || t.text === '&' || t.normal === 'and'
      if (t.pos === 'PROPN' || (joiner && this.pos(j - 2) === 'PROPN')) j--
      else break
    }
    let k = j - 1
    while (k >= lo && this.pos(k) === 'DET') k--
    const head = k - 1
    if (head < lo || !OF_PREPOSITIONS.has(this.norm(k)) || this.pos(head) !== 'NOUN' || !this.free(head))
      return null
    return this.descriptorEndingAt(head, this.tokens[i]!.end)
  }

  /**
   * The speaker phrase starting at token `i` (inverted "said X", "according
   * to X", "by X"). English puts the head of a noun phrase last, after any
   * title ("by EU foreign policy chief Maria Ortega"), so the last mention of
   * the phrase wins, a person over anything else.
   */
  candidateStartingAt(i: number): Candidate | null {
    if (!this.free(i) || i >= this.sentenceEnd(Math.max(0, i - 1))) return null
    if (this.pos(i) === 'PRON' && this.norm(i) in SPEAKER_PRONOUNS && this.norm(i) !== 'it') {
      return { kind: 'pronoun', word: this.norm(i), span: this.span(i) }
    }
    const hi = Math.min(this.sentenceEnd(i), i + this.maxSpeakerTokens)
    let person = -1
    let other = -1
    let head = -1
    let k = i
    for (; k < hi && this.free(k); k++) {
      const mi = this.mentionOfToken[k]!
      if (mi >= 0) {
        if (this.mentions[mi]!.actor.kind === 'person') person = mi
        else other = mi
        k = this.lastTokenOfMention(mi, k)
        continue
      }
      const p = this.pos(k)
      if (!(NP_POS.has(p) || POSSESSIVE.has(this.norm(k)) || this.tokens[k]!.text === '-')) break
      if (p === 'NOUN' || p === 'NUM' || (p === 'PROPN' && PERSON_DESCRIPTORS.has(this.norm(k)))) head = k
      else if (p === 'ADJ' && head < 0 && this.pos(i) === 'DET') head = k // "the 30-year-old"
    }
    const best = person >= 0 ? person : other
    if (best >= 0) return this.mentionCandidate(best)
    if (head >= 0) return this.descriptorEndingAt(head)
    const first = this.pos(i) === 'DET' ? i + 1 : i
    return this.pos(first) === 'PROPN' ? this.nameRun(first, 1) : null
  }

  /**
   * The subject left of the verb at `c`, skipping adverbs and auxiliaries,
   * an apposition between commas, and a coordinated predicate ("X noted …
   * and added").
   */
  subjectLeftOf(c: number, depth = 0): Candidate | null {
    const lo = this.sentenceStart(c)
    let i = c - 1
    for (let n = 0; n < 4 && i >= lo && this.free(i); n++) {
      const p = this.pos(i)
      if (SKIPPABLE_BEFORE_VERB.has(this.norm(i)) || p === 'ADV' || p === 'AUX') i--
      else break
    }
    if (i < lo || !this.free(i)) return null
    const t = this.tokens[i]!.text
    if (t === ',' && depth < 2) {
      // "Gov. Kasich (R-OH), said", "the spokeswoman, Ms. Ortega, said": a name right before the comma.
      // Not one inside a phrase of the aside ("…, seen by AFP, said").
      let direct = this.subjectLeftOf(i, depth + 1)
      if (direct && this.pos(firstTokenAtOrAfter(this.tokens, direct.span.start) - 1) === 'ADP') direct = null
      if (direct?.kind === 'mention' || direct?.kind === 'name') return direct
      // "Ruiz, the bloc's top diplomat, said": the name before the apposition.
      // An aside may hold another quote ("wearing “Ted Cruz” pins,"): skip it.
      for (let j = i - 1; j >= Math.max(lo, i - 20); j--) {
        if (!this.free(j) || this.tokens[j]!.text !== ',') continue
        const outside = this.candidateEndingAt(j - 1)
        return outside?.kind === 'mention' || outside?.kind === 'name' ? outside : (direct ?? outside)
      }
      return direct
    }
    if (t === ')') {
      for (let j = i - 1; j >= Math.max(lo, i - 12); j--) {
        if (this.free(j) && this.tokens[j]!.text === '(') return this.candidateEndingAt(j - 1)
      }
      return null
    }
    if ((this.norm(i) === 'to' || this.norm(i) === 'by') && depth < 2) {
      // "She went on to say:", "he began by saying": the subject of the verb before.
      const verb = this.finiteVerbBefore(i)
      return verb >= 0 ? this.subjectLeftOf(verb, depth + 1) : null
    }
    if (this.pos(i) === 'CCONJ' && depth < 2) {
      // "X noted that …, and added": the subject of the first verb, a speech verb first.
      const speech = this.finiteVerbBefore(i, true)
      const verb = speech >= 0 ? speech : this.finiteVerbBefore(i)
      return verb >= 0 ? this.subjectLeftOf(verb, depth + 1) : null
    }
    return this.candidateEndingAt(i)
  }

  /** The nearest finite verb (a speech verb if `speech`) before token `c` in its sentence, outside quotes (-1 if none). */
  finiteVerbBefore(c: number, speech = false): number {
    for (let i = c - 1; i >= this.sentenceStart(c); i--) {
      if (!this.free(i) || this.norm(i).endsWith('ing')) continue
      if (speech ? this.isSpeechVerb(i) : this.pos(i) === 'VERB') return i
    }
    return -1
  }

  /** The title words right before a mention ("Finance Minister" in "Finance Minister Ana Ruiz"). */
  titleBefore(m: Mention): string {
    let t = firstTokenAtOrAfter(this.tokens, m.start) - 1
    const lo = t >= 0 ? this.sentenceStart(t) : 0
    let from = m.start
    while (t >= lo && this.mentionOfToken[t] === -1 && /^(?:PROPN|NOUN|ADJ)$/.test(this.pos(t))) {
      from = this.tokens[t]!.start
      t--
    }
    return this.text.slice(from, m.start)
  }

  /** Whether sentence `s` has a word outside quotes. */
  hasFreeWord(s: number): boolean {
    const sent = this.segmentation.sentences[s]
    if (!sent) return false
    for (let i = sent.firstToken; i < sent.endToken; i++) {
      if (this.free(i) && this.pos(i) !== 'PUNCT') return true
    }
    return false
  }

  /** First mention or pronoun of a sentence outside any prepositional phrase: a cheap subject. */
  sentenceSubject(s: number, before = Number.POSITIVE_INFINITY): Candidate | null {
    const sent = this.segmentation.sentences[s]
    if (!sent) return null
    let prep = false
    for (let i = sent.firstToken; i < sent.endToken && i < before; i++) {
      if (!this.free(i)) continue
      const t = this.tokens[i]!
      if (t.text === ',' || t.text === ';' || t.text === '—') {
        prep = false
        continue
      }
      if (this.pos(i) === 'ADP' || this.pos(i) === 'SCONJ' || SUBORDINATORS.has(this.norm(i))) prep = true
      const mi = this.mentionOfToken[i]!
      if (mi >= 0) {
        if (!prep) return this.mentionCandidate(mi)
        i = this.lastTokenOfMention(mi, i)
      } else if (!prep && this.pos(i) === 'PRON' && this.norm(i) in SPEAKER_PRONOUNS) {
        return { kind: 'pronoun', word: this.norm(i), span: this.span(i) }
      }
    }
    return null
  }
}
