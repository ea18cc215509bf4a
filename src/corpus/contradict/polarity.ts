/**
 * Disagreement signals between two reports of one story, untyped: one report
 * refutes ("a hoax", "fake"), denies ("X denied taking…") or negates ("did
 * not take…") what the other states, and the other does not. They name no
 * differing value, so they are not one of the six contradiction kinds and the
 * report does not list them; the stance benchmarks (FNC-1, ClaimDiff)
 * measure them.
 *
 * Each cue counts only in a claim bearing on the other report (sharing a word
 * or an actor with it), and a denial or negation only when what follows it
 * within a few words is something the other report says ("denied *performing
 * the biopsy*"). A cue both reports carry is agreement, not disagreement.
 */
import type { Claim, ClaimLink } from '../../model/index.js'
import { meaning } from '../align/synonyms.js'
import { NEGATIONS } from '../claims/tables.js'
import { isNumeric, normalizeWord, STOP_WORDS, type Word, words } from '../text/words.js'
import type { StoryMaterial } from './shared.js'
import { DENIALS, HEDGES, REFUTATION } from './tables.js'

/** Whether a claim negates or refutes (its own negation, or a refutation word anywhere in it). */
export function refutes(claim: Claim): boolean {
  return claim.negated || words(claim.text).some((w) => REFUTATION.has(w.lower))
}

/**
 * Aligned claim pairs of opposite polarity (the first, coarser signal, kept
 * for comparison: any negation anywhere in either claim).
 *
 * @param material The story's claims and alignment.
 * @param threshold Fewest alignment score for the two claims to be read as
 *   one statement (default 0.15: a denial shares few words with what it denies).
 */
export function polarityMismatches(material: StoryMaterial, threshold = 0.15): ClaimLink[] {
  const claims = new Map(material.claims.map((c) => [c.id, c]))
  return material.alignment.candidates.filter((l) => {
    if (l.score < threshold) return false
    const a = claims.get(l.a)
    const b = claims.get(l.b)
    return a !== undefined && b !== undefined && refutes(a) !== refutes(b)
  })
}

/** Options of {@link disagreements}. */
export interface DisagreementOptions {
  /** Fewest words or actors a claim shares with the other report to bear on it (default 1). */
  minShared?: number
  /** Fewest shared words or actors for a negated claim to bear on the other report (default 2). */
  minNegationShared?: number
  /** Words after a denial ("denied …") searched for the other report's words (default 8). */
  denialScope?: number
  /** Words after a negation ("did not …") searched for the other report's words (default 4). */
  negationScope?: number
}

/** Defaults of {@link DisagreementOptions}. */
export const DISAGREEMENT_DEFAULTS: Required<DisagreementOptions> = {
  minShared: 1,
  minNegationShared: 2,
  denialScope: 8,
  negationScope: 4,
}

/** A report refuting, denying or negating what another states. */
export interface Disagreement {
  /** `refutation` (a word calling a report false), `denial` or `negation`. */
  rule: 'refutation' | 'denial' | 'negation'
  /** The claim carrying the cue. */
  claim: string
  /** The claim of the other report it bears on most (most shared words and actors). */
  other: string
  /** The cue as written. */
  cue: string
  why: string
}

type Rule = Disagreement['rule']

/** Negation words that are no denial verb and no preposition ("without" says what is absent, not what is false). */
const NEGATION_CUES: ReadonlySet<string> = new Set(
  [...NEGATIONS].filter((w) => !DENIALS.has(w) && w !== 'without'),
)

/**
 * Disagreement signals between every two articles of a story.
 *
 * @param material The story's articles, claims and alignment (for the claims' words and actors).
 * @param options See {@link DisagreementOptions}.
 */
