/**
 * Small lookups over a segmentation shared by the quote, time and quantity
 * annotators.
 */
import type { Span } from '../../../model/index.js'
import type { Segmentation, Token } from '../../segment/index.js'

/**
 * Spans of the non-empty blocks, recovered from the sentences (a block runs
 * from its first sentence to its last), so stages need no `Block[]` argument.
 */
export function blockSpans(segmentation: Segmentation): Span[] {
  const spans: Span[] = []
  let lastBlock = -1
  for (const s of segmentation.sentences) {
    const last = spans[spans.length - 1]
    if (last && s.block === lastBlock) last.end = s.end
    else spans.push({ start: s.start, end: s.end })
    lastBlock = s.block
  }
  return spans
}

/** Index of the first token starting at or after `offset` (`tokens.length` if none). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the last token starting at or before `offset` (`-1` if none). */
export function lastTokenAtOrBefore(tokens: readonly Token[], offset: number): number {
  return firstTokenAtOrAfter(tokens, offset + 1) - 1
}
