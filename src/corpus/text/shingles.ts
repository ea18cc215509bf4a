/**
 * Word shingles: the sets of consecutive n-word runs of a text. Two passages
 * sharing most of their shingles are copies of one text (a wire story run by
 * several outlets), not two reports that happen to agree.
 */
import { words } from './words.js'

/**
 * The set of `n`-word shingles of `text` (lower case, punctuation ignored).
 *
 * @param text Any text.
 * @param n Words per shingle (default 4, the extraction benchmark's unit).
 * @param short Whether a text of fewer than `n` words gives itself as one shingle (default true).
 */
export function shingles(text: string, n = 4, short = true): Set<string> {
  const ws = words(text).map((w) => w.lower)
  const out = new Set<string>()
  if (ws.length < n) {
    if (short && ws.length > 0) out.add(ws.join(' '))
    return out
  }
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '))
  return out
}

/** |a ∩ b|. */
export function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x)) n++
  return n
}

/** Jaccard similarity |a ∩ b| / |a ∪ b| (0 for two empty sets). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const inter = intersectionSize(a, b)
  const union = a.size + b.size - inter
  return union === 0 ? 0 : inter / union
}

/** Containment |a ∩ b| / min(|a|, |b|): how much of the smaller set the other holds. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const min = Math.min(a.size, b.size)
  return min === 0 ? 0 : intersectionSize(a, b) / min
}
