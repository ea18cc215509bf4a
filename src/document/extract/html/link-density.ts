/** Link density: the share of text that sits inside links. */

/** Share of `chars` that are link text, 0 when there is no text. */
export function linkDensity(linkChars: number, chars: number): number {
  return chars <= 0 ? 0 : Math.min(1, linkChars / chars)
}
