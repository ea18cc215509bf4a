/**
 * Disjoint sets (union-find) over any keys. The representative of a set is
 * always its smallest member by `before`, so merges give the same result in
 * any order.
 */
export class DisjointSets<T> {
  readonly #parent = new Map<T, T>()
  readonly #before: (a: T, b: T) => boolean

  /** @param before Orders members; the smallest is a set's representative (default `<`). */
  constructor(before: (a: T, b: T) => boolean = (a, b) => a < b) {
    this.#before = before
  }

  /** Add `x` as a set of its own (no-op when known). */
  add(x: T): void {
    if (!this.#parent.has(x)) this.#parent.set(x, x)
  }

  /** Representative of `x`'s set (adds `x` when unknown). */
  find(x: T): T {
    this.add(x)
    let root = x
    while (this.#parent.get(root) !== root) root = this.#parent.get(root) as T
    let cur = x
    while (cur !== root) {
      const next = this.#parent.get(cur) as T
      this.#parent.set(cur, root)
      cur = next
    }
    return root
  }

  /** Merge the sets of `a` and `b`; returns the representative. */
  union(a: T, b: T): T {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra === rb) return ra
    const [root, child] = this.#before(rb, ra) ? [rb, ra] : [ra, rb]
    this.#parent.set(child, root)
    return root
  }

  /** Members of each set, in insertion order, keyed by representative. */
  groups(): Map<T, T[]> {
    const out = new Map<T, T[]>()
    for (const x of this.#parent.keys()) {
      const r = this.find(x)
      const list = out.get(r)
      if (list) list.push(x)
      else out.set(r, [x])
    }
    return out
  }
}
