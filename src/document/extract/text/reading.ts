/**
 * The state of one reading: the document's units (paragraph candidates),
 * each read once, and the fate each is given as the rules run.
 */
import type { BlockKind, Removed } from '../../../model/index.js'
import { wordTokens } from '../blocks.js'
import type { Unit } from './lines.js'
import type { Settings } from './options.js'
import { GUARD_WORDS, type Line } from './tables.js'

/** A unit's fate while the document is read. */
export type Fate =
  | { is: 'pending' }
  | { is: 'dropped'; removed: Removed; opens?: 'links' | 'comments' }
  | { is: 'title' }
  | { is: 'byline'; authors: string[] }
  /** Kept; `aside` is text set apart from it (a caption's credit). */
  | { is: 'kept'; kind: BlockKind; rule: string; text: string; aside?: Removed }

/** A unit read once: the rules' view of it, its word tokens and its comparison key. */
export interface ReadLine {
  line: Line
  tokens: string[]
  key: string
}

/** Read a line once for every rule that needs it. */
export function lineOf(text: string): ReadLine {
  const lower = text.toLowerCase()
  const tokens = wordTokens(lower, true)
  const keywords: string[] = []
  for (const token of tokens) if (GUARD_WORDS.has(token)) keywords.push(token)
  return { line: { text, lower, keywords }, tokens, key: tokens.join(' ') }
}

/** One document being read. */
export class Reading {
  /** Unit texts, whitespace collapsed. */
  readonly texts: string[]
  readonly read: ReadLine[]
  readonly fate: Fate[]
  readonly n: number

  /**
   * @param units The document's units.
   * @param o Thresholds.
   * @param on Whether a rule applies.
   * @param first The first judgement of each unit (line-level junk or pending).
   */
  constructor(
    units: readonly Unit[],
    readonly o: Settings,
    readonly on: (rule: string) => boolean,
    first: (line: Line, index: number) => Fate,
  ) {
    this.texts = units.map((unit) => unit.text)
    this.read = this.texts.map(lineOf)
    this.fate = this.read.map((entry, index) => first(entry.line, index))
    this.n = this.texts.length
  }

  text(i: number): string {
    return this.texts[i] ?? ''
  }

  key(i: number): string {
    return this.read[i]?.key ?? ''
  }

  pending(i: number): boolean {
    return this.fate[i]?.is === 'pending'
  }

  dropped(i: number): boolean {
    return this.fate[i]?.is === 'dropped'
  }

  /** The next unit after `i` that was not dropped, or -1. */
  next(i: number): number {
    for (let j = i + 1; j < this.n; j++) if (!this.dropped(j)) return j
    return -1
  }

  drop(i: number, rule: string, reason: string): void {
    this.fate[i] = { is: 'dropped', removed: { text: this.text(i), reason, rule } }
  }

  keep(i: number, kind: BlockKind, rule: string, text = this.text(i)): void {
    this.fate[i] = { is: 'kept', kind, rule, text }
  }
}
