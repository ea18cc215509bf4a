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

  it('merges origins along copied passages', () => {
    const [g] = labelGroups(claims, [['a#0', 'c#0']], [link('a#0', 'c#0', true)], [own('a'), own('c')], [])
    expect(g?.status).toBe('single-source')
    expect(g?.why).toMatch(/wire copies count once/)
  })

  it('marks the claim a contradicted value names, but not for a role', () => {
    const conflict = (kind: Contradiction['kind']): Contradiction => ({
      id: `${kind}:1`,
      kind,
      subject: { text: 's' },
      values: [
        { value: '1', article: 'a', evidence: { article: 'a', start: 0, end: 10, text: 'x' }, claim: 'a#0' },
        { value: '2', article: 'd', evidence: { article: 'd', start: 40, end: 50, text: 'x' } },
      ],
      rule: 'r',
      why: 'w',
    })
    const groups = [['a#0', 'c#0'], ['d#0']]
    const links = [link('a#0', 'c#0')]
    const origins = ['a', 'c', 'd'].map(own)
    const byNumber = labelGroups(claims, groups, links, origins, [conflict('number')])
    expect(byNumber.map((g) => g.status)).toEqual(['contradicted', 'contradicted'])
    const byRole = labelGroups(claims, groups, links, origins, [conflict('role')])
    expect(byRole.map((g) => g.status)).toEqual(['corroborated', 'single-source'])
  })
})
