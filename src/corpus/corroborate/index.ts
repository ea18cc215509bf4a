/**
 * Corroboration: label each group of aligned claims *corroborated* (stated by
 * at least two independent origins), *single-source* (one origin, however
 * many outlets ran it) or *contradicted* (a claim of the group carries a
 * value another report contradicts). Wire copies count once: articles of one
 * origin (see `findOrigins`) and passages linked as copies (when two articles
 * share a block of them) share an origin.
 */
import type { Claim, ClaimGroup, ClaimLink, Contradiction, Origin } from '../../model/index.js'
import { DisjointSets } from '../text/disjoint.js'

/** Options of {@link labelGroups}. */
export interface CorroborateOptions {
  /** Independent origins needed for a group to be corroborated (default 2). */
  minOrigins?: number
  /**
   * Kinds of contradiction that make the claims carrying them contradicted
   * (default: all but `role`). A title given in passing ("…with Defense
   * Minister X") does not make the sentence's main statement doubtful.
   */
  contradictingKinds?: readonly Contradiction['kind'][]
  /**
   * Near-identical passages (links marked `copy`) two otherwise independent
   * articles must share for those passages to count once (default 2). One
   * matching sentence is often a stock line (background, an agency's
   * wording) that outlets restate independently; a wire insert runs longer.
   */
  minCopiedPassages?: number
}

/** Defaults of {@link CorroborateOptions}. */
export const CORROBORATE_DEFAULTS: Required<CorroborateOptions> = {
  minOrigins: 2,
  contradictingKinds: ['number', 'date', 'place', 'quote-speaker', 'quote-wording'],
  minCopiedPassages: 2,
}

/**
 * Label groups of aligned claims.
 *
 * @param claims Every claim of the story.
 * @param groups Claim ids of each aligned group.
 * @param links Links between claims (copies among them).
 * @param origins Article origins.
 * @param contradictions The story's contradictions.
 * @param options See {@link CorroborateOptions}.
 */
