/**
 * Cross-article types: stories (articles about one event), claims, their
 * alignment across outlets, origins (wire copies count once) and typed
 * contradictions. Every derived fact keeps character offsets into its
 * article's text and says why it was made (`rule`, `why`).
 */
import type { ActorKind, Annotations, Quantity, TimeExpression } from './annotation.js'
import type { Article, BlockKind } from './article.js'
import type { Span } from './message.js'

/** What the corpus stages take: one cleaned article with its annotations. */
export interface AnalyzedArticle {
  article: Article
  annotations: Annotations
}

/** Why an article belongs to its story. */
export interface MembershipWhy {
  /** `linked` (joined other articles) or `alone` (no article close enough). */
  rule: 'linked' | 'alone'
  /** The closest fellow member and its similarity (0–1), or `null` when alone. */
  nearest: { article: string; similarity: number } | null
  /** Terms that weigh most in the similarity to `nearest`. */
  sharedTerms: string[]
  /** Actor ids both articles mention. */
  sharedActors: string[]
  /** Days between the publication dates, when both are dated. */
  dayGap: number | null
  /** One human-readable line. */
  text: string
}

/** An article's place in a story. */
export interface Assignment {
  article: string
  story: string
  /** Mean similarity (0–1) to the story's other members; 1 for a story of one. */
  score: number
  why: MembershipWhy
}

/** A group of articles reporting the same event. */
export interface Story {
  /** Deterministic: `story:` + the id of its first member (earliest dated, then smallest id). */
  id: string
  /** Member article ids, earliest first. */
  articles: string[]
  members: Assignment[]
}

/** A date with the evidence for it. */
export interface StoryDate {
  /** ISO day (`2024-11-01`), or `null` when the reports give none. */
  value: string | null
  /** How it was chosen (`stated-in-reports`, `published`, `none`). */
  rule: string
  /** Each article's vote: the day it places the event on and the text that says so. */
  votes: {
    article: string
    value: string
    source: 'time-expression' | 'published'
    /** The time expression as written (optional; for `time-expression` votes). */
    expression?: string
    evidence: Evidence | null
  }[]
  why: string
}

/** A span of an article's text quoted as evidence. */
export interface Evidence extends Span {
  article: string
  /** The text of `[start, end)` in the article. */
  text: string
}

/** A statement: one sentence (or a caption) of one article, with what it mentions. */
export interface Claim extends Span {
  /** `<article id>#<n>`: stable for the same article text. */
  id: string
  article: string
  text: string
  /** Kind of the block it comes from (`paragraph`, `caption`, …). */
  block: BlockKind
  /** Captions count as evidence but are marked. */
  caption: boolean
  /** Actor ids mentioned (aliases already merged by the annotator). */
  actors: string[]
  /** Actor ids of kind `place` or `country` mentioned. */
  places: string[]
  quantities: Quantity[]
  times: TimeExpression[]
  /** Indexes into the article's `Annotations.quotes` overlapping the claim. */
  quotes: number[]
  /** Whether the reporter's own words carry a negation (`not`, `never`, `denied`, …). */
  negated: boolean
  rule: string
}

/** Status of a group of aligned claims. */
export type ClaimStatus = 'corroborated' | 'single-source' | 'contradicted'

/** Why two claims were aligned. */
export interface ClaimLink {
  a: string
  b: string
  /** Combined similarity (0–1). */
  score: number
  /** Lexical similarity of the content words after synonyms (0–1). */
  lexical: number
  sharedTerms: string[]
  sharedActors: string[]
  sharedNumbers: string[]
  sharedTimes: string[]
  /** Whether the two passages are near-identical (a wire copy). */
  copy: boolean
  rule: string
}

/** Claims of several articles that state the same thing. */
export interface ClaimGroup {
  /** `<first claim id>` of the group. */
  id: string
  claims: string[]
  /** Claims of other articles linked to the group but grouped elsewhere (they attest it too). */
  support: string[]
  /** Articles stating it (members' and supporting claims'). */
  articles: string[]
  /** Independent origins: wire copies of one text share one. */
  origins: string[]
  status: ClaimStatus
  links: ClaimLink[]
  why: string
}

/** Articles (or passages) sharing one origin. */
export interface Origin {
  /** `origin:` + the smallest member article id. */
  id: string
  articles: string[]
  /** `own` (an article on its own) or `wire-copy` (near-identical text). */
  rule: 'own' | 'wire-copy'
  /** Share of the smaller article's shingles found in the other (0–1), for wire copies. */
  containment: number | null
  why: string
}

