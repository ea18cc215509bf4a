/** Longest common subsequence of two word lists: how much of one quote recurs, in order, in another. */

/** Result of {@link lcs}. */
export interface LcsMatch {
  length: number
  /** Matched indexes into `a`, ascending. */
  matchedA: number[]
  /** Matched indexes into `b`, ascending. */
  matchedB: number[]
}

/** Longest common subsequence of `a` and `b` (O(|a|·|b|); quotes are short). */
export function lcs(a: readonly string[], b: readonly string[]): LcsMatch {
  const n = a.length
  const k = b.length
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as number[]
    const below = table[i + 1] as number[]
    for (let j = k - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number)
    }
  }
  const matchedA: number[] = []
  const matchedB: number[] = []
  let i = 0
  let j = 0
  while (i < n && j < k) {
    if (a[i] === b[j]) {
      matchedA.push(i++)
      matchedB.push(j++)
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++
    else j++
  }
  return { length: (table[0] as number[])[0] as number, matchedA, matchedB }
}
