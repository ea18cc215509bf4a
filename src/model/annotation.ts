/**
 * Per-article annotations. Every derived fact keeps character offsets into
 * `Article.text` and a `rule` saying why it was made.
 */
import type { Span } from './message.js'

/** A sentence; `block` is the index of the `Article.blocks` entry it belongs to. */
export interface Sentence extends Span {
  block: number
}

export type ActorKind = 'person' | 'organization' | 'country' | 'place'

/**
 * A canonical actor. `id` is the same across documents for the same actor
 * (`country:PRK` for DPRK and North Korea; `person:jane-doe`).
 */
export interface Actor {
  id: string
  /** Canonical display name. */
  name: string
  kind: ActorKind
  /**
   * Roles stated for this actor in one article (optional; set only on the
   * per-article `Annotations.actors` list, never on `Mention.actor`).
   */
  roles?: Role[]
}

/** A title or role attached to a person, as the text states it. */
export interface Role extends Span {
  /** The title as written, qualifiers included (`EU foreign policy chief`, `Defense Minister`). */
  title: string
  /** Normalised head used for comparison (`defense minister`, `foreign policy chief`). */
  key: string
  /** Actor whose office it is, when stated (`country:JPN` for "Japan's Defense Minister") (optional). */
  of?: string
  /** Pattern that attached it (`premodifier`, `apposition`, `possessive`, `counterpart`, …). */
  rule: string
}

/** One mention of an actor in the text. */
export interface Mention extends Span {
  text: string
  actor: Actor
  /** Role stated at this mention (optional). */
  role?: Role
  /**
   * A second role stated at the same mention, beside `role` (optional; only
   * with `role`): the office of an apposition before a rank or title (`the
   * ferry's master, Captain X`: `role` is `Captain`, `alsoRole` is `master`;
   * `The commander of Task Force 9, Brigadier X`), or the role a form of
   * address implies when the apposition states the office (`the Mayor of X
   * Shire, Cr Y`: `role` is the mayor, `alsoRole` councillor). Both are
   * stated for the person at this mention; neither replaces the other.
   */
  alsoRole?: Role
  /** Why this span was recognised and linked (`gazetteer:country`, `proper-noun-run`, `coref:surname`, …). */
  rule: string
}

/** Who a quote is attributed to. */
export interface Speaker {
  id: string
  name: string
  /** The span naming the speaker (a name or a pronoun) (optional). */
  mention?: Span
  /** How the speaker was found (`cue-after`, `cue-before`, `pronoun`, `previous-speaker`, …). */
  rule: string
}

/** A direct quote. `start`/`end` cover the quoted words, marks excluded. */
export interface Quote extends Span {
  text: string
  speaker: Speaker | null
  /** Speech verb or phrase (`said`, `told reporters`, `remarked`) (optional). */
  cue: (Span & { text: string }) | null
  /** True when the quote is a fragment inside a sentence of the reporter's own words. */
  partial: boolean
  rule: string
}

/** Granularity of a resolved time value. */
export type TimeGrain = 'instant' | 'day' | 'week' | 'month' | 'year'

/** A time expression. */
export interface TimeExpression extends Span {
  text: string
  /** ISO 8601 value (`2024-11-01`, `2024-11`, `2024`), or `null` when it could not be resolved. */
  value: string | null
  grain: TimeGrain | null
  /**
   * What it was resolved against: `absolute` (the text states it fully), the
   * `published` date, a full date stated elsewhere in the `document` (undated
   * articles), or the `story`'s date.
   */
  anchor: 'absolute' | 'published' | 'document' | 'story' | null
  /** Why it is unresolved (when `value` is `null`) (optional). */
  reason?: string
  rule: string
}

/** Hedge on a number ("nearly", "at least", "more than", …). */
export type Hedge = 'approximately' | 'nearly' | 'at-least' | 'at-most' | 'more-than' | 'less-than' | 'up-to'

/** A number or amount. */
export interface Quantity extends Span {
  text: string
  value: number
  /** Unit (`USD`, `EUR`, `percent`, `people`, `km`, …) or `null` for a bare count (optional). */
  unit: string | null
  hedge: Hedge | null
  /**
   * The value in the base unit of its kind (`2.5 t` → `{value: 2500, unit:
   * 'kg'}`, `0.5 percentage-point` → `{50, 'basis-point'}`, `12 minute` →
   * `{720, 'second'}`), for comparing amounts written in different units;
   * absent for currencies, counted nouns and bare figures (optional).
   */
  normalized?: { value: number; unit: string }
  rule: string
}

/** Everything the annotators add to an article. */
export interface Annotations {
  sentences: Sentence[]
  /** Distinct actors mentioned (canonical ids). */
  actors: Actor[]
  mentions: Mention[]
  quotes: Quote[]
  times: TimeExpression[]
  quantities: Quantity[]
}