/** Kinds of contradiction. */
export type ContradictionKind = 'role' | 'number' | 'date' | 'place' | 'quote-speaker' | 'quote-wording'

/** What a contradiction is about. */
export interface Subject {
  text: string
  /** Actor id, when the subject is an actor (optional). */
  actor?: string
}

/** One side of a contradiction. */
export interface ContradictionValue {
  /** The value as written (`Defense Minister`, `$58.5 billion`, `2024-11-01`). */
  value: string
  /** Normalised value used for the comparison (optional). */
  normalized?: string
  article: string
  /** The sentence that states it. */
  evidence: Evidence
  /** Claim id of the evidence sentence, when it is a claim (optional). */
  claim?: string
}

/** Reports that cannot all be right. */
export interface Contradiction {
  /** `<kind>:<n>` within the story. */
  id: string
  kind: ContradictionKind
  subject: Subject
  values: ContradictionValue[]
  rule: string
  why: string
}

/**
 * A difference that was examined and found not to be a contradiction (alias,
 * rounding, hedge, compatible titles, rising count…), kept to explain the silence.
 */
export interface Dismissal {
  kind: ContradictionKind
  subject: Subject
  values: ContradictionValue[]
  rule: string
  why: string
}

/* ------------------------------------------------------------------------------------------------
 * The report: what `runCorpus` returns and the renderers present (`schemas/report.v1.schema.json`).
 * ---------------------------------------------------------------------------------------------- */

/** Version of the report's JSON shape; bumped on any incompatible change. */
export type ReportSchemaVersion = 1

/** An article as the report lists it. */
export interface ReportArticle {
  id: string
  source: string
  title: string | null
  /** Publication date (ISO 8601) or `null` when undated. */
  published: string | null
  url: string | null
  input: string
  /** Origin id (articles sharing one are wire copies). */
  origin: string
  /** Why it belongs to the story. */
  membership: { score: number; why: string }
}

/** A group of aligned claims as the report lists it. */
export interface ReportClaim {
  /** Group id (its first claim's id). */
  id: string
  /** Representative wording (the most central claim of the group). */
  text: string
  status: ClaimStatus
  /** Articles stating it. */
  articles: string[]
  /** Number of independent origins. */
  origins: number
  originIds: string[]
  /** Each article's sentence, with offsets. */
  evidence: (Evidence & { claim: string; caption: boolean })[]
  /** Contradiction ids its claims carry (role contradictions included). */
  contradictions: string[]
  why: string
}

/** A quote as the report lists it: one speaker's words and the outlets carrying them. */
export interface ReportQuote {
  speaker: { id: string; name: string } | null
  /** The longest rendering. */
  text: string
  articles: string[]
  evidence: Evidence[]
}

/** An actor with the roles each outlet gives it. */
export interface ReportActor {
  id: string
  name: string
  kind: ActorKind
  articles: string[]
  mentions: number
  roles: { title: string; articles: string[]; evidence: Evidence[] }[]
}

/** A dated point of the story. */
export interface TimelineEntry {
  /** ISO value (`2024-11-01`, `2024-11`, `2035`). */
  date: string
  grain: TimeExpression['grain']
  /** What happens then: the claim stating it (its representative wording). */
  text: string
  claim: string
  articles: string[]
  /** The time expressions as written. */
  evidence: Evidence[]
}

/** The verified account of one story. */
export interface StoryReport {
  id: string
  /** Headline of its most central article. */
  title: string | null
  /** The event's day (ISO), or `null`. */
  date: string | null
  dating: StoryDate
  articles: ReportArticle[]
  origins: Origin[]
  claims: ReportClaim[]
  /** Ids of corroborated claims, most origins first. */
  consensus: string[]
  /** Single-source claims, by article. */
  singleSource: { article: string; source: string; claims: string[] }[]
  contradictions: Contradiction[]
  /** Differences examined and found not to be contradictions. */
  dismissed: Dismissal[]
  quotes: ReportQuote[]
  actors: ReportActor[]
  timeline: TimelineEntry[]
  /** How undated articles' relative times were resolved against the story. */
  timeResolutions: {
    article: string
    reference: string | null
    resolved: number
    agreeing: number
    why: string
  }[]
}

/** The whole report: every story of a corpus. */
export interface CorpusReport {
  schemaVersion: ReportSchemaVersion
  generator: string
  stories: StoryReport[]
}