export function labelGroups(
  claims: readonly Claim[],
  groups: readonly (readonly string[])[],
  links: readonly ClaimLink[],
  origins: readonly Origin[],
  contradictions: readonly Contradiction[],
  options: Readonly<CorroborateOptions> = {},
): ClaimGroup[] {
  const o = { ...CORROBORATE_DEFAULTS, ...options }
  const byId = new Map(claims.map((c) => [c.id, c]))
  const originOf = new Map<string, string>()
  for (const origin of origins) for (const a of origin.articles) originOf.set(a, origin.id)
  // Claims carrying a contradicted value: the value's own claim when known, else
  // every claim its evidence sentence overlaps.
  const byClaim = new Map<string, string[]>()
  const bySpan: { article: string; start: number; end: number; id: string }[] = []
  for (const c of contradictions) {
    if (!o.contradictingKinds.includes(c.kind)) continue
    for (const v of c.values) {
      if (v.claim) byClaim.set(v.claim, [...(byClaim.get(v.claim) ?? []), c.id])
      else bySpan.push({ article: v.article, start: v.evidence.start, end: v.evidence.end, id: c.id })
    }
  }
  // Copied passages per pair of article origins: only a block of them marks a copy.
  const originOfArticle = (a: string) => originOf.get(a) ?? `origin:${a}`
  const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`)
  const copiedPassages = new Map<string, number>()
  for (const l of links) {
    const ca = byId.get(l.a)
    const cb = byId.get(l.b)
    if (!l.copy || !ca || !cb) continue
    const key = pairKey(originOfArticle(ca.article), originOfArticle(cb.article))
    copiedPassages.set(key, (copiedPassages.get(key) ?? 0) + 1)
  }
  const carries = (claim: Claim): string[] => [
    ...(byClaim.get(claim.id) ?? []),
    ...bySpan
      .filter((x) => x.article === claim.article && x.start < claim.end && x.end > claim.start)
      .map((x) => x.id),
  ]
  return groups.map((ids) => {
    const members = ids.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined)
    const inGroup = new Set(ids)
    // Links inside the group, and links to claims of other articles left out of it
    // (a claim restating two of this article's sentences): both attest the statement.
    const groupLinks = links.filter((l) => inGroup.has(l.a) || inGroup.has(l.b))
    const own = new Set(members.map((c) => c.article))
    const support = groupLinks
      .map((l) => (inGroup.has(l.a) ? l.b : l.a))
      .filter((id) => !inGroup.has(id) && !own.has(byId.get(id)?.article ?? ''))
    const articles = [
      ...new Set([...members, ...support.map((id) => byId.get(id) as Claim)].map((c) => c.article)),
    ]
    // Origins: the articles' own, then merged along passage copies (of a copied block).
    const sets = new DisjointSets<string>()
    for (const a of articles) sets.add(originOfArticle(a))
    for (const l of groupLinks) {
      const ca = byId.get(l.a)
      const cb = byId.get(l.b)
      if (!l.copy || !ca || !cb) continue
      const [x, y] = [originOfArticle(ca.article), originOfArticle(cb.article)]
      if ((copiedPassages.get(pairKey(x, y)) ?? 0) >= o.minCopiedPassages) sets.union(x, y)
    }
    const originIds = [...sets.groups().keys()].sort()
    const originOfClaim = (c: Claim) => sets.find(originOfArticle(c.article))
    // Supporting claims attest the statement too, with whatever value they give.
    const attesting = [...members, ...[...new Set(support)].map((id) => byId.get(id) as Claim)]
    const carried = [...new Set(attesting.flatMap(carries))]
    // A contradicted value makes the group's statement doubtful when every origin of
    // its claims states it, or when the group (support included) holds two of its values. A detail
    // only some origins add ("…killed 9 and injured more than 30" beside "more than
    // 40 were injured") leaves what they all say standing; the report still lists it.
    const conflicts = carried.filter((id) => {
      const carriers = attesting.filter((c) => carries(c).includes(id))
      // Every origin of the group's own claims (supporting sentences, grouped elsewhere,
      // may say something else besides).
      const memberOrigins = new Set(members.map(originOfClaim))
      const carrying = new Set(carriers.filter((c) => inGroup.has(c.id)).map(originOfClaim))
      const everyOrigin = [...memberOrigins].every((x) => carrying.has(x))
      const values = contradictions
        .find((c) => c.id === id)
        ?.values.filter((v) =>
          carriers.some(
            (c) => c.article === v.article && v.evidence.start < c.end && v.evidence.end > c.start,
          ),
        )
        .map((v) => v.normalized ?? v.value)
      return everyOrigin || new Set(values).size > 1
    })
    const status =
      conflicts.length > 0
        ? 'contradicted'
        : originIds.length >= o.minOrigins
          ? 'corroborated'
          : 'single-source'
    const copies = groupLinks.filter((l) => l.copy).length
    const why =
      status === 'contradicted'
        ? `carries a value contradicted elsewhere (${conflicts.join(', ')})`
        : articles.length === 1
          ? 'stated by one article only'
          : `stated by ${articles.length} articles from ${originIds.length} independent origin(s)` +
            (originIds.length < articles.length ? ' (wire copies count once)' : '') +
            (copies > 0 && originIds.length === articles.length
              ? '; its near-identical wording elsewhere is one sentence, not a copied block'
              : '') +
            (support.length > 0 ? `; ${support.length} of them in a sentence also grouped elsewhere` : '') +
            (carried.length > 0
              ? `; a detail only some of them add is contradicted elsewhere (${carried.join(', ')})`
              : '')
    return {
      id: ids[0] as string,
      claims: [...ids],
      support: [...new Set(support)],
      articles,
      origins: originIds,
      status,
      links: groupLinks,
      why,
    }
  })
}
