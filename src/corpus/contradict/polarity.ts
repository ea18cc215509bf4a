/**
 * Polarity mismatches: two aligned claims of which one negates, denies or
 * refutes what the other asserts ("X struck the deal" / "X denied striking
 * the deal", "reports that X … are a hoax"). An untyped disagreement signal:
 * it is not one of the six contradiction kinds (it names no differing
 * value), so the report does not list it; the stance benchmarks (FNC-1,
 * ClaimDiff) measure it.
 */
import type { Claim, ClaimLink } from '../../model/index.js'
import { words } from '../text/words.js'
import type { StoryMaterial } from './shared.js'
import { REFUTATION } from './tables.js'

/** Whether a claim negates or refutes (its own negation, or a refutation word anywhere in it). */
export function refutes(claim: Claim): boolean {
  return claim.negated || words(claim.text).some((w) => REFUTATION.has(w.lower))
}

/**
 * Aligned claim pairs of opposite polarity.
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
