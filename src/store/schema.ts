/**
 * The database schema as types (Kysely style): one interface per table, the
 * `Database` interface mapping table names to them. Offsets are UTF-16 code
 * units into `article.text`, as everywhere in Parallax.
 */
import type { Generated } from 'kysely'

export interface RawDocumentTable {
  hash: string
  input: string
  format: string
  encoding: string
  encoding_reason: string
  bytes: Uint8Array
  size: number
  /** Caller/record metadata as JSON (`SourceHints`). */
  hints: string
  /** `ok` when an article was made, `rejected` otherwise. */
  status: 'ok' | 'rejected'
  received_at: string
}

export interface ArticleTable {
  id: string
  raw_hash: string
  input: string
  source: string
  source_origin: string
  url: string | null
  title: string | null
  /** JSON array of strings. */
  authors: string
  published: string | null
  published_signal: string | null
  published_confidence: number | null
  modified: string | null
  modified_signal: string | null
  lang: string
  text: string
  created_at: string
}

export interface BlockTable {
  article_id: string
  idx: number
  kind: string
  start: number
  end: number
}

export interface RemovedTable {
  article_id: string
  idx: number
  text: string
  reason: string
  rule: string
}

export interface SentenceTable {
  article_id: string
  idx: number
  block: number
  start: number
  end: number
}

export interface ActorTable {
  id: string
  name: string
  kind: string
}

export interface MentionTable {
  article_id: string
  idx: number
  actor_id: string
  start: number
  end: number
  text: string
  rule: string
  role_title: string | null
  role_key: string | null
  role_of: string | null
  role_start: number | null
  role_end: number | null
  role_rule: string | null
  /** A second role stated at the mention (`Mention.alsoRole`); all null when none. */
  also_role_title: string | null
  also_role_key: string | null
  also_role_of: string | null
  also_role_start: number | null
  also_role_end: number | null
  also_role_rule: string | null
}

export interface QuoteTable {
  article_id: string
  idx: number
  start: number
  end: number
  text: string
  partial: number
  rule: string
  speaker_id: string | null
  speaker_name: string | null
  speaker_rule: string | null
  speaker_start: number | null
  speaker_end: number | null
  cue_text: string | null
  cue_start: number | null
  cue_end: number | null
}

export interface TimeTable {
  article_id: string
  idx: number
  start: number
  end: number
  text: string
  value: string | null
  grain: string | null
  anchor: string | null
  reason: string | null
  rule: string
}

export interface QuantityTable {
  article_id: string
  idx: number
  start: number
  end: number
  text: string
  value: number
  unit: string | null
  hedge: string | null
  rule: string
  normalized_value: number | null
  normalized_unit: string | null
}

export interface MessageTable {
  id: Generated<number>
  raw_hash: string | null
  article_id: string | null
  input: string
  stage: string
  rule: string
  reason: string
  severity: string
  start: number | null
  end: number | null
  created_at: string
}

export interface StoryTable {
  id: string
  title: string | null
  date: string | null
  article_count: number
  origin_count: number
  contradiction_count: number
  /** The story's report as JSON (`StoryReport`). */
  report: string
  updated_at: string
}

export interface StoryMemberTable {
  story_id: string
  article_id: string
  score: number
  /** `MembershipWhy` as JSON. */
  why: string
}

/** Key–value state of the last analysis (e.g. the fingerprint of the article set). */
export interface AnalysisStateTable {
  key: string
  value: string
}

/** Every table. */
export interface Database {
  raw_document: RawDocumentTable
  article: ArticleTable
  block: BlockTable
  removed: RemovedTable
  sentence: SentenceTable
  actor: ActorTable
  mention: MentionTable
  quote: QuoteTable
  time_expression: TimeTable
  quantity: QuantityTable
  message: MessageTable
  story: StoryTable
  story_member: StoryMemberTable
  analysis_state: AnalysisStateTable
}