export function disagreements(
  material: StoryMaterial,
  options: Readonly<DisagreementOptions> = {},
): Disagreement[] {
  const o = { ...DISAGREEMENT_DEFAULTS, ...options }
  const byArticle = new Map<string, Claim[]>()
  for (const c of material.claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c])
  const features = material.alignment.features
  const docs = new Map(material.docs.map((d) => [d.article.id, d]))
  const quotesOf = (c: Claim) =>
    c.quotes.map((i) => docs.get(c.article)?.annotations.quotes[i]).filter((q) => q !== undefined)
  const termsOf = (c: Claim) => new Set(features.get(c.id)?.terms.keys() ?? [])
  const actorsOf = (c: Claim) => features.get(c.id)?.actors ?? new Set<string>(c.actors)
  const shared = (x: Claim, y: Claim) => {
    const ty = termsOf(y)
    const ay = actorsOf(y)
    return [...termsOf(x)].filter((t) => ty.has(t)).length + [...actorsOf(x)].filter((a) => ay.has(a)).length
  }
  /** Each rule's first cue in `xs` bearing on `ys`, with the claim of `ys` it bears on. */
  const cues = (xs: readonly Claim[], ys: readonly Claim[]) => {
    const found = new Map<Rule, { claim: Claim; other: Claim; cue: string }>()
    for (const x of xs) {
      let best: { other: Claim; n: number } | null = null
      const near: Claim[] = []
      for (const y of ys) {
        const n = shared(x, y)
        if (n >= o.minShared) near.push(y)
        if (n > 0 && (!best || n > best.n)) best = { other: y, n }
      }
      if (!best || best.n < o.minShared) continue
      // What the other report says, as word meanings, from its claims this one bears on.
      const theirs = new Set(near.flatMap((y) => [...termsOf(y)]))
      const ws = words(x.text, x.start)
      // A negation inside a quote is the speaker's, often about something else.
      const quotes = quotesOf(x)
      const quoted = (w: { start: number; end: number }) =>
        quotes.some((q) => w.start >= q.start && w.end <= q.end)
      const mean = ws.map((w) => {
        const lower = w.lower.replace(/'s$/, '')
        return lower.length < 2 || STOP_WORDS.has(lower) || isNumeric(lower)
          ? null
          : meaning(normalizeWord(lower))
      })
      // The scope of a cue ends with its clause: "who denied wrongdoing, kept the laptops".
      const inScope = (i: number, scope: number) => {
        for (let k = i + 1; k <= i + scope && k < ws.length; k++) {
          const between = x.text.slice((ws[k - 1] as Word).end - x.start, (ws[k] as Word).start - x.start)
          if (/[,;:]/.test(between)) return false
          const m = mean[k]
          if (m !== null && m !== undefined && theirs.has(m)) return true
        }
        return false
      }
      // A claim that hedges ("reportedly", "may") weighs a report; it does not refute it.
      if (ws.some((w) => HEDGES.has(w.lower))) continue
      ws.forEach((w, i) => {
        const hit = (rule: Rule) => {
          if (!found.has(rule)) found.set(rule, { claim: x, other: best.other, cue: w.text })
        }
        if (REFUTATION.has(w.lower)) hit('refutation')
        else if (DENIALS.has(w.lower) && inScope(i, o.denialScope)) hit('denial')
        else if (
          (NEGATION_CUES.has(w.lower) || w.lower.endsWith("n't")) &&
          !quoted(w) &&
          best.n >= o.minNegationShared &&
          inScope(i, o.negationScope)
        )
          hit('negation')
      })
    }
    return found
  }
  const out: Disagreement[] = []
  const articles = [...byArticle.keys()].sort()
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const xs = byArticle.get(articles[i] as string) ?? []
      const ys = byArticle.get(articles[j] as string) ?? []
      const fromX = cues(xs, ys)
      const fromY = cues(ys, xs)
      for (const rule of ['refutation', 'denial', 'negation'] as const) {
        // A cue both reports carry ("both say it was a hoax") is agreement.
        const x = fromX.get(rule)
        const y = fromY.get(rule)
        const one = x && !y ? x : y && !x ? y : null
        if (!one) continue
        out.push({
          rule,
          claim: one.claim.id,
          other: one.other.id,
          cue: one.cue,
          why: `"${one.cue}" ${rule === 'refutation' ? 'calls false' : rule === 'denial' ? 'denies' : 'negates'} what the other report states; it carries no such ${rule}`,
        })
      }
    }
  }
  return out
}
