/**
 * The whole corpus pipeline on an invented three-outlet story: the report's
 * content, its JSON validating against `schemas/report.v1.schema.json`, and
 * the Markdown and HTML renderings.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCorpus, toCorpusReport } from '../../src/corpus/index.js'
import type { AnalyzedArticle, TimeExpression } from '../../src/model/index.js'
import { renderHtml, renderJson, renderMarkdown } from '../../src/web/report/index.js'
import { validate } from './json-schema.js'
import { type MiniArticle, mini } from './mini.js'

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/report.v1.schema.json', import.meta.url), 'utf8'),
)

const countries = [
  { text: 'Northland', id: 'country:north', kind: 'country' as const },
  { text: 'Southland', id: 'country:south', kind: 'country' as const },
]

const specs: MiniArticle[] = [
  {
    id: 'aaa',
    source: 'Harbour <Herald>',
    title: 'Northland and Southland sign fishing pact',
    published: '2031-04-07',
    blocks: [
      'Northland and Southland signed a fishing agreement in Port Avery on Monday, ending a long dispute over trawling quotas.',
      'The pact caps the annual cod catch at 12,000 tonnes.',
      '"This deal protects our fishermen for a generation," Fisheries Minister Lena Holt said.',
      'The agreement takes effect on June 1.',
    ],
    mentions: [
      ...countries,
      { text: 'Port Avery', id: 'place:port-avery', kind: 'place' },
      { text: 'Lena Holt', id: 'person:lena-holt', title: 'Fisheries Minister' },
    ],
    quotes: [{ text: 'This deal protects our fishermen for a generation', speaker: 'person:lena-holt' }],
    times: [
      { text: 'Monday', value: '2031-04-07', anchor: 'published' },
      { text: 'June 1', value: '2031-06-01', anchor: 'published' },
    ],
    quantities: [{ text: '12,000 tonnes', value: 12000, unit: 't' }],
  },
  {
    id: 'bbb',
    source: 'Coast Courier',
    title: 'Fishing pact ends quota row',
    published: '2031-04-08',
    blocks: [
      'Southland and Northland sealed a fishing pact in Port Avery on Monday, settling their quarrel over trawling quotas.',
      'The deal limits the yearly cod catch to about 12,500 tonnes.',
      'Defence Minister Lena Holt said: "This deal protects our fishermen for a generation."',
      'Fish prices at the harbour market fell slightly on Tuesday.',
    ],
    mentions: [
      countries[1]!,
      countries[0]!,
      { text: 'Port Avery', id: 'place:port-avery', kind: 'place' },
      { text: 'Lena Holt', id: 'person:lena-holt', title: 'Defence Minister' },
    ],
    quotes: [{ text: 'This deal protects our fishermen for a generation', speaker: 'person:lena-holt' }],
    times: [
      { text: 'Monday', value: '2031-04-07', anchor: 'published' },
      { text: 'Tuesday', value: '2031-04-08', anchor: 'published' },
    ],
    quantities: [{ text: 'about 12,500 tonnes', value: 12500, unit: 't', hedge: 'approximately' }],
  },
  {
    id: 'ccc',
    source: 'Grey Sea Daily',
    title: null,
    published: null,
    blocks: [
      'Northland and Southland signed the fishing agreement in Brackton on Monday, ending their dispute over trawling quotas.',
      'The pact caps the annual cod catch at 15,000 tonnes.',
    ],
    mentions: [...countries, { text: 'Brackton', id: 'place:brackton', kind: 'place' }],
    times: [{ text: 'Monday', value: null }],
    quantities: [{ text: '15,000 tonnes', value: 15000, unit: 't' }],
  },
]

// The undated article's "Monday" is resolved against the story by an injected
// resolver standing in for the document stage's (which needs wink's segmenter).
const resolver = (doc: AnalyzedArticle, reference: { date: string }): TimeExpression[] =>
  doc.annotations.times.map((t) =>
    t.text === 'Monday' ? { ...t, value: reference.date, grain: 'day', anchor: 'story', rule: 'weekday' } : t,
  )

const docs = specs.map(mini)
const stories = runCorpus(docs, { resolver })
const report = toCorpusReport(stories)

describe('runCorpus on an invented story', () => {
  const s = stories[0]
  it('finds one story dated by its reports, named after its most central article', () => {
    expect(stories).toHaveLength(1)
    expect(s?.id).toBe('story:aaa')
    expect(s?.date).toBe('2031-04-07')
    expect(s?.articles.map((a) => a.id)).toEqual(['aaa', 'bbb', 'ccc'])
  })

  it('resolves the undated report against the story and records how', () => {
    expect(s?.timeResolutions).toEqual([
      expect.objectContaining({ article: 'ccc', reference: '2031-04-07', resolved: 1, agreeing: 1 }),
    ])
  })

  it('labels claims and counts origins', () => {
    const signed = s?.claims.find((c) => c.text.includes('signed a fishing agreement'))
    expect(signed?.articles.sort()).toEqual(['aaa', 'bbb', 'ccc'])
    expect(signed?.status).toBe('contradicted')
    const quote = s?.claims.find((c) => c.text.includes('protects our fishermen'))
    expect(quote?.status).toBe('corroborated')
    expect(quote?.origins).toBe(2)
    const effect = s?.claims.find((c) => c.text.includes('takes effect'))
    expect(effect?.status).toBe('single-source')
    expect(s?.singleSource.find((x) => x.article === 'aaa')?.claims).toContain(effect?.id)
    expect(s?.consensus).toContain(quote?.id)
  })

  it('types every contradiction, with values, articles and evidence sentences', () => {
    const kinds = s?.contradictions.map((c) => c.kind).sort()
    expect(kinds).toEqual(['number', 'place', 'role'])
    const role = s?.contradictions.find((c) => c.kind === 'role')
    expect(role?.values.map((v) => `${v.article}:${v.value}`)).toEqual([
      'aaa:Fisheries Minister',
      'bbb:Defence Minister',
    ])
    const number = s?.contradictions.find((c) => c.kind === 'number')
    expect(number?.values.map((v) => v.value).sort()).toEqual([
      '12,000 tonnes',
      '15,000 tonnes',
      'about 12,500 tonnes',
    ])
    for (const c of s?.contradictions ?? []) {
      for (const v of c.values) {
        const doc = docs.find((d) => d.article.id === v.article)
        expect(doc?.article.text.slice(v.evidence.start, v.evidence.end)).toBe(v.evidence.text)
      }
    }
    expect(s?.dismissed.some((d) => d.kind === 'number' && d.rule === 'hedge')).toBe(true)
  })

  it('lists quotes by speaker, actors with roles per outlet, and a timeline', () => {
    expect(s?.quotes).toEqual([
      expect.objectContaining({
        speaker: { id: 'person:lena-holt', name: 'Lena Holt' },
        articles: ['aaa', 'bbb'],
      }),
    ])
    const holt = s?.actors.find((a) => a.id === 'person:lena-holt')
    expect(holt?.roles.map((r) => [r.title, r.articles])).toEqual([
      ['Fisheries Minister', ['aaa']],
      ['Defence Minister', ['bbb']],
    ])
    expect(s?.timeline.map((t) => t.date)).toEqual(['2031-04-07', '2031-04-08', '2031-06-01'])
  })
})

describe('order of arrival', () => {
  it('gives the same reports whatever order the articles come in', () => {
    expect(runCorpus([...docs].reverse(), { resolver })).toEqual(stories)
    expect(runCorpus([docs[1]!, docs[2]!, docs[0]!], { resolver })).toEqual(stories)
  })
})

describe('report JSON', () => {
  it('validates against schemas/report.v1.schema.json', () => {
    expect(validate(schema, JSON.parse(renderJson(report)))).toEqual([])
    expect(report.schemaVersion).toBe(1)
  })

  it('is checked for real: a broken report fails', () => {
    const broken = JSON.parse(renderJson(report))
    delete broken.stories[0].claims[0].status
    broken.stories[0].contradictions[0].kind = 'mood'
    const errors = validate(schema, broken)
    expect(errors.some((e) => e.startsWith('/stories/0/claims/0') && e.includes("'status'"))).toBe(true)
    expect(
      errors.some((e) => e.startsWith('/stories/0/contradictions/0/kind') && e.includes('allowed values')),
    ).toBe(true)
  })
})

describe('renderers', () => {
  it('Markdown presents the verified account section by section', () => {
    const md = renderMarkdown(report)
    for (const heading of [
      '### Contradictions',
      '### Consensus facts',
      '### Single-source facts, by outlet',
      '### Quotes, by speaker',
      '### Actors and their roles, by outlet',
      '### Timeline',
      '### Sources',
    ]) {
      expect(md).toContain(heading)
    }
    expect(md).toContain('| Coast Courier | Defence Minister |')
    expect(md).toContain('Harbour \\<Herald\\>')
  })

  it('HTML is one self-contained, escaped, accessible page', () => {
    const html = renderHtml(report)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i)
    expect(html).toContain('Harbour &lt;Herald&gt;')
    expect(html).not.toContain('Harbour <Herald>')
    // Contradictions side by side: one column per outlet, the value marked in its sentence.
    const role = html.slice(html.indexOf('aria-label="Role contradiction'), html.indexOf('</article>'))
    expect(role.match(/class="side"/g)).toHaveLength(2)
    expect(role).toContain('<mark>Defence Minister</mark>')
    expect(html).toContain('<span class="badge corroborated">Corroborated</span>')
    expect(html).toMatch(/<th scope="col">Coast Courier<\/th>/)
  })
})

describe('story order in the renderings', () => {
  it('puts the latest event first and undated stories last', () => {
    const base = stories[0] as (typeof stories)[number]
    const older = { ...base, id: 'story:old', title: 'Older event', date: '2030-01-02' }
    const undated = { ...base, id: 'story:undated', title: 'Undated event', date: null }
    const md = renderMarkdown(toCorpusReport([undated, older, base]))
    const at = (t: string) => md.indexOf(`## ${t}`)
    expect(at(base.title ?? '')).toBeLessThan(at('Older event'))
    expect(at('Older event')).toBeLessThan(at('Undated event'))
  })
})

describe('a statement standing beside a contradicted detail', () => {
  // Two reports say the storm flooded the harbour; one adds a toll the third contradicts.
  const storm = (id: string, blocks: string[], toll: [string, number] | null): MiniArticle => ({
    id,
    published: '2031-05-02',
    blocks,
    quantities: toll ? [{ text: toll[0], value: toll[1], unit: 'people' }] : [],
    times: [{ text: 'Thursday', value: '2031-05-01', anchor: 'published' }],
  })
  const docs: AnalyzedArticle[] = [
    storm(
      'a1',
      ['A storm that killed 9 people flooded the harbour district of Port Avery on Thursday.'],
      ['9 people', 9],
    ),
    storm('b1', ['The storm flooded the harbour district of Port Avery on Thursday night.'], null),
    storm('c1', ['Rescuers said 14 people died in the storm on Thursday.'], ['14 people', 14]),
  ].map(mini)
  const [report] = runCorpus(docs)

  it('labels what the reports agree on corroborated, worded without the contradicted detail, and lists the contradiction', () => {
    const flooded = report?.claims.find((c) => c.evidence.some((e) => e.text.includes('flooded the harbour')))
    expect(report?.contradictions.map((c) => c.kind)).toContain('number')
    expect(flooded?.status).toBe('corroborated')
    expect(flooded?.text).toBe('The storm flooded the harbour district of Port Avery on Thursday night.')
    expect(flooded?.contradictions.length).toBeGreaterThan(0)
  })

  it('shows the contested detail beside the standing statement in Markdown and HTML', () => {
    const corpus = toCorpusReport(report ? [report] : [])
    expect(renderMarkdown(corpus)).toMatch(
      /The storm flooded .* — _contested detail: Number: death toll on Thursday_/,
    )
    expect(renderHtml(corpus)).toContain('contested detail: Number: death toll on Thursday')
  })
})
