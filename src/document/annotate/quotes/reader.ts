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
  CLAUSE_COORDINATORS,
  GROUP_DESCRIPTORS,
  OF_PREPOSITIONS,
  PEOPLE_PLURALS,
  PERSON_DESCRIPTORS,
  PREDICATE_ROLE_VERBS,
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
/**
 * Most tokens of an aside between a speaker and its verb ("Ruiz, the port's
 * director since 2019 and a former …, said"): long appositions of news
 * titles run past twenty.
 */
const MAX_ASIDE_TOKENS = 30
/** Most words of a role read after a name ("will be the next mayor of the town"). */
const MAX_PREDICATE_ROLE = 8

/** Token lookups for one article; `maskOf[t]` is the quote covering token `t`, or -1. */
export class Reader {
  readonly tokens: readonly Token[]
  /** Mentions sorted by start. */
  readonly mentions: readonly Mention[]
  readonly mentionOfToken: Int32Array
  /**
   * Person mentions that are a plural noun for people capitalised at the
   * start of a sentence ("Dockers told …"): descriptions, not names.
   */
  readonly notNames: ReadonlySet<Mention>

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
    const notNames = new Set<Mention>()
    this.mentions.forEach((m, mi) => {
      const first = firstTokenAtOrAfter(this.tokens, m.start)
      for (let t = first; t < this.tokens.length; t++) {
        if (this.tokens[t]!.start >= m.end) break
        this.mentionOfToken[t] = mi
      }
      const oneWord = !m.text.includes(' ')
      if (oneWord && m.actor.kind === 'person' && isGroupNoun(m.text) && this.opensSentence(first))
        notNames.add(m)
    })
    this.notNames = notNames
  }

  /** Whether only punctuation (an opening mark, a dash) stands before token `i` in its sentence. */
  opensSentence(i: number): boolean {
    for (let k = i - 1; k >= this.sentenceStart(i); k--) if (this.pos(k) !== 'PUNCT') return false
    return true
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
    if (this.notNames.has(m)) {
      const last = this.lastTokenOfMention(mi, firstTokenAtOrAfter(this.tokens, m.start))
      return { ...this.descriptorNoun(last), span: { start: m.start, end: m.end } }
    }
    return { kind: 'mention', mention: m, span: { start: m.start, end: m.end } }
  }

  /** A one-word description of a group at token `i` (no walk over modifiers). */
  private descriptorNoun(i: number): Candidate & { kind: 'descriptor' } {
    const head = this.norm(i)
    return { kind: 'descriptor', head, person: false, definite: false, span: this.span(i) }
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
      else if (this.attributiveParticiple(prev))
        a-- // "One exhausted nurse", "a retired teacher"
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

  /** A participle used as an adjective: "-ed"/"-ing" right after a determiner, number or adjective. */
  private attributiveParticiple(i: number): boolean {
    if (this.pos(i) !== 'VERB' || !/(?:ed|ing)$/.test(this.norm(i))) return false
    const before = this.pos(i - 1)
    return (before === 'DET' || before === 'NUM' || before === 'ADJ') && this.free(i - 1)
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
      if (direct && this.insidePhrase(firstTokenAtOrAfter(this.tokens, direct.span.start), i)) direct = null
      if (direct?.kind === 'mention' || direct?.kind === 'name') return direct
      // "Ruiz, the bloc's top diplomat, said": the name before the apposition.
      // An aside may hold another quote ("wearing “Ted Cruz” pins,"): skip it.
      for (let j = i - 1; j >= Math.max(lo, i - MAX_ASIDE_TOKENS); j--) {
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

  /**
   * Whether the phrase starting at token `from` sits in a prepositional
   * phrase of the aside that ends at the comma `comma` ("…, seen by AFP,
   * said", "Ruiz, chair of the Ferry Workers' Union, said"): a
   * preposition between the aside's opening comma and the phrase (or right
   * before the phrase when no comma opens the aside).
   */
  private insidePhrase(from: number, comma: number): boolean {
    const lo = this.sentenceStart(comma)
    let open = -1
    for (let j = from - 1; j >= lo && open < 0; j--)
      if (this.free(j) && this.tokens[j]!.text === ',') open = j
    if (open < 0) return this.pos(from - 1) === 'ADP'
    for (let k = from - 1; k > open; k--) if (this.free(k) && this.pos(k) === 'ADP') return true
    return false
  }

  /** The nearest finite verb (a speech verb if `speech`) before token `c` in its sentence, outside quotes (-1 if none). */
  finiteVerbBefore(c: number, speech = false): number {
    for (let i = c - 1; i >= this.sentenceStart(c); i--) {
      if (!this.free(i) || this.norm(i).endsWith('ing')) continue
      if (speech ? this.isSpeechVerb(i) : this.pos(i) === 'VERB') return i
    }
    return -1
  }

  /**
   * The role a predicate gives a mention, up to `MAX_PREDICATE_ROLE` words
   * ("will be the next mayor of the town", "was named finance
   * minister"), or `''`.
   */
  predicateRole(mi: number, near: number): string {
    const known = this.roles.get(mi)
    if (known !== undefined) return known
    const role = this.readPredicateRole(mi, near)
    this.roles.set(mi, role)
    return role
  }

  private readonly roles = new Map<number, string>()

  private readPredicateRole(mi: number, near: number): string {
    let i = this.lastTokenOfMention(mi, near) + 1
    const hi = this.sentenceEnd(i - 1)
    let verb = false
    for (; i < hi && this.free(i); i++) {
      const w = this.norm(i)
      if (PREDICATE_ROLE_VERBS.has(w)) verb = true
      else if (!(this.pos(i) === 'AUX' || this.pos(i) === 'ADV' || w === 'as' || w === 'in')) break
    }
    if (!verb) return ''
    const from = i
    while (i < hi && i - from < MAX_PREDICATE_ROLE && this.free(i) && this.pos(i) !== 'PUNCT') i++
    return i > from ? this.text.slice(this.tokens[from]!.start, this.tokens[i - 1]!.end) : ''
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

  /**
   * First mention or pronoun of a sentence outside any prepositional phrase:
   * a cheap subject. Of a noun phrase holding several mentions, the person
   * at its head ("Harbour Board spokesperson Liv Aasen"); a description of a
   * person opening the sentence ("The mayor-elect arrived") is the
   * subject itself.
   */
  sentenceSubject(s: number, before = Number.POSITIVE_INFINITY): Candidate | null {
    const sent = this.segmentation.sentences[s]
    if (!sent) return null
    let prep = false
    let opening = true
    for (let i = sent.firstToken; i < sent.endToken && i < before; i++) {
      if (!this.free(i)) continue
      const t = this.tokens[i]!
      if (t.text === ',' || t.text === ';' || t.text === '—') {
        prep = false
        opening = false
        continue
      }
      if (this.pos(i) === 'ADP' || this.pos(i) === 'SCONJ' || SUBORDINATORS.has(this.norm(i))) prep = true
      const mi = this.mentionOfToken[i]!
      if (mi >= 0) {
        if (!prep) return this.apposedPerson(this.headOfPhrase(mi, i), sent.endToken)
        i = this.lastTokenOfMention(mi, i)
      } else if (!prep && this.pos(i) === 'PRON' && this.norm(i) in SPEAKER_PRONOUNS) {
        return { kind: 'pronoun', word: this.norm(i), span: this.span(i) }
      } else if (opening && this.pos(i) === 'NOUN') {
        const described = this.openingDescription(i)
        if (described) return this.apposedPerson(described, sent.endToken)
      }
      if (!(this.pos(i) === 'DET' || this.pos(i) === 'ADJ' || this.pos(i) === 'NUM')) opening = false
    }
    return null
  }

  /**
   * The person a subject phrase is the apposed role of, else the subject: the
   * recogniser states the role phrase (`Role.rule` apposition) of a person named
   * right after it, and that phrase opens with the subject or after it, no
   * comma between ("Bluewater Trawlers' chief executive, Eirik Joensen, said";
   * "An economist at the university, Dr. Guðrun Olsen, said"): the person is
   * the subject, not the owner or the description.
   */
  private apposedPerson(subject: Candidate, endToken: number): Candidate {
    const from = subject.span.start
    const to = subject.span.end
    const limit = this.tokens[endToken - 1]?.end ?? from
    for (let mi = 0; mi < this.mentions.length; mi++) {
      const m = this.mentions[mi]!
      if (m.actor.kind !== 'person' || m.start <= to || m.start >= limit) continue
      for (const role of [m.role, m.alsoRole]) {
        if (role?.rule !== 'apposition' || role.end > m.start || role.start < from) continue
        // The role opens inside the subject phrase or right after its possessive (`X' chief executive`).
        if (role.start > to && !/^['’]s?\s+$/.test(this.text.slice(to, role.start))) continue
        return this.mentionCandidate(mi)
      }
    }
    return subject
  }

  /**
   * Subjects of the coordinated clauses after the first in sentence `s`
   * ("The bureau expects a change, but forecaster Ana Ruiz warned …": Ruiz),
   * in order: the first mention after a clause boundary (`CLAUSE_COORDINATORS`
   * after a comma or semicolon, or a semicolon alone), past the title words
   * before it, when a verb follows it (past adverbs and auxiliaries). A name
   * in a list ("A, B, and C met") has no verb of its own right after it.
   */
  clauseSubjects(s: number): Candidate[] {
    const sent = this.segmentation.sentences[s]
    if (!sent) return []
    const out: Candidate[] = []
    for (let i = sent.firstToken + 1; i < sent.endToken; i++) {
      if (!this.free(i)) continue
      let k = -1
      const t = this.tokens[i]!.text
      if ((t === ',' || t === ';') && CLAUSE_COORDINATORS.has(this.norm(i + 1)) && this.free(i + 1)) k = i + 2
      else if (t === ';') k = i + 1
      if (k < 0) continue
      for (; k < sent.endToken && this.free(k); k++) {
        const mi = this.mentionOfToken[k]!
        if (mi >= 0) {
          const last = this.lastTokenOfMention(mi, k)
          if (this.verbFollows(last)) out.push(this.headOfPhrase(mi, k))
          break
        }
        const p = this.pos(k)
        if (!(p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'NUM' || p === 'PROPN')) break
      }
    }
    return out
  }

  /** Whether a verb comes right after token `i`, past adverbs and auxiliaries ("Ruiz has since warned"). */
  private verbFollows(i: number): boolean {
    const hi = this.sentenceEnd(i)
    for (let k = i + 1; k < hi && k <= i + 4 && this.free(k); k++) {
      const p = this.pos(k)
      if (p === 'VERB') return true
      if (!(p === 'ADV' || p === 'AUX' || SKIPPABLE_BEFORE_VERB.has(this.norm(k)))) return false
    }
    return false
  }

  /**
   * The person heading the noun phrase that starts with mention `mi` at
   * token `i` ("Harbour Board spokesperson Liv Aasen", "Kenya's President Ruto"),
   * else that mention.
   */
  private headOfPhrase(mi: number, i: number): Candidate {
    if (this.mentions[mi]!.actor.kind === 'person') return this.mentionCandidate(mi)
    const hi = Math.min(this.sentenceEnd(i), i + this.maxSpeakerTokens)
    for (let k = this.lastTokenOfMention(mi, i) + 1; k < hi && this.free(k); k++) {
      const mk = this.mentionOfToken[k]!
      if (mk >= 0) {
        if (this.mentions[mk]!.actor.kind === 'person') return this.mentionCandidate(mk)
        k = this.lastTokenOfMention(mk, k)
        continue
      }
      const p = this.pos(k)
      if (
        !(
          p === 'NOUN' ||
          p === 'PROPN' ||
          p === 'ADJ' ||
          POSSESSIVE.has(this.norm(k)) ||
          this.tokens[k]!.text === '-'
        )
      )
        break
    }
    return this.mentionCandidate(mi)
  }

  /**
   * A description of one person opening a sentence, whose head noun is token
   * `i` or the last noun of a compound from it ("The mayor-elect", "A
   * senior official"); `null` for other nouns ("The strike").
   */
  private openingDescription(i: number): Candidate | null {
    let head = i
    while (this.pos(head + 1) === 'NOUN' && this.free(head + 1)) head++
    const w = this.norm(head)
    if (!PERSON_DESCRIPTORS.has(w) || isGroupNoun(w)) return null
    // "mayor-elect", "minister-designate": the hyphenated tail stays in the span.
    const dash = this.tokens[head + 1]
    const tail = this.tokens[head + 2]
    const glued = dash?.text === '-' && dash.start === this.tokens[head]!.end && tail?.start === dash.end
    // A title before a name ("Democratic candidate Ana Ruiz"): the name is the subject.
    const next = head + (glued ? 3 : 1)
    const named = this.free(next) ? this.mentionOfToken[next]! : -1
    if (named >= 0) return this.headOfPhrase(named, next)
    return this.descriptorEndingAt(head, glued ? tail.end : this.tokens[head]!.end)
  }
}

/** A noun for a group of people or a body ("Dockers", "Economists", "Government"), by the tables. */
export function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase()
  if (PEOPLE_PLURALS.has(w) || GROUP_DESCRIPTORS.has(w)) return true
  return /s$/.test(w) && PERSON_DESCRIPTORS.has(w.slice(0, -1))
}
