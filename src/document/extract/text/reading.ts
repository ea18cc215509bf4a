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

/**
 * One document being read. Fates change only through {@link Reading.set}, so
 * that {@link Reading.next} can skip dropped units in near-constant time (a
 * union-find over the dropped runs: a unit never comes back once dropped),
 * which keeps every scan linear even on pages of thousands of junk lines.
 */
export class Reading {
  /** Unit texts, whitespace collapsed. */
  readonly texts: string[]
  readonly read: ReadLine[]
  readonly n: number
  readonly #fate: Fate[]
  /** `#alive[k]` leads to the first unit at or after `k` not dropped (`n` for none). */
  readonly #alive: Int32Array

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
    this.n = this.texts.length
    this.#alive = new Int32Array(this.n + 1)
    for (let k = 0; k <= this.n; k++) this.#alive[k] = k
    this.#fate = []
    this.read.forEach((entry, index) => {
      this.#fate.push({ is: 'pending' })
      this.set(index, first(entry.line, index))
    })
  }

  /** The fates, in document order (read-only: change them with {@link Reading.set}). */
  get fate(): readonly Fate[] {
    return this.#fate
  }

  /** Give unit `i` its fate. */
  set(i: number, fate: Fate): void {
    this.#fate[i] = fate
    if (fate.is === 'dropped') this.#alive[i] = i + 1
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
    const alive = this.#alive
    let k = i + 1
    // Path halving: each lookup shortens the chains it walks.
    while (alive[k] !== k) {
      const up = alive[k]!
      alive[k] = alive[up]!
      k = up
    }
    return k >= this.n ? -1 : k
  }

  drop(i: number, rule: string, reason: string): void {
    this.set(i, { is: 'dropped', removed: { text: this.text(i), reason, rule } })
  }

  keep(i: number, kind: BlockKind, rule: string, text = this.text(i)): void {
    this.set(i, { is: 'kept', kind, rule, text })
  }
}
