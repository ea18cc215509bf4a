/**
 * Person-name aliases across articles. The annotator links a bare surname to
 * the full name within one article, but an article that only ever writes
 * "Oduya" (or "Ana Ruiz" for "Ana María Ruiz") gives the same
 * person another id. Two names are taken for one person when every word of
 * the shorter is a word of the longer.
 */

/** Honorifics that are not part of a name. */
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
])

/** Words of a name: folded, lower case, no honorifics or initials' dots. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w))
}

/** Whether two names may denote one person (every word of the shorter is in the longer). */
export function sameName(a: string, b: string): boolean {
  const x = nameTokens(a)
  const y = nameTokens(b)
  if (x.length === 0 || y.length === 0) return false
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)]
  return short.every((w) => long.has(w))
}

/** Whether two speakers (or actors) are the same: one id, or alias names of persons. */
export function sameSpeaker(a: { id: string; name: string }, b: { id: string; name: string }): boolean {
  if (a.id === b.id) return true
  const person = (s: { id: string }) => !/^(?:org|country|place):/.test(s.id)
  return person(a) && person(b) && sameName(a.name, b.name)
}

/**
 * Map each person id to a canonical id across articles: a person whose name
 * is an alias of exactly one longer name ("Ruiz" → "Ana María
 * Ruiz") takes that one's id. An ambiguous short name ("Kim", with two
 * Kims in the story) keeps its own.
 */
export function personAliases(
  actors: readonly { id: string; name: string; kind: string }[],
): Map<string, string> {
  const persons = [...new Map(actors.filter((a) => a.kind === 'person').map((a) => [a.id, a])).values()]
  const out = new Map<string, string>()
  const tokens = new Map(persons.map((p) => [p.id, nameTokens(p.name)]))
  for (const p of persons) {
    const mine = tokens.get(p.id) ?? []
    const longer = persons.filter((q) => {
      const theirs = tokens.get(q.id) ?? []
      return q.id !== p.id && theirs.length > mine.length && sameName(p.name, q.name)
    })
    // The longest names that contain this one; they must all be one person.
    const maxLen = Math.max(0, ...longer.map((q) => (tokens.get(q.id) ?? []).length))
    const top = longer.filter((q) => (tokens.get(q.id) ?? []).length === maxLen)
    const consistent = top.length > 0 && longer.every((q) => top.some((t) => sameName(q.name, t.name)))
    out.set(p.id, consistent && top.length === 1 ? (top[0] as { id: string }).id : p.id)
  }
  return out
}

/** Words left out of an organisation's initials ("Department *of* Space" → DS). */
const INITIALS_SKIP: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  'on',
  'in',
  'de',
  'la',
  'del',
  '&',
])

/** Initials of a multi-word name ("Harbour Pilots Guild of Averna" → `HPGA`), or `null` for one word. */
export function initials(name: string): string | null {
  const ws = name.split(/[\s-]+/).filter((w) => w.length > 0 && !INITIALS_SKIP.has(w.toLowerCase()))
  return ws.length < 2 ? null : ws.map((w) => (w[0] as string).toUpperCase()).join('')
}

/**
 * Map each actor id to a canonical id across a story's articles: persons by
 * {@link personAliases}, and an acronym ("HPGA") to the one organisation of the
 * story whose initials it is ("Harbour Pilots Guild of Averna"). One outlet writes
 * the full name, another the acronym or the surname only; both are one actor.
 */
export function actorAliases(
  actors: readonly { id: string; name: string; kind: string }[],
): Map<string, string> {
  const out = personAliases(actors)
  const unique = [...new Map(actors.map((a) => [a.id, a])).values()]
  const named = unique.filter((a) => a.kind !== 'person' && initials(a.name) !== null)
  for (const a of unique) {
    // An acronym is written in capitals, two to six letters.
    if (a.kind === 'person' || !/^\p{Lu}{2,6}$/u.test(a.name)) continue
    const full = named.filter((b) => b.id !== a.id && initials(b.name) === a.name)
    if (full.length === 1) out.set(a.id, (full[0] as { id: string }).id)
  }
  return out
}
