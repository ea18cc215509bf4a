/**
 * Polarity mismatches: two aligned claims of which one, in the reporter's own
 * words, negates or denies what the other asserts ("X struck the deal" / "X
 * denied striking the deal"). An untyped disagreement signal: it is not one
 * of the six contradiction kinds (it names no differing value), so the report
 * does not list it; the stance benchmarks (FNC-1, ClaimDiff) measure it.
 */
import type { ClaimLink } from '../../model/index.js'
import type { StoryMaterial } from './shared.js'

/**
 * Aligned claim pairs whose negation differs.
 *
 * @param material The story's claims and alignment.
 * @param threshold Fewest alignment score for the two claims to be read as one statement (default 0.25).
 */
export function polarityMismatches(material: StoryMaterial, threshold = 0.25): ClaimLink[] {
  const claims = new Map(material.claims.map((c) => [c.id, c]))
  return material.alignment.candidates.filter((l) => {
    if (l.score < threshold) return false
    const a = claims.get(l.a)
    const b = claims.get(l.b)
    return a !== undefined && b !== undefined && a.negated !== b.negated
  })
}
