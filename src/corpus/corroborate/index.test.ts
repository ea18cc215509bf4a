import { describe, expect, it } from 'vitest'
import type { Claim, ClaimLink, Contradiction, Origin } from '../../model/index.js'
import { labelGroups } from './index.js'

const claim = (id: string, article: string, start = 0): Claim => ({
  id,
  article,
  start,
  end: start + 10,
  text: 'x',
  block: 'paragraph',
  caption: false,
  actors: [],
  places: [],
  quantities: [],
  times: [],
  quotes: [],
  negated: false,
  rule: 'sentence',
})
const link = (a: string, b: string, copy = false): ClaimLink => ({
  a,
  b,
  score: copy ? 0.9 : 0.5,
  lexical: 0.5,
  sharedTerms: [],
  sharedActors: [],
  sharedNumbers: [],
  sharedTimes: [],
  copy,
  rule: copy ? 'copy' : 'paraphrase',
})
const own = (a: string): Origin => ({
  id: `origin:${a}`,
  articles: [a],
  rule: 'own',
  containment: null,
  why: '',
})

describe('labelGroups', () => {
  const claims = [claim('a#0', 'a'), claim('b#0', 'b'), claim('c#0', 'c'), claim('d#0', 'd', 40)]

  it('counts independent origins: two own reports corroborate, wire copies count once', () => {
    const wire: Origin = {
      id: 'origin:a',
      articles: ['a', 'b'],
      rule: 'wire-copy',
      containment: 0.9,
      why: '',
    }
    const [ab] = labelGroups(claims, [['a#0', 'b#0']], [link('a#0', 'b#0')], [wire, own('c'), own('d')], [])
    expect(ab?.status).toBe('single-source')
    expect(ab?.origins).toEqual(['origin:a'])
    expect(ab?.articles).toEqual(['a', 'b'])
    const [ac] = labelGroups(claims, [['a#0', 'c#0']], [link('a#0', 'c#0')], [own('a'), own('c')], [])
    expect(ac?.status).toBe('corroborated')
    expect(ac?.origins).toEqual(['origin:a', 'origin:c'])
  })

  it('merges origins along a copied block of passages, not along one matching sentence', () => {
    const both = [...claims, claim('a#1', 'a', 20), claim('c#1', 'c', 20)]
    const origins = [own('a'), own('c')]
    const block = [link('a#0', 'c#0', true), link('a#1', 'c#1', true)]
    const [g] = labelGroups(both, [['a#0', 'c#0']], block, origins, [])
    expect(g?.status).toBe('single-source')
    expect(g?.why).toMatch(/wire copies count once/)
    const [one] = labelGroups(both, [['a#0', 'c#0']], [link('a#0', 'c#0', true)], origins, [])
    expect(one?.status).toBe('corroborated')
    expect(one?.origins).toEqual(['origin:a', 'origin:c'])
    expect(one?.why).toMatch(/one sentence, not a copied block/)
    const [strict] = labelGroups(both, [['a#0', 'c#0']], [link('a#0', 'c#0', true)], origins, [], {
      minCopiedPassages: 1,
    })
    expect(strict?.status).toBe('single-source')
  })

  const conflict = (kind: Contradiction['kind'], ...at: [string, string, string][]): Contradiction => ({
    id: `${kind}:1`,
    kind,
    subject: { text: 's' },
    values: at.map(([value, article, id]) => {
      const start = claims.find((c) => c.id === id)?.start ?? 0
      return { value, article, evidence: { article, start, end: start + 10, text: 'x' }, claim: id }
    }),
    rule: 'r',
    why: 'w',
  })

  it('marks the claims a contradicted value names, but not for a role', () => {
    // Both origins of the first group state the value the third report contradicts.
    const groups = [['a#0', 'c#0'], ['d#0']]
    const links = [link('a#0', 'c#0')]
    const origins = ['a', 'c', 'd'].map(own)
    const number = conflict('number', ['1', 'a', 'a#0'], ['1', 'c', 'c#0'], ['2', 'd', 'd#0'])
    const byNumber = labelGroups(claims, groups, links, origins, [number])
    expect(byNumber.map((g) => g.status)).toEqual(['contradicted', 'contradicted'])
    const role = conflict('role', ['x', 'a', 'a#0'], ['y', 'd', 'd#0'])
    const byRole = labelGroups(claims, groups, links, origins, [role])
    expect(byRole.map((g) => g.status)).toEqual(['corroborated', 'single-source'])
  })

  it('leaves a statement standing when a detail only one of its origins adds is contradicted', () => {
    // "…killed 9 and injured more than 30" aligned with "more than 30 were injured";
    // the 16 is contradicted by a third report.
    const groups = [['a#0', 'c#0'], ['d#0']]
    const origins = ['a', 'c', 'd'].map(own)
    const [ac, d] = labelGroups(claims, groups, [link('a#0', 'c#0')], origins, [
      conflict('number', ['16', 'a', 'a#0'], ['26', 'd', 'd#0']),
    ])
    expect(ac?.status).toBe('corroborated')
    expect(ac?.why).toMatch(/a detail only some of them add is contradicted elsewhere \(number:1\)/)
    expect(d?.status).toBe('contradicted')
  })

  it("counts the origins of the group's own claims: a supporting sentence saying something else does not make the value stand", () => {
    // a#0 and c#0 both give the disputed value; d#0 (grouped elsewhere) supports the rest of it.
    const [g] = labelGroups(
      claims,
      [['a#0', 'c#0'], ['d#0']],
      [link('a#0', 'c#0'), link('a#0', 'd#0')],
      ['a', 'b', 'c', 'd'].map(own),
      [conflict('number', ['620', 'a', 'a#0'], ['620', 'c', 'c#0'], ['260', 'b', 'b#0'])],
    )
    expect(g?.support).toEqual(['d#0'])
    expect(g?.status).toBe('contradicted')
  })

  it("marks a group holding two of a contradiction's values contradicted", () => {
    const [g] = labelGroups(claims, [['a#0', 'c#0']], [link('a#0', 'c#0')], ['a', 'c'].map(own), [
      conflict('number', ['19', 'a', 'a#0'], ['29', 'c', 'c#0']),
    ])
    expect(g?.status).toBe('contradicted')
  })
})
